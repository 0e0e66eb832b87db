// The SBOM of a tree: valid CycloneDX 1.6, one component per file with the facts the build left, the
// same bytes for the same tree, partial when something is not described, and a branch's SBOM merged
// with the parent's for the files a commit keeps of it.
import { describe, expect, it } from 'vitest';
import type { BuildFacts } from '../../src/planning/build-facts.js';
import { describeTree, mergeKept, readSbom, renderSbom, serialFrom, type SbomRequest } from '../../src/planning/sbom.js';
import { byPath, expectValidCycloneDx, prop, refOf, sha256Of } from '../support/sbom.js';

const AMD = 'linux/amd64';
const ARM = 'linux/arm64';
const H = (c: string): string => c.repeat(64);
const LIBS = 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src';

const factsOf = (arch: 'amd64' | 'arm64'): BuildFacts => ({
  buildDir: '/falco/build',
  found: true,
  downloads: [
    {
      path: 'openssl-prefix/src/OpenSSL_1_1_1t.tar.gz',
      name: 'openssl',
      urls: ['https://github.com/openssl/openssl/archive/OpenSSL_1_1_1t.tar.gz'],
      urlHash: `SHA256=${H('a')}`,
      fetchedBy: 'ExternalProject',
      stampDir: 'openssl-prefix/src/openssl-stamp',
    },
    {
      path: `falcoctl-prefix/src/falcoctl_0.5.1_linux_${arch}.tar.gz`,
      name: 'falcoctl',
      urls: [`https://download.falco.org/falcoctl/0.5.1/falcoctl_0.5.1_linux_${arch}.tar.gz`],
      urlHash: `SHA256=${H(arch === 'amd64' ? 'b' : 'c')}`,
      fetchedBy: 'ExternalProject',
      stampDir: 'falcoctl-prefix/src/falcoctl-stamp',
    },
    {
      path: `${LIBS}/0.13.1.tar.gz`,
      name: 'falcosecurity-libs',
      urls: ['https://github.com/falcosecurity/libs/archive/0.13.1.tar.gz'],
      urlHash: `SHA256=${H('d')}`,
      fetchedBy: 'ExternalProject',
      stampDir: `${LIBS}/falcosecurity-libs-stamp`,
    },
    {
      path: `${LIBS}/falcosecurity-libs/userspace/libscap/uthash.h`,
      name: 'uthash.h',
      urls: ['https://raw.githubusercontent.com/troydhanson/uthash/v1.9.8/src/uthash.h'],
      fetchedBy: 'file(DOWNLOAD)',
    },
    {
      path: 'b64/base64.h',
      name: 'base64.h',
      urls: ['https://raw.githubusercontent.com/istio/proxy/1.18.2/extensions/common/wasm/base64.h'],
      fetchedBy: 'file(DOWNLOAD)',
    },
  ],
  git: [
    {
      path: 'grpc-prefix/src/grpc',
      name: 'grpc',
      url: 'https://github.com/grpc/grpc.git',
      commit: '8'.repeat(40),
      tag: 'v1.44.0',
      submodules: [{ path: 'third_party/abseil-cpp', commit: '6'.repeat(40), url: 'https://github.com/abseil/abseil-cpp.git' }],
    },
  ],
});

const both = [AMD, ARM];
const request = (over: Partial<SbomRequest> = {}): SbomRequest => ({
  falcoVersion: '0.36.1',
  sourceUrl: 'https://github.com/falcosecurity/falco.git',
  custom: false,
  digest: H('e'),
  facts: new Map<string, BuildFacts & { sourceCommit?: string }>([
    [AMD, { ...factsOf('amd64'), sourceCommit: 'f'.repeat(40) }],
    [ARM, factsOf('arm64')],
  ]),
  files: [
    { path: 'openssl-prefix/src/OpenSSL_1_1_1t.tar.gz', sha256: H('a'), platforms: both },
    { path: 'falcoctl-prefix/src/falcoctl_0.5.1_linux_amd64.tar.gz', sha256: H('b'), platforms: [AMD] },
    { path: 'falcoctl-prefix/src/falcoctl_0.5.1_linux_arm64.tar.gz', sha256: H('c'), platforms: [ARM] },
    { path: `${LIBS}/0.13.1.tar.gz`, sha256: H('d'), platforms: both },
    { path: `${LIBS}/falcosecurity-libs/test/data/sample.tar.gz`, sha256: H('1'), platforms: both },
    { path: `${LIBS}/falcosecurity-libs-kept.tar.gz`, sha256: H('2'), platforms: both },
    { path: 'b64/base64.h', sha256: H('3'), platforms: both },
    { path: 'grpc.tar.gz', sha256: H('4'), platforms: both },
  ],
  ...over,
});

describe('the SBOM of a tree', () => {
  it('is valid CycloneDX 1.6 and describes each file by what the build left', async () => {
    const sbom = await expectValidCycloneDx(renderSbom(describeTree(request())));
    expect(sbom.specVersion).toBe('1.6');
    expect(sbom.metadata.timestamp).toBeUndefined();
    expect(sbom.metadata.component).toMatchObject({ name: 'falco', version: '0.36.1', purl: 'pkg:github/falcosecurity/falco@0.36.1' });
    expect(prop(sbom.metadata.component, 'git-commit')).toEqual(['f'.repeat(40)]);
    expect(sbom.compositions).toEqual([{ aggregate: 'complete', assemblies: ['falco'] }]);
    const files = byPath(sbom);
    expect([...files.keys()].sort()).toEqual(
      request()
        .files.map((f) => f.path)
        .sort(),
    );

    const openssl = files.get('openssl-prefix/src/OpenSSL_1_1_1t.tar.gz');
    expect(openssl).toMatchObject({ name: 'openssl', version: '1.1.1t', purl: 'pkg:github/openssl/openssl@OpenSSL_1_1_1t' });
    expect(sha256Of(openssl ?? { name: '' })).toBe(H('a'));
    expect(refOf(openssl ?? { name: '' }, 'distribution')).toBe('https://github.com/openssl/openssl/archive/OpenSSL_1_1_1t.tar.gz');
    expect(prop(openssl ?? { name: '' }, 'url-hash')).toEqual([`SHA256=${H('a')}`]);
    expect(prop(openssl ?? { name: '' }, 'platform')).toEqual([AMD, ARM]);
    expect(prop(openssl ?? { name: '' }, 'fetched-by')).toEqual(['ExternalProject']);

    // One component per platform where the files differ.
    const arm = files.get('falcoctl-prefix/src/falcoctl_0.5.1_linux_arm64.tar.gz') ?? { name: '' };
    expect(arm).toMatchObject({ name: 'falcoctl', version: '0.5.1' });
    expect(arm.purl).toMatch(/^pkg:generic\/falcoctl@0\.5\.1\?download_url=https%3A%2F%2Fdownload\.falco\.org/);
    expect(prop(arm, 'platform')).toEqual([ARM]);
    expect(prop(files.get('falcoctl-prefix/src/falcoctl_0.5.1_linux_amd64.tar.gz') ?? { name: '' }, 'url-hash')).toEqual([
      `SHA256=${H('b')}`,
    ]);

    // A raw header: no version in its name, and no hash declared.
    const b64 = files.get('b64/base64.h') ?? { name: '' };
    expect(b64.name).toBe('base64.h');
    expect(b64.version).toBeUndefined();
    expect(prop(b64, 'url-hash')).toEqual([]);
    expect(prop(b64, 'fetched-by')).toEqual(['file(DOWNLOAD)']);

    // gRPC: the clone's URL and commit, its tag's version, and each submodule with its commit.
    const grpc = files.get('grpc.tar.gz') ?? { name: '' };
    expect(grpc).toMatchObject({ name: 'grpc', version: '1.44.0' });
    expect(refOf(grpc, 'vcs')).toBe('https://github.com/grpc/grpc.git');
    expect(prop(grpc, 'git-commit')).toEqual(['8'.repeat(40)]);
    expect(grpc.components?.map((c) => [c.name, prop(c, 'git-commit')[0], prop(c, 'submodule')[0], refOf(c, 'vcs')])).toEqual([
      ['abseil-cpp', '6'.repeat(40), 'third_party/abseil-cpp', 'https://github.com/abseil/abseil-cpp.git'],
    ]);

    // The kept libs source: the libs download, with the header downloaded into it inside.
    const kept = files.get(`${LIBS}/falcosecurity-libs-kept.tar.gz`) ?? { name: '' };
    expect(kept).toMatchObject({ name: 'falcosecurity-libs-kept', version: '0.13.1' });
    expect(kept.components?.map((c) => [c.name, prop(c, 'inside')[0], refOf(c, 'distribution')])).toEqual([
      [
        'uthash.h',
        `${LIBS}/falcosecurity-libs/userspace/libscap/uthash.h`,
        'https://raw.githubusercontent.com/troydhanson/uthash/v1.9.8/src/uthash.h',
      ],
    ]);
    // A tarball that came inside the libs source, not from a download of its own.
    const inner = files.get(`${LIBS}/falcosecurity-libs/test/data/sample.tar.gz`) ?? { name: '' };
    expect(prop(inner, 'fetched-by')).toEqual(['unpacked']);
    expect(prop(inner, 'unpacked-from')).toEqual([`${LIBS}/0.13.1.tar.gz`]);
  });

  it('gives the same bytes for the same tree, and a serial number that follows the digest', () => {
    const a = renderSbom(describeTree(request()));
    expect(renderSbom(describeTree(request()))).toBe(a);
    // Facts listed in another order change nothing.
    const reversed = new Map([...request().facts].reverse());
    expect(renderSbom(describeTree(request({ facts: reversed, files: [...request().files].reverse() })))).toBe(a);
    const other = renderSbom(describeTree(request({ digest: H('9') })));
    expect(other).not.toBe(a);
    expect((JSON.parse(a) as { serialNumber: string }).serialNumber).toBe(serialFrom(H('e')));
    expect(serialFrom(H('e'))).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is marked partial when the build left no facts (a custom Dockerfile), still listing every file', async () => {
    const empty: BuildFacts = { buildDir: '/falco/build', found: false, downloads: [], git: [] };
    const doc = describeTree(request({ custom: true, facts: new Map([[AMD, empty]]) }));
    const sbom = await expectValidCycloneDx(renderSbom(doc));
    expect(sbom.compositions).toEqual([{ aggregate: 'incomplete', assemblies: ['falco'] }]);
    expect(sbom.metadata.properties).toContainEqual({ name: 'falco-deps-mirror:partial', value: 'true' });
    expect(sbom.metadata.properties).toContainEqual({ name: 'falco-deps-mirror:recipe', value: 'custom Dockerfile' });
    const files = byPath(sbom);
    expect(files.size).toBe(request().files.length);
    const openssl = files.get('openssl-prefix/src/OpenSSL_1_1_1t.tar.gz') ?? { name: '' };
    // Named and versioned from the file alone; no URL, as nothing says where it came from.
    expect(openssl).toMatchObject({ name: 'OpenSSL_1_1_1t', version: '1.1.1t' });
    expect(refOf(openssl, 'distribution')).toBeUndefined();
    expect(sha256Of(openssl)).toBe(H('a'));
  });

  it('reads back what it wrote, and merges a branch: the kept platform from the parent, the rest from this run', async () => {
    const parent = describeTree(request());
    const back = readSbom(renderSbom(parent));
    expect(back?.components).toEqual(parent.components);

    // This run built arm64 only; amd64's falcoctl is kept from the parent, the shared files are this run's.
    const ours = describeTree(
      request({
        files: request()
          .files.filter((f) => !f.path.includes('linux_amd64'))
          .map((f) => ({ ...f, platforms: [ARM] })),
      }),
    );
    const paths = new Map(
      request().files.map((f) => [f.path, { platforms: f.platforms, fromParent: f.path.includes('linux_amd64') }] as const),
    );
    const merged = mergeKept(ours, back, paths, H('7'));
    const sbom = await expectValidCycloneDx(renderSbom(merged));
    const files = byPath(sbom);
    expect([...files.keys()].sort()).toEqual(
      request()
        .files.map((f) => f.path)
        .sort(),
    );
    const amd = files.get('falcoctl-prefix/src/falcoctl_0.5.1_linux_amd64.tar.gz') ?? { name: '' };
    expect(prop(amd, 'platform')).toEqual([AMD]);
    expect(prop(amd, 'url-hash')).toEqual([`SHA256=${H('b')}`]);
    expect(prop(files.get('openssl-prefix/src/OpenSSL_1_1_1t.tar.gz') ?? { name: '' }, 'platform')).toEqual([AMD, ARM]);
    expect(sbom.serialNumber).toBe(serialFrom(H('7')));

    // A kept path the parent's SBOM does not describe (a branch made before SBOMs) is listed, marked partial.
    const blind = await expectValidCycloneDx(renderSbom(mergeKept(ours, undefined, paths, H('7'))));
    expect(byPath(blind).get('falcoctl-prefix/src/falcoctl_0.5.1_linux_amd64.tar.gz')?.hashes ?? []).toEqual([]);
    expect(blind.compositions?.[0]?.aggregate).toBe('incomplete');
  });

  it('takes another tool or a damaged file as no SBOM to merge with', () => {
    expect(readSbom('not json')).toBeUndefined();
    expect(readSbom('{"bomFormat":"SPDX"}')).toBeUndefined();
  });
});
