// The mirror branch and its four operations (seed 000's verbs), with git and no clone of the mirror:
//   get     git ls-remote of refs/heads/<version>
//   create  a push that succeeds only if the branch does not exist (--force-with-lease=<ref>:)
//   patch   a push that succeeds only over the commit get saw (--force-with-lease=<ref>:<sha>)
//   delete  a push --delete with the same lease
// The commit pushed is made by commit-builder.ts in a temporary bare repository, which push reads from.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Git } from './git.js';
import { gitFailure, isLeaseRejection } from './git-failure.js';
import { retryRemote, type RemoteOptions } from '../common/retry.js';
import { buildCommit, fetchTip, readMetadata, type Snapshot, type TreePlatforms } from './commit-builder.js';
import type { BranchMetadata } from '../planning/platforms.js';

export interface MirrorBranchOptions extends RemoteOptions {
  readonly git: Git;
  readonly url: string;
  readonly branch: string;
  /** Scratch space for the temporary repository; recorded for cleanup by the caller. */
  readonly workDir: string;
}

export interface MirrorBranch {
  readonly ref: string;
  readonly resource: string;
  get(): Promise<string | undefined>;
  /** What the metadata file of the branch's commit says (undefined: none, a branch made before platforms). */
  metadata(commit: string): Promise<BranchMetadata | undefined>;
  snapshot(treeDir: string, message: string, parent: string | undefined, platforms: TreePlatforms): Promise<Snapshot>;
  create(commit: string): Promise<void>;
  patch(commit: string, expected: string): Promise<void>;
  delete(expected: string): Promise<void>;
}

export function createMirrorBranch(opts: MirrorBranchOptions): MirrorBranch {
  const { git, url, branch } = opts;
  const ref = `refs/heads/${branch}`;
  const resource = `branch ${branch} of ${url}`;
  const repo = path.join(opts.workDir, 'repo.git');
  const retry = <T>(fn: (attempt: number) => Promise<T>): Promise<T> => retryRemote(fn, opts);

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

    metadata: async (commit) => {
      // A repository of its own: the commit's is made afresh for each snapshot.
      const metaRepo = path.join(opts.workDir, 'metadata.git');
      await fs.rm(metaRepo, { recursive: true, force: true });
      await git.run(['init', '--quiet', '--bare', metaRepo]);
      const req = { ...opts, repo: metaRepo, url, ref, resource };
      await fetchTip(req, commit);
      return readMetadata(req, commit);
    },

    snapshot: (treeDir, message, parent, platforms) =>
      buildCommit({ ...opts, repo, workDir: opts.workDir, url, ref, resource, treeDir, message, parent, platforms }),

    create: (commit) => push('create', `${commit}:${ref}`, '', commit),
    patch: (commit, expected) => push('patch', `${commit}:${ref}`, expected, commit),
    delete: async (expected) => {
      await fs.mkdir(opts.workDir, { recursive: true });
      if (!(await fs.stat(repo).catch(() => undefined))) await git.run(['init', '--quiet', '--bare', repo]);
      await push('delete', `:${ref}`, expected, undefined);
    },
  };
}
