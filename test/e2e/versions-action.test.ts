// Versions as a scheduled workflow uses them, through the bundled action: `latest` from the releases
// API (a loopback fake of GitHub's REST endpoint, under /api/v3 as on GHES) or from the source repo's
// tags, and a range with dry-run planning the versions the mirror lacks, from one ls-remote each.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupE2e } from '../support/e2e.js';
import { startReleasesApi, type ReleasesApi } from '../support/releases-api.js';
import { expectNoSecrets } from '../support/secrets.js';

const exec = promisify(execFile);
const API_TOKEN = 'ghs_FDMversionsTestToken123';

const e2e = setupE2e({ prefix: 'fdm-versions-e2e-', mirror: {}, inputs: () => ({ 'github-token': API_TOKEN }) });
let api: ReleasesApi;
/** Undoes what beforeAll set up, newest first; beforeAll may have failed halfway, so each step is added once its part exists. */
const teardown: Array<() => Promise<void>> = [];

// After setupE2e's beforeAll, which made the temp dir and the mirror.
beforeAll(async () => {
  // Newest first, as GitHub lists them; 0.44.0 is a draft, 0.38.2 the newest by date but not by version.
  api = await startReleasesApi({
    prefix: '/api/v3',
    token: API_TOKEN,
    pageSize: 2,
    releases: [
      { tag_name: '0.44.0', draft: true },
      { tag_name: '0.38.2', published_at: '2026-11-20T00:00:00Z' },
      { tag_name: '0.45.0-rc1', prerelease: true },
      { tag_name: 'agent/9.9.9' },
      { tag_name: '0.35.1', published_at: '2026-10-01T00:00:00Z' },
      { tag_name: '0.36.1', published_at: '2026-09-01T00:00:00Z' },
    ],
  });
  teardown.push(() => api.close());
  // The mirror already has 0.35.1.
  const work = path.join(e2e.tmp, 'seed-branch');
  await exec('git', ['init', '--quiet', work]);
  fs.writeFileSync(path.join(work, 'x.tar.gz'), 'x');
  await exec('git', ['-C', work, 'add', '.']);
  await exec('git', ['-C', work, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'x']);
  await exec('git', ['-C', work, 'push', '--quiet', e2e.mirror.bare, 'HEAD:refs/heads/0.35.1']);
});

afterAll(async () => {
  for (const step of teardown.toReversed()) await step();
});

const action = (name: string, inputs: Record<string, string>) => e2e.run(name, { inputs, env: { GITHUB_API_URL: api.url } });

describe('versions', () => {
  it('resolves latest to the newest published release by version, through the API, and builds it', { timeout: 600_000 }, async () => {
    const run = await action('latest-api', { 'falco-version': 'latest' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['falco-version']).toBe('0.38.2');
    expect(run.stdout).toMatch(/latest is Falco 0\.38\.2 \(api\)/);
    expect(run.outputs['file-count']).toBe(String(e2e.servers.fixture.expected['0.38.2']?.length));
    // Every page was read, with the token, under the GHES-style prefix.
    expect(api.requests.length).toBeGreaterThanOrEqual(3);
    expect(api.requests.every((r) => r.path.startsWith('/api/v3/') && r.authorization?.includes(API_TOKEN))).toBe(true);
    // The token is masked for the runner and appears nowhere else.
    expectNoSecrets(run, [API_TOKEN, Buffer.from(API_TOKEN).toString('base64')]);
  });

  it("resolves latest from the source repo's release tags with release-source: tags", { timeout: 120_000 }, async () => {
    const before = api.requests.length;
    const run = await action('latest-tags', { 'falco-version': 'latest', 'release-source': 'tags', 'dry-run': 'true' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['falco-version']).toBe('0.44.0');
    expect(api.requests.length).toBe(before);
    expect(run.stdout).not.toMatch(/::group::Build/);
  });

  it('plans a range: the released versions the mirror lacks, as a JSON array, from one ls-remote each', { timeout: 120_000 }, async () => {
    const sourceBefore = e2e.servers.git.requests.length;
    const mirrorBefore = e2e.mirror.server.requests.length;
    const run = await action('range', {
      'falco-version': '>=0.35.0',
      'dry-run': 'true',
      'release-source': 'tags',
      'mirror-repo': e2e.mirror.url,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs.versions ?? '')).toEqual(['0.36.1', '0.38.2', '0.44.0']);
    expect(run.outputs.skipped).toBe('true');
    expect(run.stdout).not.toMatch(/::group::Build/);
    const infoRefs = (reqs: Array<{ path: string }>) => reqs.filter((r) => r.path.endsWith('/info/refs')).length;
    expect(infoRefs(e2e.servers.git.requests.slice(sourceBefore))).toBe(1);
    // The mirror: one ls-remote of its branches (with their commits), then one partial fetch of 0.35.1,
    // the highest below the first build, for the SBOM it will be compared with (this one has none).
    const mirrorRequests = e2e.mirror.server.requests.slice(mirrorBefore);
    expect(infoRefs(mirrorRequests)).toBe(2);
    expect(mirrorRequests.some((r) => r.path.endsWith('/git-receive-pack'))).toBe(false);
    expect(run.stdout).toContain(
      "The first build, 0.36.1, would be compared with the mirror's 0.35.1, which has no falco-deps.cdx.json: no dependency diff.",
    );
  });

  it('plans a range from the releases API, leaving out drafts, prereleases and other tags', { timeout: 120_000 }, async () => {
    const run = await action('range-api', { 'falco-version': '^0.35.0 || ~0.38.0', 'dry-run': 'true' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs.versions ?? '')).toEqual(['0.35.1', '0.38.2']);
  });

  it('refuses a range without dry-run before doing anything, and points to the matrix pattern', async () => {
    const before = api.requests.length;
    const run = await action('range-no-dry', { 'falco-version': '>=0.35.0' });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('Invalid');
    expect(run.stdout).toMatch(/::error::Input falco-version ">=0\.35\.0" is a range: with dry-run: true .*matrix/);
    expect(api.requests.length).toBe(before);
  });
});
