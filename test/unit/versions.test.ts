// The pure parts of src/versions.ts: the falco-version spec (exact, latest, range, and what no shell
// or range grammar should ever see), release tags, ranges, the mirror's missing versions, ls-remote
// output, and how GitHub's HTTP answers map to the catalog with their Retry-After.
import { describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import { apiReason, apiUrlFromEnv, releaseVersionsOf, retryAfterOf } from '../../src/effects/releases-api.js';
import { falcoRepoUrl } from '../../src/planning/recipe.js';
import {
  isReleaseVersion,
  highestBelow,
  missingVersions,
  newest,
  parseVersionSpec,
  pickLatest,
  releasesInRange,
} from '../../src/planning/version-spec.js';
import { refNames } from '../../src/effects/remote-refs.js';

function refusal(value: string): MirrorError {
  try {
    parseVersionSpec(value);
  } catch (err) {
    expect(err).toBeInstanceOf(MirrorError);
    return err as MirrorError;
  }
  throw new Error(`accepted ${JSON.stringify(value)}`);
}

describe('parseVersionSpec', () => {
  it('reads exact versions with the rule of parseFalcoVersion; an exact version is not a range', () => {
    expect(parseVersionSpec('0.35.1')).toEqual({ kind: 'exact', version: '0.35.1' });
    expect(parseVersionSpec('0.36.0-rc1')).toEqual({ kind: 'exact', version: '0.36.0-rc1' });
    expect(parseVersionSpec('1.0.0-rc.2')).toEqual({ kind: 'exact', version: '1.0.0-rc.2' });
  });

  it('reads latest', () => {
    expect(parseVersionSpec('latest')).toEqual({ kind: 'latest' });
  });

  it.each([
    '>=0.35.1',
    '^0.36',
    '~0.37.0',
    '>=0.35.1 <0.38.0 || 0.40.x',
    '0.35.x',
    '0.35.*',
    '0.35',
    '0.35.1 - 0.36.2',
    '=0.35.1',
    '>= 0.35.1',
    '*',
    'x',
    '>=0.36.0-rc1',
  ])('reads the range %j', (range) => {
    expect(parseVersionSpec(range)).toEqual({ kind: 'range', range });
  });

  it.each([
    ['0.3x', 'node-semver has no such range'],
    ['>=0.35.1; rm -rf /', 'a shell command after a range'],
    ['$(id)', 'a command substitution'],
    ['`id`', 'backticks'],
    ['0.35.1 && x', 'a shell conjunction'],
    ['>=0.35.1\n<0.38.0', 'a newline'],
    ['0.35.1\n', 'a trailing newline'],
    ['>=0.35.1\t<0.38.0', 'a tab'],
    ['0.35.x || ', 'an empty alternative, which node-semver reads as *'],
    ['||', 'nothing but an empty alternative'],
    ['0.35.1 | 0.36.0', 'a single bar'],
    ['"0.35.1"', 'quotes'],
    ['Latest', 'latest in another case'],
    ['0.35.01', 'a leading zero'],
    ['1.2.3.4', 'four numbers'],
    ['>=' + '0.'.repeat(200) + '1', 'a very long range'],
  ])('refuses %j (%s)', (value) => {
    const err = refusal(value);
    expect(err.reason).toBe('Invalid');
    expect(err.message).toContain('falco-version');
    expect(err.message).toContain('latest');
    expect(err.message).toContain('>=0.35.1 <0.38.0 || 0.40.x');
    // The value is quoted with control characters escaped, never echoed raw.
    expect(err.message).not.toContain('\n');
    expect(err.message).not.toContain('\t');
  });

  it('refuses a "v" prefix, exact or in a range, with the hint that Falco tags have none', () => {
    for (const value of ['v0.35.1', '>=v0.35.1', '0.35.1 || v0.36.0']) {
      const err = refusal(value);
      expect(err.reason).toBe('Invalid');
      expect(err.message).toContain('no "v" prefix');
    }
  });

  it('refuses an empty or blank value as required', () => {
    for (const value of ['', '   ']) {
      const err = refusal(value);
      expect(err.reason).toBe('Invalid');
      expect(err.message).toMatch(/falco-version is required/);
    }
  });
});

describe('isReleaseVersion', () => {
  it.each(['0.35.1', '0.36.2', '1.0.0', '10.20.30'])('accepts %j', (tag) => {
    expect(isReleaseVersion(tag)).toBe(true);
  });

  it.each([
    'v0.1.0',
    'agent/0.1.0',
    '0.36.0-rc1',
    '0.35.1+build',
    'latest',
    '0.35',
    '00.35.1',
    '0.35.1 ',
    '',
    '0.35.1^{}',
    '99999999999999999.0.0',
  ])('refuses %j', (tag) => {
    expect(isReleaseVersion(tag)).toBe(false);
  });
});

describe('releasesInRange and newest', () => {
  const versions = ['0.36.2', '0.35.1', '0.38.0', '0.37.1', '0.40.1', '0.35.1', '0.40.0', '0.41.0', '0.34.1'];

  it('keeps what satisfies the range, ascending and unique', () => {
    expect(releasesInRange(versions, '>=0.35.1 <0.38.0 || 0.40.x')).toEqual(['0.35.1', '0.36.2', '0.37.1', '0.40.0', '0.40.1']);
    expect(releasesInRange(versions, '^0.36')).toEqual(['0.36.2']);
    expect(releasesInRange(versions, '~0.37.0')).toEqual(['0.37.1']);
    expect(releasesInRange(versions, '*')).toEqual(['0.34.1', '0.35.1', '0.36.2', '0.37.1', '0.38.0', '0.40.0', '0.40.1', '0.41.0']);
    expect(releasesInRange(versions, '>=1.0.0')).toEqual([]);
  });

  it('orders by SemVer, not as text', () => {
    expect(releasesInRange(['0.9.0', '0.10.0', '0.9.10', '0.9.2'], '*')).toEqual(['0.9.0', '0.9.2', '0.9.10', '0.10.0']);
    expect(newest(['0.9.0', '0.10.0', '0.9.10'])).toBe('0.10.0');
  });

  it('newest is undefined for none', () => {
    expect(newest([])).toBeUndefined();
  });

  it('pickLatest names the resource when there is no release', () => {
    expect(pickLatest(['0.36.0-rc1', '0.35.1', 'v0.99.0'], 'tags of x')).toBe('0.35.1');
    try {
      pickLatest(['0.36.0-rc1', 'v0.1.0'], 'tags of http://127.0.0.1:1/falcosecurity/falco.git');
      throw new Error('no error');
    } catch (err) {
      expect(err).toBeInstanceOf(MirrorError);
      const e = err as MirrorError;
      expect([e.reason, e.verb, e.resource]).toEqual(['NotFound', 'get', 'tags of http://127.0.0.1:1/falcosecurity/falco.git']);
      expect(e.message).toMatch(/^NotFound \(HTTP 404\) on get of tags of /);
    }
  });
});

describe('highestBelow', () => {
  it('is the highest mirrored version below the one built, by SemVer precedence, ignoring other branch names', () => {
    const branches = ['0.40.0', '0.41.1', '0.41.0-rc1', '0.9.9', 'main', '0.42.0', 'v0.41.0'];
    expect(highestBelow('0.42.0', branches)).toBe('0.41.1');
    expect(highestBelow('0.41.1', branches)).toBe('0.41.0-rc1');
    expect(highestBelow('0.41.0', branches)).toBe('0.41.0-rc1');
    expect(highestBelow('0.10.0', branches)).toBe('0.9.9');
    expect(highestBelow('0.9.9', branches)).toBeUndefined();
  });
});

describe('missingVersions', () => {
  it('gives the releases without a branch, ascending', () => {
    const mirrored = new Set(['0.35.1', 'main', '0.37.1', '0.36.0-rc1']);
    expect(missingVersions(['0.38.0', '0.35.1', '0.36.2', '0.37.1', '0.36.2'], mirrored)).toEqual(['0.36.2', '0.38.0']);
    expect(missingVersions(['0.35.1'], mirrored)).toEqual([]);
    expect(missingVersions(['0.35.1', '0.36.2'], new Set())).toEqual(['0.35.1', '0.36.2']);
  });
});

describe('refNames', () => {
  const sha = 'a'.repeat(40);
  const out = [
    `${sha}\trefs/tags/0.35.1`,
    `${sha}\trefs/tags/0.35.1^{}`,
    `${sha}\trefs/tags/agent/0.1.0`,
    `${sha}\trefs/heads/0.35.1`,
    `${sha}\trefs/heads/feature/x`,
    '',
  ].join('\n');

  it('lists the names under a prefix, without peeled entries', () => {
    expect(refNames(out, 'refs/tags/')).toEqual(['0.35.1', 'agent/0.1.0']);
    expect(refNames(out, 'refs/heads/')).toEqual(['0.35.1', 'feature/x']);
    expect(refNames('', 'refs/heads/')).toEqual([]);
  });
});

describe('releaseVersionsOf', () => {
  it('keeps published, non-prerelease releases tagged X.Y.Z', () => {
    const r = (tag_name: string, draft = false, prerelease = false) => ({ tag_name, draft, prerelease });
    expect(
      releaseVersionsOf([
        r('0.38.0'),
        r('0.39.0', true),
        r('0.39.0-rc1', false, true),
        r('0.38.1', false, true),
        r('v0.1.0'),
        r('agent/0.1.0'),
        r('0.35.1'),
      ]),
    ).toEqual(['0.35.1', '0.38.0']);
  });
});

describe('apiReason and retryAfterOf', () => {
  it.each([
    [401, {}, 'Unauthorized'],
    [403, {}, 'Forbidden'],
    [403, { 'x-ratelimit-remaining': '0' }, 'TooManyRequests'],
    [403, { 'x-ratelimit-remaining': '12' }, 'Forbidden'],
    [403, { 'retry-after': '60' }, 'TooManyRequests'],
    [429, {}, 'TooManyRequests'],
    [404, {}, 'NotFound'],
    [422, {}, 'Invalid'],
    [418, {}, 'BadRequest'],
    [500, {}, 'InternalError'],
    [502, {}, 'ServiceUnavailable'],
    [503, {}, 'ServiceUnavailable'],
    [504, {}, 'Timeout'],
    [505, {}, 'InternalError'],
  ] as const)('HTTP %i %j is %s', (status, headers, reason) => {
    expect(apiReason(status, headers)).toBe(reason);
  });

  it('reads Retry-After in seconds or as a date, and the rate limit reset when none is left', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(retryAfterOf({ 'retry-after': '1' }, now)).toBe(1000);
    expect(retryAfterOf({ 'retry-after': 'Wed, 01 Jan 2025 12:00:30 GMT' }, now)).toBe(30_000);
    expect(retryAfterOf({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 90) }, now)).toBe(90_000);
    expect(retryAfterOf({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': String(now / 1000 + 90) }, now)).toBeUndefined();
    expect(retryAfterOf({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 - 5) }, now)).toBe(0);
    expect(retryAfterOf({}, now)).toBeUndefined();
    expect(retryAfterOf({ 'retry-after': 'soon' }, now)).toBeUndefined();
  });

  it("measures the reset against the server's Date header, not the local clock", () => {
    const server = Date.UTC(2025, 0, 1, 12, 0, 0);
    const headers = { date: new Date(server).toUTCString(), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(server / 1000 + 10) };
    expect(retryAfterOf(headers, server + 3_600_000)).toBe(10_000);
  });
});

describe('URLs', () => {
  it('takes the API URL from GITHUB_API_URL, api.github.com by default', () => {
    expect(apiUrlFromEnv({})).toBe('https://api.github.com');
    expect(apiUrlFromEnv({ GITHUB_API_URL: '' })).toBe('https://api.github.com');
    expect(apiUrlFromEnv({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toBe('https://ghe.example.com/api/v3');
  });

  it('clones <source-repo>/falcosecurity/falco.git', () => {
    expect(falcoRepoUrl('https://github.com')).toBe('https://github.com/falcosecurity/falco.git');
    expect(falcoRepoUrl('http://127.0.0.1:8080/base/')).toBe('http://127.0.0.1:8080/base/falcosecurity/falco.git');
  });
});
