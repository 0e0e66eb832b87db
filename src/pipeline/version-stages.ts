// The stages that settle which version a run is about: a range's plan, `latest` resolved, and the tag
// checked in the source repo before any long work.
import { MirrorError, t } from '../common/errors.js';
import type { Mirror } from '../effects/mirror.js';
import type { FalcoSource } from '../effects/release-source.js';
import { decide, decisionInputs, type Decision } from '../planning/decision.js';
import type { Config } from '../planning/inputs.js';
import { falcoRepoUrl } from '../planning/recipe.js';
import { releasesInRange } from '../planning/version-spec.js';
import type { Run } from './run.js';

/**
 * A range: the releases in it that the mirror lacks (the `versions` output); nothing is built. The
 * mirror's branches, with their commits, are returned too (the SBOM comparison's plan reads one).
 */
export async function planRange(
  run: Run,
  inputs: Config,
  range: string,
  source: FalcoSource,
  mirror: Mirror | undefined,
): Promise<{ decision: Decision; branches: ReadonlyMap<string, string> }> {
  let branches: ReadonlyMap<string, string> = new Map();
  const decision = await run.stage(`Plan the releases in ${range}`, async () => {
    const inRange = releasesInRange(await source.releases(), range);
    if (mirror) branches = await mirror.branches();
    const mirrored = new Set(branches.keys());
    run.reporter.info(`Released in ${range} (${source.origin}): ${inRange.join(', ') || 'none'}.`);
    if (mirror) run.reporter.info(`Already mirrored: ${inRange.filter((v) => mirrored.has(v)).join(', ') || 'none'}.`);
    return decide(decisionInputs(inputs), { kind: 'releases', inRange, mirrored });
  });
  if (decision.kind === 'plan-range') {
    const { versions } = decision;
    run.reporter.notice(versions.length ? `To mirror: ${versions.join(', ')}.` : `Every release in ${range} is mirrored already.`);
  }
  return { decision, branches };
}

/** The exact version to mirror: the one given, or the newest release for `latest`. */
export async function resolveVersion(run: Run, inputs: Config, source: FalcoSource): Promise<string> {
  const spec = inputs.versionSpec;
  if (spec.kind === 'exact') return spec.version;
  const latest = await run.stage('Resolve the latest Falco release', () => source.latest());
  run.reporter.info(`latest is Falco ${latest} (${inputs.releaseSource}).`);
  return latest;
}

/** The tag must be in the source repo the recipe clones; checked before any long work. */
export async function checkTag(run: Run, inputs: Config, source: FalcoSource): Promise<void> {
  const version = inputs.falcoVersion;
  const tagged = await run.stage('Check the source repo', () => source.hasTag(version));
  if (!tagged) {
    const url = falcoRepoUrl(inputs.sourceRepo);
    throw new MirrorError('NotFound', t(`The source repo has no tag ${version}.`, `В репозитории исходников нет тега ${version}.`), {
      verb: 'get',
      resource: t(`tag ${version} of ${url}`, `тег ${version} в ${url}`),
      hint: t('Check falco-version and source-repo.', 'Проверьте falco-version и source-repo.'),
    });
  }
}
