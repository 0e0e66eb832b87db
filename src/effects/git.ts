// The one way this project runs git against a mirror. Authentication works as actions/checkout does
// it: the token goes into an `http.<url>.extraheader` in a config file of its own (mode 0600), which
// only these git processes read (through an `include.path` given in their environment) and which is
// removed afterwards, by dispose() or by the post step. The token never reaches a URL, an argument
// list or a log line; everything git prints is scrubbed of it before anyone sees it.
//
// No other credential goes with it. Every git runs in an empty directory of its own, never in the
// workspace, whose .git/config actions/checkout leaves with an extraheader of its own (a second
// Authorization header, which GitHub answers with 400). System and global config still apply
// (proxies, CA bundles, url.<base>.insteadOf), but their extra headers and credential helpers are reset.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { scrubSecrets } from '../common/secrets.js';
import { t } from '../common/errors.js';
import { run, runStreaming, notInstalled, type RunOptions, type RunResult } from './exec.js';

const GIT_INSTALL = t(
  'Install git (on Debian or Ubuntu: `sudo apt-get install git`), then run again.',
  'Установите git (в Debian или Ubuntu: `sudo apt-get install git`), затем запустите снова.',
);

export interface GitAuth {
  readonly username: string;
  readonly token: string;
}

export interface GitOptions {
  /** The mirror URL the credentials are for; git sends them to that URL's host and path only. */
  readonly url: string;
  readonly auth: GitAuth | undefined;
  /**
   * Directory for the credentials file and git's working directory; the caller records it for cleanup.
   * Absolute, like every path given to git: git runs in a directory of its own, not in this process's.
   */
  readonly tempDir: string;
  readonly signal?: AbortSignal | undefined;
  /** A transfer slower than 1 KB/s for this long is abandoned (git's http.lowSpeedTime). */
  readonly stallSeconds?: number;
}

/** One git command. It runs in an empty directory (see createGit): a repository is named by gitDir. */
export interface GitCall {
  readonly gitDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  readonly timeoutMs?: number;
  /** Extra `-c name=value` settings; never secrets. */
  readonly config?: Readonly<Record<string, string>>;
}

export interface Git {
  run(args: readonly string[], call?: GitCall): Promise<RunResult>;
  stream(args: readonly string[], call?: GitCall): { stdout: Readable; done: Promise<RunResult> };
  /** Replaces every form of the secret in a text. */
  scrub(text: string): string;
  /** The values a log must never show: register them with the runner's masking. */
  readonly secrets: readonly string[];
  dispose(): Promise<void>;
}

export function basicHeader(auth: GitAuth): string {
  return Buffer.from(`${auth.username}:${auth.token}`, 'utf8').toString('base64');
}

export function createGit(opts: GitOptions): Git {
  const secrets = opts.auth ? [opts.auth.token, basicHeader(opts.auth)].filter((s) => s.length > 0) : [];
  const scrub = (text: string): string => scrubSecrets(text, secrets);

  // The credentials file exists only while a remote operation may need it: written before each
  // git run, removed by dispose() (main disposes between the mirror check and the long build).
  const scratch = path.resolve(opts.tempDir);
  const configFile = opts.auth ? path.join(scratch, `auth-${randomBytes(4).toString('hex')}.gitconfig`) : undefined;
  let written = false;
  const ensureConfig = async (): Promise<void> => {
    if (!opts.auth || !configFile || written) return;
    // The URL was validated (no quotes, backslashes or control characters), so it is a safe subsection.
    const text = `[http "${opts.url}"]\n\textraheader = AUTHORIZATION: basic ${basicHeader(opts.auth)}\n`;
    await fs.rm(configFile, { force: true });
    await fs.writeFile(configFile, text, { mode: 0o600, flag: 'wx' });
    written = true;
  };

  // An empty directory, with discovery stopped above it: git finds no repository there, so it reads no
  // repository's config (the workspace's least of all) unless a command names one with --git-dir.
  const cwd = path.join(scratch, 'git-cwd');

  const env = gitEnvironment([
    // No helper may answer for us or store anything, and nothing may prompt: a 401 is an error. An
    // empty value empties the list of helpers, URL-specific ones included, that system and global config set.
    ['credential.helper', ''],
    // An empty value empties the list of extra headers, but only if no more specific URL matched
    // before it: git keeps a more specific match over a less specific one. Given for the URL itself,
    // the most specific match there is, it clears every entry; the generic one still clears generic
    // entries for a URL that a url.<base>.insteadOf rewrote. Then include.path adds ours.
    ['http.extraheader', ''],
    [`http.${opts.url}.extraheader`, ''],
    ['http.lowSpeedLimit', '1000'],
    ['http.lowSpeedTime', String(opts.stallSeconds ?? 60)],
    ...(configFile ? ([['include.path', configFile]] as Array<[string, string]>) : []),
  ]);
  env.GIT_CEILING_DIRECTORIES = scratch;

  const prepare = (args: readonly string[], call: GitCall): [string[], RunOptions] => {
    // Made every time (cleanup may have removed it), synchronously (one mkdir) because stream() is.
    mkdirSync(cwd, { recursive: true, mode: 0o700 });
    const head: string[] = [];
    for (const [k, v] of Object.entries(call.config ?? {})) head.push('-c', `${k}=${v}`);
    if (call.gitDir) head.push('--git-dir', call.gitDir);
    return [
      [...head, ...args],
      {
        cwd,
        env: { ...env, ...call.env },
        ...(call.input !== undefined ? { input: call.input } : {}),
        ...(call.timeoutMs ? { timeoutMs: call.timeoutMs } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
    ];
  };

  return {
    secrets,
    scrub,
    async run(args, call = {}) {
      await ensureConfig();
      const [argv, options] = prepare(args, call);
      const result = await run('git', argv, options).catch((err: unknown) => {
        throw notInstalled(err, GIT_INSTALL);
      });
      return { ...result, stdout: scrub(result.stdout), stderr: scrub(result.stderr) };
    },
    // Does not write the credentials file itself: a lazy fetch it triggers uses the one run() wrote.
    stream(args, call = {}) {
      const [argv, options] = prepare(args, call);
      const child = runStreaming('git', argv, options);
      return { stdout: child.stdout, done: child.done.then((r) => ({ ...r, stderr: scrub(r.stderr) })) };
    },
    async dispose() {
      written = false;
      if (configFile) await fs.rm(configFile, { force: true });
    },
  };
}

/** The environment of every git process: the settings, no prompt, no trace, messages in English. */
function gitEnvironment(settings: ReadonlyArray<readonly [string, string]>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    GIT_TERMINAL_PROMPT: '0',
    // Unset (undefined), not empty: git treats a set GIT_CURL_VERBOSE as on, whatever its value.
    GIT_ASKPASS: undefined,
    SSH_ASKPASS: undefined,
    GCM_INTERACTIVE: 'never',
    // Header dumps are never wanted (they would show the header), and git's messages are parsed in English.
    GIT_TRACE: undefined,
    GIT_TRACE_CURL: undefined,
    GIT_TRACE_PACKET: undefined,
    GIT_CURL_VERBOSE: undefined,
    GIT_TRACE_SETUP: undefined,
    LC_ALL: 'C',
    LANGUAGE: '',
    GIT_CONFIG_COUNT: String(settings.length),
  };
  settings.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}
