// `npm run bench -- [--sizes 100,1024] [--runs 3] [--keep]`: the action's post-build pipeline against
// the same work done by hand, on synthetic deps trees of random (incompressible) bytes.
//
// For each size (MiB) it builds an image fdm-bench:<size> FROM fdm-test-base:bookworm whose
// /falco-deps holds about 20 files at the nested paths of a real Falco build (scripts/bench/plan.ts).
// Then, per run and size, on that same image, and in alternating order:
//   MANUAL  what a person runs: docker create, docker cp <c>:/falco-deps <dir>, docker rm;
//           find . -type f -print0 | xargs -0 sha256sum > ../falco-deps.SHA256SUMS;
//           git init, git add -A, git commit -m, git push (git's defaults; -c only for user.name/email)
//   OURS    the project's own modules, in a Node process of its own (scripts/bench/runner.ts, bundled
//           with esbuild): engine.create + copyOut + extractTree, buildManifest + writeManifest,
//           createMirror(...).snapshot(tree, message, undefined) + create(commit), then the container's
//           removal as main's cleanup does it; it reports its steps' times and its peak RSS.
// Both push over smart HTTP to fresh bare repos (one each, per run) served by git http-backend on
// 127.0.0.1 (test/support/git-server.ts, in this process: child processes here are async only). Both
// results are checked: the same git tree on both servers, the same SHA-256 of every file.
// It also times `node dist/index.js` for a version the mirror already has (if-exists: skip), start to
// exit, and until its first line on stdout, 10 runs each.
//
// It prints each run, then per size a Markdown table of the medians, the machine facts and the targets
// (PASS/FAIL; a missed target does not change the exit status). Before anything it checks the free
// disk (temp dir and Docker's data root) and stops if there is not enough.
// Everything it made (fdm-bench:<size> images, containers, temp dirs, the server) is removed at the
// end, on failure and on Ctrl-C; --keep leaves the images and the temp dir (trees and repos) in place.
// Exit status: 0 when every step succeeded, 1 on a failure or too little disk, 2 on bad arguments,
// 130 when interrupted. MiB = 2^20 bytes.
// `--extract` measures extraction alone instead (scripts/bench-extract.ts: no Docker, no git).
// `--builds` compares build: full with build: downloads instead (scripts/bench-builds.ts).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build as esbuild } from 'esbuild';
import { createDockerEngine, type Engine } from '../src/effects/engine.js';
import { run, type RunOptions, type RunResult } from '../src/effects/exec.js';
import { startGitServer, type GitServer } from '../test/support/git-server.js';
import { dockerfileFor, MiB, planTree } from './bench/plan.js';
import type { RunnerResult } from './bench/runner.js';
import { BUNDLE_OPTIONS } from './esbuild-options.mjs';
import { median, runBenchmark, UsageError } from './bench/common.js';
import { parseCommandFile } from '../test/support/action-runner.js';
import { runExtractBench } from './bench-extract.js';
import { parseBuildsSettings, runBuildsBench, type BuildsSettings } from './bench-builds.js';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BASE_IMAGE = 'fdm-test-base:bookworm';
const IMAGE_REPO = 'fdm-bench';
const BRANCH = '0.35.1';
const ACTION_RUNS = 10;

// No system or global git config may tilt the comparison: "git defaults" means git's built-in
// defaults, for the manual procedure and for ours alike (http-backend reads neither either).
const ISOLATED: NodeJS.ProcessEnv = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const PERSON = ['-c', 'user.name=A Person', '-c', 'user.email=person@example.invalid'];

const TARGETS = { ratio: 0.8, ratioSizeMib: 1024, rssMib: 150, skipSeconds: 2, firstLineSeconds: 0.4 };

interface Settings {
  sizes: number[];
  runs: number;
  keep: boolean;
  extract: boolean;
}

class Interrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

/**
 * Throws Interrupted if the run has been aborted. A call rather than an inline `if (signal.aborted)`: after one
 * such check TypeScript keeps `signal.aborted` narrowed to false across the awaits that follow, though an abort
 * can land during any of them.
 */
function throwIfInterrupted(signal: AbortSignal): void {
  if (signal.aborted) throw new Interrupted();
}

function parseSettings(): Settings {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      keep: { type: 'boolean' },
      extract: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log('usage: npm run bench -- [--sizes 100,1024] [--runs 3] [--keep] | --extract [--runs 3] | --builds [--help]');
    console.log('  --sizes  tree sizes in MiB, comma-separated (default 100,1024)');
    console.log('  --runs   runs per size and procedure; the tables show medians (default 3)');
    console.log('  --keep   leave the fdm-bench:<size> images and the temp dir (trees, repos) in place');
    console.log('  --extract  extraction alone, without Docker: peak RSS for 200,000 tiny entries and the 1 GiB tree');
    console.log('  --builds   build: full against build: downloads on the mini Falco with costed build steps (--builds --help)');
    process.exit(0);
  }
  const sizes = (values.sizes ?? '100,1024').split(',').map((s) => s.trim());
  const parsed = sizes.map((s) => Number(s));
  if (sizes.length === 0 || parsed.some((n, i) => sizes[i] === '' || !Number.isInteger(n) || n < 1 || n > 64 * 1024)) {
    throw new UsageError(`--sizes wants MiB as integers from 1 to 65536, comma-separated, not ${JSON.stringify(values.sizes)}.`);
  }
  const runs = Number(values.runs ?? '3');
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs wants an integer >= 1, not ${JSON.stringify(values.runs)}.`);
  return { sizes: [...new Set(parsed)].sort((a, b) => a - b), runs, keep: values.keep ?? false, extract: values.extract ?? false };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const now = (): bigint => process.hrtime.bigint();
const since = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e9;

const fmtS = (s: number): string => s.toFixed(2);
const fmtGiB = (bytes: number): string => (bytes / 1024 ** 3).toFixed(1);
const fmtMiB = (bytes: number): string => (bytes / MiB).toFixed(1);
const tail = (text: string, n = 3): string => text.trim().split('\n').slice(-n).join(' / ');

/** Runs a command (async: the git server shares this event loop); throws on a failure or an abort. */
async function sh(signal: AbortSignal, command: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  throwIfInterrupted(signal);
  const r = await run(command, args, { ...opts, signal });
  if (r.aborted) throw new Interrupted();
  throwIfInterrupted(signal);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.code}): ${tail(r.stderr || r.stdout)}`);
  return r;
}

/** The free space and the filesystem of a path, from df. */
async function df(signal: AbortSignal, p: string): Promise<{ device: string; mount: string; free: number }> {
  const r = await sh(signal, 'df', ['-Pk', p]);
  const fields = (r.stdout.trim().split('\n').pop() ?? '').split(/\s+/);
  const free = Number(fields[3]) * 1024;
  if (!Number.isFinite(free)) throw new Error(`cannot read df's output for ${p}: ${JSON.stringify(r.stdout)}`);
  return { device: fields[0] ?? '?', mount: fields.slice(5).join(' '), free };
}

/** `sha256sum` lines (either `./path` or `path`) as a sorted, comparable text. */
function normalizeSums(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^([0-9a-f]{64}) [ *](?:\.\/)?(.*)$/.exec(l);
      if (!m) throw new Error(`not a sha256sum line: ${JSON.stringify(l)}`);
      return `${m[1]}  ${m[2]}`;
    })
    .sort((a, b) => {
      const pa = a.slice(66);
      const pb = b.slice(66);
      return pa < pb ? -1 : pa > pb ? 1 : 0;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// The two procedures

interface ManualFigures {
  create: number;
  cp: number;
  rm: number;
  sums: number;
  init: number;
  add: number;
  commit: number;
  push: number;
  total: number;
  sumsText: string;
}

interface OursFigures extends RunnerResult {
  /** Spawn to exit of the runner process (Node start-up and set-up included). */
  processSeconds: number;
}

interface Pair {
  manual: ManualFigures;
  ours: OursFigures;
}

interface Context {
  signal: AbortSignal;
  root: string;
  serverRoot: string;
  server: GitServer;
  runner: string;
  /** Containers that may exist: removed in the finally block. */
  containers: Set<string>;
}

let sequence = 0;

async function newServerRepo(ctx: Context, name: string): Promise<{ dir: string; url: string }> {
  const dir = path.join(ctx.serverRoot, `${name}.git`);
  await sh(ctx.signal, 'git', ['init', '--quiet', '--bare', dir], { env: ISOLATED });
  return { dir, url: `${ctx.server.url}/${name}.git` };
}

async function runManual(ctx: Context, image: string, work: string, url: string): Promise<ManualFigures> {
  const dir = path.join(work, 'manual');
  await fs.mkdir(dir, { recursive: true });
  const tree = path.join(dir, 'falco-deps');
  const name = `fdm-bench-manual-${process.pid}-${++sequence}`;
  const x = (command: string, args: readonly string[], cwd?: string): Promise<RunResult> =>
    sh(ctx.signal, command, args, { env: ISOLATED, ...(cwd ? { cwd } : {}) });

  const start = now();
  let t = now();
  ctx.containers.add(name);
  await x('docker', ['create', '--name', name, image]);
  const create = since(t);
  t = now();
  await x('docker', ['cp', `${name}:/falco-deps`, tree]);
  const cp = since(t);
  t = now();
  await x('docker', ['rm', name]);
  ctx.containers.delete(name);
  const rm = since(t);

  t = now();
  await x('sh', ['-c', 'find . -type f -print0 | xargs -0 sha256sum > ../falco-deps.SHA256SUMS'], tree);
  const sums = since(t);

  t = now();
  await x('git', ['init'], tree);
  const init = since(t);
  t = now();
  await x('git', ['add', '-A'], tree);
  const add = since(t);
  t = now();
  await x('git', [...PERSON, 'commit', '-m', `Falco ${BRANCH} third-party dependencies`], tree);
  const commit = since(t);
  t = now();
  await x('git', ['push', url, `HEAD:refs/heads/${BRANCH}`], tree);
  const push = since(t);
  const total = since(start);

  const sumsText = await fs.readFile(path.join(dir, 'falco-deps.SHA256SUMS'), 'utf8');
  return { create, cp, rm, sums, init, add, commit, push, total, sumsText };
}

async function runOurs(ctx: Context, image: string, work: string, url: string): Promise<OursFigures> {
  const dir = path.join(work, 'ours');
  await fs.mkdir(dir, { recursive: true });
  const name = `fdm-bench-ours-${process.pid}-${++sequence}`;
  ctx.containers.add(name);
  const args = [
    ctx.runner,
    '--image',
    image,
    '--container',
    name,
    '--out',
    path.join(dir, 'falco-deps'),
    '--scratch',
    path.join(dir, 'scratch'),
    '--url',
    url,
    '--branch',
    BRANCH,
  ];
  const t = now();
  const r = await run(process.execPath, args, { signal: ctx.signal, env: ISOLATED });
  const processSeconds = since(t);
  if (r.aborted) throw new Interrupted();
  throwIfInterrupted(ctx.signal);
  if (r.code !== 0) throw new Error(`the OURS runner failed (exit ${r.code}): ${tail(r.stderr || r.stdout, 5)}`);
  ctx.containers.delete(name);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let result: RunnerResult;
  try {
    result = JSON.parse(line) as RunnerResult;
  } catch {
    throw new Error(`the OURS runner printed no JSON: ${JSON.stringify(r.stdout.slice(-500))}`);
  }
  return { ...result, processSeconds };
}

/** Both procedures left the same thing: the same git tree on their servers and the same checksums. */
async function crossCheck(ctx: Context, pair: Pair, manualRepo: string, oursRepo: string): Promise<string> {
  const treeOf = async (gitDir: string): Promise<string> =>
    (await sh(ctx.signal, 'git', ['--git-dir', gitDir, 'rev-parse', `refs/heads/${BRANCH}^{tree}`], { env: ISOLATED })).stdout.trim();
  const [manualTree, oursTree] = await Promise.all([treeOf(manualRepo), treeOf(oursRepo)]);
  if (manualTree !== oursTree || oursTree !== pair.ours.tree) {
    throw new Error(`the two procedures pushed different trees: manual ${manualTree}, ours ${oursTree} (runner said ${pair.ours.tree})`);
  }
  const oursSums = await fs.readFile(pair.ours.manifestPath, 'utf8');
  if (normalizeSums(oursSums) !== normalizeSums(pair.manual.sumsText)) {
    throw new Error(`sha256sum and the project's manifest disagree (${pair.ours.manifestPath})`);
  }
  return oursTree;
}

// ---------------------------------------------------------------------------------------------
// node dist/index.js: the skip run and the first line

interface ActionTiming {
  exitSeconds: number;
  firstLineSeconds: number;
  firstLine: string;
}

async function makeMirroredRepo(ctx: Context): Promise<string> {
  const { dir, url } = await newServerRepo(ctx, 'action-mirror');
  const g = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> =>
    sh(ctx.signal, 'git', ['--git-dir', dir, ...args], { env: { ...ISOLATED, ...env }, ...(input !== undefined ? { input } : {}) });
  const tree = (await g(['mktree'], '')).stdout.trim();
  const identity = {
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  };
  const commit = (await g(['commit-tree', tree, '-m', `Falco ${BRANCH} third-party dependencies`], undefined, identity)).stdout.trim();
  await g(['update-ref', `refs/heads/${BRANCH}`, commit]);
  return url;
}

async function timeAction(ctx: Context, mirrorUrl: string, i: number): Promise<ActionTiming> {
  const work = path.join(ctx.root, 'action', String(i));
  await fs.mkdir(work, { recursive: true });
  const files = { output: path.join(work, 'output'), state: path.join(work, 'state'), summary: path.join(work, 'summary') };
  await Promise.all(Object.values(files).map((f) => fs.writeFile(f, '')));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: work,
    'INPUT_FALCO-VERSION': BRANCH,
    'INPUT_MIRROR-REPO': mirrorUrl,
    'INPUT_SOURCE-REPO': ctx.server.url,
    'INPUT_IF-EXISTS': 'skip',
    'INPUT_UPLOAD-ARTIFACT': 'false',
  };
  throwIfInterrupted(ctx.signal);
  const result = await new Promise<{ code: number | null; exit: number; first: number; firstLine: string; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const t = now();
      const child = spawn(process.execPath, [path.join(repoRoot, 'dist/index.js')], { env, cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
      let first = NaN;
      let exit = NaN;
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        if (Number.isNaN(first)) first = since(t);
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const onAbort = (): void => {
        child.kill('SIGKILL');
      };
      ctx.signal.addEventListener('abort', onAbort, { once: true });
      child.on('error', reject);
      child.on('exit', () => {
        exit = since(t);
      });
      child.on('close', (code) => {
        ctx.signal.removeEventListener('abort', onAbort);
        resolve({ code, exit, first, firstLine: stdout.split('\n')[0] ?? '', stdout, stderr });
      });
    },
  );
  throwIfInterrupted(ctx.signal);
  const outputs = parseCommandFile(files.output);
  if (result.code !== 0 || outputs.skipped !== 'true' || outputs['mirror-status'] !== 'skipped') {
    throw new Error(
      `node dist/index.js did not skip (exit ${result.code}, outputs ${JSON.stringify(outputs)}): ${tail(`${result.stdout}\n${result.stderr}`, 6)}`,
    );
  }
  await fs.rm(work, { recursive: true, force: true });
  return { exitSeconds: result.exit, firstLineSeconds: result.first, firstLine: result.firstLine };
}

// ---------------------------------------------------------------------------------------------

async function machineFacts(signal: AbortSignal): Promise<string[]> {
  const out = async (cmd: string, args: string[]): Promise<string> =>
    run(cmd, args, { signal }).then(
      (r) => (r.code === 0 ? r.stdout.trim() : `unknown (${tail(r.stderr, 1)})`),
      () => 'unknown',
    );
  const [nproc, dockerServer, dockerClient, driver, gitVersion] = await Promise.all([
    out('nproc', []),
    out('docker', ['version', '--format', '{{.Server.Version}}']),
    out('docker', ['version', '--format', '{{.Client.Version}}']),
    out('docker', ['info', '--format', '{{.Driver}}']),
    out('git', ['--version']),
  ]);
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return [
    `nproc: ${nproc} (${cpu})`,
    `memory: ${fmtGiB(os.totalmem())} GiB`,
    `docker: engine ${dockerServer}, client ${dockerClient}, storage driver ${driver}, {builder}`,
    `git: ${gitVersion.replace(/^git version /, '')}`,
    `node: ${process.version}`,
    `os: ${os.type()} ${os.release()} ${os.arch()}`,
  ];
}

async function main(signal: AbortSignal, settings: Settings): Promise<number> {
  const began = now();
  const { sizes, runs, keep } = settings;
  const check = async (cmd: string, args: string[], what: string): Promise<string> => {
    const r = await run(cmd, args, { signal }).catch((err: unknown) => ({ code: 127, stdout: '', stderr: String(err) }) as RunResult);
    if (r.code !== 0) throw new Error(`${what}: ${tail(r.stderr || r.stdout, 2)}`);
    return r.stdout.trim();
  };
  const dockerRoot = await check('docker', ['info', '--format', '{{.DockerRootDir}}'], 'the Docker engine is not reachable');
  await check(
    'docker',
    ['image', 'inspect', '--format', '{{.Id}}', BASE_IMAGE],
    `the base image ${BASE_IMAGE} is missing (nothing is pulled; scripts/base-image.sh makes it)`,
  );
  await fs.access(path.join(repoRoot, 'dist/index.js')).catch(() => {
    throw new Error('dist/index.js is missing: run `npm run bundle` first');
  });

  // 1. Disk. Per (run, size) both procedures keep a tree, a local repo and a server repo (about the
  // tree's size each) until the cross-check: 6x the tree in the temp dir. Docker keeps every image
  // and, while it commits a RUN step, one more copy of that step's files.
  const largest = Math.max(...sizes) * MiB;
  const sum = sizes.reduce((a, s) => a + s * MiB, 0);
  const tempNeed = keep ? 6 * sum * runs : 6 * largest;
  const dockerNeed = sum + largest;
  const tmp = os.tmpdir();
  const [tmpDf, dockerDf] = await Promise.all([df(signal, tmp), df(signal, dockerRoot)]);
  const shared = tmpDf.device === dockerDf.device && tmpDf.mount === dockerDf.mount;
  console.log(`Sizes ${sizes.map((s) => `${s} MiB`).join(', ')}, ${runs} run${runs === 1 ? '' : 's'} each${keep ? ', --keep' : ''}.`);
  console.log(
    `Disk needed: ${fmtGiB(tempNeed)} GiB in ${tmp} (${keep ? `6x every tree, every run (--keep)` : '6x the largest tree'}: ` +
      `a tree, a local repo and a server repo for each procedure), ${fmtGiB(dockerNeed)} GiB in Docker's data root ${dockerRoot} ` +
      `(the images, plus one tree while a build step is committed).`,
  );
  const short: string[] = [];
  if (shared) {
    const need = tempNeed + dockerNeed;
    console.log(
      `Both are on ${tmpDf.device} (${tmpDf.mount}): ${fmtGiB(need)} GiB needed (${(need / largest).toFixed(1)}x the largest tree), ${fmtGiB(tmpDf.free)} GiB free.`,
    );
    if (tmpDf.free < need)
      short.push(`${tmpDf.device} (${tmp} and ${dockerRoot}) has ${fmtGiB(tmpDf.free)} GiB free, ${fmtGiB(need)} GiB needed`);
  } else {
    console.log(
      `Free: ${fmtGiB(tmpDf.free)} GiB in ${tmp} (${tmpDf.mount}), ${fmtGiB(dockerDf.free)} GiB in ${dockerRoot} (${dockerDf.mount}).`,
    );
    if (tmpDf.free < tempNeed) short.push(`${tmp} has ${fmtGiB(tmpDf.free)} GiB free, ${fmtGiB(tempNeed)} GiB needed`);
    if (dockerDf.free < dockerNeed) short.push(`${dockerRoot} has ${fmtGiB(dockerDf.free)} GiB free, ${fmtGiB(dockerNeed)} GiB needed`);
  }
  if (short.length > 0) {
    console.error(`Not enough disk: ${short.join('; ')}. Nothing was built. Try smaller --sizes${keep ? ' or leave out --keep' : ''}.`);
    return 1;
  }

  const root = await fs.mkdtemp(path.join(tmp, 'fdm-bench-'));
  const containers = new Set<string>();
  const built: string[] = [];
  const layers = new Set<string>();
  let server: GitServer | undefined;
  const engine: Engine = createDockerEngine(signal);
  let builder = 'builder unknown';
  let ok = false;
  try {
    // The OURS runner, bundled the way scripts/bundle.mjs bundles dist.
    const runner = path.join(root, 'runner.mjs');
    await esbuild({ ...BUNDLE_OPTIONS, entryPoints: [path.join(repoRoot, 'scripts/bench/runner.ts')], outfile: runner });
    const serverRoot = path.join(root, 'server');
    await fs.mkdir(serverRoot);
    server = await startGitServer({ root: serverRoot });
    const ctx: Context = { signal, root, serverRoot, server, runner, containers };
    console.log(`Temp dir ${root}; git server ${server.url}.`);
    const factsPromise = machineFacts(signal);

    // 2. node dist/index.js for a version the mirror has: to exit, and to its first line.
    const mirrorUrl = await makeMirroredRepo(ctx);
    await sh(signal, 'sync', []);
    const skipRuns: ActionTiming[] = [];
    const firstRuns: ActionTiming[] = [];
    for (let i = 0; i < ACTION_RUNS; i++) skipRuns.push(await timeAction(ctx, mirrorUrl, i));
    for (let i = 0; i < ACTION_RUNS; i++) firstRuns.push(await timeAction(ctx, mirrorUrl, ACTION_RUNS + i));
    const skipMedian = median(skipRuns.map((r) => r.exitSeconds));
    const firstMedian = median(firstRuns.map((r) => r.firstLineSeconds));
    console.log(
      `node dist/index.js, branch ${BRANCH} already mirrored (if-exists: skip): start to exit ${skipRuns.map((r) => fmtS(r.exitSeconds)).join(' ')} s; ` +
        `start to first stdout line ${firstRuns.map((r) => fmtS(r.firstLineSeconds)).join(' ')} s (first line: ${JSON.stringify(firstRuns[0]?.firstLine ?? '')}).`,
    );

    // 3. The images, one per size.
    for (const size of sizes) {
      const tag = `${IMAGE_REPO}:${size}`;
      const files = planTree(size);
      const contextDir = path.join(root, `context-${size}`);
      await fs.mkdir(contextDir);
      const t = now();
      built.push(tag);
      await engine.build({
        recipe: { dockerfile: dockerfileFor(BASE_IMAGE, files), buildArgs: [], custom: true },
        tag,
        network: 'none',
        contextDir,
        runId: `bench-${process.pid}`,
        onLine: (line) => {
          if (/^Step \d+\/\d+ : /.test(line)) builder = 'legacy builder';
          else if (/^#\d+ /.test(line)) builder = 'BuildKit';
        },
        onLayer: (id) => layers.add(id),
        signal,
      });
      layers.clear(); // Part of the tagged image now: removing the tag removes them.
      const big = files.reduce((a, f) => (f.bytes > a.bytes ? f : a));
      console.log(
        `Built ${tag} in ${fmtS(since(t))} s: ${files.length} files, ${size * MiB} bytes in /falco-deps (largest ${big.rel}, ${fmtMiB(big.bytes)} MiB).`,
      );
    }

    // 4. The runs: per run, per size, both procedures, alternating which goes first.
    const results = new Map<number, Pair[]>(sizes.map((s) => [s, []]));
    for (let i = 1; i <= runs; i++) {
      for (const size of sizes) {
        const image = `${IMAGE_REPO}:${size}`;
        const work = path.join(root, 'work', `${size}-${i}`);
        await fs.mkdir(work, { recursive: true });
        const manualRepo = await newServerRepo(ctx, `manual-${size}-${i}`);
        const oursRepo = await newServerRepo(ctx, `ours-${size}-${i}`);
        let manual: ManualFigures | undefined;
        let ours: OursFigures | undefined;
        const order = i % 2 === 1 ? (['manual', 'ours'] as const) : (['ours', 'manual'] as const);
        for (const who of order) {
          // No dirty pages from the previous procedure may be written back during this one.
          await sh(signal, 'sync', []);
          if (who === 'manual') manual = await runManual(ctx, image, work, manualRepo.url);
          else ours = await runOurs(ctx, image, work, oursRepo.url);
        }
        if (!manual || !ours) throw new Error('a procedure did not run');
        const pair: Pair = { manual, ours };
        const tree = await crossCheck(ctx, pair, manualRepo.dir, oursRepo.dir);
        results.get(size)?.push(pair);
        const m = manual;
        const o = ours;
        console.log(
          `${size} MiB run ${i}/${runs} (${order.join(' first, ')} second): ` +
            `manual ${fmtS(m.total)} s (create ${fmtS(m.create)}, cp ${fmtS(m.cp)}, rm ${fmtS(m.rm)} | sha256sum ${fmtS(m.sums)} | ` +
            `init ${fmtS(m.init)}, add ${fmtS(m.add)}, commit ${fmtS(m.commit)}, push ${fmtS(m.push)}); ` +
            `ours ${fmtS(o.total)} s (create ${fmtS(o.create)}, copy+extract ${fmtS(o.copy)}, rm ${fmtS(o.rm)} | ` +
            `manifest ${fmtS(o.manifestBuild + o.manifestWrite)} | snapshot ${fmtS(o.snapshot)}, push ${fmtS(o.push)}), ` +
            `peak RSS ${fmtMiB(o.maxRssKiB * 1024)} MiB, process ${fmtS(o.processSeconds)} s; same tree ${tree.slice(0, 12)} and checksums.`,
        );
        if (!keep) {
          await fs.rm(work, { recursive: true, force: true });
          await fs.rm(manualRepo.dir, { recursive: true, force: true });
          await fs.rm(oursRepo.dir, { recursive: true, force: true });
        }
      }
    }

    // 5. The report.
    const facts = (await factsPromise).map((f) => f.replace('{builder}', builder));
    let ratioTarget: { ratio: number; ours: number; manual: number } | undefined;
    let peakRss = 0;
    const wholeRatios = new Map<number, number>();
    console.log('');
    for (const size of sizes) {
      const pairs = results.get(size) ?? [];
      const files = planTree(size);
      const med = (f: (p: Pair) => number): number => median(pairs.map(f));
      const rows: Array<[string, number, number]> = [
        [
          'Extract (docker create + copy out + docker rm)',
          med((p) => p.manual.create + p.manual.cp + p.manual.rm),
          med((p) => p.ours.create + p.ours.copy + p.ours.rm),
        ],
        [
          'Manifest (SHA-256 of every file, written beside the tree)',
          med((p) => p.manual.sums),
          med((p) => p.ours.manifestBuild + p.ours.manifestWrite),
        ],
        [
          'Publish (commit + push over HTTP)',
          med((p) => p.manual.init + p.manual.add + p.manual.commit + p.manual.push),
          med((p) => p.ours.snapshot + p.ours.push),
        ],
        ['Whole post-build pipeline', med((p) => p.manual.total), med((p) => p.ours.total)],
      ];
      const rssValues = pairs.map((p) => (p.ours.maxRssKiB * 1024) / MiB);
      const rssMax = Math.max(...rssValues);
      peakRss = Math.max(peakRss, rssMax);
      console.log(
        `### ${size} MiB tree (${files.length} files, ${size * MiB} bytes), median of ${pairs.length} run${pairs.length === 1 ? '' : 's'}`,
      );
      console.log('');
      console.log('| Stage | Manual (s) | Ours (s) | Ours / manual |');
      console.log('|---|--:|--:|--:|');
      for (const [label, manual, ours] of rows)
        console.log(`| ${label} | ${fmtS(manual)} | ${fmtS(ours)} | ${(ours / manual).toFixed(2)} |`);
      console.log(`| Ours' peak RSS (MiB; max ${rssMax.toFixed(1)}) | — | ${median(rssValues).toFixed(1)} | — |`);
      console.log('');
      console.log(
        `Steps (median s). Manual: docker create ${fmtS(med((p) => p.manual.create))}, docker cp ${fmtS(med((p) => p.manual.cp))}, ` +
          `docker rm ${fmtS(med((p) => p.manual.rm))}, find | xargs sha256sum ${fmtS(med((p) => p.manual.sums))}, git init ${fmtS(med((p) => p.manual.init))}, ` +
          `git add -A ${fmtS(med((p) => p.manual.add))}, git commit ${fmtS(med((p) => p.manual.commit))}, git push ${fmtS(med((p) => p.manual.push))}. ` +
          `Ours: engine.create ${fmtS(med((p) => p.ours.create))}, copyOut + extractTree ${fmtS(med((p) => p.ours.copy))}, ` +
          `buildManifest ${fmtS(med((p) => p.ours.manifestBuild))}, writeManifest ${fmtS(med((p) => p.ours.manifestWrite))}, ` +
          `Mirror.snapshot ${fmtS(med((p) => p.ours.snapshot))}, Mirror.create (push) ${fmtS(med((p) => p.ours.push))}, ` +
          `removeContainer ${fmtS(med((p) => p.ours.rm))}; the runner process from spawn to exit ${fmtS(med((p) => p.ours.processSeconds))}.`,
      );
      console.log('');
      const whole = rows[3];
      if (whole) {
        wholeRatios.set(size, whole[2] / whole[1]);
        if (size === TARGETS.ratioSizeMib) ratioTarget = { ratio: whole[2] / whole[1], ours: whole[2], manual: whole[1] };
      }
    }
    console.log(
      'Manual = docker create, docker cp <c>:/falco-deps <dir>, docker rm; find . -type f -print0 | xargs -0 sha256sum > ../falco-deps.SHA256SUMS; ' +
        'git init, git add -A, git commit -m, git push <url> HEAD:refs/heads/<branch> (git defaults, no system or global config; -c user.name/email only). ' +
        'Ours = the same stages with src/effects/engine.ts, extract.ts, manifest.ts, git.ts, commit-builder.ts and mirror-branch.ts, in a Node process of its own ' +
        "(peak RSS = its VmHWM, its own peak, not getrusage's maxRSS, which a child inherits from the benchmark process; the docker and git children are not in it); its docker rm comes last, as main's cleanup does it, " +
        'and is counted under Extract. Both push to a fresh bare repo of their own (git defaults) on a git http-backend served on 127.0.0.1 by the ' +
        'benchmark process; a sync before each procedure; the procedures alternate which goes first. Files are random bytes; MiB = 2^20 bytes.',
    );
    console.log('');
    console.log('Machine:');
    for (const f of facts) console.log(`- ${f}`);
    console.log('');

    const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');
    console.log('Targets:');
    if (ratioTarget) {
      console.log(
        `- Whole post-build pipeline on the ${TARGETS.ratioSizeMib} MiB tree <= ${TARGETS.ratio} x manual: ${ratioTarget.ratio.toFixed(2)} x ` +
          `(ours ${fmtS(ratioTarget.ours)} s, manual ${fmtS(ratioTarget.manual)} s) ${verdict(ratioTarget.ratio <= TARGETS.ratio)}`,
      );
    } else {
      const others = [...wholeRatios].map(([size, r]) => `${r.toFixed(2)} x on the ${size} MiB tree`).join(', ');
      console.log(
        `- Whole post-build pipeline on the ${TARGETS.ratioSizeMib} MiB tree <= ${TARGETS.ratio} x manual: not measured (--sizes has no ${TARGETS.ratioSizeMib}; ${others})`,
      );
    }
    console.log(
      `- Ours' peak RSS < ${TARGETS.rssMib} MiB: ${peakRss.toFixed(1)} MiB (the largest of all runs) ${verdict(peakRss < TARGETS.rssMib)}`,
    );
    console.log(
      `- Skip run (node dist/index.js, version already mirrored) < ${TARGETS.skipSeconds} s: ${fmtS(skipMedian)} s (median of ${ACTION_RUNS}) ${verdict(skipMedian < TARGETS.skipSeconds)}`,
    );
    console.log(
      `- First line on stdout < ${TARGETS.firstLineSeconds} s: ${fmtS(firstMedian)} s (median of ${ACTION_RUNS}) ${verdict(firstMedian < TARGETS.firstLineSeconds)}`,
    );
    console.log('');
    console.log(`Total time: ${fmtS(since(began))} s.`);
    ok = true;
    return 0;
  } finally {
    await server?.close();
    for (const name of containers) {
      await run('docker', ['rm', '--force', '--volumes', name]).catch(() => undefined);
    }
    for (const id of layers) await engine.removeLayer(id).catch(() => undefined);
    if (keep) {
      console.log(`--keep: left the images ${built.join(', ') || '(none)'} and the temp dir ${root}.`);
    } else {
      for (const tag of built) {
        await engine
          .removeImage(tag)
          .catch((err: unknown) => console.error(`could not remove ${tag}: ${err instanceof Error ? err.message : String(err)}`));
      }
      await fs.rm(root, { recursive: true, force: true, maxRetries: 5 });
      if (!ok) console.error('Removed the images, containers and temp dir this run made.');
    }
  }
}

let settings: Settings | undefined;
let builds: BuildsSettings | undefined;
try {
  if (process.argv.includes('--builds')) builds = parseBuildsSettings(process.argv.slice(2));
  else settings = parseSettings();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
}
if (builds) {
  const chosen = builds;
  runBenchmark('bench --builds', 'the servers and temp dirs', (abort) => runBuildsBench(abort, chosen));
} else if (settings?.extract) {
  const { runs } = settings;
  runBenchmark('bench --extract', 'the temp dir', (abort) => runExtractBench(abort, runs));
} else if (settings) {
  const chosen = settings;
  runBenchmark('bench', 'the images, containers and temp dirs', (abort) => main(abort, chosen));
}
