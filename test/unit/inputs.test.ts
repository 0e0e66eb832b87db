import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import { DEFAULT_BASE_IMAGE, parseInputs } from '../../src/planning/inputs.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-inputs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const env = { GITHUB_WORKSPACE: tmp, RUNNER_TEMP: path.join(tmp, 'runner') };

function parse(values: Record<string, string>) {
  return parseInputs((name) => values[name] ?? '', env);
}

function rejection(values: Record<string, string>): MirrorError {
  try {
    parse(values);
  } catch (err) {
    expect(err).toBeInstanceOf(MirrorError);
    return err as MirrorError;
  }
  throw new Error(`accepted ${JSON.stringify(values)}`);
}

describe('inputs', () => {
  it('applies the documented defaults', () => {
    const c = parse({ 'falco-version': '0.35.1' });
    expect(c).toEqual({
      versionSpec: { kind: 'exact', version: '0.35.1' },
      falcoVersion: '0.35.1',
      sourceRepo: 'https://github.com',
      baseImage: DEFAULT_BASE_IMAGE,
      jobs: 4,
      cmakeArgs: [],
      dockerfile: undefined,
      network: undefined,
      outputDir: path.join(tmp, 'runner', 'falco-deps'),
      keepImage: false,
      mirror: undefined,
      ifExists: 'skip',
      dryRun: false,
      verify: false,
      githubToken: '',
      releaseSource: 'api',
      build: 'full',
      platforms: [],
      largeFiles: { mode: 'plain', threshold: 104_857_600 },
      language: 'en',
      artifact: { name: undefined, retentionDays: undefined },
    });
    expect(parse({ 'falco-version': '0.35.1', 'upload-artifact': 'false' }).artifact).toBeUndefined();
    expect(parse({ 'falco-version': '0.35.1', 'artifact-name': 'deps 0.35.1 (x86_64)', 'retention-days': '7' }).artifact).toEqual({
      name: 'deps 0.35.1 (x86_64)',
      retentionDays: 7,
    });
  });

  it('reads platforms: normalised, in order, none twice; a platform Falco cannot build on is Invalid, naming it', () => {
    expect(parse({ 'falco-version': '0.35.1', platforms: 'linux/x86_64, linux/aarch64,linux/amd64' }).platforms).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
    const err = rejection({ 'falco-version': '0.35.1', platforms: 'linux/amd64,windows/amd64' });
    expect(err.reason).toBe('Invalid');
    expect(err.message).toContain('Input platforms "windows/amd64" is not a Linux platform');
  });

  it('reads the mirror inputs', () => {
    const c = parse({
      'falco-version': '0.35.1',
      'mirror-repo': 'https://gitlab.example.com/3p/falco-deps.git/',
      'mirror-token': 'glpat-abc_123',
      'if-exists': 'overwrite',
      'dry-run': 'true',
      language: 'ru',
    });
    expect(c.mirror).toEqual({ url: 'https://gitlab.example.com/3p/falco-deps.git', token: 'glpat-abc_123', username: 'oauth2' });
    expect([c.ifExists, c.dryRun, c.language]).toEqual(['overwrite', true, 'ru']);
    expect(
      parse({ 'falco-version': '0.35.1', 'mirror-repo': 'http://127.0.0.1:8080/m.git', 'mirror-username': 'bot' }).mirror?.username,
    ).toBe('bot');
  });

  it('never echoes a mirror-token, even a malformed one', () => {
    for (const token of ['ghp_secret value', 'ghp_secret\nvalue', 'ghp_secret\u0007']) {
      const err = rejection({ 'falco-version': '0.35.1', 'mirror-repo': 'https://example.com/m.git', 'mirror-token': token });
      expect(err.message).toMatch(/mirror-token/);
      expect(err.message).not.toContain('ghp_secret');
    }
  });

  it('accepts every kind of valid value', () => {
    fs.writeFileSync(path.join(tmp, 'Dockerfile.custom'), 'FROM scratch\n');
    const c = parse({
      'falco-version': '0.36.0-rc1',
      'source-repo': 'http://127.0.0.1:8080/mirror/',
      'base-image': 'localhost:5000/base_images/dev-alt:p10',
      jobs: '16',
      'cmake-args': '-DBUILD_LIBSCAP_GVISOR=OFF\n\n  -DCMAKE_CXX_FLAGS:STRING=-O2  \n-DLIST=a,b',
      dockerfile: 'Dockerfile.custom',
      network: 'host',
      'output-dir': 'out/deps',
      'keep-image': 'TRUE',
    });
    expect(c.falcoVersion).toBe('0.36.0-rc1');
    expect(c.sourceRepo).toBe('http://127.0.0.1:8080/mirror');
    expect(c.baseImage).toBe('localhost:5000/base_images/dev-alt:p10');
    expect(c.jobs).toBe(16);
    expect(c.cmakeArgs).toEqual(['-DBUILD_LIBSCAP_GVISOR=OFF', '-DCMAKE_CXX_FLAGS:STRING=-O2', '-DLIST=a,b']);
    expect(c.dockerfile).toBe(path.join(tmp, 'Dockerfile.custom'));
    expect(c.network).toBe('host');
    expect(c.outputDir).toBe(path.join(tmp, 'out', 'deps'));
    expect(c.keepImage).toBe(true);
  });

  it('accepts image references with digests and http for localhost and [::1]', () => {
    expect(parse({ 'falco-version': '1.0.0', 'base-image': `alpine@sha256:${'a'.repeat(64)}` }).baseImage).toMatch(/^alpine@/);
    expect(parse({ 'falco-version': '1.0.0', 'source-repo': 'http://localhost:3000' }).sourceRepo).toBe('http://localhost:3000');
    expect(parse({ 'falco-version': '1.0.0', 'source-repo': 'http://[::1]:3000' }).sourceRepo).toBe('http://[::1]:3000');
  });

  const bad: Array<[string, Record<string, string>, RegExp]> = [
    ['missing version', {}, /falco-version is required/],
    ['shell metacharacters in the version', { 'falco-version': '0.35.1; touch /tmp/pwned' }, /falco-version .* X\.Y\.Z/],
    ['a v-prefixed version', { 'falco-version': 'v0.35.1' }, /no "v" prefix/],
    ['whitespace in the version', { 'falco-version': '0.35.1 ' + 'x' }, /falco-version/],
    ['a partial version', { 'falco-version': '0.35' }, /falco-version/],
    [
      'a version with a newline',
      { 'falco-version': '0.35.1\n::set-output name=x::y' },
      /falco-version .* must not contain control or invisible characters/,
    ],
    [
      'credentials in source-repo',
      { 'falco-version': '0.35.1', 'source-repo': 'https://user:tok@github.com' },
      /source-repo .* credentials/,
    ],
    ['a user in source-repo', { 'falco-version': '0.35.1', 'source-repo': 'https://tok@github.com' }, /source-repo .* credentials/],
    ['http to a remote host', { 'falco-version': '0.35.1', 'source-repo': 'http://github.com' }, /source-repo .* not loopback/],
    ['an ssh source', { 'falco-version': '0.35.1', 'source-repo': 'ssh://git@github.com' }, /source-repo/],
    ['a file source', { 'falco-version': '0.35.1', 'source-repo': 'file:///etc' }, /source-repo/],
    ['.. in source-repo', { 'falco-version': '0.35.1', 'source-repo': 'https://github.com/a/../b' }, /source-repo .* "\.\."/],
    ['a query in source-repo', { 'falco-version': '0.35.1', 'source-repo': 'https://github.com/?x=1' }, /source-repo/],
    ['a shell command in source-repo', { 'falco-version': '0.35.1', 'source-repo': 'https://github.com/$(id)' }, /source-repo/],
    ['an option as source-repo', { 'falco-version': '0.35.1', 'source-repo': '--upload-pack=touch' }, /source-repo/],
    ['an uppercase image', { 'falco-version': '0.35.1', 'base-image': 'Registry.io/Base' }, /base-image .* image reference/],
    ['an image with a space', { 'falco-version': '0.35.1', 'base-image': 'alpine latest' }, /base-image/],
    ['an image option', { 'falco-version': '0.35.1', 'base-image': '--privileged' }, /base-image/],
    ['an image with a bad tag', { 'falco-version': '0.35.1', 'base-image': 'alpine:-x' }, /base-image/],
    ['jobs 0', { 'falco-version': '0.35.1', jobs: '0' }, /jobs .* 1 to 256/],
    ['jobs negative', { 'falco-version': '0.35.1', jobs: '-1' }, /jobs/],
    ['jobs too many', { 'falco-version': '0.35.1', jobs: '1000' }, /jobs/],
    ['jobs not a number', { 'falco-version': '0.35.1', jobs: '4; id' }, /jobs/],
    ['a cmake arg without -D', { 'falco-version': '0.35.1', 'cmake-args': 'FOO=bar' }, /cmake-args .* -DNAME=VALUE/],
    ['a cmake arg with a command', { 'falco-version': '0.35.1', 'cmake-args': '-DFOO=$(id)' }, /cmake-args/],
    ['a cmake arg with a space', { 'falco-version': '0.35.1', 'cmake-args': '-DFOO=a b' }, /cmake-args/],
    ['a cmake arg with ;', { 'falco-version': '0.35.1', 'cmake-args': '-DFOO=a;rm' }, /cmake-args/],
    ['a cmake option that is not -D', { 'falco-version': '0.35.1', 'cmake-args': '-P/etc/x.cmake' }, /cmake-args/],
    ['a missing dockerfile', { 'falco-version': '0.35.1', dockerfile: 'nope/Dockerfile' }, /dockerfile .* does not exist/],
    ['a dockerfile with ..', { 'falco-version': '0.35.1', dockerfile: '../Dockerfile' }, /dockerfile .* "\.\."/],
    ['a directory as dockerfile', { 'falco-version': '0.35.1', dockerfile: '.' }, /dockerfile .* not a file/],
    ['a network option', { 'falco-version': '0.35.1', network: '--privileged' }, /network/],
    ['a network with a colon', { 'falco-version': '0.35.1', network: 'container:abc' }, /network/],
    ['output-dir with ..', { 'falco-version': '0.35.1', 'output-dir': 'a/../../etc' }, /output-dir .* "\.\."/],
    ['output-dir as an option', { 'falco-version': '0.35.1', 'output-dir': '--output=/etc' }, /output-dir .* not an option/],
    ['output-dir root', { 'falco-version': '0.35.1', 'output-dir': '/' }, /output-dir .* root/],
    ['output-dir with a command', { 'falco-version': '0.35.1', 'output-dir': 'x$(id)' }, /output-dir/],
    ['keep-image yes', { 'falco-version': '0.35.1', 'keep-image': 'yes' }, /keep-image .* true or false/],
    [
      'credentials in mirror-repo',
      { 'falco-version': '0.35.1', 'mirror-repo': 'https://oauth2:tok@gitlab.com/m.git' },
      /mirror-repo .* credentials/,
    ],
    ['http to a remote mirror', { 'falco-version': '0.35.1', 'mirror-repo': 'http://gitlab.com/m.git' }, /mirror-repo .* not loopback/],
    ['an ssh mirror', { 'falco-version': '0.35.1', 'mirror-repo': 'git@github.com:o/m.git' }, /mirror-repo/],
    ['a mirror option', { 'falco-version': '0.35.1', 'mirror-repo': '--receive-pack=touch' }, /mirror-repo/],
    [
      'a colon in mirror-username',
      { 'falco-version': '0.35.1', 'mirror-repo': 'https://h/m.git', 'mirror-username': 'a:b' },
      /mirror-username/,
    ],
    ['an unknown if-exists', { 'falco-version': '0.35.1', 'if-exists': 'replace' }, /if-exists .* skip, fail, overwrite/],
    ['verify yes', { 'falco-version': '0.35.1', verify: 'yes' }, /verify .* true or false/],
    ['dry-run maybe', { 'falco-version': '0.35.1', 'dry-run': 'maybe' }, /dry-run .* true or false/],
    ['an artifact name with a slash', { 'falco-version': '0.35.1', 'artifact-name': 'deps/0.35.1' }, /artifact-name .* without/],
    ['an artifact name with a colon', { 'falco-version': '0.35.1', 'artifact-name': 'deps:0.35.1' }, /artifact-name/],
    ['retention-days 0', { 'falco-version': '0.35.1', 'retention-days': '0' }, /retention-days .* 1 to 90/],
    ['retention-days 91', { 'falco-version': '0.35.1', 'retention-days': '91' }, /retention-days/],
    ['retention-days a week', { 'falco-version': '0.35.1', 'retention-days': '7d' }, /retention-days/],
    ['upload-artifact yes', { 'falco-version': '0.35.1', 'upload-artifact': 'yes' }, /upload-artifact .* true or false/],
    ['a range without dry-run', { 'falco-version': '>=0.35.1' }, /falco-version ">=0\.35\.1" is a range: with dry-run: true .* matrix/],
    [
      'a range with a command',
      { 'falco-version': '>=0.35.1; id', 'dry-run': 'true' },
      /falco-version .* not a Falco version, latest or a version range/,
    ],
    ['an unknown release-source', { 'falco-version': 'latest', 'release-source': 'rss' }, /release-source .* api, tags/],
    ['an unknown language', { 'falco-version': '0.35.1', language: 'de' }, /language .* en, ru/],
    ['an unknown build', { 'falco-version': '0.35.1', build: 'compile' }, /build "compile" must be one of full, downloads/],
  ];
  for (const [label, values, message] of bad) {
    it(`refuses ${label}`, () => {
      const err = rejection(values);
      expect(err.reason).toBe('Invalid');
      expect(err.message).toMatch(message);
      // One sentence, no raw control characters that could be read as a workflow command.
      expect(err.message).not.toMatch(/[\n\r]/);
    });
  }

  it('takes build: full (the default) or downloads', () => {
    expect(parse({ 'falco-version': '0.35.1' }).build).toBe('full');
    expect(parse({ 'falco-version': '0.35.1', build: 'downloads' }).build).toBe('downloads');
    expect(parse({ 'falco-version': '0.35.1', build: 'full' }).build).toBe('full');
  });

  it('refuses an output-dir that already holds files, and leaves them alone', () => {
    const dir = path.join(tmp, 'full');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    expect(rejection({ 'falco-version': '0.35.1', 'output-dir': dir }).message).toMatch(/output-dir .* not empty/);
    expect(fs.readFileSync(path.join(dir, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('accepts an existing empty output-dir', () => {
    const dir = path.join(tmp, 'empty');
    fs.mkdirSync(dir);
    expect(parse({ 'falco-version': '0.35.1', 'output-dir': dir }).outputDir).toBe(dir);
  });

  it('bounds hostile values in messages', () => {
    const err = rejection({ 'falco-version': 'x'.repeat(3000) });
    expect(err.message.length).toBeLessThan(400);
  });
});

describe('inputs that may hold a secret are never echoed', () => {
  const SECRET = 'ghp_unitSecret0123456789abcdef';
  // Each kind of fault a URL check reports, placed in a URL whose userinfo holds the secret: the
  // credentials are found first and named, and the value is shown by no rule.
  const faults: ReadonlyArray<readonly [kind: string, url: (auth: string) => string]> = [
    ['`$`', (a) => `https://${a}@host.example/x$.git`],
    ['a space', (a) => `https://${a}@host.example/x y.git`],
    ['a query', (a) => `https://${a}@host.example/x.git?q`],
    ['a fragment', (a) => `https://${a}@host.example/x.git#f`],
    ['`%2e`', (a) => `https://${a}@host.example/%2e%2e/x.git`],
    ['`..`', (a) => `https://${a}@host.example/../x.git`],
    ['non-ASCII', (a) => `https://${a}@hоst.example/x.git`],
    ['a newline (the control-character check)', (a) => `https://${a}@host.example/x.git\n::add-mask::x`],
    ['over 4096 characters (the length check)', (a) => `https://${a}@host.example/${'x'.repeat(5000)}`],
    ['nothing else', (a) => `https://${a}@host.example/x.git`],
  ];
  for (const input of ['mirror-repo', 'source-repo']) {
    for (const [kind, url] of faults) {
      for (const auth of [`user:${SECRET}`, SECRET]) {
        it(`${input}: ${auth.includes(':') ? 'user:token' : 'token'}@ with ${kind}`, () => {
          const err = rejection({ 'falco-version': '0.35.1', [input]: url(auth) });
          expect(err.message).not.toContain(SECRET);
          expect(err.message).not.toContain('unitSecret');
          expect(err.message).toMatch(new RegExp(`^Input ${input} .*\\(its value is not shown\\)\\.$`));
          // Which part is wrong is said, unless a check on the whole value (control characters, length) came first.
          if (!/newline|4096/.test(kind)) expect(err.message).toMatch(/contains credentials before the host/);
        });
      }
    }
  }

  const hidden: Array<[string, Record<string, string>, RegExp]> = [
    ['a query that may carry a token', { 'mirror-repo': `https://host.example/x.git?private_token=abc` }, /mirror-repo has a query/],
    ['a fragment', { 'mirror-repo': 'https://host.example/x.git#abc' }, /mirror-repo has a fragment/],
    [
      'a query, and a newline (the control-character check comes first)',
      { 'mirror-repo': 'https://host.example/x.git?access_token=abc\nx' },
      /mirror-repo must not contain control or invisible characters/,
    ],
    ['an @ after the host', { 'source-repo': 'https://host.example/a@b' }, /source-repo contains an @ after the host/],
    ['a token pasted as source-repo', { 'source-repo': SECRET }, /source-repo contains what looks like a token/],
    ['a token in the path', { 'mirror-repo': `https://host.example/${SECRET}.git` }, /mirror-repo contains what looks like a token/],
    [
      'a registry password in base-image',
      { 'base-image': `user:${SECRET}@registry.example.com/img:1` },
      /base-image is not a valid image reference/,
    ],
    ['a token as base-image', { 'base-image': SECRET }, /base-image is not a valid image reference/],
    ['a token in cmake-args', { 'cmake-args': `-DTOKEN=${SECRET} x` }, /cmake-args has a line that is not/],
    ['a token in jobs', { jobs: `4${SECRET}` }, /jobs must be a whole number/],
  ];
  for (const [label, values, message] of hidden) {
    it(`says what is wrong without the value: ${label}`, () => {
      const err = rejection({ 'falco-version': '0.35.1', ...values });
      expect(err.message).toMatch(message);
      expect(err.message).toContain('(its value is not shown)');
      for (const value of Object.values(values)) expect(err.message).not.toContain(value);
      expect(err.message).not.toContain('unitSecret');
    });
  }

  it('still shows a value with nothing secret-looking in it', () => {
    expect(rejection({ 'falco-version': '0.35.1', 'mirror-repo': 'http://gitlab.com/m.git' }).message).toContain(
      '"http://gitlab.com/m.git"',
    );
    expect(rejection({ 'falco-version': '0.35.1', 'base-image': 'Registry.io/Base' }).message).toContain('"Registry.io/Base"');
  });
});
