// What the tests check of an SBOM: valid CycloneDX 1.6 (the library's strict JSON schema validation), and
// the files it lists are exactly the tree's, with the manifest's hashes.
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { expect } from 'vitest';

export interface SbomComponent {
  name: string;
  version?: string;
  purl?: string;
  hashes?: Array<{ alg: string; content: string }>;
  externalReferences?: Array<{ type: string; url: string }>;
  properties?: Array<{ name: string; value: string }>;
  components?: SbomComponent[];
}

export interface SbomJson {
  bomFormat: string;
  specVersion: string;
  serialNumber: string;
  metadata: { component: SbomComponent; properties?: Array<{ name: string; value: string }>; timestamp?: string };
  components: SbomComponent[];
  compositions?: Array<{ aggregate: string }>;
}

/** Fails with the schema's own errors unless the text is valid CycloneDX 1.6 JSON. */
export async function expectValidCycloneDx(text: string): Promise<SbomJson> {
  const errors: unknown = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text);
  expect(errors, JSON.stringify(errors, null, 2)).toBeNull();
  return JSON.parse(text) as SbomJson;
}

/** A component's properties of one name. */
export function prop(c: SbomComponent, name: string): string[] {
  return (c.properties ?? []).filter((p) => p.name === `falco-deps-mirror:${name}`).map((p) => p.value);
}

export function sha256Of(c: SbomComponent): string | undefined {
  return c.hashes?.find((h) => h.alg === 'SHA-256')?.content;
}

export function refOf(c: SbomComponent, type: string): string | undefined {
  return c.externalReferences?.find((r) => r.type === type)?.url;
}

/** The components that stand for the tree's files, by path. */
export function byPath(sbom: SbomJson): Map<string, SbomComponent> {
  const out = new Map<string, SbomComponent>();
  for (const c of sbom.components) {
    const [p] = prop(c, 'path');
    if (p === undefined) throw new Error(`component ${c.name} has no path`);
    expect(out.has(p), `two components for ${p}`).toBe(false);
    out.set(p, c);
  }
  return out;
}

/** The SBOM lists exactly the manifest's files (SHA256SUMS text), each with the manifest's SHA-256. */
export function expectSameFilesAsManifest(sbom: SbomJson, manifestText: string): void {
  const manifest = new Map(
    manifestText
      .trim()
      .split('\n')
      .map((line) => {
        const m = /^([0-9a-f]{64}) {2}(.*)$/.exec(line);
        if (!m) throw new Error(`not a manifest line: ${line}`);
        return [m[2] ?? '', m[1] ?? ''] as const;
      }),
  );
  const listed = byPath(sbom);
  expect([...listed.keys()].sort()).toEqual([...manifest.keys()].sort());
  for (const [p, c] of listed) expect(sha256Of(c), p).toBe(manifest.get(p));
}

/** What the mini Falco's build fetched, as the fixture records it (test/fixtures/mini-falco.ts). */
export interface FixtureFacts {
  sources: Record<string, Record<string, { name: string; url: string; urlHash?: string }>>;
  gitCommits: Record<string, string>;
  withGrpc: string[];
}

/**
 * The SBOM of a built-in recipe's mini Falco tree: valid, exactly the manifest's files with its hashes,
 * complete, and each download described as the fixture served it (name, URL, the hash CMake checked,
 * the platform), gRPC with the commit of its tag and its submodule's.
 */
export async function expectFixtureSbom(
  text: string,
  manifestText: string,
  fixture: FixtureFacts,
  version: string,
  gitUrl: string,
  /** The platforms each file belongs to (by default this engine's, linux/amd64, for all). */
  platformsOf: (file: string) => string[] = () => ['linux/amd64'],
): Promise<SbomJson> {
  const sbom = await expectValidCycloneDx(text);
  expectSameFilesAsManifest(sbom, manifestText);
  expect(sbom.compositions?.[0]?.aggregate).toBe('complete');
  expect(sbom.metadata.component.version).toBe(version);
  expect(prop(sbom.metadata.component, 'git-commit')[0]).toMatch(/^[0-9a-f]{40}$/);
  const files = byPath(sbom);
  let described = 0;
  for (const [p, src] of Object.entries(fixture.sources[version] ?? {})) {
    const c = files.get(p);
    if (!c) continue;
    described++;
    expect(c.name, p).toBe(src.name);
    expect(refOf(c, 'distribution'), p).toBe(src.url);
    expect(prop(c, 'url-hash'), p).toEqual(src.urlHash ? [src.urlHash] : []);
    expect(prop(c, 'platform'), p).toEqual(platformsOf(p));
  }
  expect(described).toBeGreaterThan(5);
  if (fixture.withGrpc.includes(version)) {
    const grpc = files.get('grpc.tar.gz');
    expect(grpc).toMatchObject({ name: 'grpc', version: '1.44.0' });
    expect(refOf(grpc ?? { name: '' }, 'vcs')).toBe(`${gitUrl}/grpc/grpc.git`);
    expect(prop(grpc ?? { name: '' }, 'git-commit')).toEqual([fixture.gitCommits['grpc@v1.44.0']]);
    expect(grpc?.components?.map((s) => [s.name, prop(s, 'git-commit')[0], refOf(s, 'vcs')])).toEqual([
      ['abseil-cpp', fixture.gitCommits['abseil-cpp@20211102.0'], `${gitUrl}/abseil/abseil-cpp.git`],
    ]);
  } else {
    expect(files.has('grpc.tar.gz')).toBe(false);
  }
  return sbom;
}
