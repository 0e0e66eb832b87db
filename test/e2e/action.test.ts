// The bundled action run as the runner runs it (node dist/index.js, INPUT_* variables, a
// GITHUB_OUTPUT file), in a real Docker engine, against a small Falco-like CMake project served by a
// real git smart-HTTP server on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTree, sha256 } from '../support/tree.js';
import { dockerSnapshot } from '../support/docker.js';
import { setupE2e } from '../support/e2e.js';

const e2e = setupE2e({ prefix: 'fdm-e2e-', versions: ['0.35.1'], inputs: () => ({ 'falco-version': '0.35.1', jobs: '2' }) });

describe('the bundled action in a real Docker engine', () => {
  it('builds the deps with the built-in recipe and extracts the tree file by file', { timeout: 600_000 }, async () => {
    const work = e2e.workDir('builtin');
    const before = await dockerSnapshot();
    const run = await e2e.runIn(work);
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const tree = path.join(work, 'falco-deps');
    const fixture = e2e.servers.fixture;
    const expected = [...(fixture.expected['0.35.1'] ?? [])].sort();
    expect(expected).toContain('grpc.tar.gz');
    expect(expected).toContain('curl-prefix/src/curl-8.0.1.tar.bz2');
    expect(expected).toContain('driver-repo/driver-prefix/src/5.0.1+driver.tar.gz');
    expect(listTree(tree)).toEqual(expected);

    // Outputs, as a later step would read them.
    expect(run.outputs['falco-version']).toBe('0.35.1');
    expect(run.outputs['deps-path']).toBe(tree);
    expect(run.outputs['file-count']).toBe(String(expected.length));
    const total = expected.reduce((sum, f) => sum + fs.statSync(path.join(tree, f)).size, 0);
    expect(run.outputs['total-bytes']).toBe(String(total));
    expect(run.outputs['error-reason']).toBeUndefined();

    // The manifest lies outside the tree and `sha256sum -c` accepts it.
    const manifest = run.outputs.manifest ?? '';
    expect(path.dirname(manifest)).toBe(work);
    const lines = fs.readFileSync(manifest, 'utf8').trim().split('\n');
    expect(lines).toEqual(expected.map((f) => `${sha256(path.join(tree, f))}  ${f}`));
    execFileSync('sha256sum', ['--check', '--strict', '--quiet', manifest], { cwd: tree });

    // grpc.tar.gz is grpc-prefix/src after `make clean`: sources and stamps, no build products.
    const members = execFileSync('tar', ['-tzf', path.join(tree, 'grpc.tar.gz')], { encoding: 'utf8' }).split('\n');
    expect(members).toContain(fixture.grpc.source);
    expect(members).toContain(fixture.grpc.submodule);
    expect(members.some((m) => m.startsWith('grpc-prefix/src/grpc-stamp/'))).toBe(true);
    for (const product of fixture.grpc.buildProducts) expect(members).not.toContain(product);

    // The job summary: version, source, stages with their results, and every file in the table.
    const summary = run.files.summary;
    expect(summary).toContain('## ✅ Falco 0.35.1 third-party dependencies');
    expect(summary).toContain(`<code>${e2e.servers.sourceRepo}/falcosecurity/falco.git</code>`);
    expect(summary).toMatch(/\| Build Falco 0\.35\.1's dependencies \| [\d.ms ]+ \| ✅ done \|/);
    expect(summary).toMatch(/\| Write the manifest \| [\d.ms ]+ \| ✅ done \|/);
    for (const f of expected)
      expect(summary).toContain(
        `<tr><td><code>${f}</code></td><td align="right">${fs.statSync(path.join(tree, f)).size}</td><td><code>${sha256(path.join(tree, f))}</code></td></tr>`,
      );
    // No runtime token here: the artifact is skipped with a notice, not an error.
    expect(run.stdout).toMatch(/::notice::The artifact upload was skipped: not running in GitHub Actions/);
    expect(run.outputs['artifact-id']).toBeUndefined();

    // The build log streamed inside a log group, and nothing was left in the engine.
    expect(run.stdout).toMatch(/::group::Build Falco 0\.35\.1's dependencies/);
    expect(run.stdout).toMatch(/make package/);
    expect(await dockerSnapshot()).toEqual(before);
    expect(fs.readdirSync(work).filter((f) => f.startsWith('falco-deps-context-') || f.includes('.partial-'))).toEqual([]);
  });

  it('fails with NotFound when the version is not a tag of the source repo, leaving nothing', { timeout: 300_000 }, async () => {
    const work = e2e.workDir('missing-tag');
    const before = await dockerSnapshot();
    const run = await e2e.runIn(work, { inputs: { 'falco-version': '9.9.9' } });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('NotFound');
    expect(run.stdout).toMatch(
      /::error::NotFound \(HTTP 404\) on get of tag 9\.9\.9 of http:\/\/127\.0\.0\.1:\d+\/falcosecurity\/falco\.git: The source repo has no tag 9\.9\.9\./,
    );
    expect(run.stdout).not.toMatch(/::group::Build/);
    expect(fs.existsSync(path.join(work, 'falco-deps'))).toBe(false);
    expect(await dockerSnapshot()).toEqual(before);
  });

  it('refuses a tree whose chained links lead out of it, leaving nothing behind', { timeout: 300_000 }, async () => {
    const work = e2e.workDir('link-chain');
    // Each link's text stays inside on its own (s is a1; t, read as text, is falco-deps/etc/passwd), but the
    // kernel resolves s before the dots that follow it: t is /etc/passwd.
    const chain = [
      'mkdir -p /falco-deps/a1/a2 && echo x > /falco-deps/x.tar.gz',
      'ln -s ../../a1 /falco-deps/a1/a2/s',
      'ln -s s/../../../etc/passwd /falco-deps/a1/a2/t',
      'test "$(readlink -f /falco-deps/a1/a2/t)" = /etc/passwd',
    ].join(' && ');
    fs.writeFileSync(path.join(work, 'Dockerfile'), `ARG BASE_ALT_DEV\nFROM \${BASE_ALT_DEV}\nRUN ${chain}\n`);
    const before = await dockerSnapshot();
    const run = await e2e.runIn(work, { inputs: { dockerfile: 'Dockerfile' } });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('Invalid');
    expect(run.stdout).toMatch(/::error::Refused to extract the deps tree: link "(falco-deps\/)?a1\/a2\/t" points outside the tree/);
    expect(fs.readdirSync(work).filter((n) => n.startsWith('falco-deps'))).toEqual([]);
    expect(await dockerSnapshot()).toEqual(before);
  });

  it('gives a custom Dockerfile the same build args, and keeps the image when asked', { timeout: 300_000 }, async () => {
    const work = e2e.workDir('custom');
    fs.writeFileSync(
      path.join(work, 'Dockerfile.deps'),
      [
        'ARG BASE_ALT_DEV',
        'FROM ${BASE_ALT_DEV}',
        'ARG BASE_ALT_DEV',
        'ARG FALCO_VERSION',
        'ARG SOURCE_REPO',
        'ARG JOBS',
        'ARG CMAKE_EXTRA_ARGS',
        'RUN mkdir -p /falco-deps/nested && printf "%s|%s|%s|%s|%s" "$BASE_ALT_DEV" "$FALCO_VERSION" "$SOURCE_REPO" "$JOBS" "$CMAKE_EXTRA_ARGS" > /falco-deps/nested/args.txt',
        '',
      ].join('\n'),
    );
    const before = await dockerSnapshot();
    const run = await e2e.runIn(work, {
      inputs: { dockerfile: 'Dockerfile.deps', 'cmake-args': '-DA=1\n-DB=2', 'keep-image': 'true', jobs: '3' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const args = fs.readFileSync(path.join(work, 'falco-deps/nested/args.txt'), 'utf8');
    expect(args).toBe(`${e2e.baseImage}|0.35.1|${e2e.servers.sourceRepo}|3|-DA=1\n-DB=2`);
    const kept = execFileSync('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', 'falco-deps-mirror'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((t) => t.startsWith('falco-deps-mirror:0.35.1-4242-'));
    expect(kept).toHaveLength(1);
    execFileSync('docker', ['image', 'rm', kept[0] ?? '']);
    expect(await dockerSnapshot()).toEqual(before);
  });

  // The default quiet period (30 s) of the bundled action; shorter periods are tested in test/unit/pipeline.test.ts.
  it('prints a heartbeat while a step is silent for over 30 s (checked every 10 s)', { timeout: 300_000 }, async () => {
    const work = e2e.workDir('heartbeat');
    fs.writeFileSync(
      path.join(work, 'Dockerfile'),
      'ARG BASE_ALT_DEV\nFROM ${BASE_ALT_DEV}\nRUN sleep 42 && mkdir -p /falco-deps && echo x > /falco-deps/x.tar.gz\n',
    );
    const run = await e2e.runIn(work, { inputs: { dockerfile: 'Dockerfile' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/… Build Falco 0\.35\.1's dependencies: still running, (3\d|4\d)s elapsed\./);
  });

  it('fails clearly when a custom Dockerfile leaves no /falco-deps', { timeout: 300_000 }, async () => {
    const work = e2e.workDir('no-deps');
    fs.writeFileSync(path.join(work, 'Dockerfile'), 'ARG BASE_ALT_DEV\nFROM ${BASE_ALT_DEV}\nRUN mkdir /elsewhere\n');
    const before = await dockerSnapshot();
    const run = await e2e.runIn(work, { inputs: { dockerfile: 'Dockerfile' } });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('NotFound');
    expect(run.stdout).toMatch(
      /::error::The build left no \/falco-deps in the image\. A custom dockerfile must leave the deps tree in \/falco-deps\./,
    );
    expect(fs.existsSync(path.join(work, 'falco-deps'))).toBe(false);
    expect(await dockerSnapshot()).toEqual(before);
  });

  it('reports a failing build with its step and last log lines', { timeout: 300_000 }, async () => {
    const work = e2e.workDir('failing');
    fs.writeFileSync(
      path.join(work, 'Dockerfile'),
      'ARG BASE_ALT_DEV\nFROM ${BASE_ALT_DEV}\nRUN echo preparing && echo "cmake: something broke" >&2 && exit 3\n',
    );
    const before = await dockerSnapshot();
    const run = await e2e.runIn(work, { inputs: { dockerfile: 'Dockerfile' } });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('InternalError');
    expect(run.stdout).toMatch(/::error::The docker build failed at step "RUN echo preparing/);
    expect(run.stdout).toMatch(/cmake: something broke/);
    expect(run.files.summary).toContain('## ❌');
    expect(run.files.summary).toMatch(/\| Build Falco 0\.35\.1's dependencies \| [\d.ms ]+ \| ❌ failed \|/);
    expect(await dockerSnapshot()).toEqual(before);
  });

  it('says how to fix an unreachable Docker engine', async () => {
    const work = e2e.workDir('no-engine');
    const run = await e2e.runIn(work, { env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' } });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('ServiceUnavailable');
    expect(run.stdout).toMatch(/::error::The Docker engine is not reachable .*set DOCKER_HOST to a running engine/);
    expect(fs.existsSync(path.join(work, 'falco-deps'))).toBe(false);
  });

  it('cleans up when cancelled during the build, and the post step finds nothing left', { timeout: 300_000 }, async () => {
    const work = e2e.workDir('cancel');
    fs.writeFileSync(path.join(work, 'Dockerfile'), 'ARG BASE_ALT_DEV\nFROM ${BASE_ALT_DEV}\nRUN echo long-step-started && sleep 120\n');
    const before = await dockerSnapshot();
    const started = Date.now();
    const run = await e2e.runIn(work, {
      inputs: { dockerfile: 'Dockerfile' },
      onStart: (pid, output) => {
        const poll = setInterval(() => {
          if (output().includes('long-step-started')) {
            clearInterval(poll);
            process.kill(pid, 'SIGTERM');
          }
        }, 100);
      },
    });
    expect(Date.now() - started).toBeLessThan(100_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Received SIGTERM: cancelling and cleaning up/);
    // The runner runs the post step after a cancellation: it must find (or remove) what is left.
    const post = await e2e.runIn(work, { inputs: { dockerfile: 'Dockerfile' }, state: run.state });
    expect(post.code, post.stdout).toBe(0);
    // The legacy builder may need a moment to remove the intermediate container of the killed step.
    for (let i = 0; i < 50 && JSON.stringify(await dockerSnapshot()) !== JSON.stringify(before); i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await dockerSnapshot()).toEqual(before);
  });

  it('has the post step remove what a killed main step left behind', { timeout: 120_000 }, async () => {
    const work = e2e.workDir('post');
    const container = `falco-deps-mirror-post-test-${process.pid}`;
    const tag = `falco-deps-mirror:post-test-${process.pid}`;
    const before = await dockerSnapshot();
    execFileSync('docker', ['create', '--pull', 'never', '--name', container, e2e.baseImage, 'true']);
    execFileSync('docker', ['tag', e2e.baseImage, tag]);
    const leftDir = path.join(work, 'falco-deps-context-left');
    fs.mkdirSync(leftDir);
    const state = { isPost: 'true', leftovers: JSON.stringify({ containers: [container], images: [tag], dirs: [leftDir] }) };
    const post = await e2e.runIn(work, { state });
    expect(post.code, post.stdout).toBe(0);
    expect(post.stdout).toMatch(/Removing 3 leftover\(s\) of the main step\./);
    expect(await dockerSnapshot()).toEqual(before);
    expect(execFileSync('docker', ['images', '-q', tag], { encoding: 'utf8' }).trim()).toBe('');
    // Removing our tag never removes the image another tag still names.
    expect(execFileSync('docker', ['images', '-q', e2e.baseImage], { encoding: 'utf8' }).trim()).not.toBe('');
    expect(fs.existsSync(leftDir)).toBe(false);
  });
});
