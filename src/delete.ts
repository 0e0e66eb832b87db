// `falco-deps-mirror delete`: removes a bad mirror branch, with the lease of what get saw, so a branch
// that someone updated in the meantime is never deleted blind.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { asMirrorError, MirrorError, type Language } from './common/errors.js';
import { openMirror, type Mirror, type MirrorOptions } from './effects/mirror.js';
import { parseChoice, parseLanguage, parseMirror, type InputGetter } from './planning/inputs.js';
import { parseFalcoVersion } from './planning/version-spec.js';
import { gitStallSeconds } from './planning/settings.js';
import type { Reporter } from './reporting/reporter.js';

export const DELETE_INPUTS = ['falco-version', 'mirror-repo', 'mirror-token', 'mirror-username', 'language'] as const;

export async function runDelete(
  reporter: Reporter,
  get: InputGetter,
  env: NodeJS.ProcessEnv,
  open: (options: MirrorOptions) => Mirror = openMirror,
): Promise<{ error?: MirrorError; language: Language }> {
  const language = parseLanguage(get);
  const scratch = path.resolve(env.RUNNER_TEMP || os.tmpdir(), `falco-deps-mirror-delete-${randomBytes(4).toString('hex')}`);
  try {
    const version = parseFalcoVersion(get('falco-version'));
    parseChoice('language', get('language'), ['en', 'ru'] as const, 'en');
    const config = parseMirror(get('mirror-repo'), get('mirror-token'), get('mirror-username'));
    if (!config) throw new MirrorError('Invalid', 'Input mirror-repo is required to delete a mirror branch.');
    await fs.mkdir(scratch, { recursive: true, mode: 0o700 });
    const mirror = open({ config, scratch, stallSeconds: gitStallSeconds(env), onRetry: (m) => reporter.warning(m) });
    for (const secret of mirror.secrets) reporter.setSecret(secret);
    try {
      const branch = mirror.branch(version);
      const current = await branch.get();
      if (!current) throw new MirrorError('NotFound', 'There is no such branch to delete.', { verb: 'delete', resource: branch.resource });
      await branch.delete(current);
      reporter.setOutput('mirror-status', 'deleted');
      reporter.setOutput('mirror-commit', current);
      reporter.notice(`Deleted ${branch.resource}; it pointed at ${current}.`);
    } finally {
      await mirror.close();
    }
    return { language };
  } catch (err) {
    const error = asMirrorError(err);
    reporter.setOutput('error-reason', error.reason);
    return { error, language };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
