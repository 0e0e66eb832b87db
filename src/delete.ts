// `falco-deps-mirror delete`: removes a bad mirror branch, with the lease of what get saw, so a branch
// that someone updated in the meantime is never deleted blind.
import { MirrorError, t, type Language } from './common/errors.js';
import type { Mirror, MirrorOptions } from './effects/mirror.js';
import { runMirrorCommand } from './mirror-command.js';
import type { InputGetter } from './planning/inputs.js';
import { parseFalcoVersion } from './planning/version-spec.js';
import type { Reporter } from './reporting/reporter.js';

export const DELETE_INPUTS = ['falco-version', 'mirror-repo', 'mirror-token', 'mirror-username', 'language'] as const;

export function runDelete(
  reporter: Reporter,
  get: InputGetter,
  env: NodeJS.ProcessEnv,
  open?: (options: MirrorOptions) => Mirror,
): Promise<{ error?: MirrorError; language: Language }> {
  return runMirrorCommand(
    reporter,
    get,
    env,
    {
      name: 'delete',
      prepare: () => parseFalcoVersion(get('falco-version')),
      needsMirror: t(
        'Input mirror-repo is required to delete a mirror branch.',
        'Чтобы удалить ветку зеркала, нужен параметр mirror-repo.',
      ),
      run: async (mirror, version) => {
        const branch = mirror.branch(version);
        const current = await branch.get();
        if (!current) {
          throw new MirrorError('NotFound', t('There is no such branch to delete.', 'Такой ветки для удаления нет.'), {
            verb: 'delete',
            resource: branch.resourceText ?? branch.resource,
          });
        }
        await branch.delete(current);
        reporter.setOutput('mirror-status', 'deleted');
        reporter.setOutput('mirror-commit', current);
        reporter.notice(`Deleted ${branch.resource}; it pointed at ${current}.`);
      },
    },
    open,
  );
}
