// large-files: lfs against real parts: the real git and git-lfs (Debian's) against the tests' smart-HTTP
// server, which serves an LFS endpoint behind the same Basic auth (the batch API and basic transfers,
// test/support/lfs-server.ts) and refuses files over a per-file limit the way GitHub does (a pre-receive
// hook printing GH001). What lands on the branch (pointers and .gitattributes), what is uploaded and when
// (before the branch, never twice), what a consumer's clone with git-lfs gets, and every LFS failure
// mapped to its catalog reason, the token never shown.
//
// The server runs in this process: every child process here is asynchronous.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MirrorError, type Reason } from '../../src/common/errors.js';
import type { LargeFilesRequest, TreePlatforms } from '../../src/effects/commit-builder.js';
import { createGit, type Git } from '../../src/effects/git.js';
import { createMirrorBranch, type MirrorBranch } from '../../src/effects/mirror-branch.js';
import { GITATTRIBUTES, lfsPointer } from '../../src/planning/large-files.js';
import { startGitServer, type Fault, type FaultRequest, type GitServer } from '../support/git-server.js';
import { installFileSizeLimit, lfsErrorBody, LFS_MEDIA_TYPE } from '../support/lfs-server.js';

const exec = promisify(execFile);

const TOKEN = 'fdm-lfs-token-K8v3Qz-5521';
const BASIC = Buffer.from(`oauth2:${TOKEN}`, 'utf8').toString('base64');
const BRANCH = '0.35.1';
const MiB = 1_048_576;
/** The server's per-file limit, as GitHub's 100 MiB, scaled down. */
const LIMIT = 2 * MiB;
const LFS: LargeFilesRequest = { files: { mode: 'lfs', threshold: MiB }, digests: new Map() };
const PLAIN: LargeFilesRequest = { files: { mode: 'plain', threshold: MiB }, digests: new Map() };
const AMD64: TreePlatforms = { built: ['linux/amd64'], byPath: new Map(), keep: [] };
const RETRY = { attempts: 3, baseMs: 50, maxMs: 200 };

let tmp: string;
let root: string;
let server: GitServer;
let fault: ((req: FaultRequest) => Fault | undefined) | undefined;
const gits: Git[] = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-lfs-ops-'));
  root = path.join(tmp, 'root');
  await fs.mkdir(root);
  server = await startGitServer({ root, auth: { username: 'oauth2', password: TOKEN }, lfs: true, fault: (req) => fault?.(req) });
});

afterEach(() => {
  fault = undefined;
});

afterAll(async () => {
  for (const git of gits) await git.dispose();
  await server.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

interface Fixture {
  readonly name: string;
  readonly bare: string;
  readonly url: string;
  readonly mirror: MirrorBranch;
  readonly retries: string[];
  /** The requests for this repository, git's and LFS's. */
  requests(): Array<{ method: string; path: string; status: number }>;
}

async function fixture(name: string, opts: { stallSeconds?: number } = {}): Promise<Fixture> {
  const bare = path.join(root, `${name}.git`);
  await exec('git', ['init', '--quiet', '--bare', bare]);
  await installFileSizeLimit(bare, LIMIT);
  const url = `${server.url}/${name}.git`;
  const git = createGit({
    url,
    auth: { username: 'oauth2', token: TOKEN },
    tempDir: await fs.mkdtemp(path.join(tmp, `creds-${name}-`)),
    ...opts,
  });
  gits.push(git);
  const retries: string[] = [];
  const workDir = await fs.mkdtemp(path.join(tmp, `work-${name}-`));
  const mirror = createMirrorBranch({ git, url, branch: BRANCH, workDir, retry: RETRY, onRetry: (m) => retries.push(m), ...opts });
  const prefix = `/${name}.git/`;
  return { name, bare, url, mirror, retries, requests: () => server.requests.filter((r) => r.path.startsWith(prefix)) };
}

/** A deps tree: small tarballs, one big one (3 MiB, random) and a big grpc.tar.gz made with the real tar. */
async function buildTree(opts: { grpcTime?: number; small?: string } = {}): Promise<string> {
  const dir = await fs.mkdtemp(path.join(tmp, 'tree-'));
  const put = async (rel: string, data: Buffer | string): Promise<void> => {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), data);
  };
  await put('b64-prefix/src/v1.4.1.tar.gz', opts.small ?? 'small tarball\n');
  await put('big-prefix/src/big-1.0.tar.gz', BIG);
  // grpc.tar.gz: the same members (big, so stored with LFS), other tar and gzip times per build.
  const src = await fs.mkdtemp(path.join(tmp, 'grpc-src-'));
  await fs.mkdir(path.join(src, 'grpc-prefix/src/grpc'), { recursive: true });
  await fs.writeFile(path.join(src, 'grpc-prefix/src/grpc/source.bin'), GRPC_SOURCE);
  const when = new Date((opts.grpcTime ?? 1_700_000_000) * 1000);
  await fs.utimes(path.join(src, 'grpc-prefix/src/grpc/source.bin'), when, when);
  await exec('tar', ['-czf', path.join(dir, 'grpc.tar.gz'), '-C', src, 'grpc-prefix']);
  return dir;
}
const BIG = randomBytes(3 * MiB);
const GRPC_SOURCE = randomBytes(2 * MiB);

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** The rejection of a promise that must fail. */
async function caught(p: Promise<unknown>): Promise<MirrorError> {
  const err = await p.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MirrorError);
  const e = err as MirrorError;
  for (const secret of [TOKEN, BASIC]) expect(e.message.includes(secret), e.message).toBe(false);
  return e;
}

async function tipOf(bare: string): Promise<string | undefined> {
  return exec('git', ['--git-dir', bare, 'rev-parse', '--verify', '--quiet', `refs/heads/${BRANCH}`]).then(
    (r) => r.stdout.trim(),
    () => undefined,
  );
}

/** A consumer's clone with git-lfs installed (in a HOME of its own), authenticated as a workflow would be. */
async function consumerClone(url: string): Promise<string> {
  const home = await fs.mkdtemp(path.join(tmp, 'home-'));
  const env = { ...process.env, HOME: home, GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1' };
  await exec('git', ['lfs', 'install'], { env });
  const dir = path.join(home, 'build');
  await exec('git', ['-c', `http.extraheader=AUTHORIZATION: basic ${BASIC}`, 'clone', '--quiet', '--branch', BRANCH, url, dir], {
    env: { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${BASIC}` },
  });
  return dir;
}

describe('large-files: lfs', () => {
  it('stores big files as pointers, uploads them before the branch, and a clone with git-lfs gets the exact tree', async () => {
    const f = await fixture('first');
    const tree = await buildTree();
    const snap = await f.mirror.snapshot(tree, 'm', undefined, AMD64, LFS);
    expect(snap.lfsObjects.map((o) => [o.rel, o.size]).sort()).toEqual([
      ['big-prefix/src/big-1.0.tar.gz', BIG.length],
      ['grpc.tar.gz', (await fs.stat(path.join(tree, 'grpc.tar.gz'))).size],
    ]);
    await f.mirror.uploadLfs(snap.lfsObjects);
    await f.mirror.create(snap.commit);

    // The server holds both objects; the uploads came before the push of the branch.
    const stored = server.lfsObjects(f.name);
    expect(stored.get(sha256(BIG))).toBe(BIG.length);
    expect(stored.size).toBe(2);
    const order = f.requests().map((r) => `${r.method} ${r.path.includes('/info/lfs/') ? 'lfs' : path.posix.basename(r.path)}`);
    expect(order.lastIndexOf('PUT lfs')).toBeLessThan(order.indexOf('POST git-receive-pack'));

    // The branch: pointers in the files' place, and .gitattributes naming them.
    const show = async (rel: string): Promise<string> => (await exec('git', ['--git-dir', f.bare, 'show', `${BRANCH}:${rel}`])).stdout;
    expect(await show('big-prefix/src/big-1.0.tar.gz')).toBe(lfsPointer(sha256(BIG), BIG.length));
    expect(await show(GITATTRIBUTES)).toBe(
      '/big-prefix/src/big-1.0.tar.gz filter=lfs diff=lfs merge=lfs -text\n/grpc.tar.gz filter=lfs diff=lfs merge=lfs -text\n',
    );
    expect(await show('b64-prefix/src/v1.4.1.tar.gz')).toBe('small tarball\n');

    // A consumer: git lfs install && git clone restores every file byte for byte.
    const clone = await consumerClone(f.url);
    for (const rel of ['big-prefix/src/big-1.0.tar.gz', 'grpc.tar.gz', 'b64-prefix/src/v1.4.1.tar.gz']) {
      expect(sha256(await fs.readFile(path.join(clone, rel))), rel).toBe(sha256(await fs.readFile(path.join(tree, rel))));
    }

    // The same content again, grpc.tar.gz rebuilt with other times: unchanged, nothing to upload, no download.
    const before = f.requests().length;
    const again = await f.mirror.snapshot(await buildTree({ grpcTime: 1_800_000_000 }), 'm', snap.commit, AMD64, LFS);
    expect(again.unchanged).toBe(true);
    expect(again.lfsObjects).toEqual([]);
    expect(
      f
        .requests()
        .slice(before)
        .filter((r) => r.path.includes('/info/lfs/')),
    ).toEqual([]);

    // Another file changed: a new commit, and the objects the server has are not sent again.
    const changed = await f.mirror.snapshot(await buildTree({ small: 'other\n' }), 'm', snap.commit, AMD64, LFS);
    expect(changed.unchanged).toBe(false);
    const puts = f.requests().filter((r) => r.method === 'PUT').length;
    await f.mirror.uploadLfs(changed.lfsObjects);
    await f.mirror.patch(changed.commit, snap.commit);
    expect(f.requests().filter((r) => r.method === 'PUT').length).toBe(puts);
    expect(await tipOf(f.bare)).toBe(changed.commit);
  });

  it("a second platform's build keeps the first one's LFS files by reference, and .gitattributes names both", async () => {
    const f = await fixture('platforms');
    const amdTree = await buildTree();
    const amdBig = 'big-prefix/src/big-1.0.tar.gz';
    const amd: TreePlatforms = { built: ['linux/amd64'], byPath: new Map(), keep: [] };
    const first = await f.mirror.snapshot(amdTree, 'm', undefined, amd, LFS);
    await f.mirror.uploadLfs(first.lfsObjects);
    await f.mirror.create(first.commit);

    // arm64: its own big file in place of amd64's, the same grpc.tar.gz members with other tar times.
    const armTree = await buildTree({ grpcTime: 1_750_000_000 });
    const armBig = 'big-prefix/src/big-1.0-aarch64.tar.gz';
    const armBytes = randomBytes(3 * MiB);
    await fs.rm(path.join(armTree, amdBig));
    await fs.writeFile(path.join(armTree, armBig), armBytes);
    const arm: TreePlatforms = { built: ['linux/arm64'], byPath: new Map(), keep: ['linux/amd64'] };
    const second = await f.mirror.snapshot(armTree, 'm', first.commit, arm, LFS);
    // Only arm64's own object is new: grpc.tar.gz keeps amd64's pointer, its members being the same.
    expect(second.lfsObjects.map((o) => o.rel)).toEqual([armBig]);
    expect(second.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    await f.mirror.uploadLfs(second.lfsObjects);
    await f.mirror.patch(second.commit, first.commit);

    const show = async (rel: string, rev = BRANCH): Promise<string> =>
      (await exec('git', ['--git-dir', f.bare, 'show', `${rev}:${rel}`])).stdout;
    expect(await show(GITATTRIBUTES)).toBe(
      [armBig, amdBig, 'grpc.tar.gz']
        .sort()
        .map((p) => `/${p} filter=lfs diff=lfs merge=lfs -text\n`)
        .join(''),
    );
    expect(await show('grpc.tar.gz')).toBe(await show('grpc.tar.gz', first.commit));
    expect(await show(amdBig)).toBe(lfsPointer(sha256(BIG), BIG.length));
    expect(server.lfsObjects(f.name).size).toBe(3);
    // The consumer's clone holds both platforms' files, restored.
    const clone = await consumerClone(f.url);
    expect(sha256(await fs.readFile(path.join(clone, amdBig)))).toBe(sha256(BIG));
    expect(sha256(await fs.readFile(path.join(clone, armBig)))).toBe(sha256(armBytes));
  });

  it('plain: the server refuses a file over its limit with GH001, named in the error, and no branch exists', async () => {
    const f = await fixture('plain');
    const snap = await f.mirror.snapshot(await buildTree(), 'm', undefined, AMD64, PLAIN);
    expect(snap.lfsObjects).toEqual([]);
    const err = await caught(f.mirror.create(snap.commit));
    expect(err.reason).toBe('RequestEntityTooLarge');
    // GitHub's words, naming a file over the limit and its size (git shows the last ones).
    expect(err.message).toMatch(/File (big-prefix\/src\/big-1\.0\.tar\.gz is 3\.00|grpc\.tar\.gz is 2\.\d\d) MB; this exceeds/);
    expect(err.message).toContain('GH001: Large files detected');
    expect(err.message).toContain('set large-files: lfs');
    expect(await tipOf(f.bare)).toBeUndefined();
    expect(f.requests().filter((r) => r.path.includes('/info/lfs/'))).toEqual([]);
  });

  const lfsJson = (status: number, headers: Record<string, string> = {}): Fault => ({
    status,
    headers: { 'Content-Type': LFS_MEDIA_TYPE, ...headers },
    body: JSON.stringify(lfsErrorBody(`injected ${String(status)}`)),
  });
  const isBatch = (f: Fixture, r: FaultRequest): boolean => r.path === `/${f.name}.git/info/lfs/objects/batch`;
  const isPut = (f: Fixture, r: FaultRequest): boolean => r.method === 'PUT' && r.path.startsWith(`/${f.name}.git/info/lfs/objects/`);

  const failures: Array<[string, (f: Fixture) => (r: FaultRequest) => Fault | undefined, Reason]> = [
    ['batch 401', (f) => (r) => (isBatch(f, r) ? lfsJson(401) : undefined), 'Unauthorized'],
    ['batch 403', (f) => (r) => (isBatch(f, r) ? lfsJson(403) : undefined), 'Forbidden'],
    ['batch 404', (f) => (r) => (isBatch(f, r) ? lfsJson(404) : undefined), 'NotFound'],
    ['batch 413', (f) => (r) => (isBatch(f, r) ? lfsJson(413) : undefined), 'RequestEntityTooLarge'],
    ['upload 422 (git-lfs exits 0 and stores nothing)', (f) => (r) => (isPut(f, r) ? lfsJson(422) : undefined), 'Invalid'],
    ['batch 500 every time', (f) => (r) => (isBatch(f, r) ? lfsJson(500) : undefined), 'InternalError'],
    ['batch 503 every time', (f) => (r) => (isBatch(f, r) ? lfsJson(503) : undefined), 'ServiceUnavailable'],
    ['upload 403', (f) => (r) => (isPut(f, r) ? lfsJson(403) : undefined), 'Forbidden'],
  ];
  it.each(failures)('%s ends in its reason, nothing stored, the branch untouched', { timeout: 120_000 }, async (_name, make, reason) => {
    const f = await fixture(`fail-${reason}-${randomBytes(3).toString('hex')}`);
    fault = make(f);
    const snap = await f.mirror.snapshot(await buildTree(), 'm', undefined, AMD64, LFS);
    const err = await caught(f.mirror.uploadLfs(snap.lfsObjects));
    expect(err.reason, err.message).toBe(reason);
    expect(err.message).toContain('git lfs push failed');
    // The trace that gave the status is never shown.
    expect(err.message).not.toContain('trace git-lfs');
    expect(server.lfsObjects(f.name).size).toBe(0);
    expect(await tipOf(f.bare)).toBeUndefined();
  });

  it('retries a 429 with Retry-After and a 503, then uploads', { timeout: 120_000 }, async () => {
    const f = await fixture('transient');
    let batches = 0;
    fault = (r) => {
      if (!isBatch(f, r)) return undefined;
      batches++;
      if (batches === 1) return lfsJson(429, { 'Retry-After': '1' });
      if (batches === 2) return lfsJson(503);
      return undefined;
    };
    const snap = await f.mirror.snapshot(await buildTree(), 'm', undefined, AMD64, LFS);
    await f.mirror.uploadLfs(snap.lfsObjects);
    expect(server.lfsObjects(f.name).size).toBe(2);
    // git-lfs waited out the 429 itself; the 503 was ours to retry.
    expect(f.retries.length).toBe(1);
    expect(f.retries[0]).toMatch(/ServiceUnavailable/);
  });

  it('gives up a stalled upload as Timeout', { timeout: 120_000 }, async () => {
    const f = await fixture('stall', { stallSeconds: 1 });
    fault = (r) => (isPut(f, r) ? { status: 200, hangAfterBytes: 64 * 1024 } : undefined);
    const snap = await f.mirror.snapshot(await buildTree(), 'm', undefined, AMD64, LFS);
    const err = await caught(f.mirror.uploadLfs(snap.lfsObjects));
    expect(err.reason, err.message).toBe('Timeout');
    expect(await tipOf(f.bare)).toBeUndefined();
  });
});
