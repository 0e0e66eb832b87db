// The one way this project starts a child process: an argument array (never a shell string), an
// environment merged once, output captured with a bound, lines streamed to a callback, and
// cancellation through an AbortSignal that stops the child (SIGTERM, then SIGKILL).
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface RunOptions {
  cwd?: string;
  /** Added to (not replacing) the parent's environment. */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Each complete line of output as it arrives. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Written to the child's stdin, which is then closed. */
  input?: string;
  /** How much of each stream's tail to keep in the result (default 256 KiB). */
  keepBytes?: number;
  /** Kill the child after this many milliseconds and report `timedOut`. */
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  /** Tail of standard output, at most `keepBytes`. */
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

const KILL_GRACE_MS = 5000;

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
  return { stdout: child.stdout, done };
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
    env: { ...process.env, ...options.env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
    // Its own process group, so that stop() reaches the helpers it starts (see below).
    detached: process.platform !== 'win32',
  });
  const tails = { stdout: new Tail(keep), stderr: new Tail(keep) };
  const partial = { stdout: '', stderr: '' };
  const collect = (name: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    tails[name].push(text);
    if (options.onLine) {
      const lines = (partial[name] + text).split(/\r?\n|\r/);
      partial[name] = lines.pop() ?? '';
      for (const line of lines) options.onLine(line, name);
    }
  };
  if (!streamStdout) child.stdout?.on('data', collect('stdout'));
  child.stderr?.on('data', collect('stderr'));
  if (options.input !== undefined) child.stdin?.end(options.input);

  let timedOut = false;
  let aborted = false;
  let killTimer: NodeJS.Timeout | undefined;
  // The child leads its own process group, and the whole group is stopped: git push hands the transfer
  // to git-remote-http, which would otherwise keep the pipes (and the push) alive after git is gone.
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
    aborted = true;
    stop();
  };
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          stop();
        }, options.timeoutMs);

  const done = new Promise<RunResult>((resolve, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      cleanup();
      reject(new SpawnError(command, err.code, err));
    });
    child.once('close', (code, signal) => {
      cleanup();
      for (const name of ['stdout', 'stderr'] as const) {
        if (options.onLine && partial[name] !== '') options.onLine(partial[name], name);
      }
      resolve({
        code: code ?? 128,
        stdout: tails.stdout.text(),
        stderr: tails.stderr.text(),
        signal,
        timedOut,
        aborted,
      });
    });
  });
  function cleanup(): void {
    if (timer) clearTimeout(timer);
    if (killTimer) clearTimeout(killTimer);
    options.signal?.removeEventListener('abort', onAbort);
  }
  return { child, done };
}

/** Keeps the last `limit` characters of a stream, so a long build log cannot exhaust memory. */
class Tail {
  private chunks: string[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}
  push(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.limit && this.chunks.length > 1) {
      this.size -= this.chunks.shift()?.length ?? 0;
    }
  }
  text(): string {
    const all = this.chunks.join('');
    return all.length > this.limit ? all.slice(all.length - this.limit) : all;
  }
}
