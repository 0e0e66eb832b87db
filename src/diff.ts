// `falco-deps-mirror diff <from> <to>`: the dependency diff between two mirrored versions, read from
// their branches' SBOMs alone (one small blob each, never their tarballs), printed as text on stdout.
import { MirrorError, t, type Language } from './common/errors.js';
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
          throw new MirrorError(
            'Invalid',
            t(
              `diff takes two versions (diff 0.40.0 0.41.1), not ${versions.length}.`,
              `Команда \`diff\` принимает две версии (\`diff 0.40.0 0.41.1\`), а не ${versions.length}.`,
            ),
          );
        return versions.map((v) => parseFalcoVersion(v)) as [string, string];
      },
      needsMirror: t(
        'Input mirror-repo is required: the SBOMs are read from its branches.',
        'Нужен параметр mirror-repo: SBOM читаются из веток зеркала.',
      ),
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
  const resource = branch.resourceText ?? branch.resource;
  if (!commit) {
    throw new MirrorError('NotFound', t(`The mirror has no branch ${version}.`, `В зеркале нет ветки ${version}.`), {
      verb: 'get',
      resource,
    });
  }
  const text = await branch.sbom(commit);
  if (text === undefined) {
    const detail = t(
      `The mirror's ${version} has no ${SBOM_FILE} (it was mirrored before SBOMs).`,
      `В ветке ${version} зеркала нет ${SBOM_FILE} (она была зеркалирована до появления SBOM).`,
    );
    throw new MirrorError('NotFound', detail, {
      verb: 'get',
      resource,
      hint: t('Mirror it again with if-exists: overwrite to add one.', 'Зеркалируйте её снова с if-exists: overwrite, чтобы добавить его.'),
    });
  }
  try {
    return depsOf(JSON.parse(text) as unknown);
  } catch (err) {
    // The SBOM's own check says why in both languages; JSON.parse's message is quoted as it is.
    const why = err instanceof MirrorError ? err.detailText : t((err as Error).message, (err as Error).message);
    const detail = t(
      `The ${SBOM_FILE} of ${version} cannot be read: ${why.en}`,
      `Не удаётся прочитать ${SBOM_FILE} ветки ${version}: ${why.ru}`,
    );
    throw new MirrorError('Invalid', detail, { verb: 'get', resource });
  }
}
