// The test git server must behave like a real forge for everything the mirror stage does with git
// (push, shallow clone, ls-remote) and fail the way a forge fails, or the other tests prove nothing.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitServer } from '../support/git-server.js';

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

// Isolated from the host's git config and never prompting, so a failure is an error, not a hang.
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

function git(args: string[], cwd?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env: gitEnv, timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function gitOk(args: string[], cwd?: string): Promise<string> {
  const r = await git(args, cwd);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}

/** A raw GET that keeps `..` in the path (fetch() would normalise it away). */
function rawGet(port: number, rawPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

let tmp: string;
let root: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'fdm-git-server-'));
  root = path.join(tmp, 'root');
  await mkdir(path.join(root, 'files'), { recursive: true });
  await writeFile(path.join(root, 'files', 'hello.txt'), 'hello from the static side\n');
  await gitOk(['init', '--bare', '--initial-branch=main', path.join(root, 'org', 'repo.git')]);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('startGitServer', () => {
  it('accepts a push, serves a shallow clone, ls-remote and static files', async () => {
    const server = await startGitServer({ root });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const remote = `${server.url}/org/repo.git`;

      const work = path.join(tmp, 'work');
      await gitOk(['init', '--initial-branch=main', work]);
      await writeFile(path.join(work, 'README'), 'first\n');
      await gitOk(['add', 'README'], work);
      await gitOk(['commit', '-m', 'first'], work);
      await writeFile(path.join(work, 'README'), 'second\n');
      await gitOk(['commit', '-am', 'second'], work);
      const head = (await gitOk(['rev-parse', 'HEAD'], work)).trim();
      await gitOk(['push', remote, 'HEAD:refs/heads/0.35.1'], work);

      const refs = await gitOk(['ls-remote', remote]);
      expect(refs).toContain(`${head}\trefs/heads/0.35.1`);

      const clone = path.join(tmp, 'clone');
      await gitOk(['clone', '--depth', '1', '--branch', '0.35.1', remote, clone]);
      expect(await readFile(path.join(clone, 'README'), 'utf8')).toBe('second\n');
      expect((await gitOk(['rev-list', '--count', 'HEAD'], clone)).trim()).toBe('1'); // really shallow

      const res = await fetch(`${server.url}/files/hello.txt`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('hello from the static side\n');
      expect((await fetch(`${server.url}/files/missing.txt`)).status).toBe(404);
      expect(await rawGet(server.port, '/files/../../etc/passwd')).toBe(403);

      expect(server.requests.some((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack'))).toBe(true);
      expect(server.requests.every((r) => r.status !== 0)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('handles chunked pushes and gzip-encoded fetch negotiation', async () => {
    const server = await startGitServer({ root });
    try {
      const remote = `${server.url}/org/repo.git`;
      // More than http.postBuffer (1 MiB): git streams the pack chunked, without Content-Length.
      const big = path.join(tmp, 'big');
      await gitOk(['init', '--initial-branch=main', big]);
      await writeFile(path.join(big, 'blob.bin'), randomBytes(3 * 1024 * 1024));
      await gitOk(['add', 'blob.bin'], big);
      await gitOk(['commit', '-m', 'big'], big);
      await gitOk(['push', remote, 'HEAD:refs/heads/big'], big);

      // 40 local commits the server lacks: the "have" lines exceed 1 KiB, so git gzips the body.
      const many = path.join(tmp, 'many');
      await gitOk(['init', '--initial-branch=main', many]);
      for (let i = 0; i < 40; i++) await gitOk(['commit', '--allow-empty', '-m', `local ${i}`], many);
      await gitOk(['fetch', remote, 'refs/heads/big:refs/remotes/origin/big'], many);
      expect((await gitOk(['ls-tree', '-r', '--name-only', 'origin/big'], many)).trim()).toBe('blob.bin');
    } finally {
      await server.close();
    }
  });

  it.runIf(process.getuid?.() === 0)('serves repositories owned by another user', async () => {
    const foreign = path.join(tmp, 'foreign');
    await gitOk(['init', '--bare', path.join(foreign, 'other.git')]);
    await chown(path.join(foreign, 'other.git'), 4321, 4321);
    const server = await startGitServer({ root: foreign });
    try {
      expect((await git(['ls-remote', `${server.url}/other.git`])).code).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('demands the configured Basic auth on every request', async () => {
    const auth = { username: 'oauth2', password: 's3cret' };
    const server = await startGitServer({ root, auth });
    try {
      const remote = `${server.url}/org/repo.git`;
      const denied = await git(['ls-remote', remote]);
      expect(denied.code).not.toBe(0);
      expect(denied.stderr).toMatch(/could not read Username|Authentication failed|401/);
      expect(server.requests[0]?.status).toBe(401);

      const header = `Authorization: Basic ${Buffer.from('oauth2:s3cret').toString('base64')}`;
      expect(await gitOk(['-c', `http.extraHeader=${header}`, 'ls-remote', remote])).toContain('refs/heads/0.35.1');
      const wrong = `Authorization: Basic ${Buffer.from('oauth2:nope').toString('base64')}`;
      expect((await git(['-c', `http.extraHeader=${wrong}`, 'ls-remote', remote])).code).not.toBe(0);

      const anon = await fetch(`${server.url}/files/hello.txt`);
      expect(anon.status).toBe(401);
      expect(anon.headers.get('www-authenticate')).toMatch(/^Basic /);
      const authed = await fetch(`${server.url}/files/hello.txt`, {
        headers: { Authorization: header.slice('Authorization: '.length) },
      });
      expect(authed.status).toBe(200);
      expect(server.requests.at(-1)?.authorization).toBe(header.slice('Authorization: '.length));
    } finally {
      await server.close();
    }
  });

  it('answers with an injected fault', async () => {
    const seen: Array<{ path: string; service?: string }> = [];
    const server = await startGitServer({
      root,
      fault: (req) => {
        seen.push({ path: req.path, ...(req.service ? { service: req.service } : {}) });
        return { status: 503, headers: { 'Retry-After': '1' }, body: 'maintenance\n' };
      },
    });
    try {
      const r = await git(['ls-remote', `${server.url}/org/repo.git`]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('503');
      expect(seen[0]).toEqual({ path: '/org/repo.git/info/refs', service: 'git-upload-pack' });
      expect(server.requests[0]?.status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('close() ends requests that hang', async () => {
    const server = await startGitServer({ root, fault: () => ({ status: 0, hang: true }) });
    const pending = fetch(`${server.url}/files/hello.txt`).then(
      () => 'answered',
      () => 'failed',
    );
    // Wait until the server has the request, then close underneath it.
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    const started = Date.now();
    await server.close();
    expect(await pending).toBe('failed');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests[0]?.status).toBe(0);
  });
});
