// `npm run bench -- --builds [--version 0.35.1] [--unit 2] [--runs 1] [--jobs 4] [--builder both]`: what `build: downloads`
// saves against `build: full`, for the same Falco version, in one run and side by side.
//
// It serves the mini Falco (test/fixtures/mini-falco.ts) on 127.0.0.1 with its build steps given a cost:
// each top-level ExternalProject's build sleeps 1 unit, gRPC's 20 units, Falco's own target 10 units
// (after all of them), unit = --unit seconds (2 by default; the tests use 0). Then, per run, it runs the
// bundled action the way the runner does (`node dist/index.js` with INPUT_* variables, then the post
// step with the saved state) once with `build: full` and once with `build: downloads`, alternating which
// goes first, each pushing to a fresh bare repo on a git server on 127.0.0.1 (no artifact upload, no
// verify). Every line of the action's stdout is time-stamped as it arrives, so each stage's time is read
// from its `::group::` to its `::endgroup::`. A unique `cmake-args` value per run (-DFDM_BENCH_RUN=...,
// which CMake ignores) keeps the Docker builder from reusing an earlier run's layers: each build is whole.
// It does this for each builder: the legacy builder (DOCKER_BUILDKIT=0) and BuildKit (DOCKER_BUILDKIT=1,
// the engine's own through a docker CLI that can drive it; GitHub's runners build with BuildKit).
// It prints each run, then per builder a Markdown table of the medians with each stage's share of the
// run, the ratio downloads/full and the target (downloads <= 10% of full; PASS/FAIL, a missed target
// does not change the exit status). Everything it made (servers, temp dirs; the action removes its own images) is
// removed at the end, on failure and on Ctrl-C. Exit status: 0 when every run succeeded, 1 on a
// failure, 2 on bad arguments, 130 when interrupted.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { run } from '../src/effects/exec.js';
import { BUILD_COST_UNITS, MINI_FALCO_VERSIONS, serveMiniFalco } from '../test/fixtures/mini-falco.js';
import { parseCommandFile } from '../test/support/action-runner.js';
import { buildKitEnv } from '../test/support/docker.js';
import { startGitServer } from '../test/support/git-server.js';
import { median, UsageError } from './bench/common.js';

const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BASE_IMAGE = 'fdm-test-base:bookworm';
const TARGET_RATIO = 0.1;
const KINDS = ['full', 'downloads'] as const;
type Kind = (typeof KINDS)[number];

/** legacy: Docker's classic builder; buildkit: BuildKit, the builder of GitHub's runners. */
export type Builder = 'legacy' | 'buildkit';
const BUILDERS: readonly Builder[] = ['legacy', 'buildkit'];
const BUILDER_TEXT: Readonly<Record<Builder, string>> = {
  legacy: 'the legacy builder (DOCKER_BUILDKIT=0): a container and a committed layer per step',
  buildkit: "BuildKit (DOCKER_BUILDKIT=1), the builder of GitHub's runners",
};

export interface BuildsSettings {
  version: string;
  builders: readonly Builder[];
  unit: number;
  runs: number;
  jobs: number;
}

/** The options after --builds; --help prints the usage. */
export function parseBuildsSettings(argv: readonly string[]): BuildsSettings {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      builds: { type: 'boolean' },
      version: { type: 'string' },
      unit: { type: 'string' },
      runs: { type: 'string' },
      jobs: { type: 'string' },
      builder: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log('usage: npm run bench -- --builds [--version 0.35.1] [--unit 2] [--runs 1] [--jobs 4] [--builder both]');
    console.log(`  --version  a mini Falco version: ${MINI_FALCO_VERSIONS.join(', ')} (default 0.35.1, which has gRPC)`);
    console.log('  --unit     seconds per unit of build cost (default 2)');
    console.log('  --runs     runs of each build; the table shows medians (default 1)');
    console.log("  --jobs     the action's jobs input, make -j (default 4)");
    console.log('  --builder  legacy, buildkit or both (default both, each measured and judged on its own)');
    process.exit(0);
  }
  const version = values.version ?? '0.35.1';
  if (!MINI_FALCO_VERSIONS.includes(version)) {
    throw new UsageError(`--version wants one of ${MINI_FALCO_VERSIONS.join(', ')}, not ${JSON.stringify(version)}.`);
  }
  const num = (flag: string, raw: string | undefined, fallback: number, integer: boolean, min: number): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
      throw new UsageError(`--${flag} wants ${integer ? 'an integer' : 'a number'} >= ${String(min)}, not ${JSON.stringify(raw)}.`);
    }
    return n;
  };
  const builder = values.builder ?? 'both';
  if (builder !== 'both' && !(BUILDERS as readonly string[]).includes(builder)) {
    throw new UsageError(`--builder wants legacy, buildkit or both, not ${JSON.stringify(builder)}.`);
  }
  return {
    version,
    builders: builder === 'both' ? BUILDERS : [builder as Builder],
    unit: num('unit', values.unit, 2, false, 0),
    runs: num('runs', values.runs, 1, true, 1),
    jobs: num('jobs', values.jobs, 4, true, 1),
  };
}

/** One action run: its stages in order, with their seconds, and its whole time. */
interface Timed {
  stages: Array<{ name: string; seconds: number }>;
  /** Spawn of the main step to its exit. */
  main: number;
  /** Spawn of the post step to its exit. */
  post: number;
  fileCount: string;
  totalBytes: string;
}

const fmtS = (s: number): string => s.toFixed(1);
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(0)}%`;

/** Runs `node dist/index.js` with the runner's environment; each stdout line arrives with its time. */
function spawnTimed(
  signal: AbortSignal,
  env: NodeJS.ProcessEnv,
  cwd: string,
  onLine: (line: string, at: number) => void,
): Promise<{ code: number | null; seconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist/index.js')], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const at = (performance.now() - t0) / 1000;
      const text = pending + chunk.toString();
      output += chunk.toString();
      const lines = text.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line, at);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const onAbort = (): void => void child.kill('SIGINT');
    signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', reject);
    child.on('close', (code) => {
      signal.removeEventListener('abort', onAbort);
      resolve({ code, seconds: (performance.now() - t0) / 1000, output });
    });
  });
}

interface RunPlan {
  signal: AbortSignal;
  work: string;
  kind: Kind;
  settings: BuildsSettings;
  sourceRepo: string;
  mirrorUrl: string;
  /** Unique per run: busts the Docker builder's cache. */
  runId: string;
  /** What selects the builder: DOCKER_BUILDKIT, and a PATH whose docker can drive it. */
  builderEnv: NodeJS.ProcessEnv;
}

async function timeRun(p: RunPlan): Promise<Timed> {
  await fs.mkdir(p.work, { recursive: true });
  const files = { output: path.join(p.work, 'output'), state: path.join(p.work, 'state'), summary: path.join(p.work, 'summary') };
  await Promise.all(Object.values(files).map((f) => fs.writeFile(f, '')));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    ...p.builderEnv,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: p.work,
    GITHUB_WORKSPACE: p.work,
    'INPUT_FALCO-VERSION': p.settings.version,
    'INPUT_SOURCE-REPO': p.sourceRepo,
    'INPUT_MIRROR-REPO': p.mirrorUrl,
    'INPUT_BASE-IMAGE': BASE_IMAGE,
    INPUT_NETWORK: 'host',
    INPUT_BUILD: p.kind,
    INPUT_JOBS: String(p.settings.jobs),
    'INPUT_CMAKE-ARGS': `-DFDM_BENCH_RUN=${p.runId}`,
    'INPUT_UPLOAD-ARTIFACT': 'false',
    INPUT_VERIFY: 'false',
    'INPUT_OUTPUT-DIR': path.join(p.work, 'falco-deps'),
  };
  const stages: Timed['stages'] = [];
  let open: { name: string; at: number } | undefined;
  const main = await spawnTimed(p.signal, env, p.work, (line, at) => {
    if (line.startsWith('::group::')) open = { name: line.slice('::group::'.length), at };
    else if (line === '::endgroup::' && open) {
      stages.push({ name: open.name, seconds: at - open.at });
      open = undefined;
    }
  });
  if (p.signal.aborted) throw new Error('interrupted');
  const outputs = parseCommandFile(files.output);
  if (main.code !== 0 || outputs['mirror-status'] !== 'created') {
    throw new Error(
      `build: ${p.kind} failed (exit ${String(main.code)}, outputs ${JSON.stringify(outputs)}):\n${main.output.slice(-3000)}`,
    );
  }
  const state = parseCommandFile(files.state);
  const postEnv: NodeJS.ProcessEnv = { ...env };
  for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
  const post = await spawnTimed(p.signal, postEnv, p.work, () => undefined);
  if (post.code !== 0)
    throw new Error(`the post step of build: ${p.kind} failed (exit ${String(post.code)}):\n${post.output.slice(-2000)}`);
  return {
    stages,
    main: main.seconds,
    post: post.seconds,
    fileCount: outputs['file-count'] ?? '?',
    totalBytes: outputs['total-bytes'] ?? '?',
  };
}

/** A stage name without the run's own details (paths, URLs), so runs line up. */
const stageKey = (name: string): string =>
  name
    .replace(/^Extract .*/, 'Extract the tree')
    .replace(/^Publish to .*/, 'Publish to the mirror')
    .replace(/^Build Falco .*'s dependencies$/, 'Build (docker build of the recipe)');

/** One builder's table; returns whether it met the target. */
function report(settings: BuildsSettings, builder: Builder, results: Record<Kind, Timed[]>): boolean {
  const names: string[] = [];
  for (const kind of KINDS)
    for (const r of results[kind]) for (const s of r.stages) if (!names.includes(stageKey(s.name))) names.push(stageKey(s.name));
  const med = (kind: Kind, f: (t: Timed) => number): number => median(results[kind].map(f));
  const stageMed = (kind: Kind, name: string): number =>
    med(kind, (t) => t.stages.filter((s) => stageKey(s.name) === name).reduce((a, s) => a + s.seconds, 0));
  const whole = (kind: Kind): number => med(kind, (t) => t.main + t.post);
  const [full, downloads] = [whole('full'), whole('downloads')];
  const c = BUILD_COST_UNITS;
  console.log('');
  console.log(`## ${BUILDER_TEXT[builder]}`);
  console.log('');
  console.log(
    `Mini Falco ${settings.version}, build-step cost unit ${String(settings.unit)} s (each ExternalProject ${String(c.externalProject)} unit, ` +
      `gRPC ${String(c.grpc)}, Falco's own target ${String(c.falco)} after them), jobs ${String(settings.jobs)}, ` +
      `median of ${String(settings.runs)} run${settings.runs === 1 ? '' : 's'} each:`,
  );
  console.log('');
  console.log('| stage | full (s) | share | downloads (s) | share |');
  console.log('|---|--:|--:|--:|--:|');
  for (const name of names) {
    const [f, d] = [stageMed('full', name), stageMed('downloads', name)];
    console.log(`| ${name} | ${fmtS(f)} | ${pct(f, full)} | ${fmtS(d)} | ${pct(d, downloads)} |`);
  }
  const rest = (kind: Kind): number => med(kind, (t) => t.main - t.stages.reduce((a, s) => a + s.seconds, 0));
  console.log(
    `| start-up, between stages, summary | ${fmtS(rest('full'))} | ${pct(rest('full'), full)} | ${fmtS(rest('downloads'))} | ${pct(rest('downloads'), downloads)} |`,
  );
  const post = (kind: Kind): number => med(kind, (t) => t.post);
  console.log(
    `| post step (image clean-up) | ${fmtS(post('full'))} | ${pct(post('full'), full)} | ${fmtS(post('downloads'))} | ${pct(post('downloads'), downloads)} |`,
  );
  console.log(`| **whole run** | **${fmtS(full)}** | 100% | **${fmtS(downloads)}** | 100% |`);
  console.log('');
  const ratio = downloads / full;
  const pass = ratio <= TARGET_RATIO;
  console.log(`downloads / full = ${ratio.toFixed(3)} (${(full / downloads).toFixed(1)}x faster)`);
  console.log(`target: downloads <= ${String(TARGET_RATIO * 100)}% of full: ${pass ? 'PASS' : 'FAIL'}`);
  console.log(
    `trees: full ${results.full[0]?.fileCount ?? '?'} files, ${results.full[0]?.totalBytes ?? '?'} bytes; ` +
      `downloads ${results.downloads[0]?.fileCount ?? '?'} files, ${results.downloads[0]?.totalBytes ?? '?'} bytes`,
  );
  return pass;
}

async function machineFacts(signal: AbortSignal): Promise<string[]> {
  const out = async (cmd: string, args: string[]): Promise<string> =>
    run(cmd, args, { signal }).then(
      (r) => (r.code === 0 ? r.stdout.trim() : 'unknown'),
      () => 'unknown',
    );
  const server = await out('docker', ['version', '--format', '{{.Server.Version}}']);
  return [
    `machine: ${String(os.cpus().length)} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `docker: engine ${server}; node ${process.version}`,
  ];
}

export async function runBuildsBench(signal: AbortSignal, settings: BuildsSettings): Promise<number> {
  const image = await run('docker', ['image', 'inspect', '--format', '{{.Id}}', BASE_IMAGE], { signal });
  if (image.code !== 0) {
    console.error(`The base image ${BASE_IMAGE} is missing: run bash scripts/setup.sh first.`);
    return 1;
  }
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-bench-builds-'));
  const servers = await serveMiniFalco({ versions: [settings.version], costUnitSeconds: settings.unit });
  const mirrorRoot = path.join(root, 'mirror');
  await fs.mkdir(mirrorRoot);
  const mirror = await startGitServer({ root: mirrorRoot });
  try {
    const facts = await machineFacts(signal);
    const envs: Record<Builder, NodeJS.ProcessEnv> = {
      legacy: { DOCKER_BUILDKIT: '0' },
      buildkit: settings.builders.includes('buildkit') ? await buildKitEnv(path.join(root, 'buildkit-cli')) : {},
    };
    const passed: Record<Builder, boolean> = { legacy: false, buildkit: false };
    for (const builder of settings.builders) {
      const results: Record<Kind, Timed[]> = { full: [], downloads: [] };
      for (let i = 0; i < settings.runs; i++) {
        const order: readonly Kind[] = i % 2 === 0 ? KINDS : [...KINDS].reverse();
        for (const kind of order) {
          const name = `${builder}-run${String(i + 1)}-${kind}`;
          await run('git', ['init', '--quiet', '--bare', path.join(mirrorRoot, `${name}.git`)], { signal });
          const timed = await timeRun({
            signal,
            work: path.join(root, name),
            kind,
            settings,
            sourceRepo: servers.sourceRepo,
            mirrorUrl: `${mirror.url}/${name}.git`,
            runId: `${String(process.pid)}_${String(Date.now())}_${name.replace(/-/g, '_')}`,
            builderEnv: envs[builder],
          });
          results[kind].push(timed);
          const build = timed.stages.find((s) => s.name.startsWith('Build Falco'))?.seconds ?? NaN;
          console.log(
            `${builder} run ${String(i + 1)} build: ${kind.padEnd(9)} whole ${fmtS(timed.main + timed.post)} s (main ${fmtS(timed.main)}, post ${fmtS(timed.post)}; docker build ${fmtS(build)} s)`,
          );
        }
      }
      passed[builder] = report(settings, builder, results);
    }
    console.log('');
    for (const builder of settings.builders)
      console.log(`${builder}: ${passed[builder] ? 'PASS' : 'FAIL'} (downloads <= ${String(TARGET_RATIO * 100)}% of full)`);
    for (const f of facts) console.log(f);
    return 0;
  } finally {
    await mirror.close();
    await servers.close();
    await fs.rm(root, { recursive: true, force: true });
  }
}
