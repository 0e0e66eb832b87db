// The one way this project starts a child process: an argument array (never a shell string), an
// environment built from an allow-list, output captured with a bound, lines streamed to a callback,
// and cancellation through an AbortSignal that stops the child (SIGTERM, then SIGKILL).
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { MirrorError, t, type TextLike } from '../common/errors.js';

export interface RunOptions {
  cwd?: string;
  /** Added to what the child inherits (see childEnvironment); an undefined value removes a name. */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Each complete line of output as it arrives. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Written to the child's stdin, which is then closed. */
  input?: string;
  /** How many bytes of each stream's tail to keep in the result (default 256 KiB). */
  keepBytes?: number;
  /** Kill the child after this many milliseconds and report `timedOut`. */
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  /** Tail of standard output: at most `keepBytes` bytes of UTF-8, starting on a character boundary. */
  stdout: string;
  stderr: string;
  /** The signal that ended the child, if any. */
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
}

export class SpawnError extends Error {
  constructor(
    readonly command: string,
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(`could not start ${command}: ${code ?? String(cause)}`, { cause });
    this.name = 'SpawnError';
  }
}

/**
 * A command that is not installed as the catalog error ServiceUnavailable, with how to install it;
 * anything else is returned as it is.
 */
export function notInstalled(err: unknown, installHint: TextLike): unknown {
  if (err instanceof SpawnError && err.code === 'ENOENT') {
    const detail = t(`The ${err.command} command was not found on PATH.`, `Команда \`${err.command}\` не найдена в PATH.`);
    return new MirrorError('ServiceUnavailable', detail, { hint: installHint, cause: err });
  }
  return err;
}

const KILL_GRACE_MS = 5000;

/**
 * What a child inherits from this process's environment: what git and docker need to find their
 * config, locale, temporary space and engine, and to get through a proxy and trust its CA. Nothing
 * else: the action's inputs (INPUT_MIRROR-TOKEN), the runner's ACTIONS_* tokens, GITHUB_TOKEN and
 * FALCO_DEPS_MIRROR_TOKEN are read by this process only, and no child (above all the long docker
 * build) may hold them. GITHUB_* stays out as a whole: neither git nor docker reads any of it.
 */
const INHERITED = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TZ',
  'LANG',
  'LANGUAGE',
  'TMPDIR',
  'TMP',
  'TEMP',
  // git's global config may live here ($XDG_CONFIG_HOME/git/config); a rootless engine's socket here.
  'XDG_CONFIG_HOME',
  'XDG_RUNTIME_DIR',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
  'GIT_CONFIG_NOSYSTEM',
  'GIT_SSL_CAINFO',
  'GIT_SSL_CAPATH',
  'GIT_PROXY_SSL_CAINFO',
  // The runner's own choice, as http.sslVerify in its git config would be, which git reads anyway.
  'GIT_SSL_NO_VERIFY',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  // Matched in upper case, so http_proxy and HTTP_PROXY both pass.
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
]);
/** DOCKER_HOST, DOCKER_CONFIG (a private base image's login), DOCKER_CERT_PATH, DOCKER_TLS_VERIFY, DOCKER_CONTEXT, ... */
const INHERITED_PREFIXES = ['LC_', 'DOCKER_', 'BUILDX_', 'BUILDKIT_'];
/** Never inherited, whatever the lists above say (DOCKER_AUTH_CONFIG, a DOCKER_CONTENT_TRUST_*_PASSPHRASE). */
const NEVER_INHERITED = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|KEY|AUTH/;

function inherited(name: string): boolean {
  const upper = name.toUpperCase();
  if (NEVER_INHERITED.test(upper)) return false;
  return INHERITED.has(upper) || INHERITED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/** A child's environment: the allow-listed part of this process's, then what the caller adds. */
function childEnvironment(added: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && inherited(name)) env[name] = value;
  }
  // The caller's names are taken as given: git's GIT_CONFIG_KEY_<n> would not pass the filter above.
  return { ...env, ...added };
}

/** Runs a command to completion. Resolves with its exit code; rejects only if it cannot start. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return start(command, args, options, false).done;
}

/**
 * Starts a command whose standard output is consumed as a stream (for `docker cp ... -`). The
 * stream applies back-pressure to the child, so memory stays flat whatever the size.
 */
export function runStreaming(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): { stdout: Readable; done: Promise<RunResult> } {
  const { child, done } = start(command, args, options, true);
  if (child.stdout === null) throw new SpawnError(command, undefined, 'no stdout');
  // Node drains a child's unread stdout when the child exits, so a reader that starts after a short
  // child has finished would get nothing; piped at once, the bytes wait here. pipeline() keeps the
  // back-pressure, and destroying the returned stream still closes the child's end.
  const stdout = new PassThrough();
  pipeline(child.stdout, stdout, () => undefined);
  return { stdout, done };
}

function start(
  command: string,
  args: readonly string[],
  options: RunOptions,
  streamStdout: boolean,
): { child: ChildProcess; done: Promise<RunResult> } {
  const keep = options.keepBytes ?? 256 * 1024;
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: childEnvironment(options.env),
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
    // Its own process group, so that stop() reaches the helpers it starts (see guardChild).
    detached: process.platform !== 'win32',
  });
  const onLine = options.onLine;
  const output = (name: 'stdout' | 'stderr'): Output => new Output(keep, onLine && ((line) => onLine(line, name)));
  const outputs = { stdout: output('stdout'), stderr: output('stderr') };
  if (!streamStdout) child.stdout?.on('data', (chunk: Buffer) => outputs.stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => outputs.stderr.push(chunk));
  if (options.input !== undefined) child.stdin?.end(options.input);

  const guard = guardChild(child, options);
  const done = new Promise<RunResult>((resolve, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      guard.release();
      reject(new SpawnError(command, err.code, err));
    });
    child.once('close', (code, signal) => {
      guard.release();
      outputs.stdout.end();
      outputs.stderr.end();
      resolve({
        code: code ?? 128,
        stdout: outputs.stdout.tail.text(),
        stderr: outputs.stderr.tail.text(),
        signal,
        timedOut: guard.timedOut,
        aborted: guard.aborted,
      });
    });
  });
  return { child, done };
}

interface Guard {
  readonly timedOut: boolean;
  readonly aborted: boolean;
  /** The child has ended: stop watching the signal and the clock. */
  release(): void;
}

/**
 * Stops the child's whole process group on abort or timeout (SIGTERM, then SIGKILL after a grace
 * period). The child leads its own group: git push hands the transfer to git-remote-http, which would
 * otherwise keep the pipes (and the push) alive after git is gone.
 */
function guardChild(child: ChildProcess, options: RunOptions): Guard {
  const state = { timedOut: false, aborted: false };
  let killTimer: NodeJS.Timeout | undefined;
  let stopping = false;
  const signalGroup = (sig: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, sig);
      else child.kill(sig);
    } catch {
      // Already gone.
    }
  };
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    signalGroup('SIGTERM');
    killTimer = setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
    killTimer.unref();
  };
  const onAbort = (): void => {
    state.aborted = true;
    stop();
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          state.timedOut = true;
          stop();
        }, options.timeoutMs);
  return {
    get timedOut() {
      return state.timedOut;
    },
    get aborted() {
      return state.aborted;
    },
    release() {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * One output stream: its tail, and its text cut into lines for the callback. The decoder keeps the
 * first bytes of a character that a chunk boundary splits until the rest arrives.
 */
class Output {
  readonly tail: Tail;
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  constructor(
    keepBytes: number,
    private readonly emit: ((line: string) => void) | undefined,
  ) {
    this.tail = new Tail(keepBytes);
  }
  push(chunk: Buffer): void {
    this.tail.push(chunk);
    if (this.emit) this.lines(this.decoder.write(chunk));
  }
  /** At close: the bytes of an unfinished character (as U+FFFD) and a last line without a newline. */
  end(): void {
    if (!this.emit) return;
    this.lines(this.decoder.end());
    const last = this.partial.replace(/\r$/, '');
    if (last !== '') this.emit(last);
  }
  private lines(text: string): void {
    // A \r at the very end stays pending: the \n of its \r\n may come with the next chunk.
    const lines = (this.partial + text).split(/\r?\n|\r(?!$)/);
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.emit?.(line);
  }
}

/** Keeps the last `limit` bytes of a stream, so a long build log cannot exhaust memory. */
class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    // Whole chunks go only while the rest still holds `limit` bytes; text() trims the remainder.
    while (this.chunks.length > 1 && this.size - (this.chunks[0]?.length ?? 0) >= this.limit) {
      this.size -= this.chunks.shift()?.length ?? 0;
    }
  }
  /** Decoded only here, from whole bytes; a character cut by the trim is left out, not garbled. */
  text(): string {
    const all = Buffer.concat(this.chunks);
    if (all.length <= this.limit) return all.toString('utf8');
    let start = all.length - this.limit;
    // At most three continuation bytes (0b10xxxxxx) can belong to a character whose lead was cut.
    for (let n = 0; n < 3 && start < all.length && ((all[start] ?? 0) & 0xc0) === 0x80; n++) start++;
    return all.subarray(start).toString('utf8');
  }
}
