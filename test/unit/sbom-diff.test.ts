// The dependency diff between two mirror branches' SBOMs: what a Falco upgrade added, removed or changed,
// read from SBOMs shaped as the action writes them, and rendered for a job summary and a terminal.
import { describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import {
  changeOf,
  depsOf,
  diffDeps,
  renderDiffMarkdown,
  renderDiffText,
  type DepDiff,
  type DepEntry,
} from '../../src/planning/sbom-diff.js';

const AMD64 = 'linux/amd64';
const ARM64 = 'linux/arm64';
const hex = (c: string): string => c.repeat(64);

interface Dep {
  name: string;
  version?: string;
  path?: string;
  url?: string;
  vcs?: string;
  sha256?: string;
  urlHash?: string;
  commit?: string;
  platforms?: string[];
  children?: Dep[];
}

/** A component as the action writes it. */
function component(d: Dep): Record<string, unknown> {
  const props: Array<[string, string | undefined]> = [
    ['falco-deps-mirror:path', d.path],
    ...(d.platforms ?? []).map((p): [string, string] => ['falco-deps-mirror:platform', p]),
    ['falco-deps-mirror:url-hash', d.urlHash && `SHA256=${d.urlHash}`],
    ['falco-deps-mirror:git-commit', d.commit],
    ['falco-deps-mirror:fetched-by', 'ExternalProject'],
  ];
  const refs = [...(d.url ? [{ type: 'distribution', url: d.url }] : []), ...(d.vcs ? [{ type: 'vcs', url: d.vcs }] : [])];
  return {
    type: 'library',
    ...(d.path ? { 'bom-ref': d.path } : {}),
    name: d.name,
    ...(d.version ? { version: d.version, purl: `pkg:generic/${d.name}@${d.version}` } : {}),
    ...(d.sha256 ? { hashes: [{ alg: 'SHA-256', content: d.sha256 }] } : {}),
    ...(refs.length ? { externalReferences: refs } : {}),
    properties: props.filter(([, v]) => v !== undefined).map(([name, value]) => ({ name, value })),
    ...(d.children ? { components: d.children.map(component) } : {}),
  };
}

function sbom(falco: string, deps: Dep[]): Record<string, unknown> {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: {
      component: { type: 'application', name: 'falco', version: falco },
      properties: [{ name: 'falco-deps-mirror:recipe', value: 'built-in' }],
    },
    components: deps.map(component),
    compositions: [{ aggregate: 'complete', assemblies: ['falco'] }],
  };
}

const openssl = (v: string): Dep => ({
  name: 'openssl',
  version: v,
  path: `openssl-prefix/src/openssl-${v}.tar.gz`,
  url: `https://github.com/openssl/openssl/releases/download/openssl-${v}/openssl-${v}.tar.gz`,
  sha256: hex(v === '3.1.4' ? 'a' : 'b'),
  urlHash: hex(v === '3.1.4' ? 'a' : 'b'),
  platforms: [AMD64, ARM64],
});
const falcoctl = (platform: string, v: string): Dep => ({
  name: 'falcoctl',
  version: v,
  path: `falcoctl-${v}-${platform.replace('/', '-')}.tar.gz`,
  url: `https://download.falco.org/falcoctl/${v}/falcoctl_${v}_${platform.replace('/', '_')}.tar.gz`,
  platforms: [platform],
});
const grpc = (abseilCommit: string): Dep => ({
  name: 'grpc',
  version: '1.44.0',
  path: 'grpc.tar.gz',
  vcs: 'https://github.com/grpc/grpc.git',
  commit: 'c'.repeat(40),
  platforms: [AMD64, ARM64],
  children: [
    { name: 'abseil-cpp', vcs: 'https://github.com/abseil/abseil-cpp.git', commit: abseilCommit },
    { name: 're2', vcs: 'https://github.com/google/re2.git', commit: 'e'.repeat(40) },
  ],
});
const header = (sha: string): Dep => ({
  name: 'json.hpp',
  path: 'njson-prefix/src/json.hpp',
  url: 'https://raw.githubusercontent.com/nlohmann/json/develop/single_include/nlohmann/json.hpp',
  sha256: sha,
});

/** What changed in each changed dependency, in key order. */
const fieldsOf = (diff: DepDiff): string[][] => diff.changed.map((c) => changeOf(c.before, c.after));

/** The error a call throws: a MirrorError (Invalid) with one clear sentence. */
function thrown(fn: () => unknown): MirrorError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MirrorError);
    return err as MirrorError;
  }
  throw new Error('expected a MirrorError, nothing was thrown');
}

describe('depsOf', () => {
  it('lists every component, nested ones as <parent>/<child>, keyed by name and platforms, sorted', () => {
    const deps = depsOf(sbom('0.41.1', [openssl('3.1.4'), grpc('d'.repeat(40)), header(hex('1'))]));
    expect(deps.map((d) => d.key)).toEqual([
      'grpc [linux/amd64, linux/arm64]',
      'grpc/abseil-cpp [linux/amd64, linux/arm64]',
      'grpc/re2 [linux/amd64, linux/arm64]',
      'json.hpp',
      'openssl [linux/amd64, linux/arm64]',
    ]);
    expect(deps[0]).toEqual({
      key: 'grpc [linux/amd64, linux/arm64]',
      name: 'grpc',
      version: '1.44.0',
      url: 'https://github.com/grpc/grpc.git',
      commit: 'c'.repeat(40),
      platforms: [AMD64, ARM64],
      path: 'grpc.tar.gz',
    });
    // A submodule has no platform of its own: it is on the platforms of the clone that holds it.
    expect(deps[1]).toEqual({
      key: 'grpc/abseil-cpp [linux/amd64, linux/arm64]',
      name: 'grpc/abseil-cpp',
      url: 'https://github.com/abseil/abseil-cpp.git',
      commit: 'd'.repeat(40),
      platforms: [AMD64, ARM64],
    });
    expect(deps[3]).toMatchObject({ key: 'json.hpp', platforms: [], sha256: hex('1') });
    expect(deps[3]?.version).toBeUndefined();
    expect(deps[4]).toMatchObject({ version: '3.1.4', url: expect.stringContaining('openssl-3.1.4.tar.gz') as unknown, sha256: hex('a') });
  });

  it('makes one entry per platform of a dependency fetched per platform, platforms sorted and once each', () => {
    const both = { ...falcoctl(AMD64, '0.11.0'), platforms: [ARM64, AMD64, ARM64] };
    const deps = depsOf(sbom('0.41.1', [falcoctl(ARM64, '0.11.0'), falcoctl(AMD64, '0.11.0'), both]));
    expect(deps.map((d) => d.key)).toEqual(['falcoctl [linux/amd64, linux/arm64]', 'falcoctl [linux/amd64]', 'falcoctl [linux/arm64]']);
    expect(deps[0]?.platforms).toEqual([AMD64, ARM64]);
  });

  it("prefers CMake's URL_HASH to the file's hash (a repacked tarball), and takes upper-case hex", () => {
    const [kept] = depsOf(sbom('0.41.1', [{ name: 'libbpf', path: 'libbpf-kept.tar.gz', sha256: hex('f'), urlHash: hex('A') }]));
    expect(kept?.sha256).toBe(hex('a'));
  });

  it('keeps two entries of one key, each key suffixed with its path, whatever their order in the file', () => {
    const a = { name: 'zlib', version: '1.3', path: 'zlib-a.tar.gz' };
    const b = { name: 'zlib', version: '1.3', path: 'zlib-b.tar.gz' };
    const keys = depsOf(sbom('0.41.1', [b, a])).map((d) => d.key);
    expect(keys).toEqual(['zlib (zlib-a.tar.gz)', 'zlib (zlib-b.tar.gz)']);
    expect(depsOf(sbom('0.41.1', [a, b])).map((d) => d.key)).toEqual(keys);
    const same = depsOf(sbom('0.41.1', [{ name: 'x' }, { name: 'x', version: '1' }])).map((d) => d.key);
    expect(same).toEqual(['x (no path)', 'x (no path) #2']);
  });

  it('reads an SBOM with no components, and ignores what it does not know (another tool, a later 1.x)', () => {
    expect(depsOf({ bomFormat: 'CycloneDX', specVersion: '1.7' })).toEqual([]);
    const other = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      components: [
        {
          type: 'file',
          name: 'zlib',
          version: '1.3.1',
          hashes: [{ alg: 'MD5', content: 'abc' }],
          properties: [{ name: 'x:y' }, 'odd'],
          evidence: {},
        },
      ],
    };
    expect(depsOf(other)).toEqual([{ key: 'zlib', name: 'zlib', version: '1.3.1', platforms: [] }]);
  });

  it('refuses what is not a CycloneDX SBOM, saying what is wrong', () => {
    expect(thrown(() => depsOf([])).message).toBe('The SBOM is not a JSON object (it is an array).');
    expect(thrown(() => depsOf({ spdxVersion: 'SPDX-2.3' })).message).toBe(
      'The SBOM is not CycloneDX: it has no bomFormat, expected "CycloneDX".',
    );
    const spdx = thrown(() => depsOf({ bomFormat: 'SPDX', specVersion: '1.6' }));
    expect(spdx.reason).toBe('Invalid');
    expect(spdx.message).toBe('The SBOM is not CycloneDX: its bomFormat is "SPDX", expected "CycloneDX".');
    expect(thrown(() => depsOf({ bomFormat: 'CycloneDX', specVersion: '2.0' })).message).toBe(
      `The SBOM's specVersion is "2.0"; only CycloneDX 1.x is read.`,
    );
    expect(thrown(() => depsOf({ bomFormat: 'CycloneDX', specVersion: '1.6', components: { openssl: {} } })).message).toBe(
      "The SBOM's components is not an array (it is an object).",
    );
  });

  it('names the component that is wrong, nested ones by their path in the file', () => {
    const base = { bomFormat: 'CycloneDX', specVersion: '1.6' };
    expect(thrown(() => depsOf({ ...base, components: ['openssl'] })).message).toBe(
      "The SBOM's components[0] is not an object (it is a string).",
    );
    expect(thrown(() => depsOf({ ...base, components: [{ version: '1' }] })).message).toBe("The SBOM's components[0] has no name.");
    expect(thrown(() => depsOf({ ...base, components: [{ name: 'a', version: 3 }] })).message).toBe(
      "The SBOM's components[0].version is not a string.",
    );
    const nested = { ...base, components: [{ name: 'grpc', components: [{ name: 'abseil' }, { name: 're2', properties: 'x' }] }] };
    expect(thrown(() => depsOf(nested)).message).toBe(
      "The SBOM's components[0].components[1].properties is not an array (it is a string).",
    );
    let deep: Record<string, unknown> = { name: 'leaf' };
    for (let i = 0; i < 40; i++) deep = { name: `n${i}`, components: [deep] };
    expect(thrown(() => depsOf({ ...base, components: [deep] })).message).toMatch(/is nested more than 16 levels deep\.$/);
  });
});

describe('diffDeps', () => {
  const before = depsOf(sbom('0.41.1', [openssl('3.1.4'), falcoctl(AMD64, '0.11.0'), falcoctl(ARM64, '0.11.0'), grpc('d'.repeat(40))]));

  it('finds a version bump, an added and a removed dependency, per platform', () => {
    const after = depsOf(
      sbom('0.42.0', [openssl('3.1.5'), falcoctl(AMD64, '0.11.0'), falcoctl('linux/riscv64', '0.11.0'), grpc('d'.repeat(40))]),
    );
    const diff = diffDeps(before, after);
    expect(diff.added.map((d) => d.key)).toEqual(['falcoctl [linux/riscv64]']);
    expect(diff.removed.map((d) => d.key)).toEqual(['falcoctl [linux/arm64]']);
    expect(diff.changed.map(({ before: b, after: a }) => [a.key, b.version, a.version])).toEqual([
      ['openssl [linux/amd64, linux/arm64]', '3.1.4', '3.1.5'],
    ]);
    expect(fieldsOf(diff)).toEqual([['version', 'url']]);
    // falcoctl amd64, grpc and its two submodules.
    expect(diff.unchanged).toBe(4);
  });

  it('finds a submodule that moved to another commit though neither side has a version', () => {
    const diff = diffDeps(
      before,
      depsOf(sbom('0.42.0', [openssl('3.1.4'), falcoctl(AMD64, '0.11.0'), falcoctl(ARM64, '0.11.0'), grpc('9'.repeat(40))])),
    );
    expect(diff.changed.map((c) => [c.after.key, changeOf(c.before, c.after)])).toEqual([
      ['grpc/abseil-cpp [linux/amd64, linux/arm64]', ['commit']],
    ]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('finds a versionless header downloaded again with other content', () => {
    const diff = diffDeps(depsOf(sbom('0.41.1', [header(hex('1'))])), depsOf(sbom('0.42.0', [header(hex('2'))])));
    expect(fieldsOf(diff)).toEqual([['sha256']]);
  });

  it('finds a moved download at one version, and not a new hash alone at one version and URL', () => {
    const moved = { ...openssl('3.1.4'), url: 'https://www.openssl.org/source/openssl-3.1.4.tar.gz' };
    const one = diffDeps(depsOf(sbom('a', [openssl('3.1.4')])), depsOf(sbom('b', [moved])));
    expect(fieldsOf(one)).toEqual([['url']]);
    const repacked = { ...grpc('d'.repeat(40)), sha256: hex('7') };
    const two = diffDeps(depsOf(sbom('a', [{ ...grpc('d'.repeat(40)), sha256: hex('6') }])), depsOf(sbom('b', [repacked])));
    expect(two.changed).toEqual([]);
    expect(two.unchanged).toBe(3);
  });

  it('says nothing changed for identical SBOMs', () => {
    const same = depsOf(sbom('0.41.1', [openssl('3.1.4'), falcoctl(AMD64, '0.11.0'), falcoctl(ARM64, '0.11.0'), grpc('d'.repeat(40))]));
    const diff = diffDeps(before, same);
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchanged: 6 });
    expect(renderDiffText(diff, '0.41.1', '0.41.1')).toBe('0.41.1 -> 0.41.1: no dependency changed (6 unchanged).\n');
    expect(renderDiffMarkdown(diff, '0.41.1', '0.41.1')).toBe(
      'Dependencies of 0.41.1 → 0.41.1: 0 added, 0 removed, 0 changed, 6 unchanged.\n\nNo dependency was added, removed or changed.\n',
    );
  });
});

describe('rendering', () => {
  const before = depsOf(
    sbom('0.41.1', [
      openssl('3.1.4'),
      falcoctl(ARM64, '0.11.0'),
      header(hex('1')),
      { name: 'old|lib`x', version: '1.0', url: 'https://example.com/a|b.tar.gz' },
    ]),
  );
  const after = depsOf(sbom('0.42.0', [openssl('3.1.5'), falcoctl(AMD64, '0.11.0'), header(hex('2'))]));
  const diff = diffDeps(before, after);

  it('renders plain text: a line per change in key order, then the counts', () => {
    expect(renderDiffText(diff, '0.41.1', '0.42.0')).toBe(
      [
        '+ falcoctl [linux/amd64] 0.11.0 https://download.falco.org/falcoctl/0.11.0/falcoctl_0.11.0_linux_amd64.tar.gz',
        '- falcoctl [linux/arm64] 0.11.0 https://download.falco.org/falcoctl/0.11.0/falcoctl_0.11.0_linux_arm64.tar.gz',
        '~ json.hpp sha256 111111111111 -> 222222222222',
        '- old|lib`x 1.0 https://example.com/a|b.tar.gz',
        '~ openssl [linux/amd64, linux/arm64] 3.1.4 -> 3.1.5',
        '0.41.1 -> 0.42.0: 1 added, 2 removed, 2 changed, 0 unchanged.',
        '',
      ].join('\n'),
    );
  });

  it('renders a markdown table, cells escaped, URLs as they are', () => {
    expect(renderDiffMarkdown(diff, '0.41.1', '0.42.0')).toBe(
      [
        'Dependencies of 0.41.1 → 0.42.0: 1 added, 2 removed, 2 changed, 0 unchanged.',
        '',
        '| Change | Dependency | Platforms | Before | After |',
        '|---|---|---|---|---|',
        '| added | falcoctl | linux/amd64 |  | 0.11.0<br>https://download.falco.org/falcoctl/0.11.0/falcoctl_0.11.0_linux_amd64.tar.gz |',
        '| removed | falcoctl | linux/arm64 | 0.11.0<br>https://download.falco.org/falcoctl/0.11.0/falcoctl_0.11.0_linux_arm64.tar.gz |  |',
        '| changed: sha256 | json.hpp | — | (no version)<br>https://raw.githubusercontent.com/nlohmann/json/develop/single_include/nlohmann/json.hpp<br>sha256 111111111111 | (no version)<br>https://raw.githubusercontent.com/nlohmann/json/develop/single_include/nlohmann/json.hpp<br>sha256 222222222222 |',
        '| removed | old&#124;lib&#96;x | — | 1.0<br>https://example.com/a&#124;b.tar.gz |  |',
        '| changed: version, url | openssl | linux/amd64, linux/arm64 | 3.1.4<br>https://github.com/openssl/openssl/releases/download/openssl-3.1.4/openssl-3.1.4.tar.gz | 3.1.5<br>https://github.com/openssl/openssl/releases/download/openssl-3.1.5/openssl-3.1.5.tar.gz |',
        '',
      ].join('\n'),
    );
  });

  it('shows control characters in names instead of obeying them', () => {
    const odd: DepEntry = { key: 'evil\u001b[2J\nname', name: 'evil\u001b[2J\nname', platforms: [] };
    const d = { added: [odd], removed: [], changed: [], unchanged: 0 };
    expect(renderDiffText(d, 'a', 'b')).toBe('+ evil␛[2J␊name (no version)\na -> b: 1 added, 0 removed, 0 changed, 0 unchanged.\n');
    expect(renderDiffMarkdown(d, 'a', 'b')).toContain('| added | evil␛[2J␊name | — |  | (no version) |');
  });
});
