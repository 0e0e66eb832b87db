// The refs of remote repositories, read with one `git ls-remote` each: the release tags of the Falco
// source repository (and whether one tag exists), and the branches of the mirror.
import { MirrorError, type Reason } from '../common/errors.js';
import { retryRemote, type RemoteOptions } from '../common/retry.js';
import { falcoRepoUrl } from '../planning/recipe.js';
import { isReleaseVersion, parseFalcoVersion, sortUnique } from '../planning/version-spec.js';
import type { Git } from './git.js';
import { gitFailure } from './git-failure.js';

/** The ref names under `prefix` in `git ls-remote` output (peeled `^{}` lines are skipped). */
export function refNames(lsRemote: string, prefix: 'refs/tags/' | 'refs/heads/'): string[] {
  const names: string[] = [];
  for (const line of lsRemote.split('\n')) {
    const ref = line.split('\t')[1]?.trim();
    if (ref?.startsWith(prefix) && !ref.endsWith('^{}')) names.push(ref.slice(prefix.length));
  }
  return names;
}

/** gitFailure's error with a hint about source-repo instead of the mirror's inputs. */
function sourceFailure(error: MirrorError): MirrorError {
  const hint: Partial<Record<Reason, string>> = {
    NotFound: 'Check source-repo: <source-repo>/falcosecurity/falco.git must be a git repository.',
    Unauthorized: 'source-repo must be readable without credentials.',
    Forbidden: 'source-repo must be readable without credentials.',
  };
  return new MirrorError(error.reason, error.detail, {
    ...(error.verb ? { verb: error.verb } : {}),
    ...(error.resource ? { resource: error.resource } : {}),
    ...(hint[error.reason] ? { hint: hint[error.reason] } : {}),
  });
}

async function lsRemote(git: Git, args: string[], resource: string, what: string, opts: RemoteOptions, source: boolean): Promise<string> {
  return retryRemote(async () => {
    const r = await git.run(['ls-remote', ...args], { timeoutMs: 180_000 });
    if (r.code !== 0) {
      const error = gitFailure('get', resource, r, what);
      throw source ? sourceFailure(error) : error;
    }
    return r.stdout;
  }, opts);
}

/** The release tags (X.Y.Z) of the Falco source repository, ascending, from one `git ls-remote`. */
export async function listReleaseTags(git: Git, sourceRepo: string, opts: RemoteOptions = {}): Promise<string[]> {
  const url = falcoRepoUrl(sourceRepo);
  const out = await lsRemote(git, ['--tags', '--refs', url], `tags of ${url}`, 'git ls-remote of the Falco repository', opts, true);
  return sortUnique(refNames(out, 'refs/tags/').filter(isReleaseVersion));
}

/** Whether the Falco source repository has the tag `version` (an exact version, checked first). */
export async function tagExists(git: Git, sourceRepo: string, version: string, opts: RemoteOptions = {}): Promise<boolean> {
  parseFalcoVersion(version); // a pattern such as 0.35.* would match other tags
  const url = falcoRepoUrl(sourceRepo);
  const ref = `refs/tags/${version}`;
  const out = await lsRemote(
    git,
    ['--tags', '--refs', url, ref],
    `tag ${version} of ${url}`,
    'git ls-remote of the Falco repository',
    opts,
    true,
  );
  // ls-remote matches patterns against the tail of refs: look for this exact one.
  return out.split('\n').some((line) => line.split('\t')[1]?.trim() === ref);
}

/** The names of the mirror's branches, from one `git ls-remote --heads`. */
export async function listMirroredBranches(git: Git, mirrorUrl: string, opts: RemoteOptions = {}): Promise<Set<string>> {
  const out = await lsRemote(git, ['--heads', mirrorUrl], `branches of ${mirrorUrl}`, 'git ls-remote of the mirror', opts, false);
  return new Set(refNames(out, 'refs/heads/'));
}
