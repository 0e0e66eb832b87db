// What a run does, decided in one place from the validated inputs and what the remote side holds.
// Pure: the pipeline gathers the remote state, asks here, and carries the answer out; the dry-run
// report reads the same answer, so no rule exists twice.
import type { Config, IfExists } from './inputs.js';
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
}

/** What was found remotely: the releases in a range and the mirrored branches, or one mirror branch. */
export type RemoteState =
  | { readonly kind: 'releases'; readonly inRange: readonly string[]; readonly mirrored: ReadonlySet<string> }
  /** The branch's commit; undefined when it does not exist or there is no mirror. */
  | { readonly kind: 'branch'; readonly commit: string | undefined };

/** How the tree reaches the mirror: not at all, as a new branch, or over the commit that was seen. */
export type Publish = { readonly kind: 'none' } | { readonly kind: 'create' } | { readonly kind: 'patch'; readonly over: string };

/** What a run that is not a dry run does with one version. */
export type RealRun =
  | { readonly kind: 'skip'; readonly commit: string }
  | { readonly kind: 'build'; readonly verify: boolean; readonly upload: boolean; readonly publish: Publish };

export type Decision =
  /** A range: list the released versions the mirror lacks, and stop. */
  | { readonly kind: 'plan-range'; readonly range: string; readonly versions: readonly string[] }
  /** The branch exists and if-exists is fail: stop with AlreadyExists before anything is built. */
  | { readonly kind: 'fail-exists'; readonly commit: string }
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
  if (existing !== undefined && inputs.ifExists === 'fail') return { kind: 'fail-exists', commit: existing };
  const real: RealRun =
    existing !== undefined && inputs.ifExists === 'skip'
      ? { kind: 'skip', commit: existing }
      : { kind: 'build', verify: inputs.verify, upload: inputs.artifact, publish: publishFor(inputs.mirror, existing) };
  return inputs.dryRun ? { kind: 'dry-run', real } : real;
}

function publishFor(mirror: boolean, existing: string | undefined): Publish {
  if (!mirror) return { kind: 'none' };
  return existing === undefined ? { kind: 'create' } : { kind: 'patch', over: existing };
}

/** Whether the run ends without building (the `skipped` output). */
export function isSkipped(decision: Decision): boolean {
  const real = decision.kind === 'dry-run' ? decision.real : decision;
  return real.kind === 'plan-range' || real.kind === 'skip';
}
