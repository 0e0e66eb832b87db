// The platforms input, the base image each platform builds on, and the metadata file at the branch's
// root: the rules a user meets when asking for linux/amd64,linux/arm64, checked against what they see.
import { describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import {
  baseImagesFor,
  isLoopbackRegistry,
  METADATA_FILE,
  metadataOf,
  normalizePlatform,
  parseMetadata,
  parsePlatforms,
  platformOf,
  platformsOfPath,
  platformSlug,
  renderMetadata,
  repositoryOf,
  servesPlatform,
  type RegistryImage,
} from '../../src/planning/platforms.js';

const AMD64_DIGEST = `sha256:${'a'.repeat(64)}`;
const ARM64_DIGEST = `sha256:${'b'.repeat(64)}`;
const AMD64 = { os: 'linux', architecture: 'amd64' } as const;
const ARM64_V8 = { os: 'linux', architecture: 'arm64', variant: 'v8' } as const;
/** A multi-arch tag as `docker manifest inspect` lists it (arm64 with its v8 variant, as Docker Hub's are). */
const LIST: RegistryImage[] = [
  { platform: AMD64, digest: AMD64_DIGEST },
  { platform: ARM64_V8, digest: ARM64_DIGEST },
];

/** The error a call throws, for asserting on its reason and words. */
function thrown(fn: () => unknown): MirrorError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MirrorError);
    return err as MirrorError;
  }
  throw new Error('expected a MirrorError, nothing was thrown');
}

describe('parsePlatforms (the platforms input)', () => {
  it('is empty for an empty or blank input', () => {
    expect(parsePlatforms('')).toEqual([]);
    expect(parsePlatforms(' ,\n , ')).toEqual([]);
  });

  it('splits on commas and newlines, trims, and keeps the order written', () => {
    expect(parsePlatforms(' linux/arm64 ,linux/amd64\n')).toEqual(['linux/arm64', 'linux/amd64']);
    expect(parsePlatforms('linux/amd64\nlinux/arm64')).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it("takes Docker's aliases: x86_64 is amd64, aarch64 and arm64/v8 are arm64, case does not matter", () => {
    expect(parsePlatforms('linux/x86_64')).toEqual(['linux/amd64']);
    expect(parsePlatforms('linux/x86-64')).toEqual(['linux/amd64']);
    expect(parsePlatforms('linux/aarch64')).toEqual(['linux/arm64']);
    expect(parsePlatforms('linux/arm64/v8')).toEqual(['linux/arm64']);
    expect(parsePlatforms('linux/aarch64/v8')).toEqual(['linux/arm64']);
    expect(parsePlatforms('Linux/AMD64')).toEqual(['linux/amd64']);
  });

  it('removes duplicates, aliases included, keeping the first', () => {
    expect(parsePlatforms('linux/amd64,linux/arm64,linux/x86_64,linux/aarch64,linux/arm64/v8,linux/amd64')).toEqual([
      'linux/amd64',
      'linux/arm64',
    ]);
  });

  it('keeps a variant other than arm64 v8', () => {
    expect(parsePlatforms('linux/arm/v7,linux/amd64/v2')).toEqual(['linux/arm/v7', 'linux/amd64/v2']);
  });

  it.each(['windows/amd64', 'darwin/arm64', 'freebsd/amd64'])('refuses %s, naming it and saying Linux only', (item) => {
    const err = thrown(() => parsePlatforms(`linux/amd64,${item}`));
    expect(err.reason).toBe('Invalid');
    expect(err.detail).toContain(`"${item}"`);
    expect(err.detail).toContain('not a Linux platform');
  });

  it.each(['amd64', 'linux', 'linux/', '/amd64', 'linux/amd64/v8/x', 'linux amd64', 'linux/am d64', 'linux/$(id)', 'linux//amd64'])(
    'refuses the malformed %j, naming it',
    (item) => {
      const err = thrown(() => parsePlatforms(`linux/arm64, ${item}`));
      expect(err.reason).toBe('Invalid');
      expect(err.detail).toContain(JSON.stringify(item.trim()));
      expect(err.detail).toContain('is not a Docker platform');
    },
  );
});

describe('normalizePlatform, platformOf, platformSlug', () => {
  it('normalises one value, and says undefined for anything else', () => {
    expect(normalizePlatform(' linux/AArch64 ')).toBe('linux/arm64');
    expect(normalizePlatform('linux/armhf')).toBe('linux/arm');
    expect(normalizePlatform('linux')).toBeUndefined();
    expect(normalizePlatform('')).toBeUndefined();
  });

  it('names the platform an image reports the way the input is normalised', () => {
    expect(platformOf(AMD64)).toBe('linux/amd64');
    expect(platformOf(ARM64_V8)).toBe('linux/arm64');
    expect(platformOf({ os: 'linux', architecture: 'aarch64' })).toBe('linux/arm64');
    expect(platformOf({ os: 'linux', architecture: 'arm', variant: 'v7' })).toBe('linux/arm/v7');
    expect(platformOf({ os: 'linux', architecture: 'amd64', variant: '' })).toBe('linux/amd64');
  });

  it('makes a platform a path or tag component', () => {
    expect(platformSlug('linux/arm64')).toBe('linux-arm64');
    expect(platformSlug('linux/arm/v7')).toBe('linux-arm-v7');
  });

  it('serves a platform by an image of it; a variant asked for must match', () => {
    expect(servesPlatform('linux/arm64', ARM64_V8)).toBe(true);
    expect(servesPlatform('linux/amd64', ARM64_V8)).toBe(false);
    expect(servesPlatform('linux/arm', { os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(true);
    expect(servesPlatform('linux/arm/v6', { os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(false);
  });
});

describe('baseImagesFor (which image each platform builds on)', () => {
  const IMAGE = 'registry.example.com/base/dev-alt:p10';

  it('uses a local image of the one platform asked for as it is, without the registry', () => {
    const chosen = baseImagesFor(IMAGE, ['linux/amd64'], AMD64, undefined, 'no registry was asked');
    expect([...chosen]).toEqual([['linux/amd64', IMAGE]]);
    // A local arm64/v8 image serves linux/arm64.
    expect([...baseImagesFor(IMAGE, ['linux/arm64'], ARM64_V8, undefined)]).toEqual([['linux/arm64', IMAGE]]);
  });

  it('takes each platform by its digest from the registry list, the tag dropped', () => {
    const chosen = baseImagesFor(IMAGE, ['linux/amd64', 'linux/arm64'], AMD64, LIST);
    expect([...chosen]).toEqual([
      ['linux/amd64', `registry.example.com/base/dev-alt@${AMD64_DIGEST}`],
      ['linux/arm64', `registry.example.com/base/dev-alt@${ARM64_DIGEST}`],
    ]);
  });

  it('keeps the registry host and its port, dropping only the tag', () => {
    const chosen = baseImagesFor('127.0.0.1:5000/fdm-test-base:bookworm', ['linux/arm64', 'linux/amd64'], undefined, LIST);
    expect(chosen.get('linux/arm64')).toBe(`127.0.0.1:5000/fdm-test-base@${ARM64_DIGEST}`);
    expect(chosen.get('linux/amd64')).toBe(`127.0.0.1:5000/fdm-test-base@${AMD64_DIGEST}`);
    // No tag at all: the name stays whole, port included.
    expect(baseImagesFor('localhost:5000/base', ['linux/arm64'], undefined, LIST).get('linux/arm64')).toBe(
      `localhost:5000/base@${ARM64_DIGEST}`,
    );
  });

  it('asks the registry for one platform when the local image is of another', () => {
    const chosen = baseImagesFor(IMAGE, ['linux/arm64'], AMD64, LIST);
    expect([...chosen]).toEqual([['linux/arm64', `registry.example.com/base/dev-alt@${ARM64_DIGEST}`]]);
  });

  it('prefers the exact platform to a variant of it', () => {
    const arm: RegistryImage[] = [
      { platform: { os: 'linux', architecture: 'arm', variant: 'v6' }, digest: 'sha256:v6' },
      { platform: { os: 'linux', architecture: 'arm' }, digest: 'sha256:plain' },
    ];
    expect(baseImagesFor('debian:12', ['linux/arm'], undefined, arm).get('linux/arm')).toBe('debian@sha256:plain');
  });

  it('stops with NotFound naming the image, the platform it lacks and what it has', () => {
    const err = thrown(() => baseImagesFor(IMAGE, ['linux/amd64', 'linux/arm64', 'linux/ppc64le'], AMD64, [LIST[0] as RegistryImage]));
    expect(err.reason).toBe('NotFound');
    expect(err.detail).toBe(`The base image ${IMAGE} has no linux/arm64 or linux/ppc64le image (it has linux/amd64); nothing was built.`);
    expect(err.resource).toBe(`base image ${IMAGE}`);
    // An empty list: it has no platform at all.
    expect(thrown(() => baseImagesFor(IMAGE, ['linux/amd64', 'linux/arm64'], undefined, [])).detail).toContain('(it has no platform)');
  });

  it('stops with NotFound carrying the registry error when the registry did not answer', () => {
    const registryError = 'no such manifest: registry.example.com/base/dev-alt:p10';
    const err = thrown(() => baseImagesFor(IMAGE, ['linux/amd64', 'linux/arm64'], AMD64, undefined, registryError));
    expect(err.reason).toBe('NotFound');
    expect(err.detail).toContain(`Could not read the platforms of the base image ${IMAGE} from its registry (${registryError}).`);
    expect(err.detail).toContain(`The local image ${IMAGE} is linux/amd64.`);
    expect(err.hint).toContain('platforms: linux/amd64,linux/arm64');
    // One platform, a local image of another one, no registry: the same, naming the local image's platform.
    const one = thrown(() => baseImagesFor(IMAGE, ['linux/arm64'], AMD64, undefined, registryError));
    expect(one.detail).toContain('is linux/amd64');
    // No local image either: nothing is said about it.
    expect(thrown(() => baseImagesFor(IMAGE, ['linux/arm64'], undefined, undefined)).detail).not.toContain('local image');
  });
});

describe('repositoryOf and isLoopbackRegistry', () => {
  it.each([
    ['debian:bookworm', 'debian'],
    ['debian', 'debian'],
    ['library/debian@sha256:abc', 'library/debian'],
    ['debian:bookworm@sha256:abc', 'debian'],
    ['registry.example.com:443/a/b:1.0', 'registry.example.com:443/a/b'],
    ['localhost:5000/base', 'localhost:5000/base'],
  ])('%s -> %s', (image, repo) => {
    expect(repositoryOf(image)).toBe(repo);
  });

  it.each(['127.0.0.1:5000/fdm-test-base:bookworm', '127.1.2.3/x', 'localhost/x', 'localhost:5000/x:1', '[::1]:5000/x'])(
    '%s is on this machine',
    (image) => {
      expect(isLoopbackRegistry(image)).toBe(true);
    },
  );

  it.each([
    'localhost',
    'debian:bookworm',
    'library/debian',
    'registry.example.com/x',
    '127.0.0.1.example.com/x',
    'localhost.example.com:5000/x',
    '10.0.0.1:5000/x',
  ])('%s is not', (image) => {
    expect(isLoopbackRegistry(image)).toBe(false);
  });
});

describe('the metadata file', () => {
  const byPath = new Map<string, string[]>([
    ['grpc.tar.gz', ['linux/amd64', 'linux/arm64']],
    ['zlib-prefix/src/zlib.tar.gz', ['linux/arm64', 'linux/amd64']],
    ['arm64-only/toolchain.tar.gz', ['linux/arm64']],
    ['amd64-only/a.tar.gz', ['linux/amd64']],
  ]);

  it('is named .falco-deps-mirror.json', () => {
    expect(METADATA_FILE).toBe('.falco-deps-mirror.json');
  });

  it('lists the platforms sorted, and only the files that are not on every platform', () => {
    const m = metadataOf(['linux/arm64', 'linux/amd64'], byPath);
    expect(m).toEqual({
      platforms: ['linux/amd64', 'linux/arm64'],
      files: { 'amd64-only/a.tar.gz': ['linux/amd64'], 'arm64-only/toolchain.tar.gz': ['linux/arm64'] },
    });
    expect(platformsOfPath(m, 'grpc.tar.gz')).toEqual(['linux/amd64', 'linux/arm64']);
    expect(platformsOfPath(m, 'arm64-only/toolchain.tar.gz')).toEqual(['linux/arm64']);
  });

  it('lists no file for a one-platform tree', () => {
    expect(metadataOf(['linux/amd64'], new Map([['a', ['linux/amd64']]]))).toEqual({ platforms: ['linux/amd64'], files: {} });
  });

  it('renders the same text whatever order the platforms and paths came in, and parses back to what was rendered', () => {
    const text = renderMetadata(metadataOf(['linux/arm64', 'linux/amd64'], byPath));
    const reversed = new Map([...byPath].reverse().map(([rel, ps]) => [rel, [...ps].reverse()]));
    expect(renderMetadata(metadataOf(['linux/amd64', 'linux/arm64'], reversed))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(
      [
        '{',
        '  "platforms": [',
        '    "linux/amd64",',
        '    "linux/arm64"',
        '  ],',
        '  "files": {',
        '    "amd64-only/a.tar.gz": [',
        '      "linux/amd64"',
        '    ],',
        '    "arm64-only/toolchain.tar.gz": [',
        '      "linux/arm64"',
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const parsed = parseMetadata(text);
    expect(parsed).toEqual(metadataOf(['linux/amd64', 'linux/arm64'], byPath));
    expect(renderMetadata(parsed as NonNullable<typeof parsed>)).toBe(text);
  });

  it.each([
    ['not JSON', 'platforms: linux/amd64'],
    ['null', 'null'],
    ['a list', '["linux/amd64"]'],
    ['no platforms', '{"files": {}}'],
    ['no files', '{"platforms": ["linux/amd64"]}'],
    ['a platform that is not a string', '{"platforms": [1], "files": {}}'],
    ['a file whose platforms are not a list', '{"platforms": ["linux/amd64"], "files": {"a": "linux/amd64"}}'],
  ])('is not ours when it is %s', (_what, text) => {
    expect(parseMetadata(text)).toBeUndefined();
  });
});
