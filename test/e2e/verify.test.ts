// verify: true, as a consumer would check the mirror: Falco rebuilt from the tree in a container with no
// network. Every mini Falco version must pass; a tree missing one file must fail, naming that file's URL,
// with the mirror left untouched and the artifact still uploaded.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCKERFILE } from '../../src/planning/recipe.js';
import { MINI_FALCO_VERSIONS } from '../fixtures/mini-falco.js';
import { artifactEnv } from '../support/artifact-env.js';
import { dockerSnapshot } from '../support/docker.js';
import { setupE2e } from '../support/e2e.js';

const exec = promisify(execFile);

const e2e = setupE2e({ prefix: 'fdm-verify-e2e-', mirror: {}, artifacts: true, inputs: () => ({ jobs: '2', verify: 'true' }) });

// A custom Dockerfile lives in the workspace, where the action looks for it.
function action(name: string, version: string, extra: Record<string, string> = {}, env: Record<string, string> = {}, dockerfile?: string) {
  return e2e.run(name, {
    inputs: { 'falco-version': version, ...extra },
    env,
    files: dockerfile === undefined ? {} : { Dockerfile: dockerfile },
  });
}

const branches = async (): Promise<string> => (await exec('git', ['--git-dir', e2e.mirror.bare, 'branch', '--list'])).stdout.trim();

describe('verify: the offline rebuild', () => {
  for (const version of MINI_FALCO_VERSIONS) {
    it(`rebuilds Falco ${version} from its tree with no network`, { timeout: 600_000 }, async () => {
      const before = await dockerSnapshot();
      const run = await action(`ok-${version}`, version);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.verified).toBe('true');
      expect(run.stdout).toMatch(/::group::Verify: rebuild Falco offline from the tree/);
      expect(run.stdout).toContain(`fdm-verify: Falco ${version} built offline from the mirrored tree`);
      // Nothing was downloaded in the offline build: every download step found its file in place.
      const verifyLog = run.stdout.slice(run.stdout.indexOf('::group::Verify'));
      expect(verifyLog).not.toMatch(/-- Using src=/);
      expect(run.files.summary).toContain('✅ Falco rebuilt offline');
      expect(await dockerSnapshot()).toEqual(before);
    });
  }

  // A file a download step would fetch: the build stops at the attempt and names the URL.
  it(
    'fails when a downloaded tarball is missing, naming its URL, pushing nothing, uploading the artifact',
    { timeout: 600_000 },
    async () => {
      const [version, file, urlPath] = ['0.35.1', 'curl-prefix/src/curl-8.0.1.tar.bz2', '/curl/curl-8.0.1.tar.bz2'];
      const runId = `verify-${version}`;
      const run = await action(
        `missing-${version}`,
        version,
        { dockerfile: 'Dockerfile', 'mirror-repo': e2e.mirror.url },
        artifactEnv(e2e.service.url, { runId, jobId: 'job-1', repository: 'acme/falco-deps' }),
        `${BUILTIN_DOCKERFILE}\nRUN rm /falco-deps/${file}\n`,
      );
      expect(run.code).toBe(1);
      expect(run.outputs.verified).toBe('false');
      expect(run.outputs['error-reason']).toBe('NotFound');
      expect(run.outputs['mirror-status']).toBe('none');
      const url = `${e2e.servers.files.url}${urlPath}`;
      expect(run.stdout).toContain(
        `::error::The offline rebuild failed: the mirrored tree lacks a dependency. CMake tried to download ${url}`,
      );
      expect(run.stdout).toContain(file);
      expect(await branches()).toBe('');
      // The tree can still be looked at: the artifact was uploaded.
      expect(run.outputs['artifact-id']).toMatch(/^\d+$/);
      expect(run.files.summary).toMatch(/Verification \| ❌ failed/);
    },
  );

  // Configure-time downloads that fail quietly offline (no status check, as in libs 0.13): configure exits 0
  // with a 0-byte file. The raw header itself missing, and the trap of 0.36.0-0.36.2: without the kept libs
  // source, the rebuild's unpack step deletes the restored uthash.h and configure fetches it again.
  const libs = 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs';
  const quiet: Array<[string, string, string, string]> = [
    ['raw-header', 'b64/base64.h', 'b64/base64.h', '/istio-proxy/base64.h'],
    ['uthash-trap', `${libs}-kept.tar.gz`, `${libs}/userspace/libscap/uthash.h`, '/uthash/uthash.h'],
  ];
  for (const [name, removed, named, urlPath] of quiet) {
    it(
      `fails when configure downloads a file again offline (${name}: without ${removed}), naming the file and its URL`,
      { timeout: 600_000 },
      async () => {
        const run = await action(
          `quiet-${name}`,
          '0.36.1',
          { dockerfile: 'Dockerfile', 'mirror-repo': e2e.mirror.url },
          {},
          `${BUILTIN_DOCKERFILE}\nRUN rm /falco-deps/${removed}\n`,
        );
        expect(run.code, run.stdout).toBe(1);
        expect(run.outputs.verified).toBe('false');
        expect(run.outputs['error-reason']).toBe('NotFound');
        expect(run.outputs['mirror-status']).toBe('none');
        const url = `${e2e.servers.files.url}${urlPath}`;
        expect(run.stdout).toContain(`fdm-verify: configure downloaded ${named} again from ${url}`);
        expect(run.stdout).toMatch(
          new RegExp(
            `::error::The offline rebuild failed: configure downloaded ${named.replace(/[.+]/g, '\\$&')} again from ${url.replace(/[.+]/g, '\\$&')}`,
          ),
        );
        // Caught after configure, before the compile that would fail on the empty file.
        expect(run.stdout).not.toContain('libscap: uthash.h is empty or missing');
        expect(await branches()).toBe('');
      },
    );
  }

  it('says so when a custom Dockerfile leaves no Falco source in /falco', { timeout: 300_000 }, async () => {
    const run = await action(
      'nosource',
      '0.35.1',
      { dockerfile: 'Dockerfile' },
      {},
      'ARG BASE_ALT_DEV\nFROM ${BASE_ALT_DEV}\nRUN mkdir -p /falco-deps/a && echo x > /falco-deps/a/x.tar.gz\n',
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verified).toBe('false');
    expect(run.stdout).toMatch(/::error::verify needs the Falco source checkout \(with \.git\) in \/falco/);
  });
});
