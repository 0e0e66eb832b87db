// What the benchmark scripts share: the median, incompressible files, and a run that Ctrl-C stops
// cleanly (the script's own finally blocks remove what it made).
import { randomFill } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const MB = 1_000_000;

const fill = (buf: Buffer, offset: number, size: number): Promise<void> =>
  new Promise((resolve, reject) => randomFill(buf, offset, size, (err) => (err ? reject(err) : resolve())));

/**
 * This process's peak resident memory in KiB: VmHWM of /proc/self/status on Linux. Not getrusage's
 * maxRSS, which Linux carries over from the parent into a child at exec: a runner spawned by a big
 * benchmark process would report the benchmark's own peak.
 */
export function peakRssKiB(): number {
  try {
    const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (hwm !== undefined) return Number(hwm);
  } catch {
    // Not Linux: getrusage is the best there is.
  }
  return process.resourceUsage().maxRSS;
}

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
    for (let left = size; left > 0;) {
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

// Names of a real falco-deps tree; sizes are spread log-evenly from 100 KB to 5 MB.
const SMALL_NAMES = [
  'c-ares-1.19.1.tar.gz',
  'curl-8.0.1.tar.bz2',
  'elfutils-0.187.tar.bz2',
  'openssl-1.1.1t.tar.gz',
  'protobuf-cpp-3.20.3.tar.gz',
  're2-2022-06-01.tar.gz',
  'jq-1.6.tar.gz',
  'oniguruma-6.9.8.tar.gz',
  'yaml-cpp-0.7.0.tar.gz',
  'zlib-1.2.13.tar.gz',
  'tbb-2021.9.0.tar.gz',
  'valijson-1.0.tar.gz',
  'nlohmann-json-3.11.2.tar.gz',
  'cpp-httplib-0.13.1.tar.gz',
  'libbpf-1.2.0.tar.gz',
  'libelf-0.187.tar.gz',
  'jsoncpp-1.9.5.tar.gz',
  'cxxopts-3.1.1.tar.gz',
  'b64-1.2.1.tar.gz',
  'uthash-2.3.0.tar.gz',
];
const BIG_NAME = 'grpc.tar.gz';

/** The size of the synthetic deps tree a benchmark writes, from flags or BENCH_* variables. */
export interface TreeSettings {
  bigMb: number;
  runs: number;
  smallFiles: number;
}

export class UsageError extends Error {}

/** --big-mb, --runs and --small-files (or BENCH_BIG_MB, BENCH_RUNS, BENCH_SMALL_FILES); --help prints usage. */
export function parseTreeSettings(script: string, defaultBigMb: number): TreeSettings {
  const { values } = parseArgs({
    options: {
      'big-mb': { type: 'string' },
      runs: { type: 'string' },
      'small-files': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(`usage: npx tsx ${script} [--big-mb ${defaultBigMb}] [--runs 3] [--small-files 20]`);
    console.log('       (or BENCH_BIG_MB, BENCH_RUNS, BENCH_SMALL_FILES in the environment)');
    process.exit(0);
  }
  const num = (flag: string, raw: string | undefined, fallback: number, integer: boolean, min: number): number => {
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
      throw new UsageError(`--${flag} wants ${integer ? 'an integer' : 'a number'} >= ${min}, not ${JSON.stringify(raw)}.`);
    }
    return n;
  };
  return {
    bigMb: num('big-mb', values['big-mb'] ?? process.env.BENCH_BIG_MB, defaultBigMb, false, 0),
    runs: num('runs', values.runs ?? process.env.BENCH_RUNS, 3, true, 1),
    smallFiles: num('small-files', values['small-files'] ?? process.env.BENCH_SMALL_FILES, 20, true, 0),
  };
}

/** The deps tree: `smallFiles` tarball-like files from 100 KB to 5 MB and one big one, all random. */
export async function makeDepsTree(dir: string, s: TreeSettings): Promise<{ files: string[]; bytes: number }> {
  await fs.mkdir(dir, { recursive: true });
  const plan: Array<[string, number]> = [];
  for (let i = 0; i < s.smallFiles; i++) {
    const t = s.smallFiles === 1 ? 1 : i / (s.smallFiles - 1);
    const name = SMALL_NAMES[i % SMALL_NAMES.length] ?? `dep-${i}.tar.gz`;
    const unique = i < SMALL_NAMES.length ? name : name.replace(/\.tar\./, `-${Math.floor(i / SMALL_NAMES.length)}.tar.`);
    plan.push([unique, Math.round(100_000 * Math.pow(50, t))]);
  }
  plan.push([BIG_NAME, Math.round(s.bigMb * MB)]);
  let bytes = 0;
  for (const [name, size] of plan) {
    await writeRandomFile(path.join(dir, name), size);
    bytes += size;
  }
  return { files: plan.map(([name]) => name).sort(), bytes };
}
