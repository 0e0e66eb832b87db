// Dependency identity for the SBOM: the version a download's file name or a git tag carries, and the
// package URL (purl) that names the dependency. GitHub archives, release assets and clones are named by
// their repository (pkg:github); anything else is pkg:generic with the URL it came from. Pure.
import { PackageURL } from 'packageurl-js';

/** The rule versionOf follows, in words, for the README. */
export const VERSION_RULE =
  'The version is read from the last path segment of the URL (query and fragment dropped) or from the git tag, ' +
  'after removing an archive or file extension (.tar.gz, .tar.bz2, .tar.xz, .tgz, .zip, .h ...). ' +
  'A name of letters followed by `_`-separated numbers, as in OpenSSL_1_1_1t or curl-8_0_1, gives those numbers joined by dots (1.1.1t, 8.0.1). ' +
  'Otherwise the version is the first dotted number run (1.19.1, 0.187) that starts the name or follows `-`, `_`, or one of those and a `v`, ' +
  'with an optional trailing single letter (1.1.1t), -rcN/-alphaN/-betaN and +build suffix (5.0.1+driver): ' +
  'c-ares-1.19.1 gives 1.19.1, falcoctl_0.5.1_linux_amd64 gives 0.5.1, k8saudit-0.6.1-x86_64 gives 0.6.1, v1.44.0 gives 1.44.0. ' +
  'Failing that, a date YYYY-MM-DD (2022-06-01). A name with none of these (uthash.h, master.tar.gz, a commit hash) has no version.';

// Longest first, so that .tar.gz goes as one.
const EXTENSIONS = [
  '.tar.gz',
  '.tar.bz2',
  '.tar.xz',
  '.tar.zst',
  '.tar.lz',
  '.tar',
  '.tgz',
  '.tbz2',
  '.tbz',
  '.txz',
  '.zip',
  '.7z',
  '.gz',
  '.bz2',
  '.xz',
  '.zst',
  '.hpp',
  '.h',
  '.cpp',
  '.cc',
  '.c',
  '.json',
  '.yaml',
  '.yml',
  '.txt',
  '.cmake',
  '.sh',
];

const UNDERSCORED = /^[A-Za-z][A-Za-z-]*[-_](\d+(?:_\d+)+)([a-z]?)$/;
// `(?!\.?\d)` keeps the run whole (no backtracking to a shorter one); the letter, pre-release and build
// parts each end at a boundary, so that 0.6.1-x86_64 stops before -x86_64.
const DOTTED =
  /(?:^|[-_])[vV]?(\d+(?:\.\d+)+)(?!\.?\d)([a-z](?![A-Za-z0-9]))?(-(?:rc|alpha|beta)\.?\d*(?![A-Za-z0-9]))?(\+[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?/;
const DATE = /(?:^|[-_])[vV]?(\d{4}-\d{2}-\d{2})(?!\d)/;

/** The version a file name or URL carries, by the documented rule; undefined when the rule finds none. */
export function versionOf(fileOrUrl: string): string | undefined {
  const name = stripExtension(lastSegment(fileOrUrl));
  if (name === '') return undefined;
  const underscored = UNDERSCORED.exec(name);
  if (underscored?.[1]) return underscored[1].replace(/_/g, '.') + (underscored[2] ?? '');
  const dotted = DOTTED.exec(name);
  if (dotted?.[1]) return dotted.slice(1).join('');
  return DATE.exec(name)?.[1];
}

function lastSegment(fileOrUrl: string): string {
  const noQuery = (fileOrUrl.split(/[?#]/)[0] ?? '').replace(/\/+$/, '');
  return safeDecode(noQuery.slice(noQuery.lastIndexOf('/') + 1)).trim();
}

function stripExtension(name: string): string {
  const lower = name.toLowerCase();
  const ext = EXTENSIONS.find((e) => lower.endsWith(e) && lower.length > e.length);
  return ext ? name.slice(0, -ext.length) : name;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** purl of a URL download: pkg:github/<owner>/<repo>@<ref> for a GitHub archive or release download; else pkg:generic/<name>[@<version>]?download_url=<url>. No URL: pkg:generic/<name>[@<version>]. */
export function downloadPurl(name: string, version: string | undefined, url: string | undefined): string {
  const github = url === undefined ? undefined : githubDownload(url);
  if (github) return githubPurl(github) ?? genericPurl(name, version, { download_url: url ?? '' });
  return genericPurl(name, version, url ? { download_url: url } : undefined);
}

/**
 * purl of a git clone: pkg:github/<owner>/<repo>@<tag or commit> for github.com; else
 * pkg:generic/<name>[@<version>]?vcs_url=git+<url>@<commit>. The tag, when the clone checked one out,
 * is the version GitHub's purl carries; without it the commit is.
 */
export function gitPurl(name: string, version: string | undefined, url: string, commit: string, tag?: string): string {
  const repo = githubRepo(url);
  const ref = tag || commit;
  if (repo && ref) return githubPurl({ ...repo, ref }) ?? genericGit(name, version, url, commit);
  return genericGit(name, version, url, commit);
}

function genericGit(name: string, version: string | undefined, url: string, commit: string): string {
  const vcs = url.startsWith('git+') ? url : `git+${url}`;
  return genericPurl(name, version, { vcs_url: commit ? `${vcs}@${commit}` : vcs });
}

interface GitHubRef {
  readonly owner: string;
  readonly repo: string;
  readonly ref: string;
}

function githubPurl({ owner, repo, ref }: GitHubRef): string | undefined {
  try {
    // PackageURL lower-cases a github namespace and name, as the purl spec says for that type.
    return new PackageURL('github', owner, repo, ref, undefined, undefined).toString();
  } catch {
    return undefined;
  }
}

function genericPurl(name: string, version: string | undefined, qualifiers: Record<string, string> | undefined): string {
  const safeName = name.trim() || 'unknown';
  try {
    return new PackageURL('generic', undefined, safeName, version || undefined, qualifiers, undefined).toString();
  } catch {
    return new PackageURL('generic', undefined, safeName, undefined, undefined, undefined).toString();
  }
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function pathSegments(u: URL): string[] {
  return u.pathname
    .split('/')
    .filter((s) => s !== '')
    .map(safeDecode);
}

/** A branch or tag as GitHub's archive URLs spell it: without refs/tags/ or refs/heads/. */
function plainRef(ref: string): string {
  return ref.replace(/^refs\/(?:tags|heads)\//, '');
}

/** The repository and ref of a github.com archive or release download, or a codeload.github.com archive. */
function githubDownload(url: string): GitHubRef | undefined {
  const u = parseUrl(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return undefined;
  const host = u.hostname.toLowerCase();
  const segments = pathSegments(u);
  let ref = '';
  if (host === 'github.com' || host === 'www.github.com') {
    const [, , kind, ...rest] = segments;
    // /<o>/<r>/archive/[refs/tags/|refs/heads/]<ref>.tar.gz|.zip
    if (kind === 'archive') ref = plainRef(rest.join('/')).replace(/\.(?:tar\.gz|zip)$/i, '');
    // /<o>/<r>/releases/download/<tag>/<file>
    else if (kind === 'releases' && rest[0] === 'download' && rest.length >= 3) ref = rest.slice(1, -1).join('/');
  } else if (host === 'codeload.github.com') {
    // /<o>/<r>/tar.gz|zip|legacy.tar.gz|legacy.zip/<ref>
    const [, , kind, ...rest] = segments;
    if (kind && /^(?:legacy\.)?(?:tar\.gz|zip)$/.test(kind)) ref = plainRef(rest.join('/'));
  }
  const [owner, repo] = segments;
  return owner && repo && ref ? { owner, repo, ref } : undefined;
}

/** The owner and repository of a github.com git URL (https, http, git, ssh, or scp-like git@github.com:o/r). */
function githubRepo(url: string): { owner: string; repo: string } | undefined {
  const scp = /^[\w.-]+@(?:www\.)?github\.com:([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url);
  if (scp?.[1] && scp[2]) return { owner: scp[1], repo: scp[2] };
  const u = parseUrl(url.replace(/^git\+/, ''));
  if (!u || !['https:', 'http:', 'git:', 'ssh:'].includes(u.protocol)) return undefined;
  const host = u.hostname.toLowerCase();
  if (host !== 'github.com' && host !== 'www.github.com') return undefined;
  const segments = pathSegments(u);
  const [owner, rawRepo] = segments;
  const repo = rawRepo?.replace(/\.git$/i, '');
  return segments.length === 2 && owner && repo ? { owner, repo } : undefined;
}
