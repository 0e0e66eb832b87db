// What git sends the mirror besides the action's own header: nothing. The action runs with the
// workspace as its current directory, and actions/checkout leaves an `http.<url>.extraheader` in the
// workspace's .git/config; system and global config may hold extra headers and credential helpers too.
// A forge such as GitHub answers 400 to a second Authorization header. Here a real git runs, started by
// the real createGit in a Node process of its own whose cwd is such a workspace, against the loopback
// git server, which records every Authorization header of every request.
//
// The server runs in this process: everything this file runs goes through the async execFile.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitServer, type GitServer, type RecordedRequest } from '../support/git-server.js';

const exec = promisify(execFile);

const TOKEN = 'fdm-git-env-token-Q7w2Lp';
const WRONG_TOKEN = 'fdm-git-env-wrong-Z3k8Tn';
const header = (user: string, password: string): string => `basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const OURS = header('oauth2', TOKEN);
const WRONG = header('oauth2', WRONG_TOKEN);
// What the other sources would add, each told apart by its user name.
const WORKSPACE = header('x-access-token', 'from-the-workspace');
const SYSTEM = header('system', 'from-system-config');
const GLOBAL = header('global', 'from-global-config');
const GLOBAL_EXACT = header('global-exact', 'from-global-config');

const ISOLATED: NodeJS.ProcessEnv = { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

/** Runs createGit (and, for a push, createMirrorBranch) from src, as the action does, and prints the result. */
const CHILD = `
const [gitModule, branchModule, op, url, token, scratch, treeDir] = process.argv.slice(1);
const { createGit } = await import(gitModule);
const git = createGit({ url, auth: token ? { username: 'oauth2', token } : undefined, tempDir: scratch });
try {
  if (op === 'ls-remote') {
    const r = await git.run(['ls-remote', url]);
    console.log(JSON.stringify({ code: r.code, stderr: r.stderr }));
  } else {
    const { createMirrorBranch } = await import(branchModule);
    const branch = createMirrorBranch({ git, url, branch: '0.35.1', workDir: scratch, retry: { attempts: 1, baseMs: 1, maxMs: 1 } });
    const snap = await branch.snapshot(treeDir, 'test', undefined, { built: ['linux/amd64'], byPath: new Map(), keep: [] });
    await branch.create(snap.commit);
    console.log(JSON.stringify({ code: 0, stderr: '' }));
  }
} finally {
  await git.dispose();
}
`;

let tmp: string;
let server: GitServer;
/** A server without authentication, reached only through a url.<base>.insteadOf of the global config. */
let open: GitServer;
let workspace: string;
/** A workspace whose config sends the mirror's URL to the other server. */
let misleading: string;
let home: string;
let treeDir: string;
const configs = { system: '', global: '', globalExact: '' };
let mirrorUrl: string;
let runs = 0;
let helperMark: string;
/** Undoes what beforeAll set up, newest first; each step is added once its part exists. */
const teardown: Array<() => Promise<void>> = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-git-env-'));
  teardown.push(() => fs.rm(tmp, { recursive: true, force: true }));
  const root = path.join(tmp, 'root');
  for (const repo of ['mirror', 'open'])
    await exec('git', ['init', '--quiet', '--bare', path.join(root, 'org', `${repo}.git`)], { env: ISOLATED });
  server = await startGitServer({ root, auth: { username: 'oauth2', password: TOKEN } });
  teardown.push(() => server.close());
  open = await startGitServer({ root });
  teardown.push(() => open.close());
  mirrorUrl = `${server.url}/org/mirror.git`;

  // The workspace as actions/checkout leaves it: its token as an extraheader for the forge's root URL.
  workspace = path.join(tmp, 'workspace');
  await exec('git', ['init', '--quiet', workspace], { env: ISOLATED });
  await exec('git', ['-C', workspace, 'config', `http.${server.url}/.extraheader`, `AUTHORIZATION: ${WORKSPACE}`], { env: ISOLATED });

  misleading = path.join(tmp, 'misleading');
  await exec('git', ['init', '--quiet', misleading], { env: ISOLATED });
  await exec('git', ['-C', misleading, 'config', `url.${open.url}/.insteadOf`, `${server.url}/`], { env: ISOLATED });

  home = path.join(tmp, 'home');
  await fs.mkdir(home);
  // A helper that would answer with the right token, were it asked, and leaves a mark when it is.
  helperMark = path.join(tmp, 'helper-was-asked');
  const helper = `!f() { echo \\"$1\\" >> '${helperMark}'; echo username=oauth2; echo password=${TOKEN}; }; f`;
  configs.system = path.join(tmp, 'system.gitconfig');
  await fs.writeFile(configs.system, `[http]\n\textraheader = AUTHORIZATION: ${SYSTEM}\n`);
  configs.global = path.join(tmp, 'global.gitconfig');
  await fs.writeFile(
    configs.global,
    [
      `[http "${server.url}/"]`,
      `\textraheader = AUTHORIZATION: ${GLOBAL}`,
      '[credential]',
      `\thelper = "${helper}"`,
      `[url "${open.url}/"]`,
      '\tinsteadOf = http://fdm-mirror.invalid/',
      '',
    ].join('\n'),
  );
  // The most specific entry there can be: for the mirror's URL itself.
  configs.globalExact = path.join(tmp, 'global-exact.gitconfig');
  await fs.writeFile(configs.globalExact, `[http "${mirrorUrl}"]\n\textraheader = AUTHORIZATION: ${GLOBAL_EXACT}\n`);

  treeDir = path.join(tmp, 'tree');
  await fs.mkdir(path.join(treeDir, 'grpc'), { recursive: true });
  await fs.writeFile(path.join(treeDir, 'grpc', 'grpc.tar.gz'), 'not really a tarball\n');
});

afterAll(async () => {
  for (const step of teardown.toReversed()) await step();
});

interface ChildRun {
  code: number;
  stderr: string;
  /** What the server saw meanwhile. */
  requests: RecordedRequest[];
}

interface ChildOptions {
  token?: string;
  global: string;
  /** The server whose requests are returned (default: the mirror's). */
  on?: GitServer;
  /** The process's cwd (default: the workspace actions/checkout set up). */
  cwd?: string;
  /** Where the run's scratch directory is made (default: outside any repository). */
  scratchIn?: string;
}

/** The action's git in a process whose cwd is the workspace, with the given global config and token. */
async function inWorkspace(op: 'ls-remote' | 'push', url: string, opts: ChildOptions): Promise<ChildRun> {
  const on = opts.on ?? server;
  const before = on.requests.length;
  const scratch = path.join(opts.scratchIn ?? tmp, `scratch-${runs++}`);
  await fs.mkdir(scratch, { recursive: true });
  const src = (file: string): string => pathToFileURL(path.resolve(import.meta.dirname, '../../src/effects', file)).href;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const args = [
    '--import',
    tsx,
    '--input-type=module',
    '-e',
    CHILD,
    src('git.ts'),
    src('mirror-branch.ts'),
    op,
    url,
    opts.token ?? '',
    scratch,
    treeDir,
  ];
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, GIT_CONFIG_SYSTEM: configs.system, GIT_CONFIG_GLOBAL: opts.global };
  const { stdout } = await exec(process.execPath, args, { cwd: opts.cwd ?? workspace, env, timeout: 60_000 });
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { code: number; stderr: string };
  return { ...result, requests: on.requests.slice(before) };
}

describe('the Authorization headers git sends the mirror', () => {
  it('is the action’s own alone, whatever the workspace, global and system config add', async () => {
    const r = await inWorkspace('ls-remote', mirrorUrl, { token: TOKEN, global: configs.global });
    expect(r.code, r.stderr).toBe(0);
    expect(r.requests.length).toBeGreaterThan(0);
    for (const request of r.requests) expect(request.authorizations).toEqual([OURS]);
  });

  it('is the action’s own alone even over a global entry for the mirror’s exact URL', async () => {
    const r = await inWorkspace('ls-remote', mirrorUrl, { token: TOKEN, global: configs.globalExact });
    expect(r.code, r.stderr).toBe(0);
    for (const request of r.requests) expect(request.authorizations).toEqual([OURS]);
  });

  it('is the action’s own alone on every request of a push', async () => {
    const r = await inWorkspace('push', mirrorUrl, { token: TOKEN, global: configs.global });
    expect(r.code, r.stderr).toBe(0);
    expect(r.requests.some((q) => q.method === 'POST' && q.path.endsWith('/git-receive-pack'))).toBe(true);
    for (const request of r.requests) expect([request.path, request.authorizations]).toEqual([request.path, [OURS]]);
    const { stdout } = await exec('git', ['--git-dir', path.join(tmp, 'root', 'org', 'mirror.git'), 'rev-parse', 'refs/heads/0.35.1'], {
      env: ISOLATED,
    });
    expect(stdout.trim()).toMatch(/^[0-9a-f]{40}$/);
  });

  it('asks no credential helper when the mirror refuses the token, or when there is none', async () => {
    for (const token of [WRONG_TOKEN, undefined]) {
      const r = await inWorkspace('ls-remote', mirrorUrl, { ...(token ? { token } : {}), global: configs.global });
      expect(r.code).not.toBe(0);
      expect(r.requests.length).toBeGreaterThan(0);
      // The helper holds the right token: had git asked it, a request would carry it and succeed.
      for (const request of r.requests) {
        expect(request.authorizations).toEqual(token ? [WRONG] : []);
        expect(request.status).toBe(401);
      }
    }
    expect(await fs.readFile(helperMark, 'utf8').catch(() => 'never asked')).toBe('never asked');
  });
});

describe('the repository git reads config from', () => {
  it('is none around the process’s cwd: a workspace’s url.<base>.insteadOf leads nowhere', async () => {
    const sideBefore = open.requests.length;
    const r = await inWorkspace('ls-remote', mirrorUrl, { token: TOKEN, global: configs.global, cwd: misleading });
    expect(r.code, r.stderr).toBe(0);
    expect(r.requests.length).toBeGreaterThan(0);
    expect(open.requests.length).toBe(sideBefore);
  });

  it('is none above the scratch directory, even when that lies inside a repository', async () => {
    const sideBefore = open.requests.length;
    const scratchIn = path.join(misleading, 'runner-temp');
    const r = await inWorkspace('ls-remote', mirrorUrl, { token: TOKEN, global: configs.global, cwd: tmp, scratchIn });
    expect(r.code, r.stderr).toBe(0);
    expect(r.requests.length).toBeGreaterThan(0);
    expect(open.requests.length).toBe(sideBefore);
  });
});

describe('system and global config', () => {
  it('still apply: a url.<base>.insteadOf of the global config leads git where it says', async () => {
    const r = await inWorkspace('ls-remote', 'http://fdm-mirror.invalid/org/open.git', { global: configs.global, on: open });
    expect(r.code, r.stderr).toBe(0);
    expect(r.requests.length).toBeGreaterThan(0);
    for (const request of r.requests) {
      expect(request.path.startsWith('/org/open.git/')).toBe(true);
      expect(request.status).toBe(200);
      // Without a token the action sends no header, and none of the system config's either.
      expect(request.authorizations).toEqual([]);
    }
  });
});
