// The workflow artifact (src/artifact.ts) uploaded for real: the real @actions/artifact client, in this
// process, against a loopback fake of GitHub's results service (test/support/results-service.ts) whose
// signed upload URLs point into a real Azure Blob Storage emulator (Azurite). The zip that lands in
// Azurite is downloaded, checked entry by entry (stored, not deflated) and unpacked with a real unzip,
// and every file compared with the tree. Then the failures: a name already used in the run, a service
// that is down once or for good, refusals, and the places where no upload can happen at all.
//
// @actions/artifact reads process.env, not the request's env: each test sets process.env and the
// afterEach puts it back. The fake service runs in this process, so nothing here blocks the event
// loop while the client talks to it (unzip and python run through the async execFile).
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACT_COMPRESSION_LEVEL, uploadArtifact, type ArtifactOutcome, type ArtifactRequest } from '../../src/effects/artifact.js';
import { MirrorError, type Reason } from '../../src/common/errors.js';
import { artifactEnv, runtimeToken } from '../support/artifact-env.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import {
  faultPlan,
  startResultsService,
  type FaultHook,
  type RecordedServiceRequest,
  type ResultsService,
} from '../support/results-service.js';
import { listTree, sha256 } from '../support/tree.js';

const exec = promisify(execFile);

const RUN_BACKEND_ID = 'c0ffee00-61c7-4aae-887f-30da475f5f1a';
const JOB_BACKEND_ID = 'ca395085-040a-526b-2ce8-bdc85f692774';
const REPOSITORY = 'falcosecurity/falco-deps-mirror-test';
const GITHUB_RUN_ID = '987654321';

/** The tree: nested paths, both tarball kinds, and one file over the client's 8 MB block size. */
const TREE: ReadonlyArray<readonly [string, number]> = [
  ['a/b/c.tar.gz', 70_000],
  ['grpc.tar.gz', 9 * 1024 * 1024 + 123],
  ['curl-8.0.1.tar.bz2', 150_000],
  ['deps/openssl/openssl-1.1.1t.tar.gz', 33_333],
  ['deps/empty.tar.gz', 0],
];
const FILES = TREE.map(([f]) => f).sort();

/** Variables of the host that would change what the client does; cleared for every test. */
const HOST_VARS = /^(ACTIONS_|GITHUB_|RUNNER_)/;

let tmp: string;
let treeDir: string;
let azurite: Azurite;
let service: ResultsService;
/** The fault of the test running now; reset after each test. */
let fault: FaultHook | undefined;
const savedEnv = { ...process.env };
/** Undoes what beforeAll set up, newest first; beforeAll may have failed halfway, so each step is added once its part exists. */
const teardown: Array<() => Promise<void>> = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-artifact-'));
  teardown.push(() => fs.rm(tmp, { recursive: true, force: true }));
  treeDir = path.join(tmp, 'falco-deps');
  for (const [rel, size] of TREE) {
    await fs.mkdir(path.dirname(path.join(treeDir, rel)), { recursive: true });
    await fs.writeFile(path.join(treeDir, rel), randomBytes(size));
  }
  azurite = await startAzurite();
  teardown.push(() => azurite.close());
  service = await startResultsService({ azurite, fault: (req) => fault?.(req) });
  teardown.push(() => service.close());
});

afterEach(() => {
  fault = undefined;
  for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
  Object.assign(process.env, savedEnv);
});

afterAll(async () => {
  for (const step of teardown.toReversed()) await step();
});

// ---------------------------------------------------------------------------------------------------
// Helpers

/** process.env as a runner has it (plus `extra`; an undefined value removes the variable). */
function useRunnerEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  for (const k of Object.keys(process.env)) if (HOST_VARS.test(k)) delete process.env[k];
  Object.assign(
    process.env,
    artifactEnv(service.url, {
      runId: RUN_BACKEND_ID,
      jobId: JOB_BACKEND_ID,
      repository: REPOSITORY,
      githubRunId: GITHUB_RUN_ID,
      workspace: tmp,
    }),
  );
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return process.env;
}

let names = 0;
/** A name not used before in this run (the service keeps every artifact of the file). */
const uniqueName = (what: string): string => `falco-deps-${what}-${++names}`;

function request(name: string, extra: Partial<ArtifactRequest> = {}): ArtifactRequest {
  return { name, treeDir, files: FILES, retentionDays: undefined, env: process.env, ...extra };
}

/** Why an upload did not happen; fails the test when it did. */
function whyNotUploaded(outcome: ArtifactOutcome): string {
  expect(outcome).toMatchObject({ uploaded: false });
  return outcome.uploaded ? '' : outcome.why;
}

/** The service's record of the requests about one artifact name. */
function requestsFor(name: string): RecordedServiceRequest[] {
  return service.requests.filter((r) => (r.body as { name?: unknown } | undefined)?.name === name);
}

async function expectMirrorError(p: Promise<unknown>, reason: Reason): Promise<MirrorError> {
  const err = await p.then(
    (v) => {
      throw new Error(`expected a MirrorError ${reason}, got ${JSON.stringify(v)}`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MirrorError);
  const m = err as MirrorError;
  expect(m.reason, m.message).toBe(reason);
  expect(m.verb).toBe('create');
  return m;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
}

/** The central directory of a zip (no ZIP64: these are small), read from the bytes themselves. */
function zipEntries(zip: Buffer): ZipEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end-of-central-directory record: not a zip');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory header at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    out.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** Unpacks with the real unzip when there is one, else with Python's zipfile; says which it used. */
async function unpack(zipFile: string, into: string): Promise<string> {
  await fs.mkdir(into, { recursive: true });
  const hasUnzip = await exec('sh', ['-c', 'command -v unzip']).then(
    () => true,
    () => false,
  );
  if (hasUnzip) {
    await exec('unzip', ['-q', zipFile, '-d', into]);
    return 'unzip';
  }
  await exec('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zipFile, into]);
  return 'python3 zipfile';
}

/** A loopback port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/** Path -> SHA-256 of every file under dir. */
function digests(dir: string): Record<string, string> {
  return Object.fromEntries(listTree(dir).map((rel) => [rel, sha256(path.join(dir, rel))]));
}

// ---------------------------------------------------------------------------------------------------

describe('uploadArtifact against the fake results service and Azurite', () => {
  it('uploads the tree as a zip of stored entries that unpacks to the same files', async () => {
    const env = useRunnerEnv();
    const name = uniqueName('tree');
    const before = Date.now();
    const outcome = await uploadArtifact(request(name, { retentionDays: 3, env }));

    expect(outcome).toMatchObject({ uploaded: true });
    const ok = outcome as Extract<ArtifactOutcome, { uploaded: true }>;
    const stored = service.artifacts.get(name);
    expect(stored, 'the service has the artifact').toBeDefined();
    if (!stored) return;
    expect(ok.id).toBe(stored.id);
    expect(ok.url).toBe(`https://github.com/${REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${stored.id}`);
    expect(ok.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/actions\/runs\/\d+\/artifacts\/\d+$/);
    expect(ok.size).toBeGreaterThan(0);
    expect(ok.seconds).toBeGreaterThanOrEqual(0);

    // What the client asked: create (with the token's ids, version, type and the expiry), then finalize.
    const reqs = requestsFor(name);
    expect(reqs.map((r) => `${r.method} ${r.status}`)).toEqual(['CreateArtifact 200', 'FinalizeArtifact 200']);
    const [create, finalize] = reqs;
    expect(create?.headers.authorization).toBe(`Bearer ${env.ACTIONS_RUNTIME_TOKEN}`);
    expect(create?.headers['content-type']).toBe('application/json');
    expect(create?.body).toMatchObject({
      workflow_run_backend_id: RUN_BACKEND_ID,
      workflow_job_run_backend_id: JOB_BACKEND_ID,
      name,
      version: 7,
      mime_type: 'application/zip',
    });
    const expiresAt = Date.parse(String((create?.body as { expires_at?: unknown }).expires_at));
    const threeDays = 3 * 24 * 3600 * 1000;
    expect(expiresAt).toBeGreaterThanOrEqual(before + threeDays - 3600_000); // a DST change moves setDate by an hour
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + threeDays + 3600_000);
    expect(stored.expiresAt).toBe((create?.body as { expires_at?: unknown }).expires_at);

    // The blob in Azurite is the zip the client finalized: its size and SHA-256.
    const zip = await azurite.download(service.container, stored.blobName);
    const zipHash = `sha256:${createHash('sha256').update(zip).digest('hex')}`;
    expect(finalize?.body).toMatchObject({ workflow_run_backend_id: RUN_BACKEND_ID, name, size: String(zip.length), hash: zipHash });
    expect(ok.size).toBe(zip.length);
    expect(stored).toMatchObject({ finalized: true, size: zip.length, hash: zipHash });

    // Level 0: every entry stored (method 0), as big as the file; the paths relative to the tree.
    expect(ARTIFACT_COMPRESSION_LEVEL).toBe(0);
    const entries = zipEntries(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(FILES);
    for (const e of entries) {
      expect(e, e.name).toMatchObject({ method: 0, compressedSize: e.size });
      expect(e.size, e.name).toBe(TREE.find(([f]) => f === e.name)?.[1]);
    }

    // Unpacked by a real unzip: the same files with the same content.
    const zipFile = path.join(tmp, `${name}.zip`);
    await fs.writeFile(zipFile, zip);
    const out = path.join(tmp, `${name}-unpacked`);
    const tool = await unpack(zipFile, out);
    expect(listTree(out), `unpacked with ${tool}`).toEqual(FILES);
    expect(digests(out)).toEqual(digests(treeDir));
  });

  it('sends no expires_at without retention-days', async () => {
    const env = useRunnerEnv();
    const name = uniqueName('no-retention');
    const outcome = await uploadArtifact(request(name, { files: ['a/b/c.tar.gz'], env }));
    expect(outcome).toMatchObject({ uploaded: true, id: service.artifacts.get(name)?.id });
    const create = requestsFor(name)[0];
    expect(create?.method).toBe('CreateArtifact');
    expect(create?.body).not.toHaveProperty('expires_at');
    const zip = await azurite.download(service.container, service.artifacts.get(name)?.blobName ?? '-');
    expect(zipEntries(zip).map((e) => e.name)).toEqual(['a/b/c.tar.gz']);
  });

  it('refuses a second artifact of the same name in the run with AlreadyExists and says how to pick another name', async () => {
    const env = useRunnerEnv();
    const name = uniqueName('twice');
    const first = await uploadArtifact(request(name, { files: ['curl-8.0.1.tar.bz2'], env }));
    expect(first).toMatchObject({ uploaded: true });
    const firstArtifact = service.artifacts.get(name);

    const err = await expectMirrorError(uploadArtifact(request(name, { env })), 'AlreadyExists');
    expect(err.code).toBe(409);
    expect(err.resource).toBe(`artifact ${name}`);
    expect(err.message).toMatch(/already has an artifact with this name/);
    expect(err.message).toContain('artifact-name');
    expect(err.message).toMatch(/unique in the run/);
    expect(err.hint).toMatch(/artifact-name/);
    // One refused create (409 already_exists, not retried), no second finalize; the first one is intact.
    expect(requestsFor(name).map((r) => `${r.method} ${r.status}`)).toEqual([
      'CreateArtifact 200',
      'FinalizeArtifact 200',
      'CreateArtifact 409',
    ]);
    expect(requestsFor(name)[2]?.response).toMatchObject({ code: 'already_exists' });
    expect(service.artifacts.get(name)).toBe(firstArtifact);
    const zip = await azurite.download(service.container, firstArtifact?.blobName ?? '-');
    expect(zipEntries(zip).map((e) => e.name)).toEqual(['curl-8.0.1.tar.bz2']);
  });

  it('uploads after CreateArtifact answers 503 once (the client retries by itself)', async () => {
    const env = useRunnerEnv();
    const name = uniqueName('flaky-create');
    const plan = faultPlan({ CreateArtifact: [503] });
    fault = (req) => ((req.body as { name?: string }).name === name ? plan(req) : undefined);
    const outcome = await uploadArtifact(request(name, { files: ['a/b/c.tar.gz', 'grpc.tar.gz'], env }));
    expect(outcome).toMatchObject({ uploaded: true, id: service.artifacts.get(name)?.id });
    expect(requestsFor(name).map((r) => `${r.method} ${r.status}${r.faulted ? ' (injected)' : ''}`)).toEqual([
      'CreateArtifact 503 (injected)',
      'CreateArtifact 200',
      'FinalizeArtifact 200',
    ]);
    const zip = await azurite.download(service.container, service.artifacts.get(name)?.blobName ?? '-');
    expect(
      zipEntries(zip)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['a/b/c.tar.gz', 'grpc.tar.gz']);
  });

  it('uploads once when FinalizeArtifact answers 503 once, and finalizes on the retry', async () => {
    const env = useRunnerEnv();
    const name = uniqueName('flaky-finalize');
    const plan = faultPlan({ FinalizeArtifact: [503] });
    fault = (req) => ((req.body as { name?: string }).name === name ? plan(req) : undefined);
    const outcome = await uploadArtifact(request(name, { files: ['deps/openssl/openssl-1.1.1t.tar.gz'], env }));
    expect(outcome).toMatchObject({ uploaded: true });
    const reqs = requestsFor(name);
    expect(reqs.map((r) => `${r.method} ${r.status}`)).toEqual(['CreateArtifact 200', 'FinalizeArtifact 503', 'FinalizeArtifact 200']);
    expect(reqs[2]?.body).toEqual(reqs[1]?.body);
    expect(service.artifacts.get(name)).toMatchObject({ finalized: true });
  });

  it('gives ServiceUnavailable when CreateArtifact answers 503 to every attempt', async () => {
    const env = useRunnerEnv();
    const name = uniqueName('down');
    const plan = faultPlan({ CreateArtifact: 503 });
    fault = (req) => ((req.body as { name?: string }).name === name ? plan(req) : undefined);
    const started = Date.now();
    const err = await expectMirrorError(uploadArtifact(request(name, { env })), 'ServiceUnavailable');
    // @actions/artifact's own schedule: 5 attempts, waits of 3 s, then 3 s x 1.5^n (n = 1..3) plus jitter.
    const waited = (Date.now() - started) / 1000;
    expect(waited).toBeGreaterThanOrEqual(3 + 4.5 + 6.75 + 10.125 - 0.5);
    expect(err.code).toBe(503);
    expect(err.message).toMatch(/after 5 attempts/);
    expect(err.message).toMatch(/\(503\)/);
    const reqs = requestsFor(name);
    expect(reqs).toHaveLength(5);
    expect(reqs.every((r) => r.method === 'CreateArtifact' && r.status === 503 && r.faulted)).toBe(true);
    expect(service.artifacts.has(name)).toBe(false);
  }, 90_000);

  it.each([
    [400, 'BadRequest'],
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [413, 'RequestEntityTooLarge'],
    [422, 'Invalid'],
  ] as const)('maps a non-retryable %i from CreateArtifact to %s after one request', async (status, reason) => {
    const env = useRunnerEnv();
    const name = uniqueName(`status-${status}`);
    fault = (req) => ((req.body as { name?: string }).name === name ? { status, msg: `refused with ${status}` } : undefined);
    const err = await expectMirrorError(uploadArtifact(request(name, { env })), reason);
    expect(err.message).toContain(`(${status})`);
    expect(err.message).toContain(`refused with ${status}`);
    expect(requestsFor(name).map((r) => r.status)).toEqual([status]);
  });

  it('stops at the first "insufficient usage" (storage quota) answer and reports the quota', async () => {
    const env = useRunnerEnv();
    const name = uniqueName('quota-text');
    fault = (req) =>
      (req.body as { name?: string }).name === name
        ? { status: 403, code: 'resource_exhausted', msg: 'insufficient usage to create artifact' }
        : undefined;
    const err = await uploadArtifact(request(name, { env })).then(
      (v) => v,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MirrorError);
    expect((err as MirrorError).message).toMatch(/artifact storage quota of this repository is used up/);
    expect(requestsFor(name).map((r) => r.status)).toEqual([403]);
  });

  it('maps the storage quota message to TooManyRequests with a hint', async () => {
    const env = useRunnerEnv();
    const name = uniqueName('quota');
    fault = (req) =>
      (req.body as { name?: string }).name === name
        ? { status: 403, code: 'resource_exhausted', msg: 'insufficient usage to create artifact' }
        : undefined;
    const err = await expectMirrorError(uploadArtifact(request(name, { env })), 'TooManyRequests');
    expect(err.hint).toMatch(/retention-days/);
    expect(requestsFor(name)).toHaveLength(1);
  });

  it('fails at once, naming ECONNREFUSED, when the results service cannot be reached', async () => {
    const env = useRunnerEnv({ ACTIONS_RESULTS_URL: `http://127.0.0.1:${await closedPort()}/` });
    const started = Date.now();
    const err = await uploadArtifact(request(uniqueName('unreachable'), { env })).then(
      (v) => v,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MirrorError);
    expect((err as MirrorError).message).toMatch(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(2_000); // a network error is not retried by the client
  });

  it('gives ServiceUnavailable when the results service cannot be reached', async () => {
    const env = useRunnerEnv({ ACTIONS_RESULTS_URL: `http://127.0.0.1:${await closedPort()}/` });
    await expectMirrorError(uploadArtifact(request(uniqueName('unreachable'), { env })), 'ServiceUnavailable');
  });

  it('gives Unauthorized when the service refuses an expired runtime token', async () => {
    const env = useRunnerEnv({ ACTIONS_RUNTIME_TOKEN: runtimeToken(RUN_BACKEND_ID, JOB_BACKEND_ID, -60) });
    const name = uniqueName('expired-token');
    const err = await expectMirrorError(uploadArtifact(request(name, { env })), 'Unauthorized');
    expect(err.message).toMatch(/token has expired/);
    const reqs = requestsFor(name);
    expect(reqs.map((r) => `${r.method} ${r.status}`)).toEqual(['CreateArtifact 401']);
    expect(reqs[0]?.faulted).toBe(false);
    expect(reqs[0]?.response).toMatchObject({ code: 'unauthenticated' });
  });

  it('skips the upload outside Actions (no ACTIONS_RUNTIME_TOKEN) without a request', async () => {
    const env = useRunnerEnv({ ACTIONS_RUNTIME_TOKEN: undefined });
    const count = service.requests.length;
    const outcome = await uploadArtifact(request(uniqueName('no-token'), { env }));
    expect(outcome.uploaded).toBe(false);
    expect(whyNotUploaded(outcome)).toMatch(/ACTIONS_RUNTIME_TOKEN/);
    expect(service.requests.length).toBe(count);
  });

  it('skips the upload without ACTIONS_RESULTS_URL, without a request', async () => {
    const env = useRunnerEnv({ ACTIONS_RESULTS_URL: undefined });
    const count = service.requests.length;
    const outcome = await uploadArtifact(request(uniqueName('no-results-url'), { env }));
    expect(whyNotUploaded(outcome)).toMatch(/ACTIONS_RESULTS_URL/);
    expect(service.requests.length).toBe(count);
  });

  it('skips the upload on GitHub Enterprise Server without a request', async () => {
    const env = useRunnerEnv({ GITHUB_SERVER_URL: 'https://ghe.example.com' });
    const count = service.requests.length;
    const outcome = await uploadArtifact(request(uniqueName('ghes'), { env }));
    expect(whyNotUploaded(outcome)).toMatch(/Enterprise Server/);
    expect(service.requests.length).toBe(count);
  });

  it('uploads from a GHE.com (data residency) host, which has the service', async () => {
    const env = useRunnerEnv({ GITHUB_SERVER_URL: 'https://octo.ghe.com' });
    const name = uniqueName('ghe-com');
    const outcome = await uploadArtifact(request(name, { files: ['a/b/c.tar.gz'], env }));
    expect(outcome).toMatchObject({
      uploaded: true,
      url: `https://octo.ghe.com/${REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${service.artifacts.get(name)?.id}`,
    });
  });
});
