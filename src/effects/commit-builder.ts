// Builds the commit to push straight from the deps tree, in a temporary bare repository, without a
// clone of the mirror: the blobs are written with hash-object, the tree with an index of our own. A
// patch commit is a child of the one it replaces (fetched with its trees but not its blobs), so the
// branch keeps its history; content equal to the parent's (grpc.tar.gz and the *-kept.tar.gz tarballs
// of unpacked sources compared by their members) is reported as unchanged instead.
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MirrorError } from '../common/errors.js';
import { retryRemote, type RemoteOptions } from '../common/retry.js';
import { lastLines } from '../common/text.js';
import type { Git } from './git.js';
import { gitFailure } from './git-failure.js';
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
  readonly resource: string;
  readonly treeDir: string;
  readonly message: string;
  /** The commit the branch is at, which the new commit replaces; undefined for a new branch. */
  readonly parent: string | undefined;
}

export interface Snapshot {
  /** The commit to push, or the existing one when nothing changed. */
  readonly commit: string;
  readonly tree: string;
  /** The content equals the parent's (grpc.tar.gz and *-kept.tar.gz compared by their members). */
  readonly unchanged: boolean;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'falco-deps-mirror',
  GIT_AUTHOR_EMAIL: 'falco-deps-mirror@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'falco-deps-mirror',
  GIT_COMMITTER_EMAIL: 'falco-deps-mirror@users.noreply.github.com',
};

// The tarballs are already compressed: zlib level 0 stores them as they are, and big files skip the
// delta search and go straight into a pack (the README section "Pushing large tarballs" has the measurements).
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
  const tree = await writeTree(req);
  if (parent !== undefined) {
    await fetchParent(req, parent);
    const old = await listTree(req, `${parent}^{tree}`);
    if (await sameContent(req, old, await listTree(req, tree))) return { commit: parent, tree, unchanged: true };
  }
  const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
  const commit = (await local(req, args, 'git commit-tree', message, IDENTITY)).trim();
  if (!SHA.test(commit)) throw new MirrorError('InternalError', `git commit-tree gave ${JSON.stringify(commit)}`);
  return { commit, tree, unchanged: false };
}

/** A git command in the temporary repository; a failure there is ours, not the server's. */
async function local(req: CommitRequest, args: string[], what: string, input?: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const r = await req.git.run(args, { gitDir: req.repo, ...(input !== undefined ? { input } : {}), ...(env ? { env } : {}) });
  if (r.code !== 0) throw new MirrorError('InternalError', `${what} failed: ${lastLines(r.stderr.trim(), 3, { separator: ' / ' })}`);
  return r.stdout;
}

/** Writes every file and link of the tree as blobs, and the tree object that lists them. */
async function writeTree(req: CommitRequest): Promise<string> {
  const { treeDir } = req;
  const entries = await listEntries(treeDir);
  const files = entries.filter((e) => e.kind === 'file');
  const paths = files.map((f) => path.join(treeDir, f.rel)).join('\n') + '\n';
  const ids = files.length
    ? (await local(req, ['hash-object', '-w', '--no-filters', '--stdin-paths'], 'git hash-object', paths)).trim().split('\n')
    : [];
  const index: string[] = files.map((f, i) => `${f.executable ? '100755' : '100644'} ${ids[i]}\t${f.rel}`);
  for (const link of entries.filter((e) => e.kind === 'link')) {
    const target = await fs.readlink(path.join(treeDir, link.rel));
    const id = (await local(req, ['hash-object', '-w', '--no-filters', '--stdin'], 'git hash-object', target)).trim();
    index.push(`120000 ${id}\t${link.rel}`);
  }
  const indexEnv = { GIT_INDEX_FILE: path.join(req.workDir, 'index') };
  await fs.rm(indexEnv.GIT_INDEX_FILE, { force: true });
  await local(req, ['update-index', '--add', '-z', '--index-info'], 'git update-index', index.map((l) => `${l}\0`).join(''), indexEnv);
  return (await local(req, ['write-tree'], 'git write-tree', undefined, indexEnv)).trim();
}

/** The commit being replaced, with its trees but without its blobs (fetched later only if needed). */
async function fetchParent(req: CommitRequest, parent: string): Promise<void> {
  await local(req, ['remote', 'add', 'mirror', req.url], 'git remote add');
  await retryRemote(async () => {
    const args = ['fetch', '--quiet', '--no-tags', '--depth', '1', '--filter=blob:none', 'mirror', `+${req.ref}:refs/fdm/old`];
    const r = await req.git.run(args, { gitDir: req.repo, timeoutMs: 1_800_000 });
    if (r.code !== 0) throw gitFailure('get', req.resource, r, 'git fetch of the mirror branch');
  }, req);
  const fetched = (await local(req, ['rev-parse', 'refs/fdm/old'], 'git rev-parse')).trim();
  if (fetched !== parent) {
    throw new MirrorError(
      'Conflict',
      `The branch moved from ${parent.slice(0, 12)} to ${fetched.slice(0, 12)} while this run was building.`,
      {
        verb: 'patch',
        resource: req.resource,
        hint: 'Another run or person pushed to it; run again to build on the new state.',
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
async function sameContent(req: CommitRequest, old: Map<string, string>, ours: Map<string, string>): Promise<boolean> {
  if (old.size !== ours.size) return false;
  for (const [rel, entry] of ours) {
    const before = old.get(rel);
    if (before === undefined) return false;
    if (before === entry) continue;
    if (!comparedByMembers(rel) || before.split(' ')[0] !== entry.split(' ')[0]) return false;
    const id = before.split(' ')[2] ?? '';
    // The old blob is fetched now, on demand (the partial fetch left it out).
    const blob = req.git.stream(['cat-file', 'blob', id], { gitDir: req.repo });
    const [theirs] = await Promise.all([tarballDigest(blob.stdout), blob.done]);
    const mine = await tarballDigest(createReadStream(path.join(req.treeDir, rel)));
    if (theirs !== mine) return false;
  }
  return true;
}

/** Regular files and links under dir; a path git cannot store, and anything else, is refused. */
async function listEntries(dir: string): Promise<TreeEntry[]> {
  const entries = await walkTree(dir, (rel, name) => {
    if (/[\n\0\\]/.test(rel) || name === '.git') {
      throw new MirrorError('Invalid', `The deps tree holds a path git cannot store as it is: ${JSON.stringify(rel)}.`);
    }
  });
  const other = entries.find((e) => e.kind === 'other');
  if (other) throw new MirrorError('Invalid', `The deps tree holds ${JSON.stringify(other.rel)}, which is neither a file nor a directory.`);
  return entries;
}
