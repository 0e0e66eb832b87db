// The bundled action uploading its tree as a workflow artifact, as on a GitHub-hosted runner: the
// runner's environment (runtime token, results URL) pointed at the fake results service, the zip
// stored in Azurite, downloaded and unpacked with the real unzip, compared with the tree; the job
// summary links it; a second upload under the same name is a clear AlreadyExists.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveMiniFalco, type MiniFalcoServers } from '../fixtures/mini-falco.js';
import { runAction } from '../support/action-runner.js';
import { artifactEnv } from '../support/artifact-env.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { requireBaseImage, requireDocker } from '../support/docker.js';
import { startResultsService, type ResultsService } from '../support/results-service.js';
import { expectNoSecrets } from '../support/secrets.js';
import { listTree, sha256 } from '../support/tree.js';

const exec = promisify(execFile);
const VERSION = '0.35.1';

let tmp: string;
let servers: MiniFalcoServers;
let azurite: Azurite;
let service: ResultsService;
let baseImage: string;

beforeAll(async () => {
  await requireDocker();
  baseImage = await requireBaseImage();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-artifact-e2e-'));
  servers = await serveMiniFalco({ versions: [VERSION] });
  azurite = await startAzurite();
  service = await startResultsService({ azurite });
});

afterAll(async () => {
  await service?.close();
  await azurite?.close();
  await servers?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const runnerEnv = (): Record<string, string> =>
  artifactEnv(service.url, { runId: 'run-backend-1', jobId: 'job-backend-1', repository: 'acme/falco-deps', githubRunId: '777' });

function run(name: string) {
  const work = fs.mkdtempSync(path.join(tmp, `${name}-`));
  const env = runnerEnv();
  return runAction({
    workDir: work,
    inputs: {
      'falco-version': VERSION,
      'source-repo': servers.sourceRepo,
      'base-image': baseImage,
      network: 'host',
      'output-dir': path.join(work, 'falco-deps'),
      'retention-days': '5',
    },
    env,
  }).then((r) => {
    // The runner's runtime token is a secret too.
    expectNoSecrets(r, [env.ACTIONS_RUNTIME_TOKEN ?? '']);
    return { ...r, work };
  });
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

    const stored = service.artifacts.get(`falco-deps-${VERSION}`);
    expect(stored?.finalized).toBe(true);
    const zip = path.join(result.work, 'artifact.zip');
    fs.writeFileSync(zip, await azurite.download(stored?.container ?? '', stored?.blobName ?? ''));
    const unpacked = path.join(result.work, 'unpacked');
    await exec('unzip', ['-q', zip, '-d', unpacked]);
    const tree = result.outputs['deps-path'] ?? '';
    expect(listTree(unpacked)).toEqual(listTree(tree));
    for (const f of listTree(tree)) expect(sha256(path.join(unpacked, f)), f).toBe(sha256(path.join(tree, f)));

    expect(result.files.summary).toContain(`<a href="https://github.com/acme/falco-deps/actions/runs/777/artifacts/${id}">falco-deps-${VERSION}</a>`);
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
