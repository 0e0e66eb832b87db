import { describe, expect, it } from 'vitest';
import { buildFailure, LayerTracker, parseManifestInspect } from '../../src/effects/engine.js';
import { baseImagesFor, platformOf } from '../../src/planning/platforms.js';

// A legacy-builder log as dockerd 20.10 prints it: the base image, a cached step, two steps that ran.
const LEGACY_LOG = `Step 1/4 : FROM fdm-test-base:bookworm
 ---> 816f362d453c
Step 2/4 : ARG JOBS
 ---> Using cache
 ---> 2ed78d68669a
Step 3/4 : RUN echo one
 ---> Running in 5d1e0c0b9f11
one
Removing intermediate container 5d1e0c0b9f11
 ---> 34e7072921ac
Step 4/4 : RUN false
 ---> Running in 8a7c3a4b1b22
The command '/bin/sh -c false' returned a non-zero code: 1`;

describe('docker engine log reading', () => {
  it('lists only the step images a build created, not the base image or cached steps', () => {
    const tracker = new LayerTracker();
    const ids = LEGACY_LOG.split('\n').flatMap((l) => tracker.feed(l) ?? []);
    expect(ids).toEqual(['34e7072921ac']);
  });

  it('names the failing step and the last lines of a failed build', () => {
    const err = buildFailure({ code: 1, stdout: LEGACY_LOG, stderr: '', aborted: false, timedOut: false, signal: null });
    expect(err.reason).toBe('InternalError');
    expect(err.message).toContain('at step "RUN false"');
    expect(err.message).toContain('returned a non-zero code: 1');
  });

  it('reports a missing tag as NotFound', () => {
    const err = buildFailure({
      code: 1,
      stdout: 'warning: Could not find remote branch 9.9.9 to clone.\nfatal: Remote branch 9.9.9 not found in upstream origin',
      stderr: '',
      aborted: false,
      timedOut: false,
      signal: null,
    });
    expect(err.reason).toBe('NotFound');
    expect(err.message).toContain('no tag 9.9.9');
  });

  it('reports an old CMake for build: downloads as Invalid, naming the version, and not the script text', () => {
    const script = `Step 3/12 : RUN echo "fdm: build: downloads needs CMake 3.19 or newer; the base image has CMake \${v:-(no cmake --version)}" >&2`;
    const fail = (stdout: string) => buildFailure({ code: 1, stdout, stderr: '', aborted: false, timedOut: false, signal: null });
    const err = fail(
      `${script}\n ---> Running in 0123456789ab\n\u001b[91mfdm: build: downloads needs CMake 3.19 or newer; the base image has CMake 3.18.4\n\u001b[0m`,
    );
    expect(err.reason).toBe('Invalid');
    expect(err.message).toBe(
      'build: downloads needs CMake 3.19 or newer, and the base image has CMake 3.18.4. Use a base image with CMake 3.19 or newer, or build: full.',
    );
    // The step's own text alone is no such report.
    expect(fail(script).reason).toBe('InternalError');
  });
});

// `docker manifest inspect --verbose` as docker 28 prints it: an array for a list (here with BuildKit's
// attestation manifests, platform unknown/unknown), one object for a single-platform image.
const digest = (c: string): string => `sha256:${c.repeat(64)}`;
const LIST_JSON = JSON.stringify(
  [
    {
      Ref: `docker.io/library/debian:bookworm@${digest('1')}`,
      Descriptor: {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: digest('1'),
        size: 1017,
        platform: { architecture: 'amd64', os: 'linux' },
      },
      Raw: 'eyJzY2hlbWFWZXJzaW9uIjoyfQ==',
      SchemaV2Manifest: { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] },
    },
    {
      Ref: `docker.io/library/debian:bookworm@${digest('2')}`,
      Descriptor: {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: digest('2'),
        size: 566,
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
        platform: { architecture: 'unknown', os: 'unknown' },
      },
      Raw: 'e30=',
      OCIManifest: { schemaVersion: 2, layers: [] },
    },
    {
      Ref: `docker.io/library/debian:bookworm@${digest('3')}`,
      Descriptor: {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: digest('3'),
        size: 529,
        platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
      },
      Raw: 'eyJzY2hlbWFWZXJzaW9uIjoyfQ==',
      SchemaV2Manifest: { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] },
    },
    {
      Ref: `docker.io/library/debian:bookworm@${digest('4')}`,
      Descriptor: {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: digest('4'),
        size: 566,
        platform: { architecture: 'unknown', os: 'unknown' },
      },
      Raw: 'e30=',
    },
  ],
  null,
  '\t',
);

const SINGLE_JSON = JSON.stringify(
  {
    Ref: '127.0.0.1:5000/fdm-test-base:bookworm',
    Descriptor: {
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      digest: digest('5'),
      size: 529,
      platform: { architecture: 'amd64', os: 'linux' },
    },
    SchemaV2Manifest: {
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: 1463, digest: digest('6') },
      layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 48_000_000, digest: digest('7') }],
    },
  },
  null,
  '\t',
);

describe('parseManifestInspect (docker manifest inspect --verbose)', () => {
  it('lists each platform of a manifest list by digest, leaving out the attestations', () => {
    expect(parseManifestInspect(LIST_JSON)).toEqual([
      { digest: digest('1'), platform: { os: 'linux', architecture: 'amd64', variant: undefined } },
      { digest: digest('3'), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
    ]);
  });

  it('reads a single-platform image, printed as one object, as a list of one', () => {
    const images = parseManifestInspect(SINGLE_JSON);
    expect(images).toEqual([{ digest: digest('5'), platform: { os: 'linux', architecture: 'amd64', variant: undefined } }]);
    expect(images.map((i) => platformOf(i.platform))).toEqual(['linux/amd64']);
  });

  it('gives what baseImagesFor needs: linux/arm64 is the v8 entry, by digest, on the repository', () => {
    const chosen = baseImagesFor('debian:bookworm', ['linux/amd64', 'linux/arm64'], undefined, parseManifestInspect(LIST_JSON));
    expect([...chosen]).toEqual([
      ['linux/amd64', `debian@${digest('1')}`],
      ['linux/arm64', `debian@${digest('3')}`],
    ]);
  });

  it('skips entries without a digest or a platform, and an empty list is empty', () => {
    const odd = [{ Descriptor: { digest: digest('8') } }, { Descriptor: { platform: { os: 'linux', architecture: 'amd64' } } }, {}, 'x'];
    expect(parseManifestInspect(JSON.stringify(odd))).toEqual([]);
    expect(parseManifestInspect('[]')).toEqual([]);
  });

  it('throws on text that is not JSON', () => {
    expect(() => parseManifestInspect('no such manifest')).toThrow();
  });
});
