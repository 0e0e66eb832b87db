// Which releases exist and which the mirror lacks, against real servers on 127.0.0.1:
//   - GitHub's REST "List releases" through @actions/github's octokit and a faithful fake of the
//     endpoint (pagination by Link header, drafts, prereleases, non-release tags, auth, rate limits,
//     every failure mapped to its catalog reason, retried only when transient, never showing the token);
//   - the Falco source repository's tags and the mirror's branches through the real git and a real
//     `git http-backend` smart-HTTP server.
// Both servers run in this process: every git this file runs itself goes through the async execFile.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { inspect, promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import { createGit, type Git } from '../../src/effects/git.js';
import { listApiReleases, type ApiOptions } from '../../src/effects/releases-api.js';
import { listMirroredBranches, listReleaseTags, tagExists } from '../../src/effects/remote-refs.js';
import { missingVersions, releasesInRange } from '../../src/planning/version-spec.js';
import { resolveLatest } from '../../src/effects/release-source.js';
import { startGitServer, type Fault, type FaultRequest, type GitServer } from '../support/git-server.js';
import { REPO_ID, startReleasesApi, type ApiFault, type ApiRequest, type FakeRelease, type ReleasesApi } from '../support/releases-api.js';

const exec = promisify(execFile);

const TOKEN = 'ghp_fdmTestToken0123456789abcdefXYZ';
/** Fast retries, but a ceiling (x4) above the 1 s Retry-After the tests send. */
const RETRY = { attempts: 3, baseMs: 20, maxMs: 1000 };

/** Newest first by date, as GitHub lists them: 0.37.2 (a backport) came out after 0.38.0. */
const RELEASES: FakeRelease[] = [
  { tag_name: '0.39.0', draft: true },
  { tag_name: '0.37.2', published_at: '2024-09-10T10:00:00Z' },
  { tag_name: '0.39.0-rc1', prerelease: true, published_at: '2024-09-01T10:00:00Z' },
  { tag_name: '0.38.1', prerelease: true, published_at: '2024-08-20T10:00:00Z' },
  { tag_name: '0.38.0', published_at: '2024-08-01T10:00:00Z' },
  { tag_name: 'agent/0.1.0', published_at: '2024-07-01T10:00:00Z' },
  { tag_name: 'v0.1.0', published_at: '2024-06-01T10:00:00Z' },
  { tag_name: 'latest', published_at: '2024-05-15T10:00:00Z' },
  { tag_name: '0.37.1', published_at: '2024-05-01T10:00:00Z' },
  { tag_name: '0.36.2', published_at: '2024-02-01T10:00:00Z' },
  { tag_name: '0.35.1', published_at: '2023-07-01T10:00:00Z' },
];
const EXPECTED = ['0.35.1', '0.36.2', '0.37.1', '0.37.2', '0.38.0'];
const PAGE = 3;

const apis: ReleasesApi[] = [];
async function api(
  opts: { fault?: (req: ApiRequest) => ApiFault | undefined; prefix?: string; releases?: FakeRelease[] } = {},
): Promise<ReleasesApi> {
  const server = await startReleasesApi({ releases: opts.releases ?? RELEASES, pageSize: PAGE, token: TOKEN, ...opts });
  apis.push(server);
  return server;
}

/** The error listApiReleases fails with; the token appears nowhere in it. */
async function apiFailure(opts: ApiOptions): Promise<MirrorError> {
  const err: unknown = await listApiReleases(opts).then(
    () => new Error('listApiReleases succeeded'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MirrorError);
  const e = err as MirrorError;
  for (const text of [e.message, e.describe('ru'), inspect(e, { depth: 5 }), JSON.stringify(e)]) expect(text).not.toContain(TOKEN);
  return e;
}

afterAll(async () => {
  await Promise.all(apis.map((a) => a.close()));
});

describe('releases from the GitHub API', () => {
  it('follows the Link pagination, keeps published X.Y.Z releases only, and sends the token', async () => {
    const server = await api();
    const versions = await listApiReleases({ token: TOKEN, apiUrl: server.url, retry: RETRY });
    expect(versions).toEqual(EXPECTED);

    // 10 visible releases (the draft included, for an authenticated caller) at 3 a page: 4 pages.
    expect(server.requests.map((r) => [r.path, r.page, r.perPage, r.status])).toEqual([
      ['/repos/falcosecurity/falco/releases', undefined, 100, 200],
      [`/repositories/${REPO_ID}/releases`, 2, 100, 200],
      [`/repositories/${REPO_ID}/releases`, 3, 100, 200],
      [`/repositories/${REPO_ID}/releases`, 4, 100, 200],
    ]);
    for (const r of server.requests) {
      expect(r.authorization).toBe(`token ${TOKEN}`);
      expect(r.apiVersion).toBe('2022-11-28');
      expect(r.userAgent).toMatch(/^falco-deps-mirror /);
    }
    expect(releasesInRange(versions, '>=0.36.0 <0.38.0')).toEqual(['0.36.2', '0.37.1', '0.37.2']);
  });

  it('resolves latest to the SemVer-newest release, not the newest by date', async () => {
    const server = await api();
    expect(await resolveLatest({ kind: 'api', token: TOKEN, apiUrl: server.url, retry: RETRY })).toBe('0.38.0');
  });

  it('calls anonymously when the token is empty: no Authorization header at all', async () => {
    const server = await api();
    expect(await listApiReleases({ token: '', apiUrl: server.url, retry: RETRY })).toEqual(EXPECTED);
    expect(server.requests.length).toBe(4); // 10 releases without the draft: 3 + 3 + 3 + 1
    for (const r of server.requests) expect(r.authorization).toBeUndefined();
  });

  it('works under a GitHub Enterprise Server style base URL (/api/v3)', async () => {
    const server = await api({ prefix: '/api/v3' });
    expect(server.url).toMatch(/\/api\/v3$/);
    expect(await listApiReleases({ token: TOKEN, apiUrl: `${server.url}/`, retry: RETRY })).toEqual(EXPECTED);
    expect(server.requests.every((r) => r.path.startsWith('/api/v3/') && r.status === 200)).toBe(true);
  });

  it('resolving latest with no release at all is NotFound (get)', async () => {
    const server = await api({ releases: [{ tag_name: 'v0.1.0' }, { tag_name: '0.36.0-rc1', prerelease: true }] });
    const err = await resolveLatest({ kind: 'api', token: TOKEN, apiUrl: server.url, retry: RETRY }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MirrorError);
    expect([(err as MirrorError).reason, (err as MirrorError).verb, (err as MirrorError).resource]).toEqual([
      'NotFound',
      'get',
      `releases of falcosecurity/falco at ${server.url}`,
    ]);
  });

  it('waits out a 429 with Retry-After: 1, then asks for the same page again', async () => {
    const server = await api({ fault: (r) => (r.n === 2 ? { status: 429, headers: { 'Retry-After': '1' } } : undefined) });
    const retries: string[] = [];
    const started = Date.now();
    expect(await listApiReleases({ token: TOKEN, apiUrl: server.url, retry: RETRY, onRetry: (m) => retries.push(m) })).toEqual(EXPECTED);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server.requests.map((r) => [r.page ?? 1, r.status])).toEqual([
      [1, 200],
      [2, 429],
      [2, 200],
      [3, 200],
      [4, 200],
    ]);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(
      /^TooManyRequests \(HTTP 429\) on get of releases of falcosecurity\/falco at .* Retrying in 1\.0 s \(attempt 2\)\.$/,
    );
  });

  it('a 403 with x-ratelimit-remaining: 0 is TooManyRequests: waited out when the reset is near', async () => {
    const fault = (r: ApiRequest): ApiFault | undefined =>
      r.n === 1
        ? {
            status: 403,
            headers: {
              'x-ratelimit-limit': '60',
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2),
            },
            body: {
              message: 'API rate limit exceeded for 127.0.0.1.',
              documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            },
          }
        : undefined;
    const server = await api({ fault });
    const started = Date.now();
    expect(await listApiReleases({ token: TOKEN, apiUrl: server.url, retry: RETRY })).toEqual(EXPECTED);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(server.requests.map((r) => r.status)).toEqual([403, 200, 200, 200, 200]);
  });

  it('a rate limit that resets in an hour fails at once, saying when it resets', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const server = await api({
      fault: () => ({
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: { message: 'API rate limit exceeded for 127.0.0.1.' },
      }),
    });
    const started = Date.now();
    const err = await apiFailure({ token: TOKEN, apiUrl: server.url, retry: RETRY });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests.length).toBe(1);
    expect([err.reason, err.code, err.verb]).toEqual(['TooManyRequests', 429, 'get']);
    expect(err.retryAfterMs).toBeGreaterThan(3_500_000);
    expect(err.message).toContain('API rate limit exceeded');
    expect(err.message).toContain(new Date(reset * 1000).toISOString().slice(0, 13)); // the hour it resets
    expect(err.hint).toMatch(/github-token/);
  });

  it('a wrong token is Unauthorized, not retried, and the token is not shown even when the server echoes it', async () => {
    const server = await startReleasesApi({ releases: RELEASES, token: 'the-right-one' });
    apis.push(server);
    const err = await apiFailure({ token: TOKEN, apiUrl: server.url, retry: RETRY });
    expect([err.reason, err.code, err.verb, err.resource]).toEqual([
      'Unauthorized',
      401,
      'get',
      `releases of falcosecurity/falco at ${server.url}`,
    ]);
    expect(err.message).toContain('Bad credentials');
    expect(server.requests.length).toBe(1);

    const echo = await api({ fault: (r) => ({ status: 401, body: { message: `Bad credentials: ${r.authorization ?? ''}` } }) });
    const echoed = await apiFailure({ token: TOKEN, apiUrl: echo.url, retry: RETRY });
    expect(echoed.reason).toBe('Unauthorized');
    expect(echoed.message).toContain('Bad credentials: token ***');
  });

  it('a 500 is InternalError and is not retried', async () => {
    const server = await api({ fault: () => ({ status: 500, body: { message: 'Server Error' } }) });
    const err = await apiFailure({ token: TOKEN, apiUrl: server.url, retry: RETRY });
    expect([err.reason, err.code]).toEqual(['InternalError', 500]);
    expect(server.requests.length).toBe(1);
  });

  it('a 503 is retried, then the listing succeeds', async () => {
    const server = await api({ fault: (r) => (r.n === 1 ? { status: 503, body: 'upstream connect error' } : undefined) });
    const retries: string[] = [];
    expect(await listApiReleases({ token: TOKEN, apiUrl: server.url, retry: RETRY, onRetry: (m) => retries.push(m) })).toEqual(EXPECTED);
    expect(server.requests.map((r) => r.status)).toEqual([503, 200, 200, 200, 200]);
    expect(retries[0]).toMatch(/^ServiceUnavailable \(HTTP 503\)/);
  });

  it.each([
    [502, 'ServiceUnavailable', 3],
    [504, 'Timeout', 3],
    [404, 'NotFound', 1],
    [422, 'Invalid', 1],
  ] as const)('HTTP %i is %s after %i request(s)', async (status, reason, requests) => {
    const server = await api({ fault: () => ({ status }) });
    const err = await apiFailure({ token: TOKEN, apiUrl: server.url, retry: RETRY });
    expect(err.reason).toBe(reason);
    expect(err.verb).toBe('get');
    expect(server.requests.length).toBe(requests);
    if (reason === 'NotFound') expect(err.hint).toContain('GITHUB_API_URL');
  });

  it('a dropped connection is ServiceUnavailable and retried; a closed port fails after the retries', async () => {
    const server = await api({ fault: (r) => (r.n === 1 ? { status: 0, destroy: true } : undefined) });
    expect(await listApiReleases({ token: TOKEN, apiUrl: server.url, retry: RETRY })).toEqual(EXPECTED);
    expect(server.requests.length).toBe(5);

    const gone = await startReleasesApi({ releases: [] });
    const url = gone.url;
    await gone.close();
    const err = await apiFailure({ token: TOKEN, apiUrl: url, retry: RETRY });
    expect([err.reason, err.verb]).toEqual(['ServiceUnavailable', 'get']);
    expect(err.message).toMatch(/could not be reached/);
  });

  it('never follows a Link to another host (the token would go with it)', async () => {
    const elsewhere = await api();
    const server = await api({
      fault: (r) =>
        r.n === 1
          ? { status: 200, body: [], headers: { Link: `<${elsewhere.url}/repositories/1/releases?page=2>; rel="next"` } }
          : undefined,
    });
    const err = await apiFailure({ token: TOKEN, apiUrl: server.url, retry: RETRY });
    expect(err.reason).toBe('Invalid');
    expect(elsewhere.requests.length).toBe(0);
  });

  it('an answer that is not a list of releases is an error, not an empty list', async () => {
    const server = await api({ fault: () => ({ status: 200, body: { message: 'hello' } }) });
    const err = await apiFailure({ token: TOKEN, apiUrl: server.url, retry: RETRY });
    expect(err.reason).toBe('InternalError');
  });

  it('a request that never answers times out and is retried; a cancelled run stops at once', async () => {
    const server = await api({ fault: (r) => (r.n === 1 ? { status: 0, hang: true } : undefined) });
    expect(await listApiReleases({ token: TOKEN, apiUrl: server.url, retry: RETRY, timeoutMs: 300 })).toEqual(EXPECTED);
    expect(server.requests.length).toBe(5);

    const controller = new AbortController();
    controller.abort(new Error('received SIGINT'));
    const other = await api();
    const err = await apiFailure({ token: TOKEN, apiUrl: other.url, retry: RETRY, signal: controller.signal });
    expect(err.reason).toBe('Timeout');
    expect(err.message).toMatch(/cancelled/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Tags and branches with git

describe('tags of the source repository and branches of the mirror, with git', () => {
  let tmp: string;
  let server: GitServer;
  let git: Git;
  let fault: ((req: FaultRequest) => Fault | undefined) | undefined;
  /** Undoes what beforeAll set up, newest first; beforeAll may have failed halfway, so each step is added once its part exists. */
  const teardown: Array<() => Promise<void>> = [];

  const gitEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.invalid',
  };
  const run = (args: string[], cwd?: string) => exec('git', args, { cwd, env: gitEnv });

  /** A bare repo at root/<rel> with one commit and the given tags (annotated when `annotated`). */
  async function repoWithTags(rel: string, tags: string[], branches: string[] = []): Promise<void> {
    const work = await fs.mkdtemp(path.join(tmp, 'work-'));
    await run(['init', '-q', '-b', 'master', work]);
    await fs.writeFile(path.join(work, 'README'), `${rel}\n`);
    await run(['add', '-A'], work);
    await run(['commit', '-q', '-m', 'first'], work);
    for (const [i, tag] of tags.entries()) {
      await run(i % 2 === 0 ? ['tag', '-a', '-m', tag, tag] : ['tag', tag], work);
    }
    for (const branch of branches) await run(['branch', branch], work);
    const bare = path.join(tmp, 'root', rel);
    await fs.mkdir(path.dirname(bare), { recursive: true });
    await run(['clone', '-q', '--bare', work, bare]);
  }

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-versions-'));
    teardown.push(() => fs.rm(tmp, { recursive: true, force: true }));
    await repoWithTags('falcosecurity/falco.git', ['0.35.1', '0.36.0-rc1', '0.36.2', 'v0.1.0', 'agent/0.1.0']);
    await repoWithTags('no-releases/falcosecurity/falco.git', ['v0.1.0', '0.36.0-rc1']);
    await repoWithTags('mirror.git', [], ['0.35.1', 'feature/x']);
    await run(['init', '-q', '--bare', path.join(tmp, 'root', 'empty-mirror.git')]);
    server = await startGitServer({ root: path.join(tmp, 'root'), fault: (req) => fault?.(req) });
    teardown.push(() => server.close());
    git = createGit({ url: server.url, auth: undefined, tempDir: tmp });
    teardown.push(() => git.dispose());
  });

  afterEach(() => {
    fault = undefined;
  });

  afterAll(async () => {
    for (const step of teardown.toReversed()) await step();
  });

  /** The requests made while fn ran. */
  async function counting<T>(fn: () => Promise<T>): Promise<{ value: T; requests: typeof server.requests }> {
    const before = server.requests.length;
    const value = await fn();
    return { value, requests: server.requests.slice(before) };
  }

  it('lists the release tags with one ls-remote: X.Y.Z only, ascending', async () => {
    const { value, requests } = await counting(() => listReleaseTags(git, server.url, { retry: RETRY }));
    expect(value).toEqual(['0.35.1', '0.36.2']);
    // One ls-remote: one ref advertisement (and, with protocol v2, its one ls-refs command).
    expect(requests.filter((r) => r.path.endsWith('/info/refs'))).toHaveLength(1);
    expect(requests.length).toBeLessThanOrEqual(2);
    expect(requests.every((r) => r.path.startsWith('/falcosecurity/falco.git/') && r.status === 200)).toBe(true);
  });

  it('resolves latest from the tags', async () => {
    expect(await resolveLatest({ kind: 'tags', git, sourceRepo: server.url, retry: RETRY })).toBe('0.36.2');
    const err = await resolveLatest({ kind: 'tags', git, sourceRepo: `${server.url}/no-releases`, retry: RETRY }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MirrorError);
    expect([(err as MirrorError).reason, (err as MirrorError).verb, (err as MirrorError).resource]).toEqual([
      'NotFound',
      'get',
      `tags of ${server.url}/no-releases/falcosecurity/falco.git`,
    ]);
  });

  it('tells whether a tag exists, exactly', async () => {
    expect(await tagExists(git, server.url, '0.36.2')).toBe(true);
    expect(await tagExists(git, server.url, '0.36.0-rc1')).toBe(true);
    expect(await tagExists(git, server.url, '0.36.1')).toBe(false);
    expect(await tagExists(git, server.url, '0.1.0')).toBe(false); // only v0.1.0 and agent/0.1.0 exist
    await expect(tagExists(git, server.url, 'v0.1.0')).rejects.toMatchObject({ reason: 'Invalid' });
  });

  it('lists the mirror branches with their commits, and what is missing from them', async () => {
    const { value: branches, requests } = await counting(() => listMirroredBranches(git, `${server.url}/mirror.git`));
    expect(new Set(branches.keys())).toEqual(new Set(['master', '0.35.1', 'feature/x']));
    const tip = (await run(['--git-dir', path.join(tmp, 'root', 'mirror.git'), 'rev-parse', 'refs/heads/0.35.1'])).stdout.trim();
    expect(branches.get('0.35.1')).toBe(tip);
    expect(requests.filter((r) => r.path.endsWith('/info/refs'))).toHaveLength(1);
    expect(missingVersions(await listReleaseTags(git, server.url), new Set(branches.keys()))).toEqual(['0.36.2']);
    expect(await listMirroredBranches(git, `${server.url}/empty-mirror.git`)).toEqual(new Map());
  });

  it('a missing source repository is NotFound with a hint about source-repo', async () => {
    const err = await listReleaseTags(git, `${server.url}/nowhere`, { retry: RETRY }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MirrorError);
    const e = err as MirrorError;
    expect([e.reason, e.verb, e.resource]).toEqual(['NotFound', 'get', `tags of ${server.url}/nowhere/falcosecurity/falco.git`]);
    expect(e.hint).toMatch(/source-repo/);
    expect(e.hint).not.toMatch(/mirror/);
  });

  it('a 503 from the source is retried; a 500 is not', async () => {
    let n = 0;
    fault = () => (++n === 1 ? { status: 503 } : undefined);
    const retries: string[] = [];
    expect(await listReleaseTags(git, server.url, { retry: RETRY, onRetry: (m) => retries.push(m) })).toEqual(['0.35.1', '0.36.2']);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(/^ServiceUnavailable \(HTTP 503\) on get of tags of /);

    fault = () => ({ status: 500 });
    const { value: err, requests } = await counting(() => listReleaseTags(git, server.url, { retry: RETRY }).catch((e: unknown) => e));
    expect((err as MirrorError).reason).toBe('InternalError');
    expect(requests).toHaveLength(1);
  });
});
