// `npm run bench -- --extract [--runs 3]`: the cost of extractTree alone, without Docker. It writes three
// synthetic archives shaped like `docker cp CONTAINER:/falco-deps -` output (entries under falco-deps/):
//   1,000 tiny entries     the baseline
//   200,000 tiny entries   files of 1 to 64 bytes, 199 to a directory (1,006 directories)
//   1 GiB tree             the 20 files of scripts/bench/plan.ts (614 MiB grpc.tar.gz), random bytes
// and streams each, per run, through `cat` into extractTree in a Node process of its own (bundled as
// dist is: scripts/bench/extract-runner.ts), which reports its time and peak RSS. It prints a table,
// the peak RSS each extra entry costs ((RSS at 200,000 - RSS at 1,000) / 199,000 entries) and the
// targets (PASS/FAIL; a missed target does not change the exit status). The temp dir is removed at
// the end, on failure and on Ctrl-C. MiB = 2^20 bytes.
import { randomFillSync } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { Header } from 'tar';
import { run } from '../src/effects/exec.js';
import { median } from './bench/common.js';
import type { ExtractRunnerResult } from './bench/extract-runner.js';
import { MiB, planTree } from './bench/plan.js';
import { BUNDLE_OPTIONS } from './esbuild-options.mjs';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BASELINE_ENTRIES = 1_000;
const MANY_ENTRIES = 200_000;
const FILES_PER_DIR = 199;
const TREE_MIB = 1024;
const TARGETS = { manyRssMib: 200, treeRssMib: 150 };
// Two archives and their trees (a tiny file takes a 4 KiB block), with room to spare.
const DISK_NEEDED = 5 * 1024 * MiB;

interface Archive {
  label: string;
  file: string;
  /** Directories and files. */
  entries: number;
  files: number;
  bytes: number;
  targetMib?: number;
}

/** Tar blocks, gathered into 4 MiB writes. */
class TarFile {
  private parts: Buffer[] = [];
  private pending = 0;
  entries = 0;
  files = 0;
  bytes = 0;

  private constructor(private readonly handle: fs.FileHandle) {}

  static async create(file: string): Promise<TarFile> {
    return new TarFile(await fs.open(file, 'wx'));
  }

  async directory(name: string): Promise<void> {
    this.entries++;
    await this.push(this.header(name, 'Directory', 0, 0o755));
  }

  /** A file whose `size` bytes `fill` writes into the buffers it is given, block-aligned. */
  async file(name: string, size: number, fill: (buf: Buffer) => void): Promise<void> {
    this.entries++;
    this.files++;
    this.bytes += size;
    await this.push(this.header(name, 'File', size, 0o644));
    for (let left = size; left > 0;) {
      const n = Math.min(left, 4 * MiB);
      const buf = Buffer.alloc(Math.ceil(n / 512) * 512);
      fill(buf.subarray(0, n));
      await this.push(buf);
      left -= n;
    }
  }

  async close(): Promise<void> {
    await this.push(Buffer.alloc(1024));
    await this.flush();
    await this.handle.close();
  }

  private header(name: string, type: 'File' | 'Directory', size: number, mode: number): Buffer {
    const block = Buffer.alloc(512);
    const h = new Header({ path: name, type, size, mode, uid: 0, gid: 0, mtime: new Date(), uname: 'root', gname: 'root' });
    if (h.encode(block, 0)) throw new Error(`${name} does not fit a ustar header`);
    return block;
  }

  private async push(buf: Buffer): Promise<void> {
    this.parts.push(buf);
    this.pending += buf.length;
    if (this.pending >= 4 * MiB) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending === 0) return;
    const data = Buffer.concat(this.parts, this.pending);
    this.parts = [];
    this.pending = 0;
    await this.handle.write(data);
  }
}

/** `count` files of 1 to 64 bytes (their own number, repeated), 199 to a directory. */
async function writeTinyArchive(file: string, label: string, count: number, targetMib?: number): Promise<Archive> {
  const tar = await TarFile.create(file);
  await tar.directory('falco-deps/');
  for (let i = 0; i < count; i++) {
    const dir = `falco-deps/d${Math.floor(i / FILES_PER_DIR)}/`;
    if (i % FILES_PER_DIR === 0) await tar.directory(dir);
    const text = Buffer.from(`${i}\n`.repeat(8)).subarray(0, 1 + (i % 64));
    await tar.file(`${dir}f${i}.tar.gz`, text.length, (buf) => text.copy(buf));
  }
  await tar.close();
  return { label, file, entries: tar.entries, files: tar.files, bytes: tar.bytes, ...(targetMib ? { targetMib } : {}) };
}

/** The benchmark's 1 GiB deps tree (scripts/bench/plan.ts), random bytes, with its directories. */
async function writeTreeArchive(file: string): Promise<Archive> {
  const tar = await TarFile.create(file);
  await tar.directory('falco-deps/');
  const dirs = new Set<string>();
  for (const f of planTree(TREE_MIB)) {
    const parts = f.rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!dirs.has(dir)) {
        dirs.add(dir);
        await tar.directory(`falco-deps/${dir}/`);
      }
    }
    await tar.file(`falco-deps/${f.rel}`, f.bytes, (buf) => randomFillSync(buf));
  }
  await tar.close();
  return { label: `${TREE_MIB} MiB tree`, file, entries: tar.entries, files: tar.files, bytes: tar.bytes, targetMib: TARGETS.treeRssMib };
}

async function extractOnce(signal: AbortSignal, runner: string, archive: Archive, out: string): Promise<ExtractRunnerResult> {
  const r = await run(process.execPath, [runner, '--archive', archive.file, '--out', out], { signal });
  if (r.aborted) throw new Error('interrupted');
  if (r.code !== 0) throw new Error(`the extract runner failed on the ${archive.label} (exit ${r.code}): ${r.stderr.trim().slice(-500)}`);
  const result = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as ExtractRunnerResult;
  if (result.files !== archive.files || result.bytes !== archive.bytes) {
    throw new Error(
      `the ${archive.label}: ${result.files} files, ${result.bytes} bytes extracted; ${archive.files}, ${archive.bytes} expected`,
    );
  }
  await fs.rm(out, { recursive: true, force: true });
  return result;
}

const mib = (kib: number): number => kib / 1024;

function report(archives: readonly Archive[], results: ReadonlyMap<Archive, ExtractRunnerResult[]>, runs: number): void {
  const peak = (a: Archive | undefined): number => Math.max(...(a ? (results.get(a) ?? []) : []).map((r) => r.maxRssKiB));
  console.log('');
  console.log(`| Archive | Entries | Bytes | Time (s, median of ${runs}) | Peak RSS (MiB, max) |`);
  console.log('|---|--:|--:|--:|--:|');
  for (const a of archives) {
    const rs = results.get(a) ?? [];
    console.log(`| ${a.label} | ${a.entries} | ${a.bytes} | ${median(rs.map((r) => r.seconds)).toFixed(2)} | ${mib(peak(a)).toFixed(1)} |`);
  }
  const [base, many] = archives;
  if (base && many) {
    const perEntry = ((peak(many) - peak(base)) * 1024) / (many.entries - base.entries);
    console.log('');
    console.log(
      `Peak RSS per entry: ${perEntry.toFixed(0)} bytes ((${mib(peak(many)).toFixed(1)} - ${mib(peak(base)).toFixed(1)} MiB) / ${many.entries - base.entries} entries).`,
    );
  }
  console.log('');
  console.log('Targets:');
  for (const a of archives) {
    if (a.targetMib === undefined) continue;
    const got = mib(peak(a));
    console.log(`- Peak RSS extracting the ${a.label} < ${a.targetMib} MiB: ${got.toFixed(1)} MiB ${got < a.targetMib ? 'PASS' : 'FAIL'}`);
  }
}

export async function runExtractBench(signal: AbortSignal, runs: number): Promise<number> {
  const tmp = os.tmpdir();
  const fsStats = await fs.statfs(tmp);
  const free = fsStats.bavail * fsStats.bsize;
  if (free < DISK_NEEDED) {
    console.error(`Not enough disk: ${tmp} has ${(free / 1024 ** 3).toFixed(1)} GiB free, ${DISK_NEEDED / 1024 ** 3} GiB needed.`);
    return 1;
  }
  const root = await fs.mkdtemp(path.join(tmp, 'fdm-bench-extract-'));
  try {
    const runner = path.join(root, 'extract-runner.mjs');
    await esbuild({ ...BUNDLE_OPTIONS, entryPoints: [path.join(repoRoot, 'scripts/bench/extract-runner.ts')], outfile: runner });
    console.log(
      `Extraction alone (extractTree in a process of its own, the archive piped through cat), ${runs} run(s) each; temp dir ${root}.`,
    );
    const archives = [
      await writeTinyArchive(path.join(root, 'base.tar'), `${BASELINE_ENTRIES} tiny files`, BASELINE_ENTRIES),
      await writeTinyArchive(path.join(root, 'many.tar'), `${MANY_ENTRIES} tiny files`, MANY_ENTRIES, TARGETS.manyRssMib),
      await writeTreeArchive(path.join(root, 'tree.tar')),
    ];
    const results = new Map<Archive, ExtractRunnerResult[]>(archives.map((a) => [a, []]));
    for (let i = 1; i <= runs; i++) {
      for (const a of archives) {
        const r = await extractOnce(signal, runner, a, path.join(root, 'out', 'falco-deps'));
        results.get(a)?.push(r);
        console.log(`${a.label}, run ${i}/${runs}: ${r.seconds.toFixed(2)} s, peak RSS ${mib(r.maxRssKiB).toFixed(1)} MiB.`);
      }
    }
    report(archives, results, runs);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, nproc ${os.cpus().length}.`);
    return 0;
  } finally {
    await fs.rm(root, { recursive: true, force: true, maxRetries: 5 });
  }
}
