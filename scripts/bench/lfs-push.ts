// The --lfs mode of scripts/bench-push.ts (issue 17): the LFS push of a ~1 GiB deps tree against a plain
// push of the same tree, both made by the action's own code.
//
// The tree is shaped like falco-deps (bench/common.ts: `smallFiles` tarballs of 0.1 to 5 MB, random
// bytes) with one big grpc.tar.gz, here a real gzipped tar of random members: in lfs mode the snapshot
// reads grpc.tar.gz's members (the digest that compares it with a rebuild), so it must be one. Then, per
// run, plain and lfs alternately first, each against a fresh bare repository of the loopback git server
// (test/support/git-server.ts with Basic auth and `lfs: true`, in this process: hence async children only):
// createGit + createMirrorBranch as src/effects/mirror.ts makes them, then what publishTree does:
//   snapshot(tree, message, no parent, platforms, { files: { mode, threshold 100 MiB }, digests })
//   uploadLfs(snapshot.lfsObjects)   (nothing to do in plain mode)
//   create(snapshot.commit)          (git push of the commit)
// each timed, and the whole. `digests` are the files' SHA-256, as the action passes them from its
// extraction; they are computed once before the runs (untimed, and printed). No retries: a failure
// fails the benchmark instead of hiding in its times.
import { createHash, randomFill, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Header } from 'tar';
import type { LargeFilesRequest, TreePlatforms } from '../../src/effects/commit-builder.js';
import { run } from '../../src/effects/exec.js';
import { createGit } from '../../src/effects/git.js';
import { createMirrorBranch } from '../../src/effects/mirror-branch.js';
import type { FileDigest } from '../../src/effects/tar-hash.js';
import type { LargeFilesMode } from '../../src/planning/large-files.js';
import { startGitServer, type GitServer } from '../../test/support/git-server.js';
import { makeDepsTree, median, type TreeSettings } from './common.js';

const MB = 1_000_000;
const GiB = 1024 ** 3;
/** The action's default lfs-threshold (GitHub's 100 MiB per-file limit). */
export const LFS_THRESHOLD = 104_857_600;
export const LFS_DEFAULT_BIG_MB = 1024;
const BIG_NAME = 'grpc.tar.gz';
const BRANCH = 'bench';
const USER = 'oauth2';
const PLATFORMS: TreePlatforms = { built: ['linux/amd64'], byPath: new Map(), keep: [] };
const NO_RETRY = { attempts: 1, baseMs: 0, maxMs: 0 };

interface Variant {
  id: LargeFilesMode;
  label: string;
}

const VARIANTS: readonly Variant[] = [
  { id: 'plain', label: 'plain (large-files: plain)' },
  { id: 'lfs', label: `lfs (large-files: lfs, threshold ${LFS_THRESHOLD})` },
];

interface RunFigures {
  snapshotSeconds: number;
  uploadSeconds: number;
  pushSeconds: number;
  wholeSeconds: number;
  /** Bytes stored with LFS (the snapshot's objects). */
  lfsBytes: number;
  /** Apparent size of the server's bare repository after the push, its LFS objects left out. */
  serverGitBytes: number;
  serverLfsBytes: number;
}

const fill = (buf: Buffer): Promise<void> => new Promise((resolve, reject) => randomFill(buf, (err) => (err ? reject(err) : resolve())));

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

const fmtMb = (bytes: number): string => (bytes / MB).toFixed(1);
const fmtS = (s: number): string => s.toFixed(2);
const fmtRate = (bytes: number, s: number): string => (s > 0 ? (bytes / MB / s).toFixed(0) : '∞');

/**
 * A gzipped tar of about `size` bytes whose members are random bytes (grpc-prefix/src/grpc/..., 16 MiB
 * each): incompressible, so gzip stores it (deflate level 1 gives the same stored blocks as tar -czf's
 * level 6, five times faster). Streamed: randomFill and zlib run off the event loop.
 */
async function writeTarGz(file: string, size: number, signal: AbortSignal): Promise<void> {
  const member = 16 * 1024 * 1024;
  const chunk = 4 * 1024 * 1024;
  const members = Math.max(1, Math.ceil(size / member));
  let left = Math.max(0, size - members * 512 - 1024);
  const mtime = new Date(1_700_000_000_000);
  async function* blocks(): AsyncGenerator<Buffer> {
    for (let i = 0; i === 0 || left > 0; i++) {
      const n = Math.min(left, member);
      const header = new Header({
        path: `grpc-prefix/src/grpc/third_party/blob-${String(i).padStart(4, '0')}.bin`,
        mode: 0o644,
        uid: 0,
        gid: 0,
        size: n,
        mtime,
        type: 'File',
      });
      const block = Buffer.alloc(512);
      header.encode(block, 0);
      yield block;
      for (let done = 0; done < n;) {
        if (signal.aborted) throw new Error('interrupted');
        const buf = Buffer.allocUnsafe(Math.min(chunk, n - done));
        await fill(buf);
        yield buf;
        done += buf.length;
      }
      if (n % 512) yield Buffer.alloc(512 - (n % 512));
      left -= n;
    }
    yield Buffer.alloc(1024);
  }
  await pipeline(Readable.from(blocks()), createGzip({ level: 1 }), createWriteStream(file, { flags: 'wx' }));
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Apparent size of the files under dir, the directory `skip` (by name) left out. */
async function dirBytes(dir: string, skip?: string): Promise<number> {
  let bytes = 0;
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== skip) bytes += await dirBytes(p);
    else if (e.isFile()) bytes += (await fs.stat(p)).size;
  }
  return bytes;
}

/** A git command that must succeed (server-side setup and checks, untimed). */
async function git(args: string[], what: string, signal: AbortSignal): Promise<string> {
  const r = await run('git', args, { signal, timeoutMs: 600_000 });
  if (r.aborted) throw new Error('interrupted');
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  return r.stdout;
}

export async function lfsMain(abort: AbortSignal, settings: TreeSettings): Promise<number> {
  const bigBytes = Math.round(settings.bigMb * MB);
  // First, before writing a gigabyte: the machine, and whether git-lfs is there at all.
  const facts = await machineFacts(abort);
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-bench-lfs-push-'));
  let server: GitServer | undefined;
  try {
    // The tree once, then one run's client and server repositories at a time. Plain: a client pack and a
    // server pack of the tree's size; lfs: a server copy of the big file (the client's LFS store is hard links).
    const dataBytes = bigBytes + settings.smallFiles * 5 * MB;
    const fsStat = await fs.statfs(root);
    const free = fsStat.bavail * fsStat.bsize;
    if (free < dataBytes * 3.5) {
      throw new Error(`${root} has ${fmtMb(free)} MB free; this run needs about ${fmtMb(dataBytes * 3.5)} MB (try a smaller --big-mb)`);
    }

    const treeDir = path.join(root, 'falco-deps');
    process.stdout.write(`Writing random data to ${treeDir} ... `);
    let t = process.hrtime.bigint();
    const tree = await makeDepsTree(treeDir, { ...settings, bigMb: 0 });
    if (!tree.files.includes(BIG_NAME)) throw new Error(`the deps tree has no ${BIG_NAME}`);
    const bigFile = path.join(treeDir, BIG_NAME);
    await fs.rm(bigFile);
    await writeTarGz(bigFile, bigBytes, abort);
    const bigSize = (await fs.stat(bigFile)).size;
    const treeBytes = tree.bytes + bigSize;
    console.log(
      `${tree.files.length} files, ${fmtMb(treeBytes)} MB (${(treeBytes / GiB).toFixed(2)} GiB; ${BIG_NAME} ${fmtMb(bigSize)} MB) in ${fmtS(seconds(t))} s.`,
    );

    // What the action's manifest gives snapshot: each file's size and SHA-256, taken while extracting.
    t = process.hrtime.bigint();
    const digests = new Map<string, FileDigest>();
    for (const rel of tree.files) {
      const file = path.join(treeDir, rel);
      digests.set(rel, { size: (await fs.stat(file)).size, sha256: await sha256Of(file) });
    }
    const digestSeconds = seconds(t);
    console.log(`SHA-256 of every file (the manifest's digests, untimed below): ${fmtS(digestSeconds)} s.`);

    const serverRoot = path.join(root, 'server');
    await fs.mkdir(serverRoot);
    const token = randomBytes(18).toString('base64url');
    server = await startGitServer({ root: serverRoot, auth: { username: USER, password: token }, lfs: true });
    const srv = server;

    const runOnce = async (v: Variant, i: number): Promise<RunFigures> => {
      const name = `${v.id}-${i}`;
      const work = path.join(root, name);
      const serverRepo = path.join(serverRoot, `${name}.git`);
      const url = `${srv.url}/${name}.git`;
      await fs.mkdir(work);
      await git(['init', '--quiet', '--bare', serverRepo], 'git init (server)', abort);
      // As src/effects/mirror.ts opens the mirror: one git with the credentials, the branch on top.
      const g = createGit({ url, auth: { username: USER, token }, tempDir: work, signal: abort });
      try {
        const branch = createMirrorBranch({ git: g, url, branch: BRANCH, workDir: work, retry: NO_RETRY, signal: abort });
        const large: LargeFilesRequest = { files: { mode: v.id, threshold: LFS_THRESHOLD }, digests };
        const t0 = process.hrtime.bigint();
        const snapshot = await branch.snapshot(treeDir, `bench ${name}\n`, undefined, PLATFORMS, large);
        const snapshotSeconds = seconds(t0);
        const t1 = process.hrtime.bigint();
        await branch.uploadLfs(snapshot.lfsObjects);
        const uploadSeconds = seconds(t1);
        const t2 = process.hrtime.bigint();
        await branch.create(snapshot.commit);
        const pushSeconds = seconds(t2);
        const wholeSeconds = seconds(t0);

        // What landed: the commit on the branch, the big file as a blob (plain) or a pointer and an LFS object (lfs).
        const landed = (await git(['--git-dir', serverRepo, 'rev-parse', `refs/heads/${BRANCH}`], 'git rev-parse (server)', abort)).trim();
        if (landed !== snapshot.commit) throw new Error(`${name}: the server has ${landed}, not the pushed ${snapshot.commit}`);
        const blobSize = Number(
          (await git(['--git-dir', serverRepo, 'cat-file', '-s', `${landed}:${BIG_NAME}`], 'git cat-file (server)', abort)).trim(),
        );
        const stored = srv.lfsObjects(`${name}.git`);
        const lfsBytes = snapshot.lfsObjects.reduce((a, o) => a + o.size, 0);
        if (v.id === 'plain' && (blobSize !== bigSize || snapshot.lfsObjects.length > 0 || stored.size > 0)) {
          throw new Error(`${name}: ${BIG_NAME} is a blob of ${blobSize} bytes, not ${bigSize}, or LFS objects were made`);
        }
        if (v.id === 'lfs') {
          const missing = snapshot.lfsObjects.filter((o) => stored.get(o.oid) !== o.size);
          if (blobSize >= 1024 || !snapshot.lfsObjects.some((o) => o.rel === BIG_NAME) || missing.length > 0) {
            throw new Error(
              `${name}: ${BIG_NAME} is not a pointer (${blobSize} bytes) or the server lacks ${missing.length} LFS object(s)`,
            );
          }
        }
        return {
          snapshotSeconds,
          uploadSeconds,
          pushSeconds,
          wholeSeconds,
          lfsBytes,
          serverGitBytes: await dirBytes(serverRepo, 'lfs-objects'),
          serverLfsBytes: [...stored.values()].reduce((a, b) => a + b, 0),
        };
      } finally {
        await g.dispose();
        await fs.rm(work, { recursive: true, force: true });
        await fs.rm(serverRepo, { recursive: true, force: true });
      }
    };

    const results = new Map<Variant['id'], RunFigures[]>(VARIANTS.map((v) => [v.id, []]));
    for (let i = 1; i <= settings.runs; i++) {
      // Interleaved, and each variant first every other run, so neither always gets the warmer machine.
      const order = i % 2 ? VARIANTS : [...VARIANTS].reverse();
      for (const v of order) {
        const r = await runOnce(v, i);
        results.get(v.id)?.push(r);
        console.log(
          `${v.id.padEnd(5)} run ${i}/${settings.runs}: snapshot ${fmtS(r.snapshotSeconds)} s, ` +
            (v.id === 'lfs' ? `LFS upload ${fmtS(r.uploadSeconds)} s (${fmtRate(r.lfsBytes, r.uploadSeconds)} MB/s), ` : '') +
            `push ${fmtS(r.pushSeconds)} s, whole ${fmtS(r.wholeSeconds)} s (${fmtRate(treeBytes, r.wholeSeconds)} MB/s); ` +
            `server: git ${fmtMb(r.serverGitBytes)} MB, LFS ${fmtMb(r.serverLfsBytes)} MB`,
        );
      }
    }

    const med = (id: Variant['id'], f: (r: RunFigures) => number): number => median((results.get(id) ?? []).map(f));
    const bigNote = settings.bigMb === LFS_DEFAULT_BIG_MB ? '' : ` (not the default ${LFS_DEFAULT_BIG_MB} MB)`;
    console.log('');
    console.log(`| Variant | Snapshot (s) | LFS upload (s) | Push (s) | Whole (s) | Whole MB/s | Server git (MB) | Server LFS (MB) |`);
    console.log(`|---|--:|--:|--:|--:|--:|--:|--:|`);
    for (const v of VARIANTS) {
      const whole = med(v.id, (r) => r.wholeSeconds);
      console.log(
        `| ${v.label} | ${fmtS(med(v.id, (r) => r.snapshotSeconds))} | ${v.id === 'lfs' ? fmtS(med(v.id, (r) => r.uploadSeconds)) : '–'} | ` +
          `${fmtS(med(v.id, (r) => r.pushSeconds))} | ${fmtS(whole)} | ${fmtRate(treeBytes, whole)} | ` +
          `${fmtMb(med(v.id, (r) => r.serverGitBytes))} | ${fmtMb(med(v.id, (r) => r.serverLfsBytes))} |`,
      );
    }
    const plainPush = med('plain', (r) => r.pushSeconds);
    const lfsUpload = med('lfs', (r) => r.uploadSeconds);
    const lfsBytes = med('lfs', (r) => r.lfsBytes);
    console.log('');
    console.log(
      `Median of ${settings.runs} run${settings.runs === 1 ? '' : 's'} per variant. Data: ${tree.files.length} files of random bytes, ` +
        `${fmtMb(treeBytes)} MB = ${(treeBytes / GiB).toFixed(2)} GiB (${BIG_NAME}, a gzipped tar of random members, ` +
        `${fmtMb(bigSize)} MB${bigNote}, and ${settings.smallFiles} tarballs from 0.1 to 5 MB). ` +
        `Snapshot = the action's commit builder into a fresh bare repo (lfs: also the members' digest of ${BIG_NAME}; ` +
        `the files' SHA-256 come from the manifest as in the action, ${fmtS(digestSeconds)} s to compute, not counted); ` +
        `LFS upload = git lfs push --object-id of the files of ${LFS_THRESHOLD} bytes or more; push = git push of the commit; ` +
        `all over HTTP with Basic auth to the test git server on 127.0.0.1 (git http-backend, and its LFS endpoint, ` +
        `in the benchmark's process), a fresh bare repo each run. Whole = snapshot + LFS upload + push; ` +
        `MB/s = data size / median whole; MB = 10^6 bytes.`,
    );
    console.log(
      `Transfer rates (medians): git push of the plain commit ${fmtRate(treeBytes, plainPush)} MB/s; ` +
        `git-lfs upload of ${fmtMb(lfsBytes)} MB ${fmtRate(lfsBytes, lfsUpload)} MB/s; ` +
        `git push of the lfs commit (${fmtMb(treeBytes - lfsBytes)} MB of small files) ${fmtS(med('lfs', (r) => r.pushSeconds))} s.`,
    );
    console.log('');
    console.log(`Machine: ${facts}.`);
    return 0;
  } finally {
    await server?.close();
    await fs.rm(root, { recursive: true, force: true });
  }
}

async function machineFacts(signal: AbortSignal): Promise<string> {
  const nproc = await run('nproc', []).then(
    (r) => (r.code === 0 ? r.stdout.trim() : String(os.availableParallelism())),
    () => String(os.availableParallelism()),
  );
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const gitVersion = (await git(['--version'], 'git --version', signal)).trim();
  const lfsVersion = (await git(['lfs', 'version'], 'git lfs version (git-lfs is needed)', signal)).trim();
  const memGb = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `nproc ${nproc} (${cpu}), ${memGb} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, ${gitVersion}, ${lfsVersion}, Node ${process.version}`;
}
