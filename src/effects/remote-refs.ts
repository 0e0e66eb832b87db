// The refs of remote repositories, read with one `git ls-remote` each: the release tags of the Falco
// source repository (and whether one tag exists), and the branches of the mirror.
import { MirrorError, t, type Reason, type Text, type TextLike } from '../common/errors.js';
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
  const readable = t(
    'source-repo must be readable without credentials.',
    'source-repo должен быть доступен для чтения без учётных данных.',
  );
  const hint: Partial<Record<Reason, Text>> = {
    NotFound: t(
      'Check source-repo: <source-repo>/falcosecurity/falco.git must be a git repository.',
      'Проверьте source-repo: <source-repo>/falcosecurity/falco.git должен быть git-репозиторием.',
    ),
    Unauthorized: readable,
    Forbidden: readable,
  };
  return new MirrorError(error.reason, error.detailText, {
    ...(error.verb ? { verb: error.verb } : {}),
    ...(error.resourceText ? { resource: error.resourceText } : {}),
    ...(hint[error.reason] ? { hint: hint[error.reason] } : {}),
  });
}

async function lsRemote(
  git: Git,
  args: string[],
  resource: TextLike,
  what: TextLike,
  opts: RemoteOptions,
  source: boolean,
): Promise<string> {
  return retryRemote(async () => {
    const r = await git.run(['ls-remote', ...args], { timeoutMs: 180_000 });
    if (r.code !== 0) {
      const error = gitFailure('get', resource, r, what);
      throw source ? sourceFailure(error) : error;
    }
    return r.stdout;
  }, opts);
}

/** The tags of a repository, as an error names them. */
export function tagsResource(url: string): Text {
  return t(`tags of ${url}`, `теги ${url}`);
}

const LS_FALCO = t('git ls-remote of the Falco repository', '`git ls-remote` репозитория Falco');

/** The release tags (X.Y.Z) of the Falco source repository, ascending, from one `git ls-remote`. */
export async function listReleaseTags(git: Git, sourceRepo: string, opts: RemoteOptions = {}): Promise<string[]> {
  const url = falcoRepoUrl(sourceRepo);
  const out = await lsRemote(git, ['--tags', '--refs', url], tagsResource(url), LS_FALCO, opts, true);
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
    t(`tag ${version} of ${url}`, `тег ${version} в ${url}`),
    LS_FALCO,
    opts,
    true,
  );
  // ls-remote matches patterns against the tail of refs: look for this exact one.
  return out.split('\n').some((line) => line.split('\t')[1]?.trim() === ref);
}

/** The mirror's branches and the commit each is at, from one `git ls-remote --heads`. */
export async function listMirroredBranches(git: Git, mirrorUrl: string, opts: RemoteOptions = {}): Promise<Map<string, string>> {
  const out = await lsRemote(
    git,
    ['--heads', mirrorUrl],
    t(`branches of ${mirrorUrl}`, `ветки ${mirrorUrl}`),
    t('git ls-remote of the mirror', '`git ls-remote` зеркала'),
    opts,
    false,
  );
  const prefix = 'refs/heads/';
  const branches = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [commit, ref] = line.split('\t').map((part) => part.trim());
    if (commit && ref?.startsWith(prefix)) branches.set(ref.slice(prefix.length), commit);
  }
  return branches;
}
