// The mirror's four operations (get, create, patch, delete) and snapshot, run with the real git
// against a real `git http-backend` smart-HTTP server with Basic auth: what lands on the branch, the
// leases that keep concurrent writers apart, and every HTTP failure a forge can give, each mapped to
// its catalog reason, retried only when transient, and never showing the token.
//
// The server runs in this process: nothing here may block the event loop while it serves, so every
// git or tar this file runs itself goes through the async execFile.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { inspect, promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MirrorError, type Reason, type Verb } from '../../src/common/errors.js';
import type { TreePlatforms } from '../../src/effects/commit-builder.js';
import { createGit, type Git } from '../../src/effects/git.js';
import { createMirrorBranch, type MirrorBranch } from '../../src/effects/mirror-branch.js';
import { startGitServer, type Fault, type FaultRequest, type GitServer, type RecordedRequest } from '../support/git-server.js';

const exec = promisify(execFile);

const TOKEN = 'fdm-test-token-XYZ-7q4Kc2';
const BASIC = Buffer.from(`oauth2:${TOKEN}`, 'utf8').toString('base64');
const WRONG_TOKEN = 'fdm-wrong-token-QRS-9w1Zp';
const WRONG_BASIC = Buffer.from(`oauth2:${WRONG_TOKEN}`, 'utf8').toString('base64');
const SECRETS = [TOKEN, BASIC, WRONG_TOKEN, WRONG_BASIC];
const BRANCH = '0.35.1';
const REF = `refs/heads/${BRANCH}`;
const RETRY = { attempts: 4, baseMs: 50, maxMs: 200 };
const MESSAGE = 'Falco 0.35.1 build dependencies\n\nBuilt by falco-deps-mirror from falcosecurity/falco 0.35.1.';
/** What every snapshot here is: one platform's build, nothing kept from the parent. */
const AMD64: TreePlatforms = { built: ['linux/amd64'], byPath: new Map(), keep: [] };
/** The metadata file such a snapshot writes at the tree's root: the platform, and no file listed. */
const METADATA_PATH = '.falco-deps-mirror.json';
const METADATA_TEXT = '{\n  "platforms": [\n    "linux/amd64"\n  ],\n  "files": {}\n}\n';
const IDENTITY = {
  GIT_AUTHOR_NAME: 'someone else',
  GIT_AUTHOR_EMAIL: 'someone@example.invalid',
  GIT_COMMITTER_NAME: 'someone else',
  GIT_COMMITTER_EMAIL: 'someone@example.invalid',
};

let tmp: string;
let root: string;
let server: GitServer;
/** The fault of the test running now; reset after each test. */
let fault: ((req: FaultRequest) => Fault | undefined) | undefined;
const gits: Git[] = [];
/** Undoes what beforeAll set up, newest first; beforeAll may have failed halfway, so each step is added once its part exists. */
const teardown: Array<() => Promise<void>> = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-mirror-ops-'));
  teardown.push(() => fs.rm(tmp, { recursive: true, force: true }));
  root = path.join(tmp, 'root');
  await fs.mkdir(root);
  server = await startGitServer({ root, auth: { username: 'oauth2', password: TOKEN }, fault: (req) => fault?.(req) });
  teardown.push(() => server.close());
});

afterEach(() => {
  fault = undefined;
});

afterAll(async () => {
  for (const git of gits) await git.dispose();
  for (const step of teardown.toReversed()) await step();
});

// ---------------------------------------------------------------------------------------------------
// Helpers

/** The server's bare repository for one test, the git and mirror that talk to it, and what they saw. */
interface Fixture {
  readonly name: string;
  readonly bare: string;
  readonly url: string;
  readonly git: Git;
  readonly credsDir: string;
  readonly mirror: MirrorBranch;
  /** onRetry messages of `mirror`. */
  readonly retries: string[];
  /** Another mirror of the same branch with a work directory of its own (another run). */
  another(): Promise<{ mirror: MirrorBranch; retries: string[] }>;
  /** The server's record of the requests for this repository. */
  requests(): RecordedRequest[];
  /** Disposes of the git and checks that the credentials file existed until then and is gone now. */
  close(): Promise<void>;
}

async function fixture(name: string, opts: { token?: string; stallSeconds?: number; repo?: string } = {}): Promise<Fixture> {
  const bare = path.join(root, `${name}.git`);
  await exec('git', ['init', '--quiet', '--bare', bare]);
  const url = `${server.url}/${opts.repo ?? name}.git`;
  const credsDir = await fs.mkdtemp(path.join(tmp, `creds-${name}-`));
  const git = createGit({
    url,
    auth: { username: 'oauth2', token: opts.token ?? TOKEN },
    tempDir: credsDir,
    ...(opts.stallSeconds !== undefined ? { stallSeconds: opts.stallSeconds } : {}),
  });
  gits.push(git);
  const make = async (): Promise<{ mirror: MirrorBranch; retries: string[] }> => {
    const retries: string[] = [];
    const workDir = await fs.mkdtemp(path.join(tmp, `work-${name}-`));
    const mirror = createMirrorBranch({ git, url, branch: BRANCH, workDir, retry: RETRY, onRetry: (m) => retries.push(m) });
    return { mirror, retries };
  };
  const first = await make();
  const prefix = `/${opts.repo ?? name}.git/`;
  return {
    name,
    bare,
    url,
    git,
    credsDir,
    ...first,
    another: make,
    requests: () => server.requests.filter((r) => r.path.startsWith(prefix)),
    async close() {
      expect(await credentialFiles(credsDir)).toHaveLength(1);
      await git.dispose();
      expect(await credentialFiles(credsDir)).toEqual([]);
    },
  };
}

async function credentialFiles(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((n) => n.endsWith('.gitconfig'));
}

/** The fault only for requests of this fixture's repository. */
const mine = (f: Fixture, req: FaultRequest): boolean => req.path.startsWith(`/${f.name}.git/`);
const isRefsGet = (req: FaultRequest, service: 'git-upload-pack' | 'git-receive-pack'): boolean =>
  req.method === 'GET' && req.path.endsWith('/info/refs') && req.service === service;
const isRpcPost = (req: FaultRequest, service: 'git-upload-pack' | 'git-receive-pack'): boolean =>
  req.method === 'POST' && req.path.endsWith(`/${service}`) && req.service === service;

/** The branch tip in the server's bare repository, or undefined when there is no branch. */
async function tipOf(bare: string): Promise<string | undefined> {
  try {
    return (await exec('git', ['--git-dir', bare, 'rev-parse', '--verify', '--quiet', REF])).stdout.trim();
  } catch {
    return undefined;
  }
}

async function inBare(bare: string, args: string[]): Promise<string> {
  return (await exec('git', ['--git-dir', bare, ...args], { env: { ...process.env, ...IDENTITY } })).stdout;
}

/** The rejection of a promise that must fail. */
async function caught(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    (value) => {
      throw new Error(`expected a failure, got ${inspect(value)}`);
    },
    (err: unknown) => err,
  );
}

function expectNoSecret(...texts: string[]): void {
  for (const text of texts) for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${text}`).toBe(false);
}

/** A failure of a mirror operation: its reason and verb, the branch named, and no secret anywhere. */
function expectFailure(err: unknown, f: Fixture, reason: Reason, verb: Verb): MirrorError {
  expect(err).toBeInstanceOf(MirrorError);
  const e = err as MirrorError;
  expect(e.reason, e.message).toBe(reason);
  expect(e.verb, e.message).toBe(verb);
  const resource = `branch ${BRANCH} of ${f.url}`;
  expect(e.resource).toBe(resource);
  expect(e.message).toContain(`${reason} (HTTP ${e.code}) on ${verb} of ${resource}: `);
  // In Russian the resource is named in Russian too; names, URLs and reasons stay as they are.
  expect(e.describe('ru')).toContain(
    `${reason} (HTTP ${e.code}) при операции ${verb === 'create' ? 'создание' : verb} (ветка ${BRANCH} в ${f.url}): `,
  );
  expectNoSecret(e.message, e.describe('ru'), e.describe('en'), e.detail, e.hint ?? '', e.stack ?? '', inspect(e), JSON.stringify(e));
  expectNoSecret(...f.retries);
  return e;
}

// Trees

interface TreeSpec {
  readme?: string;
  grpcSource?: string;
  gitIndex?: string;
  /** Seconds since the epoch for every file and directory inside grpc.tar.gz. */
  mtime?: number;
}

const BINARY = Buffer.from(Array.from({ length: 6000 }, (_, i) => (i * 7919 + 13) % 256));

/** A small deps tree: nested paths, an executable, a link, and a grpc.tar.gz made by the real tar. */
async function buildTree(spec: TreeSpec = {}): Promise<string> {
  const base = await fs.mkdtemp(path.join(tmp, 'tree-'));
  const dir = path.join(base, 'falco-deps');
  const put = async (rel: string, content: string | Buffer, mode = 0o644): Promise<void> => {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), content, { mode });
    await fs.chmod(path.join(dir, rel), mode);
  };
  await put('README.md', spec.readme ?? 'Falco 0.35.1 build dependencies.\n');
  await put('curl-prefix/src/curl-8.0.1.tar.bz2', BINARY);
  await put('driver-repo/driver-prefix/src/5.0.1+driver.tar.gz', BINARY.subarray(100, 3000));
  await put('bin/fetch-deps.sh', '#!/bin/sh\necho fetching\n', 0o755);
  await fs.symlink('README.md', path.join(dir, 'LATEST'));

  // grpc-prefix/src after a clone: sources, and git's own files that every clone writes anew.
  const stage = path.join(base, 'stage');
  const grpc = path.join(stage, 'grpc');
  const files: Record<string, string> = {
    'src/core/lib/surface/init.cc': spec.grpcSource ?? '// gRPC init\nint grpc_init() { return 0; }\n',
    'third_party/abseil-cpp/README.md': 'Abseil\n',
    '.git/HEAD': 'ref: refs/heads/v1.44.0\n',
    '.git/index': spec.gitIndex ?? 'DIRC\u0000\u0000\u0000\u0002 index of the first clone',
    '.git/logs/HEAD': `0000000000000000000000000000000000000000 1111111111111111111111111111111111111111 builder <b@x> ${spec.mtime ?? 1_700_000_000} +0000\tclone: from https://github.com/grpc/grpc\n`,
  };
  for (const [rel, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(grpc, rel)), { recursive: true });
    await fs.writeFile(path.join(grpc, rel), content);
  }
  const when = spec.mtime ?? 1_700_000_000;
  for (const rel of ['', ...(await fs.readdir(grpc, { recursive: true, encoding: 'utf8' }))].sort().reverse()) {
    await fs.utimes(path.join(grpc, rel), when, when);
  }
  await exec('tar', ['-czf', path.join(dir, 'grpc.tar.gz'), '-C', stage, 'grpc']);
  return dir;
}

const gitBlobId = (content: Buffer): string =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]))
    .digest('hex');

/** What `git ls-tree -r` must show for a directory: mode, type, blob id and path of every file and link. */
async function expectedListing(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const rel of await fs.readdir(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, rel);
    const st = await fs.lstat(full);
    if (st.isSymbolicLink()) out.push(`120000 blob ${gitBlobId(Buffer.from(await fs.readlink(full)))}\t${rel}`);
    else if (st.isFile()) out.push(`${st.mode & 0o111 ? '100755' : '100644'} blob ${gitBlobId(await fs.readFile(full))}\t${rel}`);
  }
  return out.sort();
}

/** What the branch must list for a deps tree: its files and links, and the metadata file at the root. */
async function expectedBranchListing(dir: string): Promise<string[]> {
  return [...(await expectedListing(dir)), `100644 blob ${gitBlobId(Buffer.from(METADATA_TEXT))}\t${METADATA_PATH}`].sort();
}

async function branchListing(bare: string, rev = REF): Promise<string[]> {
  return (await inBare(bare, ['ls-tree', '-r', '--full-tree', rev]))
    .split('\n')
    .filter((l) => l !== '')
    .sort();
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** Creates the branch from a tree, checks it landed, and returns its commit. */
async function publish(f: Fixture, tree: string, message = MESSAGE): Promise<string> {
  const snap = await f.mirror.snapshot(tree, message, undefined, AMD64);
  expect(snap.unchanged).toBe(false);
  await f.mirror.create(snap.commit);
  expect(await tipOf(f.bare)).toBe(snap.commit);
  return snap.commit;
}

/** Another writer's commit on the branch, made in the server's repository itself. */
async function pushDirect(bare: string, onto: string, message: string): Promise<string> {
  const commit = (await inBare(bare, ['commit-tree', `${onto}^{tree}`, '-p', onto, '-m', message])).trim();
  await inBare(bare, ['update-ref', REF, commit, onto]);
  return commit;
}

// ---------------------------------------------------------------------------------------------------

describe('the mirror branch on a real smart-HTTP server', () => {
  it('create makes a branch whose tree is exactly the deps tree, with the message given', async () => {
    const f = await fixture('create');
    const tree = await buildTree();
    expect(await f.mirror.get()).toBeUndefined();

    const snap = await f.mirror.snapshot(tree, MESSAGE, undefined, AMD64);
    expect(snap.unchanged).toBe(false);
    expect(snap.commit).toMatch(/^[0-9a-f]{40}$/);
    await f.mirror.create(snap.commit);

    expect(await tipOf(f.bare)).toBe(snap.commit);
    const expected = await expectedListing(tree);
    expect(expected.map((l) => l.split('\t')[1]).sort()).toEqual([
      'LATEST',
      'README.md',
      'bin/fetch-deps.sh',
      'curl-prefix/src/curl-8.0.1.tar.bz2',
      'driver-repo/driver-prefix/src/5.0.1+driver.tar.gz',
      'grpc.tar.gz',
    ]);
    expect(await branchListing(f.bare)).toEqual(await expectedBranchListing(tree));
    expect(await inBare(f.bare, ['show', `${REF}:${METADATA_PATH}`])).toBe(METADATA_TEXT);
    expect(snap.platforms).toEqual(['linux/amd64']);
    expect((await inBare(f.bare, ['rev-parse', `${REF}^{tree}`])).trim()).toBe(snap.tree);
    // The message as given, a root commit, by the mirror's identity; the server's repository is sound.
    expect((await inBare(f.bare, ['log', '-1', '--format=%B', REF])).trimEnd()).toBe(MESSAGE);
    expect((await inBare(f.bare, ['rev-list', '--parents', REF])).trim()).toBe(snap.commit);
    expect((await inBare(f.bare, ['log', '-1', '--format=%an <%ae>', REF])).trim()).toBe(
      'falco-deps-mirror <falco-deps-mirror@users.noreply.github.com>',
    );
    await inBare(f.bare, ['fsck', '--strict', '--no-dangling']);

    // Auth flowed through the private config file: every request carried the header, none was refused.
    const requests = f.requests();
    expect(requests.length).toBeGreaterThanOrEqual(4);
    for (const r of requests) {
      expect(r.authorization).toBe(`basic ${BASIC}`);
      expect(r.status).toBe(200);
    }
    expect(requests.some((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack'))).toBe(true);
    expect(f.git.secrets).toEqual([TOKEN, BASIC]);
    expect(f.git.scrub(`x ${TOKEN} y ${BASIC} z`)).toBe('x *** y *** z');

    // The credentials file: private, holding only the header, and gone after dispose().
    const [file] = await credentialFiles(f.credsDir);
    const full = path.join(f.credsDir, file ?? '');
    expect((await fs.stat(full)).mode & 0o777).toBe(0o600);
    expect(await fs.readFile(full, 'utf8')).toBe(`[http "${f.url}"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`);
    await f.close();
  });

  it('get returns the commit at the tip of the branch', async () => {
    const f = await fixture('get');
    const commit = await publish(f, await buildTree());
    expect(await f.mirror.get()).toBe(commit);
    const other = await pushDirect(f.bare, commit, 'moved');
    expect(await f.mirror.get()).toBe(other);
    expect(f.retries).toEqual([]);
    await f.close();
  });

  it('a snapshot of the same content is unchanged and names the existing commit', async () => {
    const f = await fixture('unchanged');
    const commit = await publish(f, await buildTree());
    const again = await (await f.another()).mirror.snapshot(await buildTree(), 'another message', commit, AMD64);
    expect(again).toEqual({
      commit,
      tree: (await inBare(f.bare, ['rev-parse', `${commit}^{tree}`])).trim(),
      unchanged: true,
      platforms: ['linux/amd64'],
      lfsObjects: [],
    });
    await f.close();
  });

  it('a rebuilt grpc.tar.gz with the same members, other times and another .git/index is unchanged', async () => {
    const f = await fixture('rebuilt');
    const first = await buildTree();
    const commit = await publish(f, first);
    const rebuilt = await buildTree({
      mtime: 1_710_000_000,
      gitIndex: 'DIRC\u0000\u0000\u0000\u0002 index of another clone, other stat data',
    });
    // The bytes differ (else the test proves nothing); only grpc.tar.gz does.
    expect(await sha256(path.join(rebuilt, 'grpc.tar.gz'))).not.toBe(await sha256(path.join(first, 'grpc.tar.gz')));
    expect((await expectedListing(rebuilt)).filter((l) => !l.endsWith('\tgrpc.tar.gz'))).toEqual(
      (await expectedListing(first)).filter((l) => !l.endsWith('\tgrpc.tar.gz')),
    );
    const snap = await (await f.another()).mirror.snapshot(rebuilt, MESSAGE, commit, AMD64);
    expect(snap.unchanged).toBe(true);
    expect(snap.commit).toBe(commit);
    expect(await tipOf(f.bare)).toBe(commit);
    await f.close();
  });

  it('a grpc.tar.gz whose member changed is a change', async () => {
    const f = await fixture('grpc-changed');
    const commit = await publish(f, await buildTree());
    const changed = await buildTree({ grpcSource: '// gRPC init, patched\nint grpc_init() { return 1; }\n' });
    const snap = await (await f.another()).mirror.snapshot(changed, MESSAGE, commit, AMD64);
    expect(snap.unchanged).toBe(false);
    expect(snap.commit).not.toBe(commit);
    await f.close();
  });

  it('patch of a changed file makes a child commit of the old one: the history is kept', async () => {
    const f = await fixture('patch');
    const old = await publish(f, await buildTree());
    const seen = await f.mirror.get();
    expect(seen).toBe(old);
    const changed = await buildTree({ readme: 'Falco 0.35.1 build dependencies, rebuilt.\n' });
    const snap = await f.mirror.snapshot(changed, 'Falco 0.35.1 build dependencies (rebuilt)', old, AMD64);
    expect(snap.unchanged).toBe(false);
    await f.mirror.patch(snap.commit, old);

    expect(await tipOf(f.bare)).toBe(snap.commit);
    expect((await inBare(f.bare, ['rev-list', '--parents', '-n', '1', REF])).trim()).toBe(`${snap.commit} ${old}`);
    expect((await inBare(f.bare, ['rev-list', '--count', REF])).trim()).toBe('2');
    expect(await branchListing(f.bare)).toEqual(await expectedBranchListing(changed));
    expect((await inBare(f.bare, ['log', '-1', '--format=%B', REF])).trimEnd()).toBe('Falco 0.35.1 build dependencies (rebuilt)');
    await inBare(f.bare, ['fsck', '--strict', '--no-dangling']);
    expect(f.retries).toEqual([]);
    await f.close();
  });

  it('delete with the lease removes the branch; with a stale lease it is a Conflict and the branch stays', async () => {
    const f = await fixture('delete');
    const commit = await publish(f, await buildTree());
    // A run that never made a snapshot (a delete of its own) has no local repository yet.
    const other = await f.another();

    const stale = await caught(other.mirror.delete('0123456789abcdef0123456789abcdef01234567'));
    expectFailure(stale, f, 'Conflict', 'delete');
    expect(await tipOf(f.bare)).toBe(commit);

    await other.mirror.delete(commit);
    expect(await tipOf(f.bare)).toBeUndefined();
    expect(await f.mirror.get()).toBeUndefined();
    expect(other.retries).toEqual([]);
    await f.close();
  });

  it('a push between get and patch: patch fails with Conflict and the other commit stays the tip', async () => {
    const f = await fixture('race-patch');
    const old = await publish(f, await buildTree());
    const seen = await f.mirror.get();
    expect(seen).toBe(old);
    const snap = await f.mirror.snapshot(await buildTree({ readme: 'changed\n' }), MESSAGE, seen, AMD64);
    expect(snap.unchanged).toBe(false);

    const theirs = await pushDirect(f.bare, old, 'another run got there first');
    const err = expectFailure(await caught(f.mirror.patch(snap.commit, old)), f, 'Conflict', 'patch');
    expect(err.transient).toBe(false);
    expect(await tipOf(f.bare)).toBe(theirs);
    expect((await inBare(f.bare, ['rev-list', '--parents', '-n', '1', REF])).trim()).toBe(`${theirs} ${old}`);
    expect(f.retries).toEqual([]);
    await f.close();
  });

  it('a push between get and snapshot: the snapshot fails with Conflict and nothing is pushed', async () => {
    const f = await fixture('race-snapshot');
    const old = await publish(f, await buildTree());
    const seen = await f.mirror.get();
    const theirs = await pushDirect(f.bare, old, 'another run got there first');
    const err = await caught(f.mirror.snapshot(await buildTree({ readme: 'changed\n' }), MESSAGE, seen, AMD64));
    expectFailure(err, f, 'Conflict', 'patch');
    expect(await tipOf(f.bare)).toBe(theirs);
    await f.close();
  });

  it('two simultaneous creates of different trees: exactly one wins, the other is AlreadyExists', async () => {
    const f = await fixture('race-create');
    const a = f.mirror;
    const b = await f.another();
    const snapA = await a.snapshot(await buildTree({ readme: 'run A\n' }), 'run A', undefined, AMD64);
    const snapB = await b.mirror.snapshot(await buildTree({ readme: 'run B\n' }), 'run B', undefined, AMD64);
    expect(snapA.commit).not.toBe(snapB.commit);

    const results = await Promise.allSettled([a.create(snapA.commit), b.mirror.create(snapB.commit)]);
    const won = results.map((r) => r.status === 'fulfilled');
    expect(won.filter(Boolean)).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expectFailure(loser?.reason, f, 'AlreadyExists', 'create');
    expect(await tipOf(f.bare)).toBe(won[0] ? snapA.commit : snapB.commit);
    expect(f.retries).toEqual([]);
    expect(b.retries).toEqual([]);
    await f.close();
  });
});

describe('HTTP failures of the mirror', () => {
  it('401: a wrong token is Unauthorized on get, sent in the header and never shown', async () => {
    const f = await fixture('unauthorized', { token: WRONG_TOKEN });
    expect(f.git.secrets).toEqual([WRONG_TOKEN, WRONG_BASIC]);
    const e = expectFailure(await caught(f.mirror.get()), f, 'Unauthorized', 'get');
    expect(e.code).toBe(401);
    expect(e.hint).toContain('mirror-token');
    expect(f.retries).toEqual([]);
    // Exactly one request, refused, carrying the (wrong) credentials from the config file.
    const requests = f.requests();
    expect(requests.map((r) => [r.method, r.status, r.authorization])).toEqual([['GET', 401, `basic ${WRONG_BASIC}`]]);
    await f.close();
  });

  it('403 on the push: Forbidden on create, not retried, no branch', async () => {
    const f = await fixture('forbidden');
    const snap = await f.mirror.snapshot(await buildTree(), MESSAGE, undefined, AMD64);
    let hits = 0;
    fault = (req) => (mine(f, req) && isRefsGet(req, 'git-receive-pack') ? (hits++, { status: 403 }) : undefined);
    const e = expectFailure(await caught(f.mirror.create(snap.commit)), f, 'Forbidden', 'create');
    expect(e.code).toBe(403);
    expect(e.message).toContain('The requested URL returned error: 403');
    expect(hits).toBe(1);
    expect(f.retries).toEqual([]);
    expect(await tipOf(f.bare)).toBeUndefined();
    await f.close();
  });

  it('404 on get is NotFound on get', async () => {
    const f = await fixture('notfound-get');
    let hits = 0;
    fault = (req) => (mine(f, req) && isRefsGet(req, 'git-upload-pack') ? (hits++, { status: 404 }) : undefined);
    const e = expectFailure(await caught(f.mirror.get()), f, 'NotFound', 'get');
    expect(e.hint).toContain('mirror-repo');
    expect(hits).toBe(1);
    expect(f.retries).toEqual([]);
    await f.close();
  });

  it('404 on the push is NotFound reported on get (create never yields NotFound)', async () => {
    const f = await fixture('notfound-create');
    const snap = await f.mirror.snapshot(await buildTree(), MESSAGE, undefined, AMD64);
    let hits = 0;
    fault = (req) => (mine(f, req) && isRefsGet(req, 'git-receive-pack') ? (hits++, { status: 404 }) : undefined);
    const e = expectFailure(await caught(f.mirror.create(snap.commit)), f, 'NotFound', 'get');
    expect(e.message).toContain('git push (create) failed');
    expect(hits).toBe(1);
    expect(await tipOf(f.bare)).toBeUndefined();
    await f.close();
  });

  it('a repository the server does not have is NotFound on get and on create', async () => {
    const f = await fixture('missing', { repo: 'no-such-repo' });
    expectFailure(await caught(f.mirror.get()), f, 'NotFound', 'get');
    const snap = await f.mirror.snapshot(await buildTree(), MESSAGE, undefined, AMD64);
    expectFailure(await caught(f.mirror.create(snap.commit)), f, 'NotFound', 'get');
    expect(f.requests().map((r) => r.status)).toEqual([404, 404]);
    await f.close();
  });

  it('413 on the pack upload: RequestEntityTooLarge on create, not retried', async () => {
    const f = await fixture('too-large');
    const snap = await f.mirror.snapshot(await buildTree(), MESSAGE, undefined, AMD64);
    let posts = 0;
    fault = (req) => (mine(f, req) && isRpcPost(req, 'git-receive-pack') ? (posts++, { status: 413 }) : undefined);
    const e = expectFailure(await caught(f.mirror.create(snap.commit)), f, 'RequestEntityTooLarge', 'create');
    expect(e.code).toBe(413);
    expect(e.hint).toContain('per-file limit');
    expect(e.hint).toContain('large-files: lfs');
    expect(posts).toBe(1);
    expect(f.retries).toEqual([]);
    expect(await tipOf(f.bare)).toBeUndefined();
    await f.close();
  });

  it('429 with Retry-After once, then success: get is retried and onRetry told', async () => {
    const f = await fixture('too-many');
    const commit = await publish(f, await buildTree());
    let hits = 0;
    fault = (req) =>
      mine(f, req) && isRefsGet(req, 'git-upload-pack') && hits++ === 0
        ? { status: 429, headers: { 'Retry-After': '1' }, body: 'slow down\n' }
        : undefined;
    expect(await f.mirror.get()).toBe(commit);
    expect(hits).toBe(2);
    expect(f.retries).toHaveLength(1);
    expect(f.retries[0]).toContain(`TooManyRequests (HTTP 429) on get of branch ${BRANCH} of ${f.url}`);
    expect(f.retries[0]).toMatch(/Retrying in \d+\.\d s \(attempt 2\)\.$/);
    expectNoSecret(...f.retries);
    expect(f.requests().filter((r) => r.status === 429)).toHaveLength(1);
    await f.close();
  });

  it('500: InternalError on get, not retried', async () => {
    const f = await fixture('internal');
    let hits = 0;
    fault = (req) => (mine(f, req) && isRefsGet(req, 'git-upload-pack') ? (hits++, { status: 500 }) : undefined);
    const e = expectFailure(await caught(f.mirror.get()), f, 'InternalError', 'get');
    expect(e.transient).toBe(false);
    expect(hits).toBe(1);
    expect(f.requests().map((r) => r.status)).toEqual([500]);
    expect(f.retries).toEqual([]);
    await f.close();
  });

  it('500 saying the server timed out: ServerTimeout, retried until it works', async () => {
    const f = await fixture('server-timeout');
    const commit = await publish(f, await buildTree());
    let hits = 0;
    fault = (req) =>
      mine(f, req) && isRefsGet(req, 'git-upload-pack') && hits++ < 2 ? { status: 500, body: 'upstream request timed out\n' } : undefined;
    expect(await f.mirror.get()).toBe(commit);
    expect(hits).toBe(3);
    expect(f.retries).toHaveLength(2);
    expect(f.retries[0]).toContain('ServerTimeout (HTTP 500) on get of');
    await f.close();
  });

  it('503 once on the pack upload, then success: create is retried and lands', async () => {
    const f = await fixture('unavailable');
    const snap = await f.mirror.snapshot(await buildTree(), MESSAGE, undefined, AMD64);
    let posts = 0;
    fault = (req) => (mine(f, req) && isRpcPost(req, 'git-receive-pack') && posts++ === 0 ? { status: 503 } : undefined);
    await f.mirror.create(snap.commit);
    expect(posts).toBe(2);
    expect(await tipOf(f.bare)).toBe(snap.commit);
    expect(f.retries).toHaveLength(1);
    expect(f.retries[0]).toContain(`ServiceUnavailable (HTTP 503) on create of branch ${BRANCH} of ${f.url}`);
    expect(f.retries[0]).toContain('(attempt 2)');
    expectNoSecret(...f.retries);
    await f.close();
  });

  it('504 every time: Timeout on get once the attempts are used up', async () => {
    const f = await fixture('gateway-timeout');
    let hits = 0;
    fault = (req) => (mine(f, req) && isRefsGet(req, 'git-upload-pack') ? (hits++, { status: 504 }) : undefined);
    const e = expectFailure(await caught(f.mirror.get()), f, 'Timeout', 'get');
    expect(e.code).toBe(504);
    expect(hits).toBe(RETRY.attempts);
    expect(f.retries).toHaveLength(RETRY.attempts - 1);
    expect(f.retries.map((m) => /\(attempt (\d)\)\.$/.exec(m)?.[1])).toEqual(['2', '3', '4']);
    await f.close();
  });

  it('a server that never answers: Timeout within a bounded time, and the token in no process', { timeout: 45_000 }, async () => {
    const f = await fixture('hang', { stallSeconds: 2 });
    let hits = 0;
    let hung: () => void = () => {};
    const firstHang = new Promise<void>((resolve) => {
      hung = resolve;
    });
    fault = (req) => {
      if (!(mine(f, req) && isRefsGet(req, 'git-upload-pack'))) return undefined;
      hits++;
      hung();
      return { status: 0, hang: true };
    };
    const started = Date.now();
    const pending = caught(f.mirror.get());

    // While git waits on the server: its processes are there, and the token is in no argument list
    // and no environment of theirs (only the path of the config file is).
    await firstHang;
    const ps = (await exec('ps', ['-eo', 'args'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    expect(ps).toContain(`ls-remote --refs ${f.url} ${REF}`);
    expectNoSecret(ps);
    let inspected = 0;
    for (const pid of await fs.readdir('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (!cmdline.includes(f.url)) continue;
      const environ = await fs.readFile(`/proc/${pid}/environ`, 'utf8').catch(() => undefined);
      if (environ === undefined) continue;
      inspected++;
      expect(environ).toContain('include.path');
      expectNoSecret(cmdline, environ);
    }
    expect(inspected).toBeGreaterThanOrEqual(1);

    const e = expectFailure(await pending, f, 'Timeout', 'get');
    const elapsed = Date.now() - started;
    expect(e.message).toContain('Operation too slow');
    expect(hits).toBe(RETRY.attempts);
    expect(f.retries).toHaveLength(RETRY.attempts - 1);
    // Each try gives up after about stallSeconds, not after git's default of a minute or more.
    expect(elapsed).toBeGreaterThanOrEqual(RETRY.attempts * 1500);
    expect(elapsed).toBeLessThan(25_000);
    await f.close();
  });
});
