// The bundled action uploading its tree as a workflow artifact, as on a GitHub-hosted runner: the
// runner's environment (runtime token, results URL) pointed at the fake results service, the zip
// stored in Azurite, downloaded and unpacked with the real unzip, compared with the tree; the job
// summary links it; the SBOM rides along at the zip's root; a second upload under the same name is a clear AlreadyExists.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SBOM_FILE } from '../../src/planning/sbom.js';
import { artifactEnv } from '../support/artifact-env.js';
import { setupE2e } from '../support/e2e.js';
import { expectNoSecrets } from '../support/secrets.js';
import { listTree, sha256 } from '../support/tree.js';

const exec = promisify(execFile);
const VERSION = '0.35.1';

const e2e = setupE2e({
  prefix: 'fdm-artifact-e2e-',
  versions: [VERSION],
  artifacts: true,
  inputs: () => ({ 'falco-version': VERSION, 'retention-days': '5' }),
});

async function run(name: string) {
  const env = artifactEnv(e2e.service.url, {
    runId: 'run-backend-1',
    jobId: 'job-backend-1',
    repository: 'acme/falco-deps',
    githubRunId: '777',
  });
  const result = await e2e.run(name, { env });
  // The runner's runtime token is a secret too.
  expectNoSecrets(result, [env.ACTIONS_RUNTIME_TOKEN ?? '']);
  return result;
}

describe('the workflow artifact', () => {
  it('uploads the tree, zip entries at their tree paths, and links it in the summary', { timeout: 600_000 }, async () => {
    const result = await run('upload');
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const id = result.outputs['artifact-id'] ?? '';
    expect(id).toMatch(/^\d+$/);
    expect(result.outputs['artifact-url']).toBe(`https://github.com/acme/falco-deps/actions/runs/777/artifacts/${id}`);
    expect(result.stdout).toMatch(/::group::Upload the artifact falco-deps-0\.35\.1/);
    expect(result.stdout).toMatch(/Uploaded the artifact falco-deps-0\.35\.1: [\d.]+ [KM]?B in [\d.]+s \([\d.]+ [KM]?B\/s\)/);

    const stored = e2e.service.artifacts.get(`falco-deps-${VERSION}`);
    expect(stored?.finalized).toBe(true);
    const zip = path.join(result.work, 'artifact.zip');
    fs.writeFileSync(zip, await e2e.azurite.download(stored?.container ?? '', stored?.blobName ?? ''));
    const unpacked = path.join(result.work, 'unpacked');
    await exec('unzip', ['-q', zip, '-d', unpacked]);
    const tree = result.outputs['deps-path'] ?? '';
    // The tree, and at the root the SBOM, as on the mirror branch.
    expect(listTree(unpacked)).toEqual([...listTree(tree), SBOM_FILE].sort());
    for (const f of listTree(tree)) expect(sha256(path.join(unpacked, f)), f).toBe(sha256(path.join(tree, f)));
    expect(sha256(path.join(unpacked, SBOM_FILE))).toBe(sha256(result.outputs.sbom ?? ''));

    expect(result.files.summary).toContain(
      `<a href="https://github.com/acme/falco-deps/actions/runs/777/artifacts/${id}">falco-deps-${VERSION}</a>`,
    );
    expect(result.files.summary).toMatch(/\| Upload the artifact falco-deps-0\.35\.1 \| [\d.ms ]+ \| ✅ done \|/);
  });

  it('fails with a clear AlreadyExists when the run already has an artifact of that name', { timeout: 600_000 }, async () => {
    const result = await run('again');
    expect(result.code).toBe(1);
    expect(result.outputs['error-reason']).toBe('AlreadyExists');
    expect(result.stdout).toMatch(
      /::error::AlreadyExists \(HTTP 409\) on create of artifact falco-deps-0\.35\.1: This workflow run already has an artifact with this name\..*Give artifact-name a value unique in the run/,
    );
    expect(result.files.summary).toMatch(/\| Upload the artifact falco-deps-0\.35\.1 \| [\d.ms ]+ \| ❌ failed \|/);
  });
});
