// `falco-deps-mirror diff <from> <to>`: the dependency diff between two mirrored versions, read from
// their branches' SBOMs alone (one small blob each, never their tarballs), printed as text on stdout.
import { MirrorError, type Language } from './common/errors.js';
import type { Mirror, MirrorOptions } from './effects/mirror.js';
import { runMirrorCommand } from './mirror-command.js';
import type { InputGetter } from './planning/inputs.js';
import { depsOf, diffDeps, renderDiffText, type DepEntry } from './planning/sbom-diff.js';
import { SBOM_FILE } from './planning/sbom.js';
import { parseFalcoVersion } from './planning/version-spec.js';
import type { Reporter } from './reporting/reporter.js';

export const DIFF_INPUTS = ['mirror-repo', 'mirror-token', 'mirror-username', 'language'] as const;

export function runDiff(
  reporter: Reporter,
  get: InputGetter,
  env: NodeJS.ProcessEnv,
  versions: readonly string[],
  print: (text: string) => void,
  open?: (options: MirrorOptions) => Mirror,
): Promise<{ error?: MirrorError; language: Language }> {
  return runMirrorCommand(
    reporter,
    get,
    env,
    {
      name: 'diff',
      prepare: () => {
        if (versions.length !== 2)
          throw new MirrorError('Invalid', `diff takes two versions (diff 0.40.0 0.41.1), not ${versions.length}.`);
        return versions.map((v) => parseFalcoVersion(v)) as [string, string];
      },
      needsMirror: 'Input mirror-repo is required: the SBOMs are read from its branches.',
      run: async (mirror, [from, to]) => {
        const before = await depsAt(mirror, from);
        const after = await depsAt(mirror, to);
        print(renderDiffText(diffDeps(before, after), from, to));
      },
    },
    open,
  );
}

/** The dependencies the SBOM on a version's branch lists. */
async function depsAt(mirror: Mirror, version: string): Promise<DepEntry[]> {
  const branch = mirror.branch(version);
  const commit = await branch.get();
  if (!commit) throw new MirrorError('NotFound', `The mirror has no branch ${version}.`, { verb: 'get', resource: branch.resource });
  const text = await branch.sbom(commit);
  if (text === undefined)
    throw new MirrorError('NotFound', `The mirror's ${version} has no ${SBOM_FILE} (it was mirrored before SBOMs).`, {
      verb: 'get',
      resource: branch.resource,
      hint: `Mirror it again with if-exists: overwrite to add one.`,
    });
  try {
    return depsOf(JSON.parse(text) as unknown);
  } catch (err) {
    throw new MirrorError('Invalid', `The ${SBOM_FILE} of ${version} cannot be read: ${(err as Error).message}`, {
      verb: 'get',
      resource: branch.resource,
    });
  }
}
