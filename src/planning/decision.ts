// What a run does, decided in one place from the validated inputs and what the remote side holds.
// Pure: the pipeline gathers the remote state, asks here, and carries the answer out; the dry-run
// report reads the same answer, so no rule exists twice.
import type { Config, IfExists } from './inputs.js';
import type { Platform } from './platforms.js';
import { missingVersions, type VersionSpec } from './version-spec.js';

/** The inputs the decision depends on. */
export interface DecisionInputs {
  readonly versionSpec: VersionSpec;
  /** Whether a mirror-repo was given. */
  readonly mirror: boolean;
  readonly ifExists: IfExists;
  readonly dryRun: boolean;
  readonly verify: boolean;
  /** Whether upload-artifact is on. */
  readonly artifact: boolean;
  /** The platforms asked for; empty: the engine's own, and if-exists judges the whole branch. */
  readonly platforms: readonly Platform[];
}

/** What was found remotely: the releases in a range and the mirrored branches, or one mirror branch. */
export type RemoteState =
  | { readonly kind: 'releases'; readonly inRange: readonly string[]; readonly mirrored: ReadonlySet<string> }
  /**
   * The branch's commit (undefined when it does not exist or there is no mirror), and the platforms it
   * holds when its metadata file says so (undefined: unknown, as for a branch made before platforms).
   */
  | { readonly kind: 'branch'; readonly commit: string | undefined; readonly held?: readonly Platform[] | undefined };

/**
 * How the tree reaches the mirror: not at all, as a new branch, or over the commit that was seen. A patch
 * keeps the files of the branch's platforms in `keep` (none: the tree replaces the branch's whole content).
 */
export type Publish =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'patch'; readonly over: string; readonly keep: readonly Platform[] };

/** What a run that is not a dry run does with one version. */
export type RealRun =
  | { readonly kind: 'skip'; readonly commit: string }
  | {
      readonly kind: 'build';
      /** The platforms to build (empty: the engine's own). */
      readonly platforms: readonly Platform[];
      readonly verify: boolean;
      readonly upload: boolean;
      readonly publish: Publish;
    };

export type Decision =
  /** A range: list the released versions the mirror lacks, and stop. */
  | { readonly kind: 'plan-range'; readonly range: string; readonly versions: readonly string[] }
  /**
   * The branch exists and if-exists is fail: stop with AlreadyExists before anything is built. With
   * platforms given, only when it holds one of them (`platforms`: those it holds).
   */
  | { readonly kind: 'fail-exists'; readonly commit: string; readonly platforms?: readonly Platform[] }
  /** Check and report; `real` is what a run without dry-run would do. */
  | { readonly kind: 'dry-run'; readonly real: RealRun }
  | RealRun;

/** What the decision depends on, read from the validated inputs. */
export function decisionInputs(config: Config): DecisionInputs {
  return {
    versionSpec: config.versionSpec,
    mirror: config.mirror !== undefined,
    ifExists: config.ifExists,
    dryRun: config.dryRun,
    verify: config.verify,
    artifact: config.artifact !== undefined,
    platforms: config.platforms,
  };
}

export function decide(inputs: DecisionInputs, remote: RemoteState): Decision {
  const spec = inputs.versionSpec;
  if (spec.kind === 'range') {
    if (remote.kind !== 'releases') throw new Error('a range is decided on the releases in it');
    return { kind: 'plan-range', range: spec.range, versions: missingVersions([...remote.inRange], new Set(remote.mirrored)) };
  }
  if (remote.kind !== 'branch') throw new Error('one version is decided on its mirror branch');
  const existing = inputs.mirror ? remote.commit : undefined;
  const held = existing !== undefined && inputs.platforms.length > 0 ? remote.held : undefined;
  const real = held ? perPlatform(inputs, existing ?? '', held) : wholeBranch(inputs, existing);
  if (real.kind === 'fail-exists') return real;
  return inputs.dryRun ? { kind: 'dry-run', real } : real;
}

/** if-exists on the branch as a whole: no platforms asked for, or a branch that does not say what it holds. */
function wholeBranch(inputs: DecisionInputs, existing: string | undefined): RealRun | { kind: 'fail-exists'; commit: string } {
  if (existing !== undefined && inputs.ifExists === 'fail') return { kind: 'fail-exists', commit: existing };
  if (existing !== undefined && inputs.ifExists === 'skip') return { kind: 'skip', commit: existing };
  const publish: Publish = !inputs.mirror
    ? { kind: 'none' }
    : existing === undefined
      ? { kind: 'create' }
      : { kind: 'patch', over: existing, keep: [] };
  return { kind: 'build', platforms: inputs.platforms, verify: inputs.verify, upload: inputs.artifact, publish };
}

/**
 * if-exists judged per platform, on a branch whose metadata says which platforms it holds: skip builds
 * only the platforms it lacks, fail stops if it holds any asked for, overwrite rebuilds those asked for.
 * The other platforms' files stay.
 */
function perPlatform(
  inputs: DecisionInputs,
  commit: string,
  held: readonly Platform[],
): RealRun | { kind: 'fail-exists'; commit: string; platforms: readonly Platform[] } {
  const asked = inputs.platforms;
  const present = asked.filter((p) => held.includes(p));
  if (inputs.ifExists === 'fail' && present.length > 0) return { kind: 'fail-exists', commit, platforms: present };
  const build = inputs.ifExists === 'skip' ? asked.filter((p) => !held.includes(p)) : asked;
  if (build.length === 0) return { kind: 'skip', commit };
  const keep = held.filter((p) => !build.includes(p));
  return {
    kind: 'build',
    platforms: build,
    verify: inputs.verify,
    upload: inputs.artifact,
    publish: { kind: 'patch', over: commit, keep },
  };
}

/** Whether the run ends without building (the `skipped` output). */
export function isSkipped(decision: Decision): boolean {
  const real = decision.kind === 'dry-run' ? decision.real : decision;
  return real.kind === 'plan-range' || real.kind === 'skip';
}
