// Builds the commit to push straight from the deps tree, in a temporary bare repository, without a
// clone of the mirror: the blobs are written with hash-object, the tree with an index of our own. A
// patch commit is a child of the one it replaces (fetched with its trees but not its blobs), so the
// branch keeps its history; content equal to the parent's (grpc.tar.gz and the *-kept.tar.gz tarballs
// of unpacked sources compared by their members) is reported as unchanged instead.
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MirrorError, quote, t, type TextLike } from '../common/errors.js';
import { GITATTRIBUTES, lfsPathsOf, lfsPointer, renderGitattributes, storedWithLfs, type LargeFiles } from '../planning/large-files.js';
import {
  METADATA_FILE,
  metadataOf,
  parseMetadata,
  platformsOfPath,
  renderMetadata,
  type BranchMetadata,
  type Platform,
  type PlatformsByPath,
} from '../planning/platforms.js';
import { digestOf, mergeKept, readSbom, renderSbom, SBOM_FILE, type SbomDoc } from '../planning/sbom.js';
import { retryRemote, type RemoteOptions } from '../common/retry.js';
import { lastLines } from '../common/text.js';
import type { Git } from './git.js';
import { gitFailure } from './git-failure.js';
import type { FileDigest } from './tar-hash.js';
import { sha256OfFile } from './manifest.js';
import { tarballDigest } from './tarball-digest.js';
import { walkTree, type TreeEntry } from './tree-walk.js';

export interface CommitRequest extends RemoteOptions {
  readonly git: Git;
  /** The temporary bare repository (created here, emptied first). */
  readonly repo: string;
  /** Scratch space beside it, for the index file. */
  readonly workDir: string;
  /** The mirror and its branch, to fetch the parent from. */
  readonly url: string;
  readonly ref: string;
  readonly resource: TextLike;
  readonly treeDir: string;
  readonly message: string;
  /** The commit the branch is at, which the new commit replaces; undefined for a new branch. */
  readonly parent: string | undefined;
  /** The platforms the tree was built for, which paths came from which, and the parent's platforms whose files stay. */
  readonly platforms: TreePlatforms;
  /** Which files go to Git LFS; `digests` (taken at extraction) spares reading them again for their oid. */
  readonly large?: LargeFilesRequest;
  /** The tree's SBOM, written at the branch's root (merged with the parent's for the files the commit keeps of it). */
  readonly sbom?: SbomDoc;
}

export interface LargeFilesRequest {
  readonly files: LargeFiles;
  readonly digests: ReadonlyMap<string, FileDigest>;
}

/** A file of the tree stored with Git LFS: the branch holds its pointer, the LFS endpoint its bytes. */
export interface LfsObject {
  readonly rel: string;
  /** The file on disk. */
  readonly file: string;
  readonly oid: string;
  readonly size: number;
}

export interface TreePlatforms {
  readonly built: readonly Platform[];
  readonly byPath: PlatformsByPath;
  /** Platforms of the parent whose files the commit keeps (by blob id, never downloaded); empty: none. */
  readonly keep: readonly Platform[];
}

export interface Snapshot {
  /** The commit to push, or the existing one when nothing changed. */
  readonly commit: string;
  readonly tree: string;
  /** The content equals the parent's (grpc.tar.gz and *-kept.tar.gz compared by their members). */
  readonly unchanged: boolean;
  /** The platforms the commit holds (its metadata file's list). */
  readonly platforms: readonly Platform[];
  /** The LFS objects the commit refers to that this tree brought (to upload before the push). */
  readonly lfsObjects: readonly LfsObject[];
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'falco-deps-mirror',
  GIT_AUTHOR_EMAIL: 'falco-deps-mirror@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'falco-deps-mirror',
  GIT_COMMITTER_EMAIL: 'falco-deps-mirror@users.noreply.github.com',
};

// The tarballs are already compressed: zlib level 0 stores them as they are, and big files skip the
// delta search and go straight into a pack (docs/performance.md, "Pushing large tarballs", has the measurements).
const REPO_CONFIG: Readonly<Record<string, string>> = {
  'core.compression': '0',
  'core.bigFileThreshold': '1m',
  'pack.window': '0',
  'gc.auto': '0',
};

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The commit that holds the tree, made in `req.repo`: a new one, or the parent when the content is unchanged. */
export async function buildCommit(req: CommitRequest): Promise<Snapshot> {
  const { git, repo, message, parent } = req;
  await fs.rm(repo, { recursive: true, force: true });
  await git.run(['init', '--quiet', '--bare', repo]);
  for (const [k, v] of Object.entries(REPO_CONFIG)) await local(req, ['config', k, v], 'git config');
  // The branch's commit, with its trees but without its blobs (fetched later only if needed).
  if (parent !== undefined) await fetchTip(req, parent);
  const view =
    parent !== undefined
      ? await parentView(req, parent)
      : { entries: new Map<string, string>(), lfs: new Set<string>(), blob: () => Promise.resolve(undefined) };
  const kept = parent !== undefined && req.platforms.keep.length > 0 ? keptEntries(req, parent, view) : new Map<string, KeptEntry>();
  // One walk of the tree serves both the LFS selection and the blobs.
  const entries = await listEntries(req.treeDir);
  const ours = await lfsObjectsOf(req, entries);
  const cmp: Comparison = {
    parentEntries: view.entries,
    parentLfs: view.lfs,
    parentMembers: view.meta?.members ?? {},
    parentSbom: () => view.blob(SBOM_FILE),
    ours,
  };
  const { tree, platforms, lfsObjects } = await writeTree(req, entries, kept, cmp);
  if (parent !== undefined) {
    if (await sameContent(req, view.entries, await listTree(req, tree), cmp))
      return { commit: parent, tree, unchanged: true, platforms, lfsObjects: [] };
  }
  const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
  const commit = (await local(req, args, 'git commit-tree', message, IDENTITY)).trim();
  if (!SHA.test(commit))
    throw new MirrorError(
      'InternalError',
      t(`git commit-tree gave ${JSON.stringify(commit)}`, `\`git commit-tree\` вернула ${JSON.stringify(commit)}`),
    );
  return { commit, tree, unchanged: false, platforms, lfsObjects };
}

/** What comparing with the parent needs: its LFS paths and members digests, and this tree's LFS objects. */
interface Comparison {
  /** The parent's entries ("mode type id" by path); empty for a new branch. */
  readonly parentEntries: ReadonlyMap<string, string>;
  readonly parentLfs: ReadonlySet<string>;
  readonly parentMembers: Readonly<Record<string, string>>;
  /** The parent's SBOM text, when it has one; read only when a merge needs it (a blob fetched on demand). */
  readonly parentSbom: () => Promise<string | undefined>;
  readonly ours: ReadonlyMap<string, LfsObject & { readonly members?: string }>;
}

/** The parent's metadata (when it has one) and the paths its .gitattributes stores with LFS; small blobs, fetched on demand. */
async function parentView(
  req: CommitRequest,
  parent: string,
): Promise<{ entries: Map<string, string>; meta?: BranchMetadata; lfs: Set<string>; blob: (rel: string) => Promise<string | undefined> }> {
  const listing = await listTree(req, `${parent}^{tree}`);
  const blob = async (rel: string): Promise<string | undefined> => {
    if (!listing.has(rel)) return undefined;
    const r = await req.git.run(['cat-file', 'blob', `${parent}:${rel}`], { gitDir: req.repo });
    if (r.code !== 0) {
      const said = lastLines(r.stderr.trim(), 3, { separator: ' / ' });
      const spec = `${parent.slice(0, 12)}:${rel}`;
      throw new MirrorError(
        'InternalError',
        t(`git cat-file of ${spec} failed: ${said}`, `Не удалось выполнить \`git cat-file\` для ${spec}: ${said}`),
      );
    }
    return r.stdout;
  };
  const attributes = await blob(GITATTRIBUTES);
  const text = await blob(METADATA_FILE);
  const meta = text === undefined ? undefined : parseMetadata(text);
  return {
    entries: listing,
    ...(meta ? { meta } : {}),
    lfs: attributes === undefined ? new Set() : lfsPathsOf(attributes),
    blob,
  };
}

/** The files of the tree that large-files: lfs stores with LFS, with their members' digest where they are compared by members. */
async function lfsObjectsOf(req: CommitRequest, entries: readonly TreeEntry[]): Promise<Map<string, LfsObject & { members?: string }>> {
  const out = new Map<string, LfsObject & { members?: string }>();
  const large = req.large;
  if (large?.files.mode !== 'lfs') return out;
  for (const entry of entries) {
    if (entry.kind !== 'file') continue;
    const file = path.join(req.treeDir, entry.rel);
    const size = (await fs.stat(file)).size;
    if (!storedWithLfs(large.files, size)) continue;
    const known = large.digests.get(entry.rel);
    const oid = known?.size === size ? known.sha256 : await sha256OfFile(file);
    const members = comparedByMembers(entry.rel) ? await tarballDigest(createReadStream(file)) : undefined;
    out.set(entry.rel, { rel: entry.rel, file, oid, size, ...(members ? { members } : {}) });
  }
  return out;
}

/** What the metadata file of a commit says; undefined when it has none (or not ours). The repository must hold the commit's trees. */
export async function readMetadata(req: Pick<CommitRequest, 'git' | 'repo'>, commit: string): Promise<BranchMetadata | undefined> {
  const text = await readRootFile(req, commit, METADATA_FILE);
  return text === undefined ? undefined : parseMetadata(text);
}

/** A file at the root of a commit whose trees the repository holds; undefined when there is none. */
export async function readRootFile(req: Pick<CommitRequest, 'git' | 'repo'>, commit: string, name: string): Promise<string | undefined> {
  const spec = `${commit}:${name}`;
  const exists = await req.git.run(['cat-file', '-e', spec], { gitDir: req.repo });
  if (exists.code !== 0) return undefined;
  // The blob is fetched now, on demand (the partial fetch left it out).
  const r = await req.git.run(['cat-file', 'blob', spec], { gitDir: req.repo });
  if (r.code !== 0) {
    const said = lastLines(r.stderr.trim(), 3, { separator: ' / ' });
    throw new MirrorError(
      'InternalError',
      t(`git cat-file of ${spec} failed: ${said}`, `Не удалось выполнить \`git cat-file\` для ${spec}: ${said}`),
    );
  }
  return r.stdout;
}

/** An entry of the parent the new commit keeps as it is, and the kept platforms it belongs to. */
interface KeptEntry {
  /** "mode type id", as ls-tree gives it. */
  readonly entry: string;
  readonly platforms: readonly Platform[];
}

/** The parent's entries that belong to a platform in `keep`, with only those platforms. */
function keptEntries(
  req: CommitRequest,
  parent: string,
  { entries, meta }: { entries: ReadonlyMap<string, string>; meta?: BranchMetadata },
): Map<string, KeptEntry> {
  if (!meta)
    throw new MirrorError(
      'InternalError',
      t(
        `The branch's commit ${parent.slice(0, 12)} has no readable ${METADATA_FILE}, yet its platforms were read before the build.`,
        `В коммите ${parent.slice(0, 12)} ветки нет читаемого ${METADATA_FILE}, хотя его платформы были прочитаны до сборки.`,
      ),
    );
  const kept = new Map<string, KeptEntry>();
  for (const [rel, entry] of entries) {
    if (rel === METADATA_FILE || rel === GITATTRIBUTES || rel === SBOM_FILE) continue;
    const platforms = platformsOfPath(meta, rel).filter((p) => req.platforms.keep.includes(p));
    if (platforms.length > 0) kept.set(rel, { entry, platforms });
  }
  return kept;
}

/** A git command in the temporary repository; a failure there is ours, not the server's. */
async function local(req: CommitRequest, args: string[], what: string, input?: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const r = await req.git.run(args, { gitDir: req.repo, ...(input !== undefined ? { input } : {}), ...(env ? { env } : {}) });
  if (r.code !== 0) {
    const said = lastLines(r.stderr.trim(), 3, { separator: ' / ' });
    throw new MirrorError('InternalError', t(`${what} failed: ${said}`, `Не удалось выполнить \`${what}\`: ${said}`));
  }
  return r.stdout;
}

/**
 * Writes every file and link of the tree as blobs, and the tree object that lists them with the kept
 * entries of the parent (by id: their blobs stay on the server) and the metadata file. A path both hold
 * must have the same content (tarballs by their members); the parent's blob then stays.
 */
async function writeTree(
  req: CommitRequest,
  entries: readonly TreeEntry[],
  kept: ReadonlyMap<string, KeptEntry>,
  cmp: Comparison,
): Promise<{ tree: string; platforms: Platform[]; lfsObjects: LfsObject[] }> {
  const { treeDir } = req;
  const files = entries.filter((e) => e.kind === 'file' && !cmp.ours.has(e.rel));
  const paths = files.map((f) => path.join(treeDir, f.rel)).join('\n') + '\n';
  const ids = files.length
    ? (await local(req, ['hash-object', '-w', '--no-filters', '--stdin-paths'], 'git hash-object', paths)).trim().split('\n')
    : [];
  const blob = async (text: string): Promise<string> =>
    (await local(req, ['hash-object', '-w', '--no-filters', '--stdin'], 'git hash-object', text)).trim();
  const index = new Map<string, string>();
  files.forEach((f, i) => index.set(f.rel, `${f.executable ? '100755' : '100644'} blob ${ids[i]}`));
  // A file stored with LFS: the branch holds its pointer (executable bits do not survive LFS).
  for (const o of cmp.ours.values()) index.set(o.rel, `100644 blob ${await blob(lfsPointer(o.oid, o.size))}`);
  for (const link of entries.filter((e) => e.kind === 'link')) {
    index.set(link.rel, `120000 blob ${await blob(await fs.readlink(path.join(treeDir, link.rel)))}`);
  }
  if (cmp.ours.size > 0 && index.has(GITATTRIBUTES)) {
    throw new MirrorError(
      'Invalid',
      t(
        `The deps tree holds ${GITATTRIBUTES} at its root, which large-files: lfs writes for the files it stores with Git LFS.`,
        `В корне дерева зависимостей лежит ${GITATTRIBUTES}, а этот файл large-files: lfs пишет сам для файлов, хранимых в Git LFS.`,
      ),
    );
  }
  const ourEntries = new Map(index);
  // A tarball in LFS on both sides with the same members keeps the parent's pointer: its new bytes are
  // not uploaded again for a difference no rebuild avoids (times in tar and gzip headers).
  for (const o of cmp.ours.values()) {
    const before = cmp.parentEntries.get(o.rel);
    const ours = index.get(o.rel);
    if (before !== undefined && ours !== undefined && before !== ours && (await sameEntry(req, o.rel, before, ours, cmp)))
      index.set(o.rel, before);
  }
  const byPath = new Map<string, Platform[]>();
  for (const rel of index.keys()) byPath.set(rel, [...(req.platforms.byPath.get(rel) ?? req.platforms.built)]);
  const lfsPaths = new Set(cmp.ours.keys());
  const members = new Map<string, string>();
  for (const o of cmp.ours.values()) if (o.members) members.set(o.rel, o.members);
  for (const [rel, k] of kept) {
    const ours = index.get(rel);
    if (ours !== undefined && ours !== k.entry && !(await sameEntry(req, rel, k.entry, ours, cmp))) {
      throw new MirrorError(
        'Conflict',
        t(
          `The branch's ${k.platforms.join(', ')} files hold ${quote(rel)} with other content than this ${req.platforms.built.join(', ')} build gives; one branch cannot hold both, so nothing was pushed.`,
          `Среди файлов ${k.platforms.join(', ')} в ветке есть ${quote(rel)} с другим содержимым, чем даёт эта сборка для ${req.platforms.built.join(', ')}; одна ветка не может хранить оба варианта, поэтому ничего не отправлено.`,
        ),
        {
          verb: 'patch',
          resource: req.resource,
          hint: t(
            'A file every platform downloads must be the same on every platform; with build: full, gRPC leaves per-platform files in its source: use build: downloads.',
            'Файл, который скачивают все платформы, должен быть одинаковым на каждой платформе; при build: full gRPC оставляет в своих исходниках файлы, свои для каждой платформы: используйте build: downloads.',
          ),
        },
      );
    }
    index.set(rel, k.entry);
    byPath.set(rel, [...(byPath.get(rel) ?? []), ...k.platforms]);
    // The kept entry is the parent's: so is its storage (LFS or not) and its members' digest.
    lfsPaths.delete(rel);
    members.delete(rel);
    if (cmp.parentLfs.has(rel)) lfsPaths.add(rel);
    const digest = cmp.parentMembers[rel];
    if (digest !== undefined && cmp.parentLfs.has(rel)) members.set(rel, digest);
  }
  if (lfsPaths.size > 0) index.set(GITATTRIBUTES, `100644 blob ${await blob(renderGitattributes(lfsPaths))}`);
  const platforms = [...new Set([...req.platforms.built, ...req.platforms.keep])].sort();
  index.set(METADATA_FILE, `100644 blob ${await blob(renderMetadata(metadataOf(platforms, byPath, members)))}`);
  if (req.sbom) index.set(SBOM_FILE, `100644 blob ${await blob(renderSbom(await branchSbom(req.sbom, index, ourEntries, byPath, cmp)))}`);
  const lines = [...index].map(([rel, entry]) => {
    const [mode, , id] = entry.split(' ');
    return `${mode} ${id}\t${rel}\0`;
  });
  const indexEnv = { GIT_INDEX_FILE: path.join(req.workDir, 'index') };
  await fs.rm(indexEnv.GIT_INDEX_FILE, { force: true });
  await local(req, ['update-index', '--add', '-z', '--index-info'], 'git update-index', lines.join(''), indexEnv);
  // --missing-ok: the kept blobs are on the server only, and must not be downloaded to be referred to.
  const tree = (await local(req, ['write-tree', '--missing-ok'], 'git write-tree', undefined, indexEnv)).trim();
  // Only the objects whose pointer the commit holds as this tree's own need uploading.
  const lfsObjects = [...cmp.ours.values()].filter((o) => index.get(o.rel) === ourEntries.get(o.rel));
  return { tree, platforms, lfsObjects };
}

/**
 * The branch's SBOM: this tree's, or, where the commit holds entries of the parent's (other platforms'
 * files, or a tarball whose parent pointer stays), merged with the parent's SBOM for those.
 */
async function branchSbom(
  ours: SbomDoc,
  index: ReadonlyMap<string, string>,
  ourEntries: ReadonlyMap<string, string>,
  byPath: ReadonlyMap<string, readonly Platform[]>,
  cmp: Comparison,
): Promise<SbomDoc> {
  const paths = new Map<string, { platforms: readonly Platform[]; fromParent: boolean }>();
  for (const [rel, entry] of index) {
    if (rel === METADATA_FILE || rel === GITATTRIBUTES || !/^10\d{4} /.test(entry)) continue;
    paths.set(rel, { platforms: byPath.get(rel) ?? [], fromParent: ourEntries.get(rel) !== entry });
  }
  if (![...paths.values()].some((p) => p.fromParent)) return ours;
  const parentText = await cmp.parentSbom();
  const merged = mergeKept(ours, parentText === undefined ? undefined : readSbom(parentText), paths, '');
  const hashed = merged.components.flatMap((c) => (c.path && c.sha256 ? [{ path: c.path, sha256: c.sha256 }] : []));
  return { ...merged, digest: digestOf(hashed) };
}

/**
 * Fetches the branch's tip into `req.repo` (trees only) as refs/fdm/old; it must be `expected`, the
 * commit the run saw, or someone else pushed meanwhile (Conflict).
 */
export async function fetchTip(
  req: Pick<CommitRequest, 'git' | 'repo' | 'url' | 'ref' | 'resource'> & RemoteOptions,
  expected: string,
): Promise<void> {
  const add = await req.git.run(['remote', 'add', 'mirror', req.url], { gitDir: req.repo });
  if (add.code !== 0) {
    const said = lastLines(add.stderr.trim(), 3, { separator: ' / ' });
    throw new MirrorError('InternalError', t(`git remote add failed: ${said}`, `Не удалось выполнить \`git remote add\`: ${said}`));
  }
  await retryRemote(async () => {
    const args = ['fetch', '--quiet', '--no-tags', '--depth', '1', '--filter=blob:none', 'mirror', `+${req.ref}:refs/fdm/old`];
    const r = await req.git.run(args, { gitDir: req.repo, timeoutMs: 1_800_000 });
    if (r.code !== 0) throw gitFailure('get', req.resource, r, t('git fetch of the mirror branch', '`git fetch` ветки зеркала'));
  }, req);
  const r = await req.git.run(['rev-parse', 'refs/fdm/old'], { gitDir: req.repo });
  const fetched = r.stdout.trim();
  if (fetched !== expected) {
    throw new MirrorError(
      'Conflict',
      t(
        `The branch moved from ${expected.slice(0, 12)} to ${fetched.slice(0, 12)} while this run was building.`,
        `Пока шла сборка, ветка сдвинулась с ${expected.slice(0, 12)} на ${fetched.slice(0, 12)}.`,
      ),
      {
        verb: 'patch',
        resource: req.resource,
        hint: t(
          'Another run or person pushed to it; run again to build on the new state.',
          'В неё отправил изменения другой запуск или человек; запустите снова, чтобы собрать поверх нового состояния.',
        ),
      },
    );
  }
}

/** Path -> "mode type id" of every entry of a tree. */
async function listTree(req: CommitRequest, rev: string): Promise<Map<string, string>> {
  const out = await local(req, ['ls-tree', '-r', '-z', '--full-tree', rev], 'git ls-tree');
  const map = new Map<string, string>();
  for (const rec of out.split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab > 0) map.set(rec.slice(tab + 1), rec.slice(0, tab));
  }
  return map;
}

/**
 * The tarballs the recipe makes itself, of trees a rebuild recreates: grpc.tar.gz (gRPC's clone) and
 * <name>-kept.tar.gz (unpacked nested sources with their stamps). No rebuild gives them byte for byte
 * (times in tar and gzip headers, git's index and reflogs), so they are compared by their members.
 */
export function comparedByMembers(rel: string): boolean {
  const name = path.posix.basename(rel);
  return name === 'grpc.tar.gz' || name.endsWith('-kept.tar.gz');
}

/** Same paths and blobs, except such tarballs that differ only in what no rebuild reproduces. */
async function sameContent(req: CommitRequest, old: Map<string, string>, ours: Map<string, string>, cmp: Comparison): Promise<boolean> {
  if (old.size !== ours.size) return false;
  for (const [rel, entry] of ours) {
    const before = old.get(rel);
    if (before === undefined) return false;
    // The SBOM follows from the rest (a tarball's own bytes differ with each rebuild; its members do not).
    if (rel === SBOM_FILE) continue;
    if (before !== entry && !(await sameEntry(req, rel, before, entry, cmp))) return false;
  }
  return true;
}

/**
 * Two entries ("mode type id") of one path: equal, or tarballs of the recipe's with the same members.
 * A tarball stored with LFS on both sides is compared by the members' digests of the metadata file (its
 * bytes are not downloaded); one stored with LFS on one side only counts as changed.
 */
async function sameEntry(req: CommitRequest, rel: string, theirs: string, ours: string, cmp: Comparison): Promise<boolean> {
  if (theirs === ours) return true;
  if (!comparedByMembers(rel) || theirs.split(' ')[0] !== ours.split(' ')[0]) return false;
  const oldLfs = cmp.parentLfs.has(rel);
  const newLfs = cmp.ours.has(rel);
  if (oldLfs || newLfs) {
    const before = cmp.parentMembers[rel];
    return oldLfs && newLfs && before !== undefined && before === cmp.ours.get(rel)?.members;
  }
  const digestOf = async (id: string): Promise<string> => {
    // A blob of the parent is fetched now, on demand (the partial fetch left it out).
    const blob = req.git.stream(['cat-file', 'blob', id], { gitDir: req.repo });
    const [digest] = await Promise.all([tarballDigest(blob.stdout), blob.done]);
    return digest;
  };
  const [a, b] = await Promise.all([digestOf(theirs.split(' ')[2] ?? ''), digestOf(ours.split(' ')[2] ?? '')]);
  return a === b;
}

/** Regular files and links under dir; a path git cannot store, and anything else, is refused. */
async function listEntries(dir: string): Promise<TreeEntry[]> {
  const entries = await walkTree(dir, (rel, name) => {
    if (rel === METADATA_FILE || rel === SBOM_FILE) {
      throw new MirrorError(
        'Invalid',
        t(
          `The deps tree holds ${rel} at its root, the name of the action's own file on the branch.`,
          `В корне дерева зависимостей лежит ${rel}, а так называется служебный файл falco-deps-mirror в ветке.`,
        ),
      );
    }
    if (/[\n\0\\]/.test(rel) || name === '.git') {
      throw new MirrorError(
        'Invalid',
        t(
          `The deps tree holds a path git cannot store as it is: ${JSON.stringify(rel)}.`,
          `В дереве зависимостей есть путь, который git не может сохранить как есть: ${JSON.stringify(rel)}.`,
        ),
      );
    }
  });
  const other = entries.find((e) => e.kind === 'other');
  if (other) {
    const name = JSON.stringify(other.rel);
    throw new MirrorError(
      'Invalid',
      t(
        `The deps tree holds ${name}, which is neither a file nor a directory.`,
        `В дереве зависимостей есть ${name}, и это не файл и не каталог.`,
      ),
    );
  }
  return entries;
}
