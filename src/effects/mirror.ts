// The mirror repository as a run uses it: one git with the mirror's credentials, its branch list (for a
// range), one branch's leased operations, and the credentials file removed whenever no remote call is
// due (during the long build) and at the end. Tests pass a fake of this interface.
import { MirrorError, t } from '../common/errors.js';
import type { RemoteOptions } from '../common/retry.js';
import { lastLines } from '../common/text.js';
import type { MirrorConfig } from '../planning/inputs.js';
import { createGit } from './git.js';
import { createMirrorBranch, type MirrorBranch } from './mirror-branch.js';
import { listMirroredBranches } from './remote-refs.js';

export interface Mirror {
  /** The values a log must never show (the token and its Basic header). */
  readonly secrets: readonly string[];
  /** The branches by name, each with the commit it is at. */
  branches(): Promise<ReadonlyMap<string, string>>;
  branch(name: string): MirrorBranch;
  /** git-lfs's version; ServiceUnavailable, saying what to install, when git has no lfs command. */
  lfsVersion(): Promise<string>;
  /** Removes the credentials from disk until the next remote call writes them again. */
  pause(): Promise<void>;
  close(): Promise<void>;
}

export interface MirrorOptions extends RemoteOptions {
  readonly config: MirrorConfig;
  /** The run's private scratch directory (recorded for cleanup): credentials and the commit's repository. */
  readonly scratch: string;
  /** A transfer slower than 1 KB/s for this long is abandoned. */
  readonly stallSeconds: number;
}

export function openMirror(opts: MirrorOptions): Mirror {
  const { url, token, username } = opts.config;
  const git = createGit({
    url,
    auth: token ? { token, username } : undefined,
    tempDir: opts.scratch,
    signal: opts.signal,
    stallSeconds: opts.stallSeconds,
  });
  return {
    secrets: git.secrets,
    branches: () => listMirroredBranches(git, url, opts),
    branch: (name) => createMirrorBranch({ ...opts, git, url, branch: name, workDir: opts.scratch }),
    lfsVersion: async () => {
      const r = await git.run(['lfs', 'version']);
      if (r.code === 0) return r.stdout.trim();
      const said = lastLines(r.stderr.trim(), 1);
      throw new MirrorError(
        'ServiceUnavailable',
        t(
          `large-files: lfs needs git-lfs, and git on this runner has no lfs command (git lfs version: ${said || `exit code ${String(r.code)}`}).`,
          `Для large-files: lfs нужен git-lfs, а у git на этом раннере нет команды lfs (\`git lfs version\`: ${said || `код выхода ${String(r.code)}`}).`,
        ),
        {
          hint: t(
            "Install it (on Debian or Ubuntu: `sudo apt-get install git-lfs`; GitHub's hosted runners have it), or use large-files: plain.",
            'Установите его (в Debian или Ubuntu: `sudo apt-get install git-lfs`; на раннерах, которые предоставляет GitHub, он есть) или используйте large-files: plain.',
          ),
        },
      );
    },
    pause: () => git.dispose(),
    close: () => git.dispose(),
  };
}
