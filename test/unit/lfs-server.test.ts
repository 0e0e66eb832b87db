// The Git LFS side of the test git server must follow the public LFS API closely enough that real git-lfs
// (3.3) pushes to it, clones from it and fails against it the way it fails against a forge, and the
// file size hook must refuse big blobs with GitHub's exact words: other tests map those texts to errors.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitServer, type Fault, type FaultRequest, type GitServer, type GitServerOptions } from '../support/git-server.js';
import { installFileSizeLimit, LFS_MEDIA_TYPE, lfsErrorBody, lfsOid, lfsPointer } from '../support/lfs-server.js';

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

const AUTH = { username: 'x-access-token', password: 'lfs-s3cret' };
const BASIC = `Basic ${Buffer.from(`${AUTH.username}:${AUTH.password}`).toString('base64')}`;

// Isolated from the host's git config and never prompting or asking a credential helper, so a failure is
// an error, not a hang.
const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

function git(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<GitResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd: opts.cwd, env: { ...gitEnv, ...opts.env }, timeout: opts.timeout ?? 20_000, killSignal: 'SIGKILL', maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

async function gitOk(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const r = await git(args, opts);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}

/** Credentials for git and git-lfs through the environment only (nothing written to any config file). */
function authEnv(url: string): NodeJS.ProcessEnv {
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: `http.${url}.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: ${BASIC}`,
    GIT_CONFIG_KEY_1: 'credential.helper',
    GIT_CONFIG_VALUE_1: '',
  };
}

async function lfsFetch(url: string, body: unknown, auth = true): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { Accept: LFS_MEDIA_TYPE, 'Content-Type': LFS_MEDIA_TYPE, ...(auth ? { Authorization: BASIC } : {}) },
    body: JSON.stringify(body),
  });
}

interface BatchAnswer {
  transfer: string;
  objects: Array<{
    oid: string;
    size: number;
    actions?: Record<string, { href: string; header?: Record<string, string>; expires_in: number }>;
    error?: { code: number; message: string };
  }>;
}

let tmp: string;
let root: string;
let counter = 0;

/** A fresh bare repo under the served root, e.g. /t3.git. */
async function bareRepo(): Promise<string> {
  const name = `t${counter++}.git`;
  await gitOk(['init', '--bare', '--initial-branch=main', '-q', path.join(root, name)]);
  return `/${name}`;
}

async function withServer(opts: Omit<GitServerOptions, 'root'>, body: (server: GitServer) => Promise<void>): Promise<void> {
  const server = await startGitServer({ root, auth: AUTH, lfs: true, ...opts });
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

/** A bare "local" repo holding one LFS object in its own store, with remote `mirror` at the served repo. */
async function localWithObject(remote: string, data: Buffer): Promise<{ dir: string; oid: string }> {
  const dir = path.join(tmp, `local${counter++}.git`);
  await gitOk(['init', '--bare', '-q', dir]);
  await gitOk(['-C', dir, 'remote', 'add', 'mirror', remote]);
  const oid = lfsOid(data);
  const store = path.join(dir, 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4));
  await mkdir(store, { recursive: true });
  await writeFile(path.join(store, oid), data);
  return { dir, oid };
}

const lfsPath = (p: string): string => p.replace(/^.*\/info\/lfs\//, '').replace(/[0-9a-f]{64}/, '<oid>');
const summary = (server: GitServer): string[] => server.requests.map((r) => `${r.method} ${lfsPath(r.path)} ${r.status}`);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fdm-lfs-server-'));
  root = path.join(tmp, 'root');
  await mkdir(root, { recursive: true });
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('LFS Batch API and basic transfers', () => {
  it('stores an uploaded object, then offers no upload action for it', async () => {
    await withServer({}, async (server) => {
      const repo = await bareRepo();
      const data = randomBytes(4096);
      const oid = lfsOid(data);
      const batchUrl = `${server.url}${repo}/info/lfs/objects/batch`;

      const res = await lfsFetch(batchUrl, {
        operation: 'upload',
        transfers: ['basic'],
        ref: { name: 'refs/heads/main' },
        objects: [{ oid, size: data.length }],
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(LFS_MEDIA_TYPE);
      const answer = (await res.json()) as BatchAnswer;
      expect(answer.transfer).toBe('basic');
      const upload = answer.objects[0]?.actions?.upload;
      expect(upload?.href).toBe(`${server.url}${repo}/info/lfs/objects/${oid}`);
      expect(upload?.expires_in).toBeGreaterThan(0);
      expect(answer.objects[0]?.actions?.verify).toBeUndefined(); // only with lfs: { verify: true }

      const put = await fetch(upload?.href ?? '', {
        method: 'PUT',
        headers: { Authorization: BASIC, 'Content-Type': 'application/octet-stream' },
        body: data,
      });
      expect(put.status).toBe(200);
      expect(server.lfsObjects(repo)).toEqual(new Map([[oid, data.length]]));
      expect(server.lfsObjects(repo.slice(1).replace(/\.git$/, ''))).toEqual(new Map([[oid, data.length]])); // any spelling of the repo
      expect(await readFile(path.join(server.lfsObjectDir(repo), oid))).toEqual(data);
      expect(server.lfsObjectDir(repo)).toBe(path.join(root, repo, 'lfs-objects'));

      const again = (await (
        await lfsFetch(batchUrl, { operation: 'upload', objects: [{ oid, size: data.length }] })
      ).json()) as BatchAnswer;
      expect(again.objects).toEqual([{ oid, size: data.length }]); // no actions: the client uploads nothing
      expect(server.requests.map((r) => r.lfs?.operation)).toEqual(['upload', undefined, 'upload']);
    });
  });

  it('serves a stored object for download and a per-object 404 for a missing one', async () => {
    await withServer({}, async (server) => {
      const repo = await bareRepo();
      const data = Buffer.from('the real content\n');
      const oid = lfsOid(data);
      const missing = lfsOid('never uploaded');
      const batchUrl = `${server.url}${repo}/info/lfs/objects/batch`;
      const up = (await (await lfsFetch(batchUrl, { operation: 'upload', objects: [{ oid, size: data.length }] })).json()) as BatchAnswer;
      expect(
        (await fetch(up.objects[0]?.actions?.upload?.href ?? '', { method: 'PUT', headers: { Authorization: BASIC }, body: data })).status,
      ).toBe(200);

      const res = await lfsFetch(batchUrl, {
        operation: 'download',
        objects: [
          { oid, size: data.length },
          { oid: missing, size: 14 },
        ],
      });
      const answer = (await res.json()) as BatchAnswer;
      expect(answer.objects[1]).toEqual({ oid: missing, size: 14, error: { code: 404, message: 'Object does not exist' } });
      const href = answer.objects[0]?.actions?.download?.href ?? '';
      expect(href).toBe(`${server.url}${repo}/info/lfs/objects/${oid}`);
      const got = await fetch(href, { headers: { Authorization: BASIC } });
      expect(got.status).toBe(200);
      expect(got.headers.get('content-length')).toBe(String(data.length));
      expect(Buffer.from(await got.arrayBuffer())).toEqual(data);
      expect((await fetch(`${server.url}${repo}/info/lfs/objects/${missing}`, { headers: { Authorization: BASIC } })).status).toBe(404);
    });
  });

  it('answers 422 and stores nothing when the bytes do not match the oid or the announced size', async () => {
    await withServer({}, async (server) => {
      const repo = await bareRepo();
      const objectUrl = (oid: string): string => `${server.url}${repo}/info/lfs/objects/${oid}`;
      const put = (oid: string, body: Buffer): Promise<Response> =>
        fetch(objectUrl(oid), { method: 'PUT', headers: { Authorization: BASIC }, body });

      const wrong = await put(lfsOid('something else'), Buffer.from('not that\n'));
      expect(wrong.status).toBe(422);
      expect(wrong.headers.get('content-type')).toBe(LFS_MEDIA_TYPE);
      expect(((await wrong.json()) as { message: string }).message).toMatch(/does not match/);

      const data = Buffer.from('twelve bytes');
      const oid = lfsOid(data);
      await lfsFetch(`${server.url}${repo}/info/lfs/objects/batch`, { operation: 'upload', objects: [{ oid, size: 99 }] });
      expect((await put(oid, data)).status).toBe(422); // right hash, not the size the batch announced
      expect((await put('not-an-oid', data)).status).toBe(422);

      expect(server.lfsObjects(repo).size).toBe(0);
      expect(await readdir(server.lfsObjectDir(repo))).toEqual([]); // no temporary file left either
    });
  });

  it('validates batch requests like a forge', async () => {
    await withServer({}, async (server) => {
      const repo = await bareRepo();
      const batchUrl = `${server.url}${repo}/info/lfs/objects/batch`;
      const oid = lfsOid('x');

      const notJson = await fetch(batchUrl, {
        method: 'POST',
        headers: { Authorization: BASIC, 'Content-Type': LFS_MEDIA_TYPE },
        body: '{',
      });
      expect(notJson.status).toBe(422);
      expect(Object.keys((await notJson.json()) as object).sort()).toEqual(['documentation_url', 'message', 'request_id']);
      expect((await lfsFetch(batchUrl, { operation: 'delete', objects: [] })).status).toBe(422);
      expect((await lfsFetch(batchUrl, { operation: 'upload', transfers: ['tus'], objects: [] })).status).toBe(422);
      expect((await lfsFetch(`${server.url}/nope.git/info/lfs/objects/batch`, { operation: 'upload', objects: [] })).status).toBe(404);
      expect((await fetch(batchUrl, { headers: { Authorization: BASIC } })).status).toBe(405);

      const other = (await (
        await lfsFetch(batchUrl, { operation: 'upload', hash_algo: 'sha512', objects: [{ oid, size: 1 }] })
      ).json()) as BatchAnswer;
      expect(other.objects[0]?.error?.code).toBe(409);
      const bad = (await (await lfsFetch(batchUrl, { operation: 'download', objects: [{ oid: 'ABC', size: -1 }] })).json()) as BatchAnswer;
      expect(bad.objects[0]?.error?.code).toBe(422);

      // Lock verification is not offered unless asked: git-lfs takes the 404 as "no locking API".
      expect((await lfsFetch(`${server.url}${repo}/info/lfs/locks/verify`, {})).status).toBe(404);
    });
  });

  it('offers verify and an empty lock list when asked to', async () => {
    await withServer({ lfs: { verify: true, locks: 'empty', actionHeader: { 'X-Upload-Token': 'abc' } } }, async (server) => {
      const repo = await bareRepo();
      const data = Buffer.from('verify me\n');
      const oid = lfsOid(data);
      const answer = (await (
        await lfsFetch(`${server.url}${repo}/info/lfs/objects/batch`, { operation: 'upload', objects: [{ oid, size: data.length }] })
      ).json()) as BatchAnswer;
      const actions = answer.objects[0]?.actions;
      expect(actions?.upload?.header).toEqual({ 'X-Upload-Token': 'abc' });
      const verifyUrl = actions?.verify?.href ?? '';
      expect(verifyUrl).toBe(`${server.url}${repo}/info/lfs/verify`);
      expect((await lfsFetch(verifyUrl, { oid, size: data.length })).status).toBe(404); // not uploaded yet
      expect((await fetch(actions?.upload?.href ?? '', { method: 'PUT', headers: { Authorization: BASIC }, body: data })).status).toBe(200);
      expect((await lfsFetch(verifyUrl, { oid, size: data.length })).status).toBe(200);
      expect((await lfsFetch(verifyUrl, { oid, size: data.length + 1 })).status).toBe(404);

      const locks = await lfsFetch(`${server.url}${repo}/info/lfs/locks/verify`, { ref: { name: 'refs/heads/main' } });
      expect(locks.status).toBe(200);
      expect(await locks.json()).toEqual({ ours: [], theirs: [], next_cursor: '' });
    });
  });

  it('demands the Basic auth on the batch and on the transfers, with an LFS-style 401', async () => {
    await withServer({}, async (server) => {
      const repo = await bareRepo();
      const data = Buffer.from('secret\n');
      const oid = lfsOid(data);
      const denied = await lfsFetch(
        `${server.url}${repo}/info/lfs/objects/batch`,
        { operation: 'upload', objects: [{ oid, size: data.length }] },
        false,
      );
      expect(denied.status).toBe(401);
      expect(denied.headers.get('content-type')).toBe(LFS_MEDIA_TYPE);
      expect(denied.headers.get('lfs-authenticate')).toMatch(/^Basic /);
      expect(((await denied.json()) as { message: string }).message).toBe('Credentials needed');

      const objectUrl = `${server.url}${repo}/info/lfs/objects/${oid}`;
      expect((await fetch(objectUrl, { method: 'PUT', body: data })).status).toBe(401);
      expect((await fetch(objectUrl)).status).toBe(401);
      expect((await fetch(objectUrl, { method: 'PUT', headers: { Authorization: 'Basic bm9wZTpub3Bl' }, body: data })).status).toBe(401);
      expect(server.lfsObjects(repo).size).toBe(0);
    });
  });

  it('stays off unless asked for: /info/lfs/ then goes to git http-backend as before', async () => {
    const repo = await bareRepo();
    const server = await startGitServer({ root });
    try {
      const res = await lfsFetch(`${server.url}${repo}/info/lfs/objects/batch`, { operation: 'upload', objects: [] });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toBe(LFS_MEDIA_TYPE);
      expect(server.lfsObjects(repo).size).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('real git-lfs against the server', () => {
  it('git lfs push --object-id uploads once, with credentials from -c, GIT_CONFIG_COUNT or an included file', async () => {
    await withServer({}, async (server) => {
      const repo = await bareRepo();
      const remote = `${server.url}${repo}`;
      const header = `AUTHORIZATION: basic ${Buffer.from(`${AUTH.username}:${AUTH.password}`).toString('base64')}`;
      const noHelper = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'credential.helper', GIT_CONFIG_VALUE_0: '' };
      const include = path.join(tmp, 'lfs-auth.gitconfig');
      await writeFile(include, `[http "${remote}"]\n\textraheader = ${header}\n`);
      const ways: Array<{ args: string[]; env: NodeJS.ProcessEnv }> = [
        { args: ['-c', 'credential.helper=', '-c', `http.${remote}.extraheader=${header}`], env: {} },
        { args: [], env: authEnv(remote) },
        {
          args: [],
          env: { ...noHelper, GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_1: 'include.path', GIT_CONFIG_VALUE_1: include },
        },
      ];
      for (const way of ways) {
        const { dir, oid } = await localWithObject(remote, randomBytes(1000));
        server.requests.length = 0;
        const r = await git([...way.args, '-C', dir, 'lfs', 'push', '--object-id', 'mirror', oid], { env: way.env });
        expect(r.code, r.stderr).toBe(0);
        expect(summary(server)).toEqual(['POST objects/batch 200', 'PUT objects/<oid> 200']);
        expect(server.requests.map((q) => q.authorization?.replace(/^basic /i, 'Basic '))).toEqual([BASIC, BASIC]); // the PUT too
        expect(server.lfsObjects(repo).get(oid)).toBe(1000);

        server.requests.length = 0; // pushing it again uploads nothing
        expect((await git([...way.args, '-C', dir, 'lfs', 'push', '--object-id', 'mirror', oid], { env: way.env })).code).toBe(0);
        expect(summary(server)).toEqual(['POST objects/batch 200']);
      }

      // Without credentials (and no prompt, no helper) it fails on the batch's 401.
      const { dir, oid } = await localWithObject(remote, randomBytes(10));
      server.requests.length = 0;
      const r = await git(['-c', 'credential.helper=', '-C', dir, 'lfs', 'push', '--object-id', 'mirror', oid]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`batch response: Git credentials for ${remote} not found.`);
      expect(summary(server)).toEqual(['POST objects/batch 401']);
    });
  });

  it('git lfs push reports injected batch faults and retries a 429 with Retry-After', async () => {
    const faults: FaultRequest[] = [];
    let plan: (req: FaultRequest) => Fault | undefined = () => undefined;
    await withServer(
      {
        fault: (req) => {
          faults.push(req);
          return plan(req);
        },
      },
      async (server) => {
        const repo = await bareRepo();
        const remote = `${server.url}${repo}`;
        const lfsError = (status: number, extra: Record<string, string> = {}): Fault => ({
          status,
          headers: { 'Content-Type': LFS_MEDIA_TYPE, ...extra },
          body: JSON.stringify(lfsErrorBody(`injected ${status}`)),
        });
        const onBatch = (fault: Fault, times: number): ((req: FaultRequest) => Fault | undefined) => {
          let n = 0;
          return (req) => (req.lfs?.operation === 'upload' && n++ < times ? fault : undefined);
        };

        const forbidden = await localWithObject(remote, randomBytes(100));
        plan = onBatch(lfsError(403), Infinity);
        const r403 = await git(['-C', forbidden.dir, 'lfs', 'push', '--object-id', 'mirror', forbidden.oid], { env: authEnv(remote) });
        expect(r403.code).toBe(2);
        expect(r403.stderr.trim()).toBe('batch response: injected 403');
        expect(faults.at(-1)).toMatchObject({
          method: 'POST',
          path: `${repo}/info/lfs/objects/batch`,
          lfs: { operation: 'upload', oids: [forbidden.oid] },
        });

        const limited = await localWithObject(remote, randomBytes(100));
        plan = onBatch(lfsError(429, { 'Retry-After': '1' }), 1);
        server.requests.length = 0;
        const r429 = await git(['-C', limited.dir, 'lfs', 'push', '--object-id', 'mirror', limited.oid], { env: authEnv(remote) });
        expect(r429.code, r429.stderr).toBe(0);
        expect(summary(server)).toEqual(['POST objects/batch 429', 'POST objects/batch 200', 'PUT objects/<oid> 200']);
        expect(r429.ms).toBeGreaterThanOrEqual(900); // it waited for Retry-After
        expect(server.lfsObjects(repo).has(limited.oid)).toBe(true);
        expect(server.lfsObjects(repo).has(forbidden.oid)).toBe(false);
      },
    );
  });

  it('git lfs push exits 0 although the PUT answered 422: only the server knows the object is missing', async () => {
    await withServer(
      {
        fault: (req) =>
          req.method === 'PUT' ? { status: 422, headers: { 'Content-Type': LFS_MEDIA_TYPE }, body: '{"message":"no"}' } : undefined,
      },
      async (server) => {
        const repo = await bareRepo();
        const { dir, oid } = await localWithObject(`${server.url}${repo}`, randomBytes(100));
        const r = await git(['-C', dir, 'lfs', 'push', '--object-id', 'mirror', oid], { env: authEnv(`${server.url}${repo}`) });
        expect(r.code).toBe(0); // git-lfs 3.3 takes a 422 for "Content-Type refused" and does not fail
        expect(r.stderr).toContain('info: Uploading failed due to unsupported Content-Type header(s).');
        expect(summary(server)).toEqual(['POST objects/batch 200', 'PUT objects/<oid> 422']);
        expect(server.lfsObjects(repo).size).toBe(0);
      },
    );
  });

  it('bounds a stalled upload: git-lfs gives up after lfs.activitytimeout', { timeout: 60_000 }, async () => {
    await withServer({ fault: (req) => (req.method === 'PUT' ? { status: 0, hangAfterBytes: 64 * 1024 } : undefined) }, async (server) => {
      const repo = await bareRepo();
      const remote = `${server.url}${repo}`;
      const { dir, oid } = await localWithObject(remote, randomBytes(16 << 20));
      const r = await git(
        ['-c', 'lfs.activitytimeout=1', '-c', 'lfs.transfer.maxretries=1', '-C', dir, 'lfs', 'push', '--object-id', 'mirror', oid],
        { env: authEnv(remote), timeout: 45_000 },
      );
      expect(r.code).toBe(2);
      expect(summary(server).filter((s) => s.startsWith('PUT'))).toEqual(['PUT objects/<oid> 0', 'PUT objects/<oid> 0']);
      expect(server.lfsObjects(repo).size).toBe(0);
    });
  });

  it('a clone with git-lfs replaces a committed pointer with the real content', async () => {
    await withServer({}, async (server) => {
      const repo = await bareRepo();
      const remote = `${server.url}${repo}`;
      const content = randomBytes(50_000);
      const { dir, oid } = await localWithObject(remote, content);
      await gitOk(['-C', dir, 'lfs', 'push', '--object-id', 'mirror', oid], { env: authEnv(remote) });

      // A commit made by hand: the pointer blob at big/grpc.tar.gz and the .gitattributes routing it to LFS.
      const work = path.join(tmp, `work${counter++}`);
      await gitOk(['init', '-q', '--initial-branch=main', work]);
      await writeFile(path.join(work, 'pointer'), lfsPointer(oid, content.length));
      await writeFile(path.join(work, 'attributes'), 'big/grpc.tar.gz filter=lfs diff=lfs merge=lfs -text\n');
      const pointerBlob = (await gitOk(['hash-object', '-w', 'pointer'], { cwd: work })).trim();
      const attrBlob = (await gitOk(['hash-object', '-w', 'attributes'], { cwd: work })).trim();
      const bigTree = await mktree(work, `100644 blob ${pointerBlob}\tgrpc.tar.gz\n`);
      const top = await mktree(work, `100644 blob ${attrBlob}\t.gitattributes\n040000 tree ${bigTree}\tbig\n`);
      const commit = (await gitOk(['commit-tree', top, '-m', 'lfs pointer'], { cwd: work })).trim();
      await gitOk(['push', remote, `${commit}:refs/heads/lfs`], { cwd: work, env: authEnv(remote) });

      const clone = path.join(tmp, `clone${counter++}`);
      await gitOk(['clone', '-q', '--no-checkout', remote, clone], { env: authEnv(remote) });
      await gitOk(['lfs', 'install', '--local'], { cwd: clone, env: authEnv(remote) });
      server.requests.length = 0;
      await gitOk(['checkout', '-q', 'lfs'], { cwd: clone, env: authEnv(remote) });
      expect(await readFile(path.join(clone, 'big', 'grpc.tar.gz'))).toEqual(content);
      expect(server.requests.map((r) => `${r.method} ${lfsPath(r.path)} ${r.lfs?.operation ?? ''}`.trim())).toEqual([
        'POST objects/batch download',
        'GET objects/<oid>',
      ]);
    });
  });
});

async function mktree(cwd: string, listing: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['mktree'], { cwd, env: gitEnv, timeout: 10_000 }, (err, stdout) => {
      if (err) reject(new Error(`git mktree failed: ${err.message}`));
      else resolve(stdout.trim());
    });
    child.stdin?.end(listing);
  });
}

describe('installFileSizeLimit', () => {
  it('refuses a push bringing a blob over the limit with GitHub GH001 text, and lets smaller ones through', async () => {
    await withServer({}, async (server) => {
      const repo = await bareRepo();
      const limit = 1024 * 1024;
      await installFileSizeLimit(path.join(root, repo), limit);
      const remote = `${server.url}${repo}`;
      const work = path.join(tmp, `sized${counter++}`);
      await gitOk(['init', '-q', '--initial-branch=main', work]);
      await mkdir(path.join(work, 'deps'));

      await writeFile(path.join(work, 'deps', 'ok.bin'), randomBytes(limit)); // exactly the limit passes
      await gitOk(['add', '.'], { cwd: work });
      await gitOk(['commit', '-qm', 'at the limit'], { cwd: work });
      await gitOk(['push', remote, 'HEAD:refs/heads/main'], { cwd: work, env: authEnv(remote) });

      await writeFile(path.join(work, 'deps', 'grpc.tar.gz'), randomBytes(limit * 1.5));
      await writeFile(path.join(work, 'deps', 'small.txt'), 'small\n');
      await gitOk(['add', '.'], { cwd: work });
      await gitOk(['commit', '-qm', 'too big'], { cwd: work });
      const refused = await git(['push', remote, 'HEAD:refs/heads/big'], { cwd: work, env: authEnv(remote) });
      expect(refused.code).not.toBe(0);
      const lines = refused.stderr.split('\n').map((l) => l.trimEnd());
      const at = lines.findIndex((l) => l.startsWith('remote: error: Trace: '));
      expect(lines[at]).toMatch(/^remote: error: Trace: [0-9a-f]{40}$/);
      expect(lines.slice(at + 1, at + 4)).toEqual([
        'remote: error: See https://gh.io/lfs for more information.',
        "remote: error: File deps/grpc.tar.gz is 1.50 MB; this exceeds GitHub's file size limit of 1.00 MB",
        'remote: error: GH001: Large files detected. You may want to try Git Large File Storage - https://git-lfs.github.com.',
      ]);
      expect(refused.stderr).toContain('! [remote rejected] HEAD -> big (pre-receive hook declined)');
      expect(await gitOk(['ls-remote', remote], { env: authEnv(remote) })).not.toContain('refs/heads/big');

      // A branch deletion (all-zero new id) is not refused either.
      await gitOk(['push', remote, 'HEAD~1:refs/heads/other'], { cwd: work, env: authEnv(remote) });
      await gitOk(['push', remote, ':refs/heads/other'], { cwd: work, env: authEnv(remote) });
    });
  });
});
