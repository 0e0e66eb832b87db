// What the CLI's commands on the mirror alone (delete, diff) share: every input checked before the
// mirror is opened, its secrets masked, a private scratch directory removed at the end, and a failure
// returned with its reason (the error-reason output) instead of thrown.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { asMirrorError, MirrorError, type Language, type TextLike } from './common/errors.js';
import { openMirror, type Mirror, type MirrorOptions } from './effects/mirror.js';
import { parseChoice, parseLanguage, parseMirror, type InputGetter } from './planning/inputs.js';
import { gitStallSeconds } from './planning/settings.js';
import type { Reporter } from './reporting/reporter.js';

export interface MirrorCommand<T> {
  /** Names the scratch directory: falco-deps-mirror-<name>-<random>. */
  readonly name: string;
  /** Checks the command's own inputs (throws before anything is opened). */
  readonly prepare: () => T;
  /** Why mirror-repo is needed, said when it is empty. */
  readonly needsMirror: TextLike;
  readonly run: (mirror: Mirror, prepared: T) => Promise<void>;
}

export async function runMirrorCommand<T>(
  reporter: Reporter,
  get: InputGetter,
  env: NodeJS.ProcessEnv,
  command: MirrorCommand<T>,
  open: (options: MirrorOptions) => Mirror = openMirror,
): Promise<{ error?: MirrorError; language: Language }> {
  const language = parseLanguage(get);
  const scratch = path.resolve(env.RUNNER_TEMP || os.tmpdir(), `falco-deps-mirror-${command.name}-${randomBytes(4).toString('hex')}`);
  try {
    const prepared = command.prepare();
    parseChoice('language', get('language'), ['en', 'ru'] as const, 'en');
    const config = parseMirror(get('mirror-repo'), get('mirror-token'), get('mirror-username'));
    if (!config) throw new MirrorError('Invalid', command.needsMirror);
    await fs.mkdir(scratch, { recursive: true, mode: 0o700 });
    const mirror = open({ config, scratch, stallSeconds: gitStallSeconds(env), onRetry: (m) => reporter.warning(m) });
    for (const secret of mirror.secrets) reporter.setSecret(secret);
    try {
      await command.run(mirror, prepared);
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
