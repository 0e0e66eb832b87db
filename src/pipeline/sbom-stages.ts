// The dependency diff: this run's SBOM against the one on the mirror branch of the highest version below
// it, read from that branch alone (its SBOM blob, never its tarballs). It informs; a failure to read the
// other SBOM is a warning, not a failed run.
import { asMirrorError } from '../common/errors.js';
import type { Mirror } from '../effects/mirror.js';
import { depsOf, diffDeps, type DepDiff } from '../planning/sbom-diff.js';
import { renderSbom, SBOM_FILE, type SbomDoc } from '../planning/sbom.js';
import { highestBelow } from '../planning/version-spec.js';
import type { Run } from './run.js';

/** What the summary shows: the diff, or why there is none. */
export interface DependencyDiff {
  readonly from?: string;
  readonly to: string;
  readonly diff?: DepDiff;
  readonly note?: string;
}

/**
 * The mirrored version a build of `version` is compared with, and the text of its branch's SBOM: one
 * `ls-remote` of the branches (which gives each one's commit) and a partial fetch of that branch.
 */
export async function previousSbom(
  mirror: Mirror,
  version: string,
  known?: ReadonlyMap<string, string>,
): Promise<{ version: string; text: string | undefined } | undefined> {
  const branches = known ?? (await mirror.branches());
  const previous = highestBelow(version, branches.keys());
  const commit = previous === undefined ? undefined : branches.get(previous);
  if (previous === undefined || commit === undefined) return undefined;
  return { version: previous, text: await mirror.branch(previous).sbom(commit) };
}

/** This run's SBOM against the previous mirrored version's; the job summary shows the result. */
export async function compareWithPrevious(run: Run, mirror: Mirror, version: string, ours: SbomDoc): Promise<DependencyDiff> {
  try {
    const previous = await run.stage('Compare the dependencies with the previous mirrored version', () => previousSbom(mirror, version));
    if (!previous) {
      run.reporter.info(`No mirrored version below ${version}: no dependency diff.`);
      return { to: version, note: `The mirror has no version below ${version} to compare with.` };
    }
    if (previous.text === undefined) {
      run.reporter.info(`The mirror's ${previous.version} has no ${SBOM_FILE}: no dependency diff.`);
      return { from: previous.version, to: version, note: `The mirror's ${previous.version} has no ${SBOM_FILE} (mirrored before SBOMs).` };
    }
    const diff = diffDeps(depsOf(JSON.parse(previous.text) as unknown), depsOf(JSON.parse(renderSbom(ours)) as unknown));
    run.reporter.info(
      `Dependencies since ${previous.version}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged.`,
    );
    return { from: previous.version, to: version, diff };
  } catch (err) {
    const error = asMirrorError(err);
    run.reporter.warning(`No dependency diff: ${error.describe('en')}`);
    return { to: version, note: `No dependency diff: ${error.message}` };
  }
}

/** For a range's plan: which SBOM the first build will be compared with. */
export async function planComparison(
  run: Run,
  mirror: Mirror,
  versions: readonly string[],
  branches: ReadonlyMap<string, string>,
): Promise<DependencyDiff | undefined> {
  const [first] = versions;
  if (first === undefined) return undefined;
  try {
    const previous = await run.stage(`Find the SBOM ${first} will be compared with`, () => previousSbom(mirror, first, branches));
    const note = !previous
      ? `The first build, ${first}, has no mirrored version below it to compare with.`
      : previous.text === undefined
        ? `The first build, ${first}, would be compared with the mirror's ${previous.version}, which has no ${SBOM_FILE}: no dependency diff.`
        : `The first build, ${first}, will be compared with the SBOM of the mirror's ${previous.version} (${SBOM_FILE} on branch ${previous.version}).`;
    run.reporter.info(note);
    return { to: first, ...(previous ? { from: previous.version } : {}), note };
  } catch (err) {
    const error = asMirrorError(err);
    run.reporter.warning(`Could not find the SBOM to compare ${first} with: ${error.describe('en')}`);
    return { to: first, note: `Could not find the SBOM to compare ${first} with: ${error.message}` };
  }
}
