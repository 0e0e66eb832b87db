// The bundled action with large-files, as a workflow runs it: a mirror that refuses files over a limit
// the way GitHub does (GH001, from a pre-receive hook) and serves Git LFS behind the same Basic auth.
// plain fails before anything lands, naming the file and the way out; lfs pushes, and a consumer's
// `git lfs install && git clone` gets the exact tree; a rebuild of the same content uploads nothing;
// a runner without git-lfs is told so before any build.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { setupE2e } from '../support/e2e.js';
import { installFileSizeLimit } from '../support/lfs-server.js';
import { expectNoSecrets, secretForms } from '../support/secrets.js';

const exec = promisify(execFile);
const TOKEN = 'glpat-FDM-lfs-Secret-4b8e1d';
const BASIC = Buffer.from(`oauth2:${TOKEN}`).toString('base64');
const VERSION = '0.35.1';
const MiB = 1_048_576;

const e2e = setupE2e({
  prefix: 'fdm-large-files-e2e-',
  versions: [VERSION],
  mirror: { auth: { username: 'oauth2', password: TOKEN }, lfs: true },
  inputs: () => ({ 'falco-version': VERSION, 'mirror-repo': e2e.mirror.url, 'mirror-token': TOKEN, 'lfs-threshold': String(MiB) }),
});

// A recipe whose tree holds one file over the server's limit (2 MiB here, as GitHub's 100 MiB) and one small one.
const DOCKERFILE = [
  'ARG BASE_ALT_DEV',
  'FROM ${BASE_ALT_DEV}',
  'RUN mkdir -p /falco-deps/x-prefix/src /falco-deps/y-prefix/src && head -c 3145728 /dev/zero > /falco-deps/x-prefix/src/big.tar.gz && echo small > /falco-deps/y-prefix/src/small.tar.gz',
  '',
].join('\n');

const lfsRequests = (): number => e2e.mirror.server.requests.filter((r) => r.path.includes('/info/lfs/')).length;
const puts = (): number => e2e.mirror.server.requests.filter((r) => r.method === 'PUT').length;
const tip = (): Promise<string | undefined> =>
  exec('git', ['--git-dir', e2e.mirror.bare, 'rev-parse', '--verify', '--quiet', `refs/heads/${VERSION}`]).then(
    (r) => r.stdout.trim(),
    () => undefined,
  );

describe('large-files', () => {
  it(
    'plain: a file over the mirror limit fails the push clearly, naming it; no branch, nothing uploaded',
    { timeout: 300_000 },
    async () => {
      await installFileSizeLimit(e2e.mirror.bare, 2 * MiB);
      const run = await e2e.run('plain', { inputs: { dockerfile: 'Dockerfile' }, files: { Dockerfile: DOCKERFILE } });
      expect(run.code).toBe(1);
      expect(run.outputs['error-reason']).toBe('RequestEntityTooLarge');
      expect(run.stdout).toContain('The mirror refused the push: "x-prefix/src/big.tar.gz" is 3.00 MB, over its per-file limit.');
      expect(run.stdout).toContain('Nothing was pushed; the branch is as it was.');
      expect(run.stdout).toContain('Set large-files: lfs');
      expect(await tip()).toBeUndefined();
      expect(lfsRequests()).toBe(0);
      expectNoSecrets(run, secretForms(TOKEN));
    },
  );

  it('lfs: pushes the big file to LFS, and git lfs install && git clone restores the exact tree', { timeout: 300_000 }, async () => {
    const run = await e2e.run('lfs', { inputs: { dockerfile: 'Dockerfile', 'large-files': 'lfs' }, files: { Dockerfile: DOCKERFILE } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['mirror-status']).toBe('created');
    expect(run.stdout).toMatch(/Git LFS: git-lfs\/\d/);
    expect(run.stdout).toContain('Git LFS: x-prefix/src/big.tar.gz (3.1 MB) to the mirror');
    expect(e2e.mirror.server.lfsObjects('deps').size).toBe(1);

    // A consumer, with git-lfs installed in a HOME of its own.
    const home = e2e.workDir('consumer');
    const env = { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
    await exec('git', ['lfs', 'install'], { env });
    const clone = path.join(home, 'build');
    await exec('git', ['clone', '--quiet', '--branch', VERSION, e2e.mirror.url, clone], {
      env: { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${BASIC}` },
    });
    await exec('sha256sum', ['--check', '--strict', '--quiet', run.outputs.manifest ?? ''], { cwd: clone });
    expect(fs.statSync(path.join(clone, 'x-prefix/src/big.tar.gz')).size).toBe(3 * MiB);
    expectNoSecrets(run, secretForms(TOKEN));

    // The same content again: unchanged, nothing uploaded.
    const before = puts();
    const again = await e2e.run('again', {
      inputs: { dockerfile: 'Dockerfile', 'large-files': 'lfs', 'if-exists': 'overwrite' },
      files: { Dockerfile: DOCKERFILE },
    });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.outputs['mirror-status']).toBe('unchanged');
    expect(puts()).toBe(before);
  });

  it('lfs without git-lfs on the runner stops before building, saying what to install', { timeout: 120_000 }, async () => {
    // A PATH with git (and node's own) but no git-lfs.
    const bin = e2e.workDir('bin');
    fs.symlinkSync('/usr/bin/git', path.join(bin, 'git'));
    const run = await e2e.run('no-lfs', {
      inputs: { dockerfile: 'Dockerfile', 'large-files': 'lfs', 'falco-version': '0.44.0' },
      files: { Dockerfile: DOCKERFILE },
      env: { PATH: bin },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('ServiceUnavailable');
    expect(run.stdout).toContain('large-files: lfs needs git-lfs');
    expect(run.stdout).toContain('sudo apt-get install git-lfs');
    expect(run.stdout).not.toMatch(/::group::Build/);
  });
});
