// The CycloneDX 1.6 SBOM of a deps tree: one component per file of the tree, described by what the build
// itself left (build-facts.ts: CMake's download scripts, the configure trace, the git clones), never by a
// table of known dependencies. Built as a plain list first (DepComponent), so that a branch's SBOM can be
// merged with the one it replaces, then modelled and serialized with the CycloneDX library. Deterministic:
// no timestamp, lists sorted, and a serial number derived from the digest of the files it lists, so the
// same tree always gives the same bytes.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import type { BuildFacts, DownloadFact, GitFact } from './build-facts.js';
import { downloadPurl, gitPurl, versionOf } from './dep-identity.js';
import type { Platform } from './platforms.js';
import { byCodeUnit } from '../common/text.js';

/** The SBOM's name at the root of the mirror branch and of the artifact. */
export const SBOM_FILE = 'falco-deps.cdx.json';

/** Namespace of the SBOM's own properties (CycloneDX asks for a prefix that names the tool). */
export const PROPERTY_PREFIX = 'falco-deps-mirror';
const P = {
  path: `${PROPERTY_PREFIX}:path`,
  platform: `${PROPERTY_PREFIX}:platform`,
  urlHash: `${PROPERTY_PREFIX}:url-hash`,
  fetchedBy: `${PROPERTY_PREFIX}:fetched-by`,
  commit: `${PROPERTY_PREFIX}:git-commit`,
  submodule: `${PROPERTY_PREFIX}:submodule`,
  unpackedFrom: `${PROPERTY_PREFIX}:unpacked-from`,
  inside: `${PROPERTY_PREFIX}:inside`,
  partial: `${PROPERTY_PREFIX}:partial`,
  builtWith: `${PROPERTY_PREFIX}:recipe`,
} as const;

/** The SBOM beside the manifest: `<output-dir>.cdx.json`, as `<output-dir>.SHA256SUMS`. */
export function sbomPathFor(treeDir: string): string {
  return `${treeDir.replace(/[\\/]+$/, '')}.cdx.json`;
}

/** One dependency as the SBOM describes it. Components with a path are the tree's files; children are inside them. */
export interface DepComponent {
  readonly name: string;
  readonly version?: string;
  /** The file of the tree (relative path); absent for a child (a submodule, a header inside a kept tarball). */
  readonly path?: string;
  readonly sha256?: string;
  readonly purl?: string;
  /** Where it was downloaded from. */
  readonly url?: string;
  /** The git repository it was cloned from. */
  readonly vcs?: string;
  readonly urlHash?: string;
  readonly fetchedBy?: string;
  readonly commit?: string;
  readonly submodule?: string;
  readonly unpackedFrom?: string;
  /** Its path inside the tarball it is part of (a kept source's tarball holds build-dir paths). */
  readonly inside?: string;
  readonly platforms: readonly Platform[];
  readonly children: readonly DepComponent[];
  /** False when nothing the build left says where it came from. */
  readonly known: boolean;
}

export interface SbomDoc {
  readonly falcoVersion: string;
  /** `<source-repo>/falcosecurity/falco.git` and the commit of its tag, when the build recorded it. */
  readonly source: { readonly url: string; readonly commit?: string };
  readonly custom: boolean;
  readonly components: readonly DepComponent[];
  /** The digest of what the SBOM lists (the manifest's for a tree): its serial number is derived from it. */
  readonly digest: string;
}

/** A regular file of the tree, with its SHA-256 (the manifest's) and the platforms whose builds gave it. */
export interface TreeFile {
  readonly path: string;
  readonly sha256: string;
  readonly platforms: readonly Platform[];
}

export interface SbomRequest {
  readonly falcoVersion: string;
  readonly sourceUrl: string;
  readonly custom: boolean;
  readonly files: readonly TreeFile[];
  /** Each platform's facts (empty `found` for a build that left none). */
  readonly facts: ReadonlyMap<Platform, BuildFacts & { readonly sourceCommit?: string }>;
  readonly digest: string;
}

/** The SBOM of a tree, from the files and what each platform's build left. */
export function describeTree(req: SbomRequest): SbomDoc {
  const files = [...req.files].sort((a, b) => byCodeUnit(a.path, b.path));
  // The files of one set of platforms share one view of those builds' facts.
  const views = new Map<string, FactsView>();
  const viewOf = (platforms: readonly Platform[]): FactsView => {
    const key = [...platforms].sort().join(',');
    let view = views.get(key);
    if (!view) views.set(key, (view = factsView(req.facts, platforms)));
    return view;
  };
  const components = files.map((file) => componentOf(file, viewOf(file.platforms)));
  const commit = [...req.facts.values()].map((f) => f.sourceCommit).find((c) => c !== undefined);
  return {
    falcoVersion: req.falcoVersion,
    source: { url: req.sourceUrl, ...(commit ? { commit } : {}) },
    custom: req.custom,
    components,
    digest: req.digest,
  };
}

/** What the builds of some platforms say: one download per path (the first platform's, in sorted order) and their clones. */
interface FactsView {
  readonly downloads: readonly DownloadFact[];
  readonly byPath: ReadonlyMap<string, DownloadFact>;
  readonly git: readonly GitFact[];
}

function factsView(all: SbomRequest['facts'], platforms: readonly Platform[]): FactsView {
  const facts = [...platforms]
    .sort()
    .map((p) => all.get(p))
    .filter((f): f is BuildFacts => f !== undefined);
  const byPath = new Map<string, DownloadFact>();
  for (const d of facts.flatMap((f) => f.downloads)) if (!byPath.has(d.path)) byPath.set(d.path, d);
  return { downloads: [...byPath.values()], byPath, git: facts.flatMap((f) => f.git) };
}

function componentOf(file: TreeFile, facts: FactsView): DepComponent {
  const base = { path: file.path, sha256: file.sha256, platforms: [...file.platforms].sort() };
  const { downloads } = facts;
  const download = facts.byPath.get(file.path);
  if (download) return { ...fromDownload(download), ...base };
  const git = gitArchiveOf(file.path, facts.git);
  if (git) return { ...fromGit(git), ...base };
  const kept = keptSourceOf(file.path, downloads);
  if (kept) {
    const inside = downloads.filter((d) => d.fetchedBy === 'file(DOWNLOAD)' && d.path.startsWith(`${kept.dir}/`));
    const children = inside.map((d) => ({ ...fromDownload(d), inside: d.path, platforms: base.platforms }));
    // Named apart from the download it was unpacked from, which the tree holds too.
    return {
      ...fromDownload(kept.fact),
      name: `${kept.fact.name}-kept`,
      fetchedBy: 'unpacked source kept with its stamps',
      children,
      ...base,
    };
  }
  // Named and versioned from the file itself: a tarball that came inside an unpacked source, or one
  // that nothing the build left describes (the SBOM is then partial).
  const fileName = path.posix.basename(file.path);
  const name = archiveStem(fileName);
  const version = versionOf(fileName);
  const unpacked = unpackedFrom(file.path, downloads);
  return {
    name,
    ...(version ? { version } : {}),
    purl: downloadPurl(name, version, undefined),
    ...(unpacked ? { fetchedBy: 'unpacked', unpackedFrom: unpacked.path } : {}),
    children: [],
    known: unpacked !== undefined,
    ...base,
  };
}

function fromDownload(d: DownloadFact): Omit<DepComponent, 'platforms'> {
  const url = d.urls[0];
  const version = versionOf(path.posix.basename(d.path)) ?? (url ? versionOf(url) : undefined);
  return {
    name: d.name,
    ...(version ? { version } : {}),
    purl: downloadPurl(d.name, version, url),
    ...(url ? { url } : {}),
    ...(d.urlHash ? { urlHash: d.urlHash } : {}),
    fetchedBy: d.fetchedBy,
    children: [],
    known: true,
  };
}

/** The recipe's `<name>.tar.gz` of a git clone's prefix (grpc.tar.gz holds grpc-prefix/src). */
function gitArchiveOf(file: string, clones: readonly GitFact[]): GitFact | undefined {
  if (file.includes('/') || !file.endsWith('.tar.gz')) return undefined;
  const stem = file.slice(0, -'.tar.gz'.length);
  return clones.find((g) => g.path.startsWith(`${stem}-prefix/src/`));
}

function fromGit(g: GitFact): Omit<DepComponent, 'platforms'> {
  const version = g.tag ? versionOf(g.tag) : undefined;
  const children = g.submodules.map((s): DepComponent => ({
    name: path.posix.basename(s.path),
    purl: gitPurl(path.posix.basename(s.path), undefined, s.url, s.commit),
    vcs: s.url,
    commit: s.commit,
    submodule: s.path,
    fetchedBy: 'git submodule',
    platforms: [],
    children: [],
    known: true,
  }));
  return {
    name: g.name,
    ...(version ? { version } : {}),
    purl: gitPurl(g.name, version, g.url, g.commit, g.tag),
    vcs: g.url,
    commit: g.commit,
    fetchedBy: 'git',
    children,
    known: true,
  };
}

/** `<dir>-kept.tar.gz`: the recipe's tarball of an ExternalProject's unpacked source `<dir>` (beside `<dir>-stamp`). */
function keptSourceOf(file: string, downloads: readonly DownloadFact[]): { dir: string; fact: DownloadFact } | undefined {
  if (!file.endsWith('-kept.tar.gz')) return undefined;
  const dir = file.slice(0, -'-kept.tar.gz'.length);
  const fact = downloads.find((d) => d.stampDir === `${dir}-stamp`);
  return fact ? { dir, fact } : undefined;
}

/** A file inside an ExternalProject's unpacked source (the seed's filter copies its tarballs too). */
function unpackedFrom(file: string, downloads: readonly DownloadFact[]): DownloadFact | undefined {
  return downloads.find((d) => d.stampDir?.endsWith('-stamp') && file.startsWith(`${d.stampDir.slice(0, -'-stamp'.length)}/`));
}

function archiveStem(name: string): string {
  return name.replace(/\.(tar\.gz|tar\.bz2|tar\.xz|tgz|zip)$/, '');
}

/**
 * The SBOM of a branch whose commit keeps some of the parent's files (other platforms' builds): the
 * parent's components for the paths it keeps, this run's for the rest, each with the platforms the
 * branch now says it has. A kept path the parent's SBOM does not describe is listed without facts.
 */
export function mergeKept(
  ours: SbomDoc,
  parent: SbomDoc | undefined,
  paths: ReadonlyMap<string, { readonly platforms: readonly Platform[]; readonly fromParent: boolean }>,
  digest: string,
): SbomDoc {
  const mine = new Map(ours.components.flatMap((c) => (c.path ? [[c.path, c] as const] : [])));
  const theirs = new Map((parent?.components ?? []).flatMap((c) => (c.path ? [[c.path, c] as const] : [])));
  const components: DepComponent[] = [];
  for (const [rel, { platforms, fromParent }] of [...paths].sort(([a], [b]) => byCodeUnit(a, b))) {
    const found = fromParent ? (theirs.get(rel) ?? mine.get(rel)) : (mine.get(rel) ?? theirs.get(rel));
    const sorted = [...platforms].sort();
    if (found) components.push({ ...found, platforms: sorted });
    else {
      const name = archiveStem(path.posix.basename(rel));
      components.push({ name, path: rel, platforms: sorted, children: [], known: false });
    }
  }
  return { ...ours, components, digest };
}

/** The digest of a list of files, as the manifest's: the SHA-256 of their `sha256sum` lines. */
export function digestOf(files: ReadonlyArray<{ readonly path: string; readonly sha256: string }>): string {
  const sorted = [...files].sort((a, b) => byCodeUnit(a.path, b.path));
  return createHash('sha256')
    .update(sorted.map((f) => `${f.sha256}  ${f.path}\n`).join(''))
    .digest('hex');
}

/** Whether some file is described by nothing the build left, or no build left any facts. */
export function isPartial(doc: SbomDoc): boolean {
  return doc.components.some((c) => !c.known);
}

/** A urn:uuid made from a digest (RFC 9562 version 8: custom, here SHA-256 based), so equal trees get equal serials. */
export function serialFrom(digest: string): string {
  const hex = createHash('sha256').update(`falco-deps-mirror sbom ${digest}`).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The SBOM as CycloneDX 1.6 JSON text (two-space indented, lists sorted, ending in a newline). */
export function renderSbom(doc: SbomDoc): string {
  const bom = new Models.Bom({ serialNumber: serialFrom(doc.digest) });
  const falco = new Models.Component(Enums.ComponentType.Application, 'falco', {
    bomRef: 'falco',
    version: doc.falcoVersion,
    purl: doc.source.commit
      ? gitPurl('falco', doc.falcoVersion, doc.source.url, doc.source.commit, doc.falcoVersion)
      : downloadPurl('falco', doc.falcoVersion, undefined),
  });
  falco.externalReferences.add(new Models.ExternalReference(doc.source.url, Enums.ExternalReferenceType.VCS));
  if (doc.source.commit) falco.properties.add(new Models.Property(P.commit, doc.source.commit));
  bom.metadata.component = falco;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'falco-deps-mirror', { bomRef: 'falco-deps-mirror' }),
  );
  bom.metadata.properties.add(new Models.Property(P.builtWith, doc.custom ? 'custom Dockerfile' : 'built-in'));
  if (isPartial(doc)) bom.metadata.properties.add(new Models.Property(P.partial, 'true'));
  for (const dep of doc.components) {
    const c = modelOf(dep, dep.path ?? dep.name);
    bom.components.add(c);
    falco.dependencies.add(c.bomRef);
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  const json = JSON.parse(serializer.serialize(bom, { sortLists: true })) as Record<string, unknown>;
  // The model has no compositions: a partial SBOM says so where CycloneDX consumers look for it.
  json.compositions = [{ aggregate: isPartial(doc) ? 'incomplete' : 'complete', assemblies: ['falco'] }];
  return `${JSON.stringify(json, null, 2)}\n`;
}

function modelOf(dep: DepComponent, ref: string): Models.Component {
  const c = new Models.Component(Enums.ComponentType.Library, dep.name, {
    bomRef: ref,
    ...(dep.version ? { version: dep.version } : {}),
    ...(dep.purl ? { purl: dep.purl } : {}),
  });
  if (dep.sha256) c.hashes.set(Enums.HashAlgorithm['SHA-256'], dep.sha256);
  if (dep.url) c.externalReferences.add(new Models.ExternalReference(dep.url, Enums.ExternalReferenceType.Distribution));
  if (dep.vcs) c.externalReferences.add(new Models.ExternalReference(dep.vcs, Enums.ExternalReferenceType.VCS));
  const props: Array<[string, string | undefined]> = [
    [P.path, dep.path],
    [P.urlHash, dep.urlHash],
    [P.fetchedBy, dep.fetchedBy],
    [P.commit, dep.commit],
    [P.submodule, dep.submodule],
    [P.unpackedFrom, dep.unpackedFrom],
    [P.inside, dep.inside],
    ...dep.platforms.map((p): [string, string] => [P.platform, p]),
  ];
  for (const [name, value] of props) if (value !== undefined) c.properties.add(new Models.Property(name, value));
  for (const child of dep.children) {
    const m = modelOf(
      { ...child, platforms: child.platforms.length ? child.platforms : [] },
      `${ref}#${child.submodule ?? child.inside ?? child.name}`,
    );
    c.components.add(m);
    c.dependencies.add(m.bomRef);
  }
  return c;
}

/**
 * The components of an SBOM this tool wrote (a branch's), read back for a merge; undefined when the text
 * is not one (another tool's, or damaged): the merge then lists the kept paths without facts.
 */
export function readSbom(text: string): SbomDoc | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || json.bomFormat !== 'CycloneDX' || !Array.isArray(json.components)) return undefined;
  const meta = isRecord(json.metadata) ? json.metadata : {};
  const falco = isRecord(meta.component) ? meta.component : {};
  const refs = Array.isArray(falco.externalReferences) ? falco.externalReferences.filter(isRecord) : [];
  const url = refs.find((r) => r.type === 'vcs')?.url;
  const commit = propsOf(falco).get(P.commit)?.[0];
  return {
    falcoVersion: typeof falco.version === 'string' ? falco.version : '',
    source: { url: typeof url === 'string' ? url : '', ...(commit ? { commit } : {}) },
    custom: propsOf(meta).get(P.builtWith)?.[0] === 'custom Dockerfile',
    components: json.components.filter(isRecord).map(readComponent),
    digest: '',
  };
}

function readComponent(c: Record<string, unknown>): DepComponent {
  const props = propsOf(c);
  const one = (name: string): string | undefined => props.get(name)?.[0];
  const refs = Array.isArray(c.externalReferences) ? c.externalReferences.filter(isRecord) : [];
  const ref = (type: string): string | undefined => {
    const u = refs.find((r) => r.type === type)?.url;
    return typeof u === 'string' ? u : undefined;
  };
  const hashes = Array.isArray(c.hashes) ? c.hashes.filter(isRecord) : [];
  const sha = hashes.find((h) => h.alg === 'SHA-256')?.content;
  const fields: Record<string, string | undefined> = {
    version: typeof c.version === 'string' ? c.version : undefined,
    path: one(P.path),
    sha256: typeof sha === 'string' ? sha : undefined,
    purl: typeof c.purl === 'string' ? c.purl : undefined,
    url: ref('distribution'),
    vcs: ref('vcs'),
    urlHash: one(P.urlHash),
    fetchedBy: one(P.fetchedBy),
    commit: one(P.commit),
    submodule: one(P.submodule),
    unpackedFrom: one(P.unpackedFrom),
    inside: one(P.inside),
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<DepComponent>;
  return {
    ...defined,
    name: typeof c.name === 'string' ? c.name : '',
    platforms: props.get(P.platform) ?? [],
    children: Array.isArray(c.components) ? c.components.filter(isRecord).map(readComponent) : [],
    known: fields.fetchedBy !== undefined,
  };
}

function propsOf(c: Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const list = Array.isArray(c.properties) ? c.properties.filter(isRecord) : [];
  for (const p of list) {
    if (typeof p.name !== 'string' || typeof p.value !== 'string') continue;
    out.set(p.name, [...(out.get(p.name) ?? []), p.value]);
  }
  return out;
}

/** A JSON object (not null, not an array). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
