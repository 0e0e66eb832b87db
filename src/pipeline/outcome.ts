// The one record a run produces: each stage adds its result, and the outputs and the job summary are
// both derived from it at the end (reporting/outputs.ts, reporting/summary.ts), never set on the way.
import type { Language, MirrorError, Text } from '../common/errors.js';
import type { ArtifactOutcome } from '../effects/artifact.js';
import type { Manifest } from '../effects/manifest.js';
import type { Decision } from '../planning/decision.js';
import type { Config } from '../planning/inputs.js';
import type { Platform, PlatformsByPath } from '../planning/platforms.js';
import type { SbomDoc } from '../planning/sbom.js';
import type { DependencyDiff } from './sbom-stages.js';

export interface StageRecord {
  readonly name: string;
  readonly seconds: number;
  readonly ok: boolean;
}

/** The mirror branch as last seen: found (exists/absent) by the check, then what the run did to it. */
export interface MirrorState {
  readonly resource: string;
  /** The same in both languages, for an error about the branch. */
  readonly resourceText?: Text | undefined;
  readonly status: 'exists' | 'absent' | 'skipped' | 'unchanged' | 'created' | 'updated';
  readonly commit: string | undefined;
  /** The platforms the branch holds, when its metadata file says (read only with platforms asked for, and after a push). */
  readonly platforms?: readonly Platform[];
}

export interface TreeResult {
  readonly dir: string;
  readonly manifestPath: string;
  readonly manifest: Manifest;
  /** The platforms the tree was built for, in build order. */
  readonly platforms: readonly Platform[];
  /** Every path of the tree and the platforms whose build gave it. */
  readonly byPath: PlatformsByPath;
  /** The SBOM written beside the manifest, and what it says. */
  readonly sbomPath: string;
  readonly sbom: SbomDoc;
}

/** The offline rebuild's result; a failure is kept (the artifact is still uploaded) and thrown later. */
export type Verification = { readonly ok: true } | { readonly ok: false; readonly error: MirrorError };

export type ArtifactResult = ArtifactOutcome & { readonly name: string };

export interface Outcome {
  /** The language of error messages, known even when the other inputs are not valid. */
  readonly language: Language;
  readonly stages: StageRecord[];
  /** The validated inputs; absent when they were not valid. */
  inputs?: Config;
  /** The exact version, once resolved. */
  version?: string;
  decision?: Decision;
  mirror?: MirrorState;
  tree?: TreeResult;
  verification?: Verification;
  artifact?: ArtifactResult;
  /** The dependency diff against the previous mirrored version (or, for a range, which SBOM the first build is compared with). */
  dependencies?: DependencyDiff;
  /** The platforms the mirror branch holds after the run (or the tree, with no mirror). */
  platforms?: readonly Platform[];
  error?: MirrorError;
}
