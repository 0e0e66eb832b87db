// `npx tsx scripts/bench-push.ts [--big-mb 300] [--runs 3] [--small-files 20]`: what the repository
// settings of src/effects/commit-builder.ts (REPO_CONFIG) buy when the mirror pushes already-compressed tarballs.
// `npx tsx scripts/bench-push.ts --lfs [--big-mb 1024] [--runs 3] [--small-files 20]`: the LFS push of a
// 1 GiB tree against a plain push of the same tree (issue 17; scripts/bench/lfs-push.ts).
//
// Default mode: it writes a deps tree of random (incompressible) bytes shaped like falco-deps (small-to-medium
// tarballs plus one big one), then, for "git defaults" and for "tuned" (REPO_CONFIG), N times each and
// interleaved: builds the commit in a fresh bare repository exactly as the commit builder (MirrorBranch.snapshot) does
// (hash-object -w --no-filters --stdin-paths, update-index --index-info, write-tree, commit-tree) and
// pushes it, as MirrorBranch.create does, over smart HTTP to a fresh bare repository served by git
// http-backend on 127.0.0.1 (test/support/git-server.ts, in this process: hence async children only).
// It prints each run, then the medians as a Markdown table and the machine facts. MB = 10^6 bytes.
//
// --lfs: the same kind of tree, its big file a gzipped tar (grpc.tar.gz, 1024 MB by default: about 1 GiB
// in all), pushed N times each way, interleaved, through the action's own code (createGit +
// createMirrorBranch: snapshot, uploadLfs, create) to a fresh bare repository of the same server, with
// Basic auth and its Git LFS endpoint on: "plain" (large-files: plain) and "lfs" (large-files: lfs,
// threshold 100 MiB). It times the snapshot, the LFS upload and the git push, and the whole, and prints
// each run, the medians as a Markdown table and the machine facts (git-lfs's version too). Needs git-lfs.
//
// Environment instead of flags: BENCH_LFS=1, BENCH_BIG_MB, BENCH_RUNS, BENCH_SMALL_FILES. Temp dirs go
// under $TMPDIR (os.tmpdir()) and are removed at the end, on failure and on Ctrl-C; each run's
// repositories are removed as soon as it is measured. Exit status: 0 when every step succeeded, 1 on any
// failure, 2 on bad arguments, 130 when interrupted.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGit, type Git } from '../src/effects/git.js';
import { run } from '../src/effects/exec.js';
import { startGitServer, type GitServer } from '../test/support/git-server.js';
import { makeDepsTree, median, runBenchmark, UsageError, type TreeSettings } from './bench/common.js';
import { LFS_DEFAULT_BIG_MB, LFS_THRESHOLD, lfsMain } from './bench/lfs-push.js';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const MB = 1_000_000;

// Same identity as src/effects/commit-builder.ts (commit-tree needs one; it changes nothing measurable).
const IDENTITY = {
  GIT_AUTHOR_NAME: 'falco-deps-mirror',
  GIT_AUTHOR_EMAIL: 'falco-deps-mirror@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'falco-deps-mirror',
  GIT_COMMITTER_EMAIL: 'falco-deps-mirror@users.noreply.github.com',
};

// No system or global git config may tilt the comparison (a ~/.gitconfig with core.compression, say):
// "git defaults" means git's built-in defaults. (http-backend reads neither: the test server runs it
// with GIT_CONFIG_NOSYSTEM and without HOME.)
const ISOLATED: NodeJS.ProcessEnv = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

type Settings = TreeSettings;

interface Variant {
  id: 'defaults' | 'tuned';
  label: string;
  config: Readonly<Record<string, string>>;
}

interface Storage {
  bytes: number;
  loose: number;
  packs: number;
}

interface RunFigures {
  hashSeconds: number;
  buildSeconds: number;
  pushSeconds: number;
  client: Storage;
  server: Storage;
}

const DEFAULT_BIG_MB = 300;

const USAGE = `usage: npx tsx scripts/bench-push.ts [--big-mb ${DEFAULT_BIG_MB}] [--runs 3] [--small-files 20]
         git defaults against the tuned REPO_CONFIG, building and pushing a deps tree
       npx tsx scripts/bench-push.ts --lfs [--big-mb ${LFS_DEFAULT_BIG_MB}] [--runs 3] [--small-files 20]
         large-files: lfs against large-files: plain, pushing the same tree (about 1 GiB by default) through the
         action's snapshot, uploadLfs and create; needs git-lfs, and --big-mb of at least ${LFS_THRESHOLD / MB} (the LFS threshold)
       (or BENCH_LFS=1, BENCH_BIG_MB, BENCH_RUNS, BENCH_SMALL_FILES in the environment)`;

/** The command line (and BENCH_* variables); undefined after --help. Throws on a bad argument. */
function parseCommandLine(): { lfs: boolean; settings: Settings } | undefined {
  const { values } = parseArgs({
    options: {
      lfs: { type: 'boolean' },
      'big-mb': { type: 'string' },
      runs: { type: 'string' },
      'small-files': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  const lfsEnv = process.env.BENCH_LFS ?? '';
  if (!['', '0', '1', 'true', 'false'].includes(lfsEnv)) throw new UsageError(`BENCH_LFS wants 1 or 0, not ${JSON.stringify(lfsEnv)}.`);
  const lfs = values.lfs ?? (lfsEnv === '1' || lfsEnv === 'true');
  const num = (flag: string, raw: string | undefined, fallback: number, integer: boolean, min: number): number => {
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
      throw new UsageError(`--${flag} wants ${integer ? 'an integer' : 'a number'} >= ${min}, not ${JSON.stringify(raw)}.`);
    }
    return n;
  };
  // With --lfs the big file must reach the LFS threshold, or both variants would push the same thing.
  const minBigMb = lfs ? LFS_THRESHOLD / MB : 0;
  const settings: Settings = {
    bigMb: num('big-mb', values['big-mb'] ?? process.env.BENCH_BIG_MB, lfs ? LFS_DEFAULT_BIG_MB : DEFAULT_BIG_MB, false, minBigMb),
    runs: num('runs', values.runs ?? process.env.BENCH_RUNS, 3, true, 1),
    smallFiles: num('small-files', values['small-files'] ?? process.env.BENCH_SMALL_FILES, 20, true, 0),
  };
  return { lfs, settings };
}

/**
 * REPO_CONFIG as src/effects/commit-builder.ts has it today. The constant is not exported (and this script may not
 * change that), so its object literal is read from the source; the script fails if it cannot find it.
 */
async function readRepoConfig(): Promise<Record<string, string>> {
  const file = path.join(repoRoot, 'src/effects/commit-builder.ts');
  const source = await fs.readFile(file, 'utf8');
  const block = /const REPO_CONFIG\b[^=]*=\s*\{([^}]*)\}/.exec(source)?.[1];
  const config: Record<string, string> = {};
  for (const m of (block ?? '').matchAll(/['"]([\w.]+)['"]\s*:\s*['"]([^'"]*)['"]/g)) config[m[1] ?? ''] = m[2] ?? '';
  if (Object.keys(config).length === 0) throw new Error(`cannot find the REPO_CONFIG settings in ${file}`);
  return config;
}

/** Apparent size of everything under dir, and how git stored its objects there. */
async function storage(dir: string): Promise<Storage> {
  const out: Storage = { bytes: 0, loose: 0, packs: 0 };
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) {
        out.bytes += (await fs.stat(p)).size;
        const rel = path.relative(dir, p).split(path.sep);
        if (rel[0] === 'objects' && rel.length === 3 && /^[0-9a-f]{2}$/.test(rel[1] ?? '')) out.loose++;
        if (rel[0] === 'objects' && rel[1] === 'pack' && e.name.endsWith('.pack')) out.packs++;
      }
    }
  };
  await walk(dir);
  return out;
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

const fmtMb = (bytes: number): string => (bytes / MB).toFixed(1);
const fmtS = (s: number): string => s.toFixed(2);
const fmtRate = (bytes: number, s: number): string => (s > 0 ? (bytes / MB / s).toFixed(0) : '∞');
const fmtStore = (st: Storage): string =>
  `${st.loose} loose object${st.loose === 1 ? '' : 's'}, ${st.packs} pack${st.packs === 1 ? '' : 's'}`;

async function main(abort: AbortSignal): Promise<number> {
  let commandLine: ReturnType<typeof parseCommandLine>;
  try {
    commandLine = parseCommandLine();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    console.error('usage: see npx tsx scripts/bench-push.ts --help');
    return 2;
  }
  if (commandLine === undefined) return 0;
  const { settings } = commandLine;
  if (commandLine.lfs) return lfsMain(abort, settings);
  const repoConfig = await readRepoConfig();
  const variants: Variant[] = [
    { id: 'defaults', label: 'git defaults', config: {} },
    {
      id: 'tuned',
      label: `tuned (${Object.entries(repoConfig)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')})`,
      config: repoConfig,
    },
  ];

  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-bench-push-'));
  let server: GitServer | undefined;
  let git: Git | undefined;
  try {
    // Data once, then at most one client repo and one server repo at a time (each about the data's size).
    const dataBytes = Math.round(settings.bigMb * MB) + settings.smallFiles * 5 * MB;
    const fsStat = await fs.statfs(root);
    const free = fsStat.bavail * fsStat.bsize;
    if (free < dataBytes * 3.5) {
      throw new Error(`${root} has ${fmtMb(free)} MB free; this run needs about ${fmtMb(dataBytes * 3.5)} MB (try a smaller --big-mb)`);
    }

    const treeDir = path.join(root, 'falco-deps');
    process.stdout.write(`Writing random data to ${treeDir} ... `);
    let t = process.hrtime.bigint();
    const tree = await makeDepsTree(treeDir, settings);
    console.log(`${tree.files.length} files, ${fmtMb(tree.bytes)} MB in ${fmtS(seconds(t))} s.`);

    const serverRoot = path.join(root, 'server');
    await fs.mkdir(serverRoot);
    server = await startGitServer({ root: serverRoot });
    git = createGit({ url: server.url, auth: undefined, tempDir: root, signal: abort });
    const g = git;
    const call = async (
      args: string[],
      what: string,
      opts: { gitDir?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
    ): Promise<string> => {
      const r = await g.run(args, { ...opts, env: { ...ISOLATED, ...opts.env }, timeoutMs: 3_600_000 });
      if (r.aborted) throw new Error('interrupted');
      if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
      return r.stdout;
    };
    const paths = tree.files.map((f) => path.join(treeDir, f)).join('\n') + '\n';

    const results = new Map<Variant['id'], RunFigures[]>(variants.map((v) => [v.id, []]));
    for (let i = 1; i <= settings.runs; i++) {
      // Interleaved, so a slow phase of the machine does not land on one variant only.
      for (const v of variants) {
        const work = path.join(root, `${v.id}-${i}`);
        const repo = path.join(work, 'repo.git');
        const serverName = `${v.id}-${i}.git`;
        const serverRepo = path.join(serverRoot, serverName);
        await fs.mkdir(work);
        await call(['init', '--quiet', '--bare', serverRepo], 'git init (server)');

        // Setting up the repository is not timed; the commit builder (MirrorBranch.snapshot) does it the same way.
        await call(['init', '--quiet', '--bare', repo], 'git init');
        for (const [k, val] of Object.entries(v.config)) await call(['config', k, val], 'git config', { gitDir: repo });

        // Build: the steps of the commit builder (MirrorBranch.snapshot) for a tree of regular files and no parent.
        t = process.hrtime.bigint();
        const ids = (await call(['hash-object', '-w', '--no-filters', '--stdin-paths'], 'git hash-object', { gitDir: repo, input: paths }))
          .trim()
          .split('\n');
        const hashSeconds = seconds(t);
        if (ids.length !== tree.files.length) throw new Error(`git hash-object gave ${ids.length} ids for ${tree.files.length} files`);
        const index = tree.files.map((f, j) => `100644 ${ids[j]}\t${f}\0`).join('');
        const indexEnv = { GIT_INDEX_FILE: path.join(work, 'index') };
        await call(['update-index', '--add', '-z', '--index-info'], 'git update-index', { gitDir: repo, input: index, env: indexEnv });
        const treeId = (await call(['write-tree'], 'git write-tree', { gitDir: repo, env: indexEnv })).trim();
        const commit = (
          await call(['commit-tree', treeId, '-F', '-'], 'git commit-tree', { gitDir: repo, input: `bench ${v.id} ${i}\n`, env: IDENTITY })
        ).trim();
        const buildSeconds = seconds(t);

        // Push: MirrorBranch.create's command line.
        const ref = 'refs/heads/bench';
        t = process.hrtime.bigint();
        await call(
          ['push', '--porcelain', '--no-verify', `--force-with-lease=${ref}:`, `${server.url}/${serverName}`, `${commit}:${ref}`],
          'git push',
          {
            gitDir: repo,
          },
        );
        const pushSeconds = seconds(t);

        const landed = (await call(['rev-parse', ref], 'git rev-parse (server)', { gitDir: serverRepo })).trim();
        if (landed !== commit) throw new Error(`the server has ${landed} on ${ref}, not the pushed ${commit}`);
        const figures: RunFigures = {
          hashSeconds,
          buildSeconds,
          pushSeconds,
          client: await storage(repo),
          server: await storage(serverRepo),
        };
        results.get(v.id)?.push(figures);
        console.log(
          `${v.id.padEnd(8)} run ${i}/${settings.runs}: build ${fmtS(buildSeconds)} s (hash-object ${fmtS(hashSeconds)} s), ` +
            `push ${fmtS(pushSeconds)} s; client ${fmtMb(figures.client.bytes)} MB (${fmtStore(figures.client)}), ` +
            `server ${fmtMb(figures.server.bytes)} MB (${fmtStore(figures.server)})`,
        );
        await fs.rm(work, { recursive: true, force: true });
        await fs.rm(serverRepo, { recursive: true, force: true });
      }
    }

    const facts = await machineFacts(call);
    const bigNote = settings.bigMb === DEFAULT_BIG_MB ? '' : ` (not the default ${DEFAULT_BIG_MB} MB)`;
    console.log('');
    console.log(`| Variant | Build (s) | Build MB/s | Push (s) | Push MB/s | Build + push (s) | Client repo (MB) | Server repo (MB) |`);
    console.log(`|---|--:|--:|--:|--:|--:|--:|--:|`);
    for (const v of variants) {
      const rs = results.get(v.id) ?? [];
      const build = median(rs.map((r) => r.buildSeconds));
      const push = median(rs.map((r) => r.pushSeconds));
      const total = median(rs.map((r) => r.buildSeconds + r.pushSeconds));
      console.log(
        `| ${v.label} | ${fmtS(build)} | ${fmtRate(tree.bytes, build)} | ${fmtS(push)} | ${fmtRate(tree.bytes, push)} | ${fmtS(total)} | ` +
          `${fmtMb(median(rs.map((r) => r.client.bytes)))} | ${fmtMb(median(rs.map((r) => r.server.bytes)))} |`,
      );
    }
    console.log('');
    console.log(
      `Median of ${settings.runs} run${settings.runs === 1 ? '' : 's'} per variant. Data: ${tree.files.length} files of random bytes, ` +
        `${fmtMb(tree.bytes)} MB (one ${fmtMb(Math.round(settings.bigMb * MB))} MB file${bigNote} and ${settings.smallFiles} from 0.1 to 5 MB). ` +
        `Build = hash-object + update-index + write-tree + commit-tree into a fresh bare repo; push = git push over smart HTTP ` +
        `to git http-backend on 127.0.0.1 (a fresh bare repo with git defaults); MB/s = data size / median time; ` +
        `repo sizes are apparent sizes of the bare repos after the push; MB = 10^6 bytes.`,
    );
    console.log('');
    console.log(`Machine: ${facts}.`);
    return 0;
  } finally {
    await server?.close();
    await git?.dispose();
    await fs.rm(root, { recursive: true, force: true });
  }
}

async function machineFacts(call: (args: string[], what: string) => Promise<string>): Promise<string> {
  const nproc = await run('nproc', []).then(
    (r) => (r.code === 0 ? r.stdout.trim() : String(os.availableParallelism())),
    () => String(os.availableParallelism()),
  );
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const gitVersion = (await call(['--version'], 'git --version')).trim();
  const memGb = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `nproc ${nproc} (${cpu}), ${memGb} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, ${gitVersion}, Node ${process.version}`;
}

runBenchmark('bench-push', 'the temp dirs', main);
