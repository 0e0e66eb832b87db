// The bundled action publishing to a mirror over authenticated smart HTTP, as a user's workflow runs
// it: create, skip, fail, overwrite (unchanged and updated), dry-run, and the CLI's delete; the
// mirror branch compared with the extracted tree, and the token looked for everywhere it must not be.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli, type ActionRun } from '../support/action-runner.js';
import { METADATA_FILE } from '../../src/planning/platforms.js';
import { SBOM_FILE } from '../../src/planning/sbom.js';
import { dockerSnapshot } from '../support/docker.js';
import { setupE2e, type E2eRun } from '../support/e2e.js';
import { expectNoSecrets, secretForms } from '../support/secrets.js';
import { listTree, sha256 } from '../support/tree.js';

const exec = promisify(execFile);
const TOKEN = 'glpat-FDM-e2e-Secret-7f3a9c';
const BASIC = Buffer.from(`oauth2:${TOKEN}`).toString('base64');
const VERSION = '0.35.1';

const e2e = setupE2e({
  prefix: 'fdm-mirror-e2e-',
  versions: [VERSION],
  mirror: { auth: { username: 'oauth2', password: TOKEN } },
  inputs: () => ({ 'falco-version': VERSION, jobs: '2', 'mirror-repo': e2e.mirror.url, 'mirror-token': TOKEN }),
});
const runs: ActionRun[] = [];

// files: what the run needs in its workspace (a custom Dockerfile).
async function action(name: string, extra: Record<string, string> = {}, files: Record<string, string> = {}): Promise<E2eRun> {
  const run = await e2e.run(name, { inputs: extra, files });
  runs.push(run);
  return run;
}

const branchTip = async (): Promise<string> =>
  (await exec('git', ['--git-dir', e2e.mirror.bare, 'rev-parse', `refs/heads/${VERSION}`])).stdout.trim();

describe('publishing to the mirror', () => {
  it('creates the version branch whose tree is exactly the deps tree', { timeout: 600_000 }, async () => {
    const run = await action('create');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['mirror-status']).toBe('created');
    expect(run.outputs.skipped).toBe('false');
    expect(run.outputs['mirror-commit']).toBe(await branchTip());

    // What a consumer gets: `git clone --branch <version> <mirror> /falco/build`.
    const clone = path.join(run.work, 'clone');
    await exec('git', [
      '-c',
      `http.extraheader=AUTHORIZATION: basic ${BASIC}`,
      'clone',
      '--quiet',
      '--branch',
      VERSION,
      e2e.mirror.url,
      clone,
    ]);
    const tree = run.outputs['deps-path'] ?? '';
    // The deps tree, and at the root the action's metadata file: the platform this engine built for.
    const files = listTree(clone).filter((f) => !f.startsWith('.git/') && f !== METADATA_FILE && f !== SBOM_FILE);
    // The SBOM at the root is the one written beside the manifest, byte for byte.
    expect(fs.readFileSync(path.join(clone, SBOM_FILE), 'utf8')).toBe(fs.readFileSync(run.outputs.sbom ?? '', 'utf8'));
    expect(JSON.parse(fs.readFileSync(path.join(clone, METADATA_FILE), 'utf8'))).toEqual({ platforms: ['linux/amd64'], files: {} });
    expect(run.outputs.platforms).toBe('linux/amd64');
    expect(files).toEqual(listTree(tree));
    expect(files).toEqual(e2e.servers.fixture.expected[VERSION]);
    for (const f of files) expect(sha256(path.join(clone, f)), f).toBe(sha256(path.join(tree, f)));

    const message = (await exec('git', ['--git-dir', e2e.mirror.bare, 'log', '-1', '--format=%B', VERSION])).stdout;
    const digest = fs.readFileSync(run.outputs.manifest ?? '', 'utf8');
    expect(message).toContain(`Falco ${VERSION}`);
    expect(message).toContain(`${e2e.servers.sourceRepo}/falcosecurity/falco.git`);
    expect(message).toMatch(/Manifest: sha256:[0-9a-f]{64}/);
    expect(digest.length).toBeGreaterThan(0);
    // Authentication really went through the header the config file sets.
    expect(e2e.mirror.server.requests.some((r) => r.authorization?.toLowerCase() === `basic ${BASIC}`.toLowerCase())).toBe(true);
  });

  it('skips everything, in seconds, when the branch exists (if-exists: skip)', { timeout: 120_000 }, async () => {
    const tip = await branchTip();
    const before = await dockerSnapshot();
    const started = Date.now();
    const run = await action('skip');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.skipped).toBe('true');
    expect(run.outputs['mirror-status']).toBe('skipped');
    expect(run.outputs['mirror-commit']).toBe(tip);
    expect(run.stdout).not.toMatch(/::group::Build/);
    expect(fs.existsSync(path.join(run.work, 'falco-deps'))).toBe(false);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await dockerSnapshot()).toEqual(before);
  });

  it('fails before building with AlreadyExists (if-exists: fail)', { timeout: 120_000 }, async () => {
    const run = await action('fail', { 'if-exists': 'fail' });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('AlreadyExists');
    expect(run.stdout).toMatch(/::error::AlreadyExists \(HTTP 409\) on create of branch 0\.35\.1 of http:\/\/127\.0\.0\.1:\d+\/deps\.git/);
    expect(run.stdout).not.toMatch(/::group::Build/);
  });

  it('speaks Russian when asked', { timeout: 120_000 }, async () => {
    const run = await action('ru', { 'if-exists': 'fail', language: 'ru' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::AlreadyExists \(HTTP 409\) при операции создание .*Создаваемый ресурс уже существует\./);
  });

  it('reports unchanged, without pushing, when a rebuild gives the same content (if-exists: overwrite)', { timeout: 600_000 }, async () => {
    const tip = await branchTip();
    const pushesBefore = e2e.mirror.server.requests.filter((r) => r.path.endsWith('/git-receive-pack')).length;
    const run = await action('unchanged', { 'if-exists': 'overwrite' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['mirror-status']).toBe('unchanged');
    expect(run.outputs['mirror-commit']).toBe(tip);
    expect(await branchTip()).toBe(tip);
    // The SBOM the rebuild wrote lists the same files as the branch's (grpc.tar.gz's bytes may differ, its members do not).
    const names = (text: string): string[] => (JSON.parse(text) as { components: Array<{ name: string }> }).components.map((c) => c.name);
    const onBranch = (await exec('git', ['--git-dir', e2e.mirror.bare, 'show', `${tip}:${SBOM_FILE}`])).stdout;
    expect(names(fs.readFileSync(run.outputs.sbom ?? '', 'utf8'))).toEqual(names(onBranch));
    expect(e2e.mirror.server.requests.filter((r) => r.path.endsWith('/git-receive-pack')).length).toBe(pushesBefore);
  });

  it('updates the branch with a child commit when the content changed (if-exists: overwrite)', { timeout: 600_000 }, async () => {
    const tip = await branchTip();
    const run = await action(
      'updated',
      { 'if-exists': 'overwrite', dockerfile: 'Dockerfile' },
      {
        Dockerfile:
          'ARG BASE_ALT_DEV\nFROM ${BASE_ALT_DEV}\nRUN mkdir -p /falco-deps/x-prefix/src && echo changed > /falco-deps/x-prefix/src/x.tar.gz\n',
      },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['mirror-status']).toBe('updated');
    const now = await branchTip();
    expect(run.outputs['mirror-commit']).toBe(now);
    expect((await exec('git', ['--git-dir', e2e.mirror.bare, 'rev-parse', `${now}^`])).stdout.trim()).toBe(tip);
    expect((await exec('git', ['--git-dir', e2e.mirror.bare, 'ls-tree', '-r', '--name-only', now])).stdout.trim().split('\n')).toEqual([
      METADATA_FILE,
      SBOM_FILE,
      'x-prefix/src/x.tar.gz',
    ]);
    // A custom Dockerfile that left no facts: its SBOM lists the file, and says it is partial.
    const sbom = JSON.parse((await exec('git', ['--git-dir', e2e.mirror.bare, 'show', `${now}:${SBOM_FILE}`])).stdout) as {
      components: Array<{ name: string }>;
      compositions: Array<{ aggregate: string }>;
    };
    expect(sbom.components.map((c) => c.name)).toEqual(['x']);
    expect(sbom.compositions[0]?.aggregate).toBe('incomplete');
  });

  it('checks the mirror and builds nothing in a dry run', { timeout: 120_000 }, async () => {
    const run = await action('dry', { 'dry-run': 'true', 'if-exists': 'overwrite' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/A real run would rebuild and replace it/);
    expect(run.stdout).not.toMatch(/::group::Build/);
    expect(run.outputs['mirror-status']).toBe('none');
  });

  it('deletes the branch from the CLI, with the token from the environment', { timeout: 120_000 }, async () => {
    const tip = await branchTip();
    const result = await runCli(['delete', '--falco-version', VERSION, '--mirror-repo', e2e.mirror.url], {
      FALCO_DEPS_MIRROR_TOKEN: TOKEN,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`mirror-commit=${tip}`);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    await expect(branchTip()).rejects.toThrow();
  });

  it('never shows the token: not in logs, outputs, state or summary, and leaves no credentials file', () => {
    expect(runs.length).toBeGreaterThan(5);
    for (const run of runs) expectNoSecrets(run, secretForms(TOKEN));
    const leftovers = fs
      .readdirSync(e2e.tmp, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.gitconfig'));
    expect(leftovers).toEqual([]);
  });
});
