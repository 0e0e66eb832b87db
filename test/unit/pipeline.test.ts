// The orchestration of runPipeline, without Docker or a network: the engine, the Falco source, the
// mirror and the artifact service are fakes passed in the run context; extraction, the manifest, the
// cleanup and the reporting are the real ones, on real files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TreePlatforms } from '../../src/effects/commit-builder.js';
import type { BuildRequest } from '../../src/effects/engine.js';
import { describeTree, renderSbom } from '../../src/planning/sbom.js';
import { byPath, expectValidCycloneDx } from '../support/sbom.js';
import { runPipeline, type RunResult } from '../../src/main.js';
import { DEFAULT_BASE_IMAGE } from '../../src/planning/inputs.js';
import {
  fakeArtifacts,
  fakeEngine,
  fakeMirror,
  fakeServices,
  fakeSource,
  NEW_COMMIT,
  recordingReporter,
  REGISTRY_LIST,
  type CallLog,
  type FakeEngineOptions,
  type FakeMirrorOptions,
  type FakeSourceOptions,
  type RecordingReporter,
} from '../support/fake-services.js';

const OLD = 'a'.repeat(40);
let tmp: string;
let imageRoot: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-pipeline-'));
  imageRoot = path.join(tmp, 'image');
  // What the fake image holds: a small deps tree at real Falco paths.
  for (const [rel, text] of [
    ['falco-deps/grpc.tar.gz', 'grpc'],
    ['falco-deps/curl-prefix/src/curl-8.0.1.tar.bz2', 'curl'],
    ['falco-deps/driver-repo/driver-prefix/src/5.0.1+driver.tar.gz', 'driver'],
  ] as const) {
    fs.mkdirSync(path.dirname(path.join(imageRoot, rel)), { recursive: true });
    fs.writeFileSync(path.join(imageRoot, rel), text);
  }
  // What the built-in recipe leaves for the SBOM: curl's download script (the others are not described).
  const script = path.join(imageRoot, 'falco-deps-facts/cmake/curl-prefix/src/curl-stamp/download-curl.cmake');
  fs.mkdirSync(path.dirname(script), { recursive: true });
  fs.writeFileSync(
    script,
    [
      'if("/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2" STREQUAL "")',
      '  message(FATAL_ERROR "LOCAL can\'t be empty")',
      'endif()',
      'if("https://curl.se/download/curl-8.0.1.tar.bz2" STREQUAL "")',
      '  message(FATAL_ERROR "REMOTE can\'t be empty")',
      'endif()',
      '  foreach(url https://curl.se/download/curl-8.0.1.tar.bz2)',
      '',
    ].join('\n'),
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Scenario {
  inputs: Record<string, string>;
  engine?: Partial<FakeEngineOptions>;
  source?: FakeSourceOptions;
  mirror?: FakeMirrorOptions;
  signal?: AbortSignal;
  heartbeatSeconds?: number;
}

interface Ran {
  result: RunResult;
  calls: CallLog;
  reporter: RecordingReporter;
  runnerTemp: string;
}

let counter = 0;

async function run(s: Scenario): Promise<Ran> {
  const runnerTemp = fs.mkdtempSync(path.join(tmp, `run-${counter++}-`));
  const calls: CallLog = [];
  const reporter = recordingReporter();
  const services = fakeServices(calls, {
    engine: fakeEngine(calls, { imageRoot, ...s.engine }),
    source: fakeSource(calls, s.source),
    mirror: fakeMirror(calls, s.mirror),
    upload: fakeArtifacts(calls),
  });
  const inputs: Record<string, string> = { 'falco-version': '0.35.1', ...s.inputs };
  const result = await runPipeline({
    reporter,
    getInput: (name) => inputs[name] ?? '',
    env: { RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: runnerTemp, GITHUB_RUN_ID: '1' },
    services,
    ...(s.signal ? { signal: s.signal } : {}),
    ...(s.heartbeatSeconds ? { heartbeatSeconds: s.heartbeatSeconds } : {}),
  });
  return { result, calls, reporter, runnerTemp };
}

const MIRROR = { 'mirror-repo': 'https://mirror.example.com/deps.git', 'mirror-token': 'tok-123' };
const pushes = (calls: CallLog): string[] => calls.filter((c) => /^mirror\.(create|patch|delete)/.test(c));
const engineCalls = (calls: CallLog): string[] => calls.filter((c) => c.startsWith('engine'));

/** Nothing of the run is left in RUNNER_TEMP but the tree and its manifest. */
function leftovers(runnerTemp: string): string[] {
  // The tree and, beside it, its manifest and its SBOM.
  return fs.readdirSync(runnerTemp).filter((n) => !['falco-deps', 'falco-deps.SHA256SUMS', 'falco-deps.cdx.json'].includes(n));
}

describe('runPipeline', () => {
  it('builds, extracts, uploads and creates the branch, and derives outputs and summary from one outcome', async () => {
    const { result, calls, reporter, runnerTemp } = await run({ inputs: MIRROR });
    expect(result.ok).toBe(true);
    expect(pushes(calls)).toEqual([`mirror.create 0.35.1 ${NEW_COMMIT}`]);
    // The credentials leave the disk for the build; the mirror is closed at the end.
    expect(calls.indexOf('mirror.pause')).toBeLessThan(calls.findIndex((c) => c.startsWith('engine.build')));
    expect(calls.at(-1)).toMatch(/^engine\.remove(Container|Image)/);
    expect(calls).toContain('mirror.close');
    expect(result.outputs).toMatchObject({
      'falco-version': '0.35.1',
      skipped: 'false',
      'mirror-status': 'created',
      'mirror-commit': NEW_COMMIT,
      verified: 'skipped',
      'file-count': '3',
      'total-bytes': String('grpc'.length + 'curl'.length + 'driver'.length),
      'artifact-id': '7',
    });
    expect(Object.fromEntries(reporter.outputs)).toEqual(result.outputs);
    expect(fs.readFileSync(path.join(runnerTemp, 'falco-deps.SHA256SUMS'), 'utf8')).toContain('  curl-prefix/src/curl-8.0.1.tar.bz2\n');
    expect(reporter.summary).toContain(`created: branch 0.35.1 of fake at <code>${NEW_COMMIT}</code>`);
    expect(reporter.secrets).toEqual([]);
    expect(leftovers(runnerTemp)).toEqual([]);
  });

  it('build: downloads reaches the recipe as FDM_BUILD, and the summary says which build ran', async () => {
    let args: ReadonlyArray<readonly [string, string]> = [];
    const { result, reporter } = await run({
      inputs: { build: 'downloads' },
      engine: { onBuild: (request) => (args = request.recipe.buildArgs) },
    });
    expect(result.ok).toBe(true);
    expect(args).toContainEqual(['FDM_BUILD', 'downloads']);
    expect(reporter.summary).toContain('| Build | downloads: configure, then only the download steps (nothing compiled) |');
    expect(reporter.lines[0]).toMatch(/\(built-in recipe, build: downloads\)\.$/);
    const full = await run({ inputs: {}, engine: { onBuild: (request) => (args = request.recipe.buildArgs) } });
    expect(args).toContainEqual(['FDM_BUILD', 'full']);
    expect(full.reporter.summary).toContain('| Build | full: configure, then make package (everything compiled) |');
  });

  it('verify fails: the artifact is uploaded, nothing is pushed, and the run fails naming the download', async () => {
    const lines = ["-- Using src='http://127.0.0.1:9/curl-8.0.1.tar.bz2'", 'make: *** error'];
    const { result, calls, reporter } = await run({ inputs: { ...MIRROR, verify: 'true' }, engine: { verify: { code: 2, lines } } });
    expect(result.ok).toBe(false);
    expect(result.error?.reason).toBe('NotFound');
    expect(result.error?.message).toContain('http://127.0.0.1:9/curl-8.0.1.tar.bz2');
    expect(calls.some((c) => c.startsWith('artifact.upload falco-deps-0.35.1 3'))).toBe(true);
    expect(calls.filter((c) => c.startsWith('mirror.snapshot'))).toEqual([]);
    expect(pushes(calls)).toEqual([]);
    expect(result.outputs).toMatchObject({ verified: 'false', 'mirror-status': 'none', 'error-reason': 'NotFound', 'artifact-id': '7' });
    expect(reporter.summary).toContain('**Failed:**');
    expect(reporter.summary).toContain('| Verification | ❌ failed: The offline rebuild failed: the mirrored tree lacks a dependency.');
  });

  it('verify passes: the tree is pushed and verified is true', async () => {
    const { result, calls } = await run({ inputs: { ...MIRROR, verify: 'true' } });
    expect(result.outputs).toMatchObject({ verified: 'true', 'mirror-status': 'created' });
    expect(calls.findIndex((c) => c.startsWith('engine.runToEnd'))).toBeLessThan(calls.findIndex((c) => c.startsWith('mirror.create')));
  });

  it('unchanged content: nothing is pushed and the branch keeps its commit', async () => {
    const { result, calls } = await run({
      inputs: { ...MIRROR, 'if-exists': 'overwrite' },
      mirror: { branches: { '0.35.1': OLD }, unchanged: true },
    });
    expect(result.ok).toBe(true);
    expect(calls).toContain(`mirror.snapshot 0.35.1 3 ${OLD}`);
    expect(pushes(calls)).toEqual([]);
    expect(result.outputs).toMatchObject({ 'mirror-status': 'unchanged', 'mirror-commit': OLD, skipped: 'false' });
  });

  it('overwrite with changed content patches over exactly the commit that was checked', async () => {
    const { result, calls } = await run({ inputs: { ...MIRROR, 'if-exists': 'overwrite' }, mirror: { branches: { '0.35.1': OLD } } });
    expect(pushes(calls)).toEqual([`mirror.patch 0.35.1 ${NEW_COMMIT} over ${OLD}`]);
    expect(result.outputs).toMatchObject({ 'mirror-status': 'updated', 'mirror-commit': NEW_COMMIT });
  });

  it('skip: an existing branch ends the run with no engine call at all', async () => {
    const { result, calls, reporter, runnerTemp } = await run({ inputs: MIRROR, mirror: { branches: { '0.35.1': OLD } } });
    expect(result.ok).toBe(true);
    expect(engineCalls(calls)).toEqual([]);
    expect(calls.filter((c) => c.startsWith('source.'))).toEqual([]);
    expect(result.outputs).toEqual({
      skipped: 'true',
      'mirror-status': 'skipped',
      verified: 'skipped',
      'falco-version': '0.35.1',
      'mirror-commit': OLD,
    });
    expect(reporter.summary).toContain('nothing was built, uploaded or pushed (if-exists: skip)');
    expect(fs.readdirSync(runnerTemp)).toEqual([]);
  });

  it('fail: an existing branch is AlreadyExists before anything is built', async () => {
    const { result, calls } = await run({ inputs: { ...MIRROR, 'if-exists': 'fail' }, mirror: { branches: { '0.35.1': OLD } } });
    expect(result.error?.reason).toBe('AlreadyExists');
    expect(result.error?.verb).toBe('create');
    expect(engineCalls(calls)).toEqual([]);
    expect(result.outputs).toMatchObject({ 'error-reason': 'AlreadyExists', 'mirror-commit': OLD, skipped: 'false' });
  });

  it('cancel during the build: the run fails as Timeout and removes its image and directories', async () => {
    const controller = new AbortController();
    const { result, calls, reporter, runnerTemp } = await run({
      inputs: MIRROR,
      signal: controller.signal,
      engine: { buildSilenceMs: 60_000, onBuild: () => setTimeout(() => controller.abort(), 50) },
    });
    expect(result.error?.reason).toBe('Timeout');
    const tag = calls.find((c) => c.startsWith('engine.build '))?.slice('engine.build '.length);
    expect(tag).toMatch(/^falco-deps-mirror:0\.35\.1-1-/);
    expect(calls).toContain(`engine.removeImage ${tag}`);
    expect(pushes(calls)).toEqual([]);
    expect(fs.readdirSync(runnerTemp)).toEqual([]);
    // Everything recorded was removed, so the post step has nothing left to do.
    expect(JSON.parse(reporter.state.get('leftovers') ?? '{}')).toEqual({ containers: [], images: [], layers: [], dirs: [] });
  });

  it('dry run: checks the mirror and the tag, says what a real run would do, builds nothing', async () => {
    const { result, calls, reporter } = await run({
      inputs: { ...MIRROR, 'dry-run': 'true', 'if-exists': 'overwrite' },
      mirror: { branches: { '0.35.1': OLD } },
    });
    expect(result.ok).toBe(true);
    expect(calls).toEqual(expect.arrayContaining(['mirror.get 0.35.1', 'source.hasTag 0.35.1']));
    expect(engineCalls(calls)).toEqual([]);
    expect(reporter.lines).toContain('A real run would rebuild and replace it (if-exists: overwrite).');
    expect(reporter.lines.some((l) => l.startsWith('The recipe:\n# falco-deps-mirror built-in recipe'))).toBe(true);
    expect(result.outputs).toMatchObject({ skipped: 'false', 'mirror-status': 'none', 'mirror-commit': OLD });
  });

  it('writes the SBOM beside the manifest, gives it to the artifact and the branch, and shows what changed since the mirrored version below', async () => {
    const previous = renderSbom(
      describeTree({
        falcoVersion: '0.34.1',
        sourceUrl: 'https://github.com/falcosecurity/falco.git',
        custom: false,
        digest: '0'.repeat(64),
        facts: new Map([
          [
            'linux/amd64',
            {
              buildDir: '/falco/build',
              found: true,
              downloads: [
                {
                  path: 'curl-prefix/src/curl-7.88.1.tar.bz2',
                  name: 'curl',
                  urls: ['https://curl.se/download/curl-7.88.1.tar.bz2'],
                  fetchedBy: 'ExternalProject' as const,
                },
              ],
              git: [],
            },
          ],
        ]),
        files: [{ path: 'curl-prefix/src/curl-7.88.1.tar.bz2', sha256: '1'.repeat(64), platforms: ['linux/amd64'] }],
      }),
    );
    const { result, reporter, calls } = await run({
      inputs: MIRROR,
      // 0.34.1 is the highest below 0.35.1; 0.36.0 is above it and 0.33.0 below 0.34.1.
      mirror: { branches: { '0.33.0': OLD, '0.34.1': OLD, '0.36.0': OLD }, sboms: { '0.34.1': previous } },
    });
    expect(result.ok).toBe(true);
    const sbomPath = result.outputs.sbom ?? '';
    expect(sbomPath).toBe(`${result.outputs['deps-path']}.cdx.json`);
    const sbom = await expectValidCycloneDx(fs.readFileSync(sbomPath, 'utf8'));
    expect(byPath(sbom).get('curl-prefix/src/curl-8.0.1.tar.bz2')).toMatchObject({ name: 'curl', version: '8.0.1' });
    // Only curl is described by the facts: partial, and said so.
    expect(sbom.compositions?.[0]?.aggregate).toBe('incomplete');
    expect(reporter.summary).toContain('| SBOM | <code>');
    expect(reporter.summary).toContain('(partial: some files are not described by anything the build left)');
    expect(calls).toContain(`mirror.sbom 0.34.1 ${OLD}`);
    expect(calls.filter((c) => c.startsWith('mirror.sbom'))).toHaveLength(1);
    expect(reporter.summary).toContain('### Dependencies since 0.34.1');
    expect(reporter.summary).toContain(
      '| changed | curl (linux/amd64) | <code>7.88.1</code> <code>https://curl.se/download/curl-7.88.1.tar.bz2</code> | <code>8.0.1</code> <code>https://curl.se/download/curl-8.0.1.tar.bz2</code> |',
    );
    expect(reporter.summary).toMatch(/\| added \| grpc \(linux\/amd64\) \| \| no version \|/);
    expect(calls).toContain('artifact.upload falco-deps-0.35.1 3 +falco-deps.cdx.json');
  });

  it('a failure to read the other SBOM is a warning: the run still succeeds', async () => {
    const { result, reporter } = await run({
      inputs: MIRROR,
      mirror: { branches: { '0.34.1': OLD }, sboms: { '0.34.1': '{"bomFormat":"SPDX"}' } },
    });
    expect(result.ok).toBe(true);
    expect(reporter.lines.some((l) => l.startsWith('warning: No dependency diff: '))).toBe(true);
    expect(reporter.summary).toContain('No dependency diff: ');
  });

  it('a range: lists the releases the mirror lacks, says which SBOM the first build is compared with, and stops', async () => {
    const { result, calls, reporter } = await run({
      inputs: { ...MIRROR, 'falco-version': '>=0.35.0 <0.40.0', 'dry-run': 'true' },
      source: { releases: ['0.34.1', '0.35.1', '0.36.3', '0.44.0'] },
      mirror: { branches: { '0.35.1': OLD, '0.44.0': NEW_COMMIT }, sboms: { '0.35.1': '{}' } },
    });
    expect(result.outputs).toMatchObject({ versions: '["0.36.3"]', skipped: 'true' });
    expect(result.outputs['falco-version']).toBeUndefined();
    // Only the SBOM blob of the highest version below the first build is read; nothing is built.
    expect(calls).toEqual(['source.releases', 'mirror.branches', `mirror.sbom 0.35.1 ${OLD}`, 'mirror.close']);
    const note = "The first build, 0.36.3, will be compared with the SBOM of the mirror's 0.35.1 (falco-deps.cdx.json on branch 0.35.1).";
    expect(reporter.lines).toContain(note);
    expect(reporter.summary).toContain(note);
  });

  it('a range below every mirrored version: no SBOM to compare the first build with', async () => {
    const { reporter } = await run({
      inputs: { ...MIRROR, 'falco-version': '>=0.35.0 <0.40.0', 'dry-run': 'true' },
      source: { releases: ['0.35.1', '0.44.0'] },
      mirror: { branches: { '0.44.0': OLD } },
    });
    expect(reporter.lines).toContain('The first build, 0.35.1, has no mirrored version below it to compare with.');
  });

  it('latest: resolved through the source, then built as that version', async () => {
    const { result, calls } = await run({ inputs: { 'falco-version': 'latest' }, source: { releases: ['0.35.1', '0.36.3'] } });
    expect(result.outputs['falco-version']).toBe('0.36.3');
    expect(calls.slice(0, 2)).toEqual(['source.latest', 'source.hasTag 0.36.3']);
    expect(calls.some((c) => c.startsWith('engine.build falco-deps-mirror:0.36.3-'))).toBe(true);
  });

  it('a missing tag is NotFound before the engine is touched', async () => {
    const { result, calls } = await run({ inputs: {}, source: { releases: ['0.35.1'], tags: [] } });
    expect(result.error?.reason).toBe('NotFound');
    expect(engineCalls(calls)).toEqual([]);
  });

  it('a bad input fails before any service is called, with only error-reason set', async () => {
    const { result, calls, runnerTemp } = await run({ inputs: { jobs: 'many' } });
    expect(result.error?.reason).toBe('Invalid');
    expect(calls).toEqual([]);
    expect(result.outputs).toEqual({ 'error-reason': 'Invalid' });
    expect(fs.readdirSync(runnerTemp)).toEqual([]);
  });

  it('masks the mirror credentials before any remote call', async () => {
    const { reporter } = await run({ inputs: { ...MIRROR, 'dry-run': 'true' }, mirror: { secrets: ['tok-123', 'b2F1dGgyOnRvay0xMjM='] } });
    expect(reporter.secrets).toEqual(['tok-123', 'b2F1dGgyOnRvay0xMjM=']);
  });

  it('an empty /falco-deps fails the run before anything is uploaded or pushed, naming the directory', async () => {
    const empty = path.join(tmp, 'empty-image');
    fs.mkdirSync(path.join(empty, 'falco-deps'), { recursive: true });
    const { result, calls, runnerTemp } = await run({ inputs: MIRROR, engine: { imageRoot: empty } });
    expect(result.ok).toBe(false);
    expect(result.error?.reason).toBe('NotFound');
    expect(result.error?.message).toBe(
      'The build left /falco-deps empty: no file was downloaded into it, so there is nothing to upload or push. ' +
        'Check the build log: cmake-args that turn the bundled dependencies off (USE_BUNDLED_DEPS=OFF) leave nothing to copy.',
    );
    expect(calls.filter((c) => c.startsWith('artifact.') || c.startsWith('mirror.snapshot'))).toEqual([]);
    expect(pushes(calls)).toEqual([]);
    expect(result.outputs).toMatchObject({ 'mirror-status': 'none', 'error-reason': 'NotFound' });
    expect(fs.existsSync(path.join(runnerTemp, 'falco-deps.SHA256SUMS'))).toBe(false);
  });

  it('a /falco-deps holding only a link is as empty: no file to mirror', async () => {
    const linksOnly = path.join(tmp, 'links-only-image');
    fs.mkdirSync(path.join(linksOnly, 'falco-deps'), { recursive: true });
    fs.symlinkSync('nothing.tar.gz', path.join(linksOnly, 'falco-deps', 'link.tar.gz'));
    const { result, calls } = await run({ inputs: MIRROR, engine: { imageRoot: linksOnly } });
    expect(result.error?.reason).toBe('NotFound');
    expect(result.error?.message).toContain('The build left /falco-deps with no file (only 1 symbolic link): no file was downloaded');
    expect(pushes(calls)).toEqual([]);
  });

  it('links in the tree: the manifest lists them as links, the artifact gets the regular files only, and says so', async () => {
    const withLinks = path.join(tmp, 'links-image');
    fs.mkdirSync(path.join(withLinks, 'falco-deps', 'curl-prefix', 'src'), { recursive: true });
    fs.writeFileSync(path.join(withLinks, 'falco-deps', 'curl-prefix', 'src', 'curl-8.0.1.tar.bz2'), 'curl');
    // A link to a folder of the tree and a dangling one: each used to fail the manifest (EISDIR, ENOENT).
    fs.symlinkSync('curl-prefix/src', path.join(withLinks, 'falco-deps', 'src-link'));
    fs.symlinkSync('curl-prefix/gone.tar.gz', path.join(withLinks, 'falco-deps', 'dangling'));
    const { result, calls, reporter, runnerTemp } = await run({ inputs: MIRROR, engine: { imageRoot: withLinks } });
    expect(result.ok).toBe(true);
    expect(result.outputs).toMatchObject({ 'file-count': '1', 'total-bytes': '4', 'mirror-status': 'created' });
    expect(calls).toContain('artifact.upload falco-deps-0.35.1 1 +falco-deps.cdx.json');
    expect(reporter.lines).toContain(
      'notice: The artifact falco-deps-0.35.1 holds the regular files only: the tree\'s 2 symbolic links ("dangling", "src-link") ' +
        'are not in it; the mirror branch stores them as links.',
    );
    expect(fs.readFileSync(path.join(runnerTemp, 'falco-deps.SHA256SUMS'), 'utf8')).toMatch(
      /^[0-9a-f]{64} {2}curl-prefix\/src\/curl-8\.0\.1\.tar\.bz2\n$/,
    );
    expect(reporter.summary).toContain(
      '<tr><td><code>src-link</code> → <code>curl-prefix/src</code></td><td align="right">link</td><td></td></tr>',
    );
  });

  it('prints a heartbeat while a stage is silent', async () => {
    const { reporter } = await run({ inputs: {}, engine: { buildSilenceMs: 1200 }, heartbeatSeconds: 0.3 });
    const beats = reporter.lines.filter((l) => /^… Build Falco 0\.35\.1's dependencies: still running, \d/.test(l));
    expect(beats.length).toBeGreaterThan(0);
  });
});

describe('runPipeline with platforms', () => {
  const BOTH = { ...MIRROR, platforms: 'linux/amd64,linux/arm64' };
  const REPO = DEFAULT_BASE_IMAGE.replace(/:[^:/]*$/, '');
  const [AMD64_IMAGE, ARM64_IMAGE] = REGISTRY_LIST.map((i) => `${REPO}@${i.digest}`);
  const builds = (calls: CallLog): string[] =>
    calls.filter((c) => c.startsWith('engine.build ')).map((c) => c.split(' ').slice(2).join(' '));

  /** A run that records each build request and what each snapshot was asked to hold. */
  async function recorded(s: Scenario): Promise<Ran & { requests: BuildRequest[]; snapshots: TreePlatforms[] }> {
    const requests: BuildRequest[] = [];
    const snapshots: TreePlatforms[] = [];
    const ran = await run({
      ...s,
      engine: { ...s.engine, onBuild: (r) => requests.push(r) },
      mirror: { ...s.mirror, onSnapshot: (_branch, p) => snapshots.push(p) },
    });
    return { ...ran, requests, snapshots };
  }

  it('builds each platform on its own image of the base, merges the trees and creates one branch holding both', async () => {
    const { result, calls, requests, snapshots, reporter, runnerTemp } = await recorded({ inputs: BOTH });
    expect(result.ok).toBe(true);
    expect(calls).toContain(`engine.registryImages ${DEFAULT_BASE_IMAGE}`);
    expect(builds(calls)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(requests.map((r) => [r.platform, r.tag])).toEqual([
      ['linux/amd64', expect.stringMatching(/-linux-amd64$/)],
      ['linux/arm64', expect.stringMatching(/-linux-arm64$/)],
    ]);
    expect(requests.map((r) => r.recipe.buildArgs.find(([name]) => name === 'BASE_ALT_DEV')?.[1])).toEqual([AMD64_IMAGE, ARM64_IMAGE]);
    expect(requests.map((r) => r.recipe.buildArgs.find(([name]) => name === 'FDM_PLATFORM')?.[1])).toEqual(['linux/amd64', 'linux/arm64']);
    // Both fake images hold the same tree: every path is shared, and the merged tree is the one tree.
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]?.built).toEqual(['linux/amd64', 'linux/arm64']);
    expect(snapshots[0]?.keep).toEqual([]);
    expect([...(snapshots[0]?.byPath.values() ?? [])]).toEqual([
      ['linux/amd64', 'linux/arm64'],
      ['linux/amd64', 'linux/arm64'],
      ['linux/amd64', 'linux/arm64'],
    ]);
    expect(pushes(calls)).toEqual([`mirror.create 0.35.1 ${NEW_COMMIT}`]);
    expect(result.outputs).toMatchObject({ platforms: 'linux/amd64,linux/arm64', 'file-count': '3', 'mirror-status': 'created' });
    expect(reporter.summary).toContain('| Platforms | built <code>linux/amd64</code>, <code>linux/arm64</code> |');
    expect(leftovers(runnerTemp)).toEqual([]);
  });

  it('skip builds only the platform the branch lacks, keeping the one it holds', async () => {
    const { result, calls, requests, snapshots } = await recorded({
      inputs: BOTH,
      mirror: { branches: { '0.35.1': OLD }, metadata: { '0.35.1': { platforms: ['linux/amd64'], files: {} } } },
    });
    expect(result.ok).toBe(true);
    expect(calls).toContain(`mirror.metadata 0.35.1 ${OLD}`);
    expect(requests.map((r) => r.platform)).toEqual(['linux/arm64']);
    expect(snapshots.map((p) => [p.built, p.keep])).toEqual([[['linux/arm64'], ['linux/amd64']]]);
    expect(pushes(calls)).toEqual([`mirror.patch 0.35.1 ${NEW_COMMIT} over ${OLD}`]);
    expect(result.outputs).toMatchObject({ platforms: 'linux/amd64,linux/arm64', 'mirror-status': 'updated', skipped: 'false' });
  });

  it('skip with every platform held builds nothing, and says what the branch holds', async () => {
    const { result, calls } = await recorded({
      inputs: BOTH,
      mirror: { branches: { '0.35.1': OLD }, metadata: { '0.35.1': { platforms: ['linux/amd64', 'linux/arm64'], files: {} } } },
    });
    expect(result.ok).toBe(true);
    expect(engineCalls(calls)).toEqual([]);
    expect(result.outputs).toMatchObject({ skipped: 'true', 'mirror-status': 'skipped', platforms: 'linux/amd64,linux/arm64' });
  });

  it('fail stops with AlreadyExists naming the platform the branch holds, before anything is built', async () => {
    const { result, calls } = await recorded({
      inputs: { ...BOTH, 'if-exists': 'fail' },
      mirror: { branches: { '0.35.1': OLD }, metadata: { '0.35.1': { platforms: ['linux/arm64'], files: {} } } },
    });
    expect(result.error?.reason).toBe('AlreadyExists');
    expect(result.error?.message).toContain('for linux/arm64');
    expect(engineCalls(calls)).toEqual([]);
  });

  it('dry run: says which platforms a real run would build and which it would keep, and builds nothing', async () => {
    const { result, calls, reporter } = await recorded({
      inputs: { ...BOTH, 'dry-run': 'true' },
      mirror: { branches: { '0.35.1': OLD }, metadata: { '0.35.1': { platforms: ['linux/amd64'], files: {} } } },
    });
    expect(result.ok).toBe(true);
    expect(engineCalls(calls)).toEqual([]);
    expect(pushes(calls)).toEqual([]);
    expect(reporter.lines).toContain(
      'A real run would build for linux/arm64 and update the branch, keeping its linux/amd64 files (if-exists: skip).',
    );
    const created = await recorded({ inputs: { ...BOTH, 'dry-run': 'true' } });
    expect(created.reporter.lines).toContain(
      'A real run would build for linux/amd64, linux/arm64 and create the branch (if-exists: skip).',
    );
  });

  it('a branch made before platforms is judged whole: skip skips', async () => {
    const { result, calls } = await recorded({ inputs: BOTH, mirror: { branches: { '0.35.1': OLD } } });
    expect(calls).toContain(`mirror.metadata 0.35.1 ${OLD}`);
    expect(engineCalls(calls)).toEqual([]);
    expect(result.outputs).toMatchObject({ skipped: 'true', 'mirror-status': 'skipped' });
    expect(result.outputs.platforms).toBeUndefined();
  });

  it('a base image the registry lacks a platform of: NotFound naming both, nothing built', async () => {
    const { result, calls } = await recorded({ inputs: BOTH, engine: { registry: { images: REGISTRY_LIST.slice(0, 1) } } });
    expect(result.error?.reason).toBe('NotFound');
    expect(result.error?.message).toContain(`The base image ${DEFAULT_BASE_IMAGE} has no linux/arm64 image (it has linux/amd64)`);
    expect(builds(calls)).toEqual([]);
    expect(pushes(calls)).toEqual([]);
  });

  it('one platform that the local base image is of: built on it as it is, the registry not asked', async () => {
    const { result, calls, requests } = await recorded({ inputs: { platforms: 'linux/x86_64' } });
    expect(result.ok).toBe(true);
    expect(calls).not.toContain(`engine.registryImages ${DEFAULT_BASE_IMAGE}`);
    expect(requests.map((r) => [r.platform, r.recipe.buildArgs.find(([name]) => name === 'BASE_ALT_DEV')?.[1]])).toEqual([
      ['linux/amd64', DEFAULT_BASE_IMAGE],
    ]);
    // No mirror: the platforms output says what the tree was built for.
    expect(result.outputs.platforms).toBe('linux/amd64');
  });

  it("without platforms, the branch is judged whole, its metadata is not read, and one build runs on the engine's own platform", async () => {
    const { result, calls, requests, snapshots } = await recorded({
      inputs: { ...MIRROR, 'if-exists': 'overwrite' },
      mirror: { branches: { '0.35.1': OLD } },
    });
    expect(result.ok).toBe(true);
    expect(calls.some((c) => c.startsWith('mirror.metadata') || c.startsWith('engine.registryImages'))).toBe(false);
    expect(requests.map((r) => r.platform)).toEqual([undefined]);
    expect(snapshots.map((p) => [p.built, p.keep])).toEqual([[['linux/amd64'], []]]);
    expect(result.outputs.platforms).toBe('linux/amd64');
  });

  it('a build that ran on another platform than asked is a Conflict, and nothing is pushed', async () => {
    const { result, calls } = await recorded({
      inputs: { ...MIRROR, platforms: 'linux/arm64' },
      // The local base image serves arm64, but what was built reports amd64.
      engine: {
        images: { [DEFAULT_BASE_IMAGE]: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
        builtAs: { os: 'linux', architecture: 'amd64' },
      },
    });
    expect(result.error?.reason).toBe('Conflict');
    expect(result.error?.message).toContain(`The build for linux/arm64 ran on a linux/amd64 image (${DEFAULT_BASE_IMAGE})`);
    expect(calls).not.toContain(`engine.registryImages ${DEFAULT_BASE_IMAGE}`);
    expect(calls.some((c) => c.startsWith('mirror.snapshot'))).toBe(false);
    expect(pushes(calls)).toEqual([]);
  });
});
