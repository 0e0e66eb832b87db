// What the benchmark scripts share: the median, incompressible files, and a run that Ctrl-C stops
// cleanly (the script's own finally blocks remove what it made).
import { randomFill } from 'node:crypto';
import * as fs from 'node:fs/promises';

const fill = (buf: Buffer, offset: number, size: number): Promise<void> =>
  new Promise((resolve, reject) => randomFill(buf, offset, size, (err) => (err ? reject(err) : resolve())));

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** `size` random bytes, written in 4 MiB chunks (incompressible, like the tarballs of a deps tree). */
export async function writeRandomFile(file: string, size: number): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    const buf = Buffer.allocUnsafe(Math.min(size, 4 * 1024 * 1024) || 1);
    for (let left = size; left > 0; ) {
      const n = Math.min(left, buf.length);
      await fill(buf, 0, n);
      await handle.write(buf, 0, n);
      left -= n;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Runs `main` with a signal that SIGINT/SIGTERM abort, and sets the exit code: main's own, 1 when it
 * throws, 130 when interrupted. `what` says what is being removed after an interruption.
 */
export function runBenchmark(name: string, what: string, main: (abort: AbortSignal) => Promise<number>): void {
  const controller = new AbortController();
  let interrupted = false;
  let firstSignal = 0;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      // Ctrl-C under tsx arrives twice (from the terminal and relayed by tsx): only a second Ctrl-C given
      // later leaves at once, without cleaning up.
      if (interrupted) {
        if (Date.now() - firstSignal > 2000) process.exit(130);
        return;
      }
      interrupted = true;
      firstSignal = Date.now();
      console.error(`\n${sig}: stopping and removing ${what} ...`);
      controller.abort();
    });
  }
  main(controller.signal).then(
    (code) => {
      process.exitCode = interrupted ? 130 : code;
    },
    (err: unknown) => {
      if (!interrupted) console.error(`${name} failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = interrupted ? 130 : 1;
    },
  );
}
