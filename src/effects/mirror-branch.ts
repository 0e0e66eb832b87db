// The mirror branch and its four operations (seed 000's verbs), with git and no clone of the mirror:
//   get     git ls-remote of refs/heads/<version>
//   create  a push that succeeds only if the branch does not exist (--force-with-lease=<ref>:)
//   patch   a push that succeeds only over the commit get saw (--force-with-lease=<ref>:<sha>)
//   delete  a push --delete with the same lease
// The commit pushed is made by commit-builder.ts in a temporary bare repository, which push reads from.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Git } from './git.js';
import { gitFailure, isLeaseRejection, lfsFailure } from './git-failure.js';
import { retryRemote, type RemoteOptions } from '../common/retry.js';
import {
  buildCommit,
  fetchTip,
  readMetadata,
  readRootFile,
  type LargeFilesRequest,
  type LfsObject,
  type Snapshot,
  type TreePlatforms,
} from './commit-builder.js';
import type { BranchMetadata } from '../planning/platforms.js';
import { SBOM_FILE, type SbomDoc } from '../planning/sbom.js';
import { t, type Text } from '../common/errors.js';

export interface MirrorBranchOptions extends RemoteOptions {
  readonly git: Git;
  readonly url: string;
  readonly branch: string;
  /** Scratch space for the temporary repository; recorded for cleanup by the caller. */
  readonly workDir: string;
  /** A transfer slower than 1 KB/s for this long is abandoned (git-lfs: no bytes for this long). */
  readonly stallSeconds?: number;
}

export interface MirrorBranch {
  readonly ref: string;
  /** The branch in words, in English (notices, the summary). */
  readonly resource: string;
  /** The same in both languages, for errors; when absent, `resource` in both. */
  readonly resourceText?: Text;
  get(): Promise<string | undefined>;
  /** What the metadata file of the branch's commit says (undefined: none, a branch made before platforms). */
  metadata(commit: string): Promise<BranchMetadata | undefined>;
  snapshot(
    treeDir: string,
    message: string,
    parent: string | undefined,
    platforms: TreePlatforms,
    large?: LargeFilesRequest,
    sbom?: SbomDoc,
  ): Promise<Snapshot>;
  /** The SBOM of the branch's commit (its root file, fetched alone); undefined when it has none. */
  sbom(commit: string): Promise<string | undefined>;
  /** Uploads the snapshot's LFS objects to `<url>/info/lfs` with git-lfs (objects the server has are skipped by it). */
  uploadLfs(objects: readonly LfsObject[]): Promise<void>;
  create(commit: string): Promise<void>;
  patch(commit: string, expected: string): Promise<void>;
  delete(expected: string): Promise<void>;
}

export function createMirrorBranch(opts: MirrorBranchOptions): MirrorBranch {
  const { git, url, branch } = opts;
  const ref = `refs/heads/${branch}`;
  const resourceText = t(`branch ${branch} of ${url}`, `ветка ${branch} в ${url}`);
  const resource = resourceText.en;
  const repo = path.join(opts.workDir, 'repo.git');
  const retry = <T>(fn: (attempt: number) => Promise<T>): Promise<T> => retryRemote(fn, opts);

  const get = (): Promise<string | undefined> =>
    retry(async () => {
      const r = await git.run(['ls-remote', '--refs', url, ref], { timeoutMs: 180_000 });
      if (r.code !== 0) throw gitFailure('get', resourceText, r, t('git ls-remote of the mirror', '`git ls-remote` зеркала'));
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
      throw gitFailure(verb, resourceText, r, t(`git push (${verb})`, `\`git push\` (${verb})`));
    });

  /** The commit's trees, without its blobs, in a repository of its own (the snapshot's is made afresh each time). */
  const tipRepo = async (commit: string): Promise<{ git: Git; repo: string }> => {
    const readRepo = path.join(opts.workDir, `read-${branch.replace(/[^\w.-]/g, '_')}.git`);
    await fs.rm(readRepo, { recursive: true, force: true });
    await git.run(['init', '--quiet', '--bare', readRepo]);
    const req = { ...opts, repo: readRepo, url, ref, resource: resourceText };
    await fetchTip(req, commit);
    return req;
  };

  return {
    ref,
    resource,
    resourceText,
    get,

    metadata: async (commit) => readMetadata(await tipRepo(commit), commit),
    sbom: async (commit) => readRootFile(await tipRepo(commit), commit, SBOM_FILE),

    snapshot: (treeDir, message, parent, platforms, large, sbom) =>
      buildCommit({
        ...opts,
        repo,
        workDir: opts.workDir,
        url,
        ref,
        resource: resourceText,
        treeDir,
        message,
        parent,
        platforms,
        ...(large ? { large } : {}),
        ...(sbom ? { sbom } : {}),
      }),

    uploadLfs: async (objects) => {
      if (objects.length === 0) return;
      const remotes = await git.run(['remote'], { gitDir: repo });
      if (!remotes.stdout.split('\n').includes('mirror')) await git.run(['remote', 'add', 'mirror', url], { gitDir: repo });
      // git-lfs pushes from its own store in the repository: each object linked there (copied across file systems).
      for (const o of objects) {
        const dest = path.join(repo, 'lfs', 'objects', o.oid.slice(0, 2), o.oid.slice(2, 4), o.oid);
        await fs.mkdir(path.dirname(dest), { recursive: true });
        await fs.link(o.file, dest).catch(() => fs.copyFile(o.file, dest));
      }
      const oids = [...new Set(objects.map((o) => o.oid))];
      await retry(async () => {
        const r = await git.run(['lfs', 'push', '--object-id', 'mirror', ...oids], {
          gitDir: repo,
          timeoutMs: 3_600_000,
          // The trace gives the HTTP status git-lfs leaves out of its messages; it is read, never shown.
          env: { GIT_TRACE: '1' },
          config: {
            // Lock verification is a pre-push hook's business; a plain upload needs none.
            'lfs.locksverify': 'false',
            // A stalled transfer is given up as git's own are; git-lfs's retries are bounded, ours come on top.
            'lfs.activitytimeout': String(opts.stallSeconds ?? 60),
            'lfs.transfer.maxretries': '2',
            'lfs.transfer.maxretrydelay': '10',
          },
        });
        if (r.code !== 0 || /uploading failed due to unsupported content-type/i.test(`${r.stdout}\n${r.stderr}`)) {
          throw lfsFailure(t(`the LFS storage of ${url}`, `хранилище LFS в ${url}`), r);
        }
      });
    },

    create: (commit) => push('create', `${commit}:${ref}`, '', commit),
    patch: (commit, expected) => push('patch', `${commit}:${ref}`, expected, commit),
    delete: async (expected) => {
      await fs.mkdir(opts.workDir, { recursive: true });
      if (!(await fs.stat(repo).catch(() => undefined))) await git.run(['init', '--quiet', '--bare', repo]);
      await push('delete', `:${ref}`, expected, undefined);
    },
  };
}
