// The mirror branch and its four operations (seed 000's verbs), with git and no clone of the mirror:
//   get     git ls-remote of refs/heads/<version>
//   create  a push that succeeds only if the branch does not exist (--force-with-lease=<ref>:)
//   patch   a push that succeeds only over the commit get saw (--force-with-lease=<ref>:<sha>)
//   delete  a push --delete with the same lease
// The commit is made in a temporary bare repository straight from the deps tree; a patch commit is a
// child of the one it replaces (fetched without its blobs), so the branch keeps its history.
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MirrorError } from './errors.js';
import type { Git } from './git.js';
import { gitFailure, isLeaseRejection } from './git-failure.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { tarballDigest } from './tarball-digest.js';

export interface MirrorOptions {
  readonly git: Git;
  readonly url: string;
  readonly branch: string;
  /** Scratch space for the temporary repository; recorded for cleanup by the caller. */
  readonly workDir: string;
  readonly retry?: RetryPolicy;
  readonly onRetry?: (message: string) => void;
  readonly signal?: AbortSignal | undefined;
}

export interface Snapshot {
  /** The commit to push, or the existing one when nothing changed. */
  readonly commit: string;
  readonly tree: string;
  /** The content equals the parent's (grpc.tar.gz compared by its members). */
  readonly unchanged: boolean;
}

export interface Mirror {
  readonly ref: string;
  readonly resource: string;
  get(): Promise<string | undefined>;
  snapshot(treeDir: string, message: string, parent: string | undefined): Promise<Snapshot>;
  create(commit: string): Promise<void>;
  patch(commit: string, expected: string): Promise<void>;
  delete(expected: string): Promise<void>;
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

export function createMirror(opts: MirrorOptions): Mirror {
  const { git, url, branch } = opts;
  const ref = `refs/heads/${branch}`;
  const resource = `branch ${branch} of ${url}`;
  const repo = path.join(opts.workDir, 'repo.git');
  const retry = <T>(fn: (attempt: number) => Promise<T>): Promise<T> =>
    withRetry(fn, opts.retry ?? DEFAULT_RETRY, {
      ...(opts.signal ? { signal: opts.signal } : {}),
      onRetry: (err, attempt, delay) => opts.onRetry?.(`${err.message} Retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1}).`),
    });

  const local = async (args: string[], what: string, input?: string, env?: NodeJS.ProcessEnv): Promise<string> => {
    const r = await git.run(args, { gitDir: repo, ...(input !== undefined ? { input } : {}), ...(env ? { env } : {}) });
    if (r.code !== 0) throw new MirrorError('InternalError', `${what} failed: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    return r.stdout;
  };

  const get = (): Promise<string | undefined> =>
    retry(async () => {
      const r = await git.run(['ls-remote', '--refs', url, ref], { timeoutMs: 180_000 });
      if (r.code !== 0) throw gitFailure('get', resource, r, 'git ls-remote of the mirror');
      const line = r.stdout.split('\n').find((l) => l.endsWith(`\t${ref}`));
      return line?.split('\t')[0];
    });

  const push = (verb: 'create' | 'patch' | 'delete', refspec: string, expected: string, landed: string | undefined): Promise<void> =>
    retry(async (attempt) => {
      const r = await git.run(['push', '--porcelain', '--no-verify', `--force-with-lease=${ref}:${expected}`, url, refspec], {
        gitDir: repo,
        timeoutMs: 3_600_000,
      });
      if (r.code === 0) return;
      // A retried push whose earlier attempt landed after all finds its own result: that is success.
      if (attempt > 1 && isLeaseRejection(`${r.stdout}\n${r.stderr}`) && (await get()) === landed) return;
      throw gitFailure(verb, resource, r, `git push (${verb})`);
    });

  return {
    ref,
    resource,
    get,

    async snapshot(treeDir, message, parent) {
      await fs.rm(repo, { recursive: true, force: true });
      await git.run(['init', '--quiet', '--bare', repo]);
      for (const [k, v] of Object.entries(REPO_CONFIG)) await local(['config', k, v], 'git config');

      const entries = await listEntries(treeDir);
      const files = entries.filter((e) => e.kind !== 'link');
      const ids = files.length
        ? (await local(['hash-object', '-w', '--no-filters', '--stdin-paths'], 'git hash-object', files.map((f) => path.join(treeDir, f.rel)).join('\n') + '\n'))
            .trim()
            .split('\n')
        : [];
      const index: string[] = files.map((f, i) => `${f.kind === 'exec' ? '100755' : '100644'} ${ids[i]}\t${f.rel}`);
      for (const link of entries.filter((e) => e.kind === 'link')) {
        const target = await fs.readlink(path.join(treeDir, link.rel));
        const id = (await local(['hash-object', '-w', '--no-filters', '--stdin'], 'git hash-object', target)).trim();
        index.push(`120000 ${id}\t${link.rel}`);
      }
      const indexEnv = { GIT_INDEX_FILE: path.join(opts.workDir, 'index') };
      await fs.rm(indexEnv.GIT_INDEX_FILE, { force: true });
      await local(['update-index', '--add', '-z', '--index-info'], 'git update-index', index.map((l) => `${l}\0`).join(''), indexEnv);
      const tree = (await local(['write-tree'], 'git write-tree', undefined, indexEnv)).trim();

      if (parent !== undefined) {
        await fetchParent(parent);
        const old = await listTree(`${parent}^{tree}`);
        if (await sameContent(old, await listTree(tree), treeDir)) return { commit: parent, tree, unchanged: true };
      }
      const commit = (
        await local(['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'], 'git commit-tree', message, IDENTITY)
      ).trim();
      if (!SHA.test(commit)) throw new MirrorError('InternalError', `git commit-tree gave ${JSON.stringify(commit)}`);
      return { commit, tree, unchanged: false };
    },

    create: (commit) => push('create', `${commit}:${ref}`, '', commit),
    patch: (commit, expected) => push('patch', `${commit}:${ref}`, expected, commit),
    delete: async (expected) => {
      await fs.mkdir(opts.workDir, { recursive: true });
      if (!(await fs.stat(repo).catch(() => undefined))) await git.run(['init', '--quiet', '--bare', repo]);
      await push('delete', `:${ref}`, expected, undefined);
    },
  };

  /** The commit being replaced, with its trees but without its blobs (fetched later only if needed). */
  async function fetchParent(parent: string): Promise<void> {
    await local(['remote', 'add', 'mirror', url], 'git remote add');
    await retry(async () => {
      const r = await git.run(['fetch', '--quiet', '--no-tags', '--depth', '1', '--filter=blob:none', 'mirror', `+${ref}:refs/fdm/old`], {
        gitDir: repo,
        timeoutMs: 1_800_000,
      });
      if (r.code !== 0) throw gitFailure('get', resource, r, 'git fetch of the mirror branch');
    });
    const fetched = (await local(['rev-parse', 'refs/fdm/old'], 'git rev-parse')).trim();
    if (fetched !== parent) {
      throw new MirrorError('Conflict', `The branch moved from ${parent.slice(0, 12)} to ${fetched.slice(0, 12)} while this run was building.`, {
        verb: 'patch',
        resource,
        hint: 'Another run or person pushed to it; run again to build on the new state.',
      });
    }
  }

  async function listTree(rev: string): Promise<Map<string, string>> {
    const out = await local(['ls-tree', '-r', '-z', '--full-tree', rev], 'git ls-tree');
    const map = new Map<string, string>();
    for (const rec of out.split('\0')) {
      const tab = rec.indexOf('\t');
      if (tab > 0) map.set(rec.slice(tab + 1), rec.slice(0, tab)); // "mode type id"
    }
    return map;
  }

  /** Same paths and blobs, except grpc.tar.gz files that differ only in what no rebuild reproduces. */
  async function sameContent(old: Map<string, string>, ours: Map<string, string>, treeDir: string): Promise<boolean> {
    if (old.size !== ours.size) return false;
    for (const [rel, entry] of ours) {
      const before = old.get(rel);
      if (before === undefined) return false;
      if (before === entry) continue;
      if (path.posix.basename(rel) !== 'grpc.tar.gz' || before.split(' ')[0] !== entry.split(' ')[0]) return false;
      const id = before.split(' ')[2] ?? '';
      // The old blob is fetched now, on demand (the partial fetch left it out).
      const blob = git.stream(['cat-file', 'blob', id], { gitDir: repo });
      const [theirs] = await Promise.all([tarballDigest(blob.stdout), blob.done]);
      const mine = await tarballDigest(createReadStream(path.join(treeDir, rel)));
      if (theirs !== mine) return false;
    }
    return true;
  }
}

interface Entry {
  rel: string;
  kind: 'file' | 'exec' | 'link';
}

/** Regular files and links under dir, with POSIX relative paths; anything else is refused. */
async function listEntries(dir: string): Promise<Entry[]> {
  const out: Entry[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const d of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (/[\n\0\\]/.test(child) || d.name === '.git') {
        throw new MirrorError('Invalid', `The deps tree holds a path git cannot store as it is: ${JSON.stringify(child)}.`);
      }
      if (d.isDirectory()) await walk(child);
      else if (d.isSymbolicLink()) out.push({ rel: child, kind: 'link' });
      else if (d.isFile()) {
        const st = await fs.stat(path.join(dir, child));
        out.push({ rel: child, kind: st.mode & 0o111 ? 'exec' : 'file' });
      } else throw new MirrorError('Invalid', `The deps tree holds ${JSON.stringify(child)}, which is neither a file nor a directory.`);
    }
  };
  await walk('');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
