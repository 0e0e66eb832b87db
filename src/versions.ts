// Which Falco versions to mirror: the falco-version input as an exact version, `latest` or a SemVer
// range; the releases that exist, read either from the tags of the source repository (one
// `git ls-remote`) or from GitHub's REST API (paginated releases, GitHub Enterprise through
// GITHUB_API_URL); and the mirror's branches, to tell which releases are still missing.
// The pure parts (parsing, filtering, status mapping) come first; the remote calls after them.
import { getOctokit } from '@actions/github';
import { GitHub } from '@actions/github/lib/utils';
import semver from 'semver';
import { CATALOG, MirrorError, quote, reasonForStatus, type Reason } from './errors.js';
import type { Git } from './git.js';
import { gitFailure } from './git-failure.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';

// ---------------------------------------------------------------------------------------------------
// Pure parts

/** What the falco-version input asks for. */
// SemVer 2.0 exactly, as semver.org gives it; no "v" prefix since Falco's tags have none.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** An exact Falco version: X.Y.Z or X.Y.Z-rcN (SemVer 2.0), no "v". */
export function parseFalcoVersion(value: string): string {
  if (value === '') throw new MirrorError('Invalid', 'Input falco-version is required: give a Falco release such as 0.35.1.');
  if (!SEMVER.test(value) || semver.valid(value) !== value) {
    const hint = /^v\d/.test(value) ? ' (Falco tags have no "v" prefix)' : '';
    throw new MirrorError(
      'Invalid',
      `Input falco-version ${quote(value)} is not a Falco version${hint}: expected X.Y.Z or X.Y.Z-rcN (SemVer 2.0), for example 0.35.1.`,
    );
  }
  return value;
}

export type VersionSpec = { kind: 'exact'; version: string } | { kind: 'latest' } | { kind: 'range'; range: string };

/** The characters of node-semver's range grammar: no quotes, `;`, `&`, `$`, newlines or tabs. */
const RANGE_CHARS = /^[0-9A-Za-z.+\-<>=~^*| ]+$/;
/** A comparator written with a "v" (v0.35.1, >=v0.35): node-semver allows it, Falco's tags have none. */
const V_PREFIX = /(?:^|[\s<>=~^|])v\d/;
const MAX_RANGE_LENGTH = 256;
const ALLOWED =
  'give X.Y.Z or X.Y.Z-rcN (for example 0.35.1), latest, or a SemVer range of digits, x, *, . - + < > = ~ ^ || and spaces (for example >=0.35.1 <0.38.0 || 0.40.x)';

/**
 * Parses the falco-version input: an exact version (the rule of parseFalcoVersion, which wins over
 * the range it also is), `latest`, or a SemVer range made of the range grammar's characters only.
 */
export function parseVersionSpec(value: string): VersionSpec {
  if (value.trim() === '') {
    throw new MirrorError('Invalid', `Input falco-version is required: ${ALLOWED}.`);
  }
  if (value === 'latest') return { kind: 'latest' };
  try {
    return { kind: 'exact', version: parseFalcoVersion(value) };
  } catch {
    // Not an exact version: it may still be a range.
  }
  const vHint = V_PREFIX.test(value) ? ' (Falco tags have no "v" prefix)' : '';
  // An empty alternative ("0.35.x ||") is "*" to node-semver: every release, surely not what was meant.
  const emptyAlternative = value.split('||').some((part) => part.trim() === '');
  if (vHint === '' && !emptyAlternative && value.length <= MAX_RANGE_LENGTH && RANGE_CHARS.test(value) && semver.validRange(value) !== null) {
    return { kind: 'range', range: value };
  }
  throw new MirrorError('Invalid', `Input falco-version ${quote(value)} is not a Falco version, latest or a version range${vHint}: ${ALLOWED}.`);
}

const RELEASE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** A Falco release tag: strictly X.Y.Z (no "v", no prerelease, no build metadata, no path). */
export function isReleaseVersion(tag: string): boolean {
  return RELEASE.test(tag) && semver.valid(tag) === tag;
}

/** Valid versions, without duplicates, in ascending SemVer order. */
function sortUnique(versions: Iterable<string>): string[] {
  return [...new Set([...versions].filter((v) => semver.valid(v) === v))].sort(semver.compare);
}

/** The versions that satisfy a SemVer range, ascending and without duplicates. */
export function releasesInRange(versions: string[], range: string): string[] {
  return sortUnique(versions).filter((v) => semver.satisfies(v, range));
}

/** The highest version by SemVer precedence (not by date), or undefined for none. */
export function newest(versions: string[]): string | undefined {
  return sortUnique(versions).at(-1);
}

/** The newest release of a list read from `resource`; NotFound (get) when there is none. */
export function pickLatest(versions: string[], resource: string): string {
  const latest = newest(versions.filter(isReleaseVersion));
  if (latest === undefined) {
    throw new MirrorError('NotFound', 'No Falco release (a version X.Y.Z) was found, so latest cannot be resolved.', {
      verb: 'get',
      resource,
      hint: 'Give falco-version as an exact version such as 0.35.1.',
    });
  }
  return latest;
}

/** The releases the mirror has no branch for, ascending and without duplicates. */
export function missingVersions(releases: string[], mirrored: Set<string>): string[] {
  return sortUnique(releases).filter((v) => !mirrored.has(v));
}

/** The ref names under `prefix` in `git ls-remote` output (peeled `^{}` lines are skipped). */
export function refNames(lsRemote: string, prefix: 'refs/tags/' | 'refs/heads/'): string[] {
  const names: string[] = [];
  for (const line of lsRemote.split('\n')) {
    const ref = line.split('\t')[1]?.trim();
    if (ref?.startsWith(prefix) && !ref.endsWith('^{}')) names.push(ref.slice(prefix.length));
  }
  return names;
}

/** The release versions among release objects of GitHub's API: published, not prereleases, tagged X.Y.Z. */
export function releaseVersionsOf(releases: ReadonlyArray<{ tag_name: string; draft: boolean; prerelease: boolean }>): string[] {
  return sortUnique(releases.filter((r) => !r.draft && !r.prerelease && isReleaseVersion(r.tag_name)).map((r) => r.tag_name));
}

/** Response headers as octokit gives them: lower-case names. */
export type ResponseHeaders = Readonly<Record<string, string | number | undefined>>;

/**
 * How long GitHub asks us to wait: `retry-after` (seconds, or an HTTP date), else the primary rate
 * limit's `x-ratelimit-reset` (epoch seconds) when `x-ratelimit-remaining` is 0. Measured against the
 * response's `date` header when it has one, so a skewed local clock does not matter.
 */
export function retryAfterOf(headers: ResponseHeaders, nowMs: number = Date.now()): number | undefined {
  const header = (name: string): string | undefined => {
    const v = headers[name];
    return v === undefined ? undefined : String(v).trim();
  };
  const serverDate = Date.parse(header('date') ?? '');
  const now = Number.isFinite(serverDate) ? serverDate : nowMs;
  const retryAfter = header('retry-after');
  if (retryAfter !== undefined) {
    if (/^\d{1,9}$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  const reset = header('x-ratelimit-reset');
  if (header('x-ratelimit-remaining') === '0' && reset !== undefined && /^\d{1,12}$/.test(reset)) {
    return Math.max(0, Number(reset) * 1000 - now);
  }
  return undefined;
}

/** The catalog reason for an HTTP status of GitHub's API (a 403 that is a rate limit is TooManyRequests). */
export function apiReason(status: number, headers: ResponseHeaders): Reason {
  const limited = String(headers['x-ratelimit-remaining'] ?? '') === '0' || headers['retry-after'] !== undefined;
  if (status === 429 || (status === 403 && limited)) return 'TooManyRequests';
  if (status === 410) return 'Gone';
  // Other 4xx have no reason of their own in the catalog: the request was not right.
  return reasonForStatus(status) ?? (status >= 400 && status < 500 ? 'BadRequest' : 'InternalError');
}

// ---------------------------------------------------------------------------------------------------
// The source repository's tags and the mirror's branches, with git

export interface RemoteOptions {
  readonly retry?: RetryPolicy;
  /** Told before each retry, e.g. to log it. */
  readonly onRetry?: (message: string) => void;
  readonly signal?: AbortSignal | undefined;
}

/** `<sourceRepo>/falcosecurity/falco.git`, as the recipe clones it. */
export function falcoRepoUrl(sourceRepo: string): string {
  return `${sourceRepo.replace(/\/+$/, '')}/falcosecurity/falco.git`;
}

function retrying<T>(fn: () => Promise<T>, opts: RemoteOptions): Promise<T> {
  return withRetry(fn, opts.retry ?? DEFAULT_RETRY, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    onRetry: (err, attempt, delay) => opts.onRetry?.(`${err.message} Retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1}).`),
  });
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
  return retrying(async () => {
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
  const out = await lsRemote(git, ['--tags', '--refs', url, ref], `tag ${version} of ${url}`, 'git ls-remote of the Falco repository', opts, true);
  // ls-remote matches patterns against the tail of refs: look for this exact one.
  return out.split('\n').some((line) => line.split('\t')[1]?.trim() === ref);
}

/** The names of the mirror's branches, from one `git ls-remote --heads`. */
export async function listMirroredBranches(git: Git, mirrorUrl: string, opts: RemoteOptions = {}): Promise<Set<string>> {
  const out = await lsRemote(git, ['--heads', mirrorUrl], `branches of ${mirrorUrl}`, 'git ls-remote of the mirror', opts, false);
  return new Set(refNames(out, 'refs/heads/'));
}

// ---------------------------------------------------------------------------------------------------
// Falco's releases from GitHub's REST API

export interface ApiOptions extends RemoteOptions {
  /** Empty: anonymous requests (60 an hour per address on github.com). */
  readonly token: string;
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  readonly apiUrl: string;
  /** One request that has not answered after this long is abandoned (and retried). Default 60 s. */
  readonly timeoutMs?: number;
}

const OWNER = 'falcosecurity';
const REPO = 'falco';
const MAX_PAGES = 100;

/** The resource named in the API's errors. */
export function releasesResource(apiUrl: string): string {
  return `releases of ${OWNER}/${REPO} at ${apiUrl}`;
}

/** The API base URL from the environment, as @actions/github reads it. */
export function apiUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** What octokit throws for an HTTP answer (RequestError) or a failed connection (status 500, no response). */
interface HttpError {
  status: number;
  message: string;
  response?: { headers: ResponseHeaders; data: unknown };
}

function isHttpError(err: unknown): err is HttpError {
  return err instanceof Error && typeof (err as Partial<HttpError>).status === 'number';
}

/** Marks an error withRetry must not retry (a rate limit that resets later than we would wait). */
class GiveUp {
  constructor(readonly error: MirrorError) {}
}

/**
 * The published releases (X.Y.Z, no drafts or prereleases) of falcosecurity/falco, ascending, read
 * page by page (100 a page) with @actions/github's octokit. Each page is retried on its own through
 * withRetry; octokit's retry and throttling plugins are not loaded, so nothing retries twice.
 */
export async function listApiReleases(opts: ApiOptions): Promise<string[]> {
  const apiUrl = opts.apiUrl.replace(/\/+$/, '');
  const resource = releasesResource(apiUrl);
  const origin = new URL(apiUrl).origin;
  const policy = opts.retry ?? DEFAULT_RETRY;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const scrub = (text: string): string => (opts.token ? text.split(opts.token).join('***') : text);
  const options = { baseUrl: apiUrl, userAgent: 'falco-deps-mirror' };
  // getOctokit needs a token; without one, the same class (its plugins and proxy settings) without auth.
  const octokit = opts.token ? getOctokit(opts.token, options) : new GitHub(options);

  octokit.hook.wrap('request', async (request, endpoint) => {
    // Pagination follows the server's Link header: never send the token to another host.
    const target = /^https?:\/\//i.test(endpoint.url) ? endpoint.url : `${endpoint.baseUrl}${endpoint.url}`;
    if (new URL(target).origin !== origin) {
      throw new MirrorError('Invalid', `The API pointed to ${quote(target, 200)}, outside ${origin}; it was not followed.`, { verb: 'get', resource });
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    // Set on the options object itself: before-after-hook hands the inner hooks (auth) that same
    // object and ignores arguments passed to `request`. Both are replaced, not mutated: they may be
    // shared with octokit's defaults.
    endpoint.headers = { ...endpoint.headers, 'x-github-api-version': '2022-11-28' };
    endpoint.request = { ...endpoint.request, signal };
    try {
      return await request(endpoint);
    } catch (err) {
      if (opts.signal?.aborted) throw new MirrorError('Timeout', 'Listing the releases was cancelled.', { verb: 'get', resource });
      if (timeout.aborted) {
        throw new MirrorError('Timeout', `GitHub's API did not answer within ${Number((timeoutMs / 1000).toFixed(1))} s.`, { verb: 'get', resource });
      }
      throw err;
    }
  });

  const failure = (err: unknown): MirrorError => {
    if (err instanceof MirrorError) return err;
    if (!isHttpError(err) || err.response === undefined) {
      // No HTTP answer at all: refused, reset, unresolvable, or cut off in the middle of the body.
      const text = err instanceof Error ? err.message : String(err);
      return new MirrorError('ServiceUnavailable', `GitHub's API could not be reached (${scrub(text).slice(0, 300)}).`, { verb: 'get', resource });
    }
    const { status, response } = err;
    const reason = apiReason(status, response.headers);
    const retryAfterMs = retryAfterOf(response.headers);
    const data = response.data;
    const said =
      typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
        ? (data as { message: string }).message
        : typeof data === 'string'
          ? data.trim().split('\n')[0] ?? ''
          : '';
    const detail = `GitHub's API answered HTTP ${status}${said ? ` (${quote(scrub(said), 200)})` : ''}.`;
    const hint = apiHint(reason, apiUrl, retryAfterMs);
    return new MirrorError(reason, detail, {
      verb: 'get',
      resource,
      ...(retryAfterMs !== undefined && CATALOG[reason].transient ? { retryAfterMs } : {}),
      ...(hint ? { hint } : {}),
    });
  };

  const pages = octokit.paginate
    .iterator('GET /repos/{owner}/{repo}/releases', {
      owner: OWNER,
      repo: REPO,
      per_page: 100,
    })
    [Symbol.asyncIterator]();

  const versions: string[] = [];
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES) {
      throw new MirrorError('Invalid', `GitHub's API kept giving further pages after ${MAX_PAGES} of them.`, { verb: 'get', resource });
    }
    // The iterator moves to the next page only after a success, so a retry asks for the same page.
    let step: Awaited<ReturnType<typeof pages.next>>;
    try {
      step = await retrying(async () => {
        try {
          return await pages.next();
        } catch (err) {
          const error = failure(err);
          // A rate limit that resets later than withRetry would wait: waiting less only gets the same answer.
          if (error.transient && error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxMs * 4) throw new GiveUp(error);
          throw error;
        }
      }, opts);
    } catch (err) {
      throw err instanceof GiveUp ? err.error : err;
    }
    if (step.done) break;
    const data: unknown = step.value.data;
    if (!Array.isArray(data)) {
      throw new MirrorError('InternalError', `GitHub's API did not answer with a list of releases (page ${page}).`, { verb: 'get', resource });
    }
    versions.push(...releaseVersionsOf(data.filter(isReleaseObject)));
  }
  return sortUnique(versions);
}

function isReleaseObject(value: unknown): value is { tag_name: string; draft: boolean; prerelease: boolean } {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.tag_name === 'string' && typeof r.draft === 'boolean' && typeof r.prerelease === 'boolean';
}

function apiHint(reason: Reason, apiUrl: string, retryAfterMs: number | undefined): string | undefined {
  switch (reason) {
    case 'Unauthorized':
      return 'Check github-token: GitHub did not accept it (expired or revoked?); leave it empty to read the public releases anonymously.';
    case 'Forbidden':
      return 'The token may not read falcosecurity/falco (a fine-grained token without access, or an organization policy).';
    case 'TooManyRequests': {
      const when = retryAfterMs === undefined ? '' : ` It resets around ${new Date(Date.now() + retryAfterMs).toISOString()}.`;
      return `GitHub's API rate limit is used up.${when} Anonymous requests get 60 an hour; give github-token for more, or give falco-version as an exact version.`;
    }
    case 'NotFound':
      return `Check GITHUB_API_URL (${apiUrl}): https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server, which must have falcosecurity/falco.`;
    default:
      return undefined;
  }
}

/** Where the releases are read from: the source repository's tags, or GitHub's REST API. */
export type ReleaseSource =
  | ({ readonly kind: 'tags'; readonly git: Git; readonly sourceRepo: string } & RemoteOptions)
  | ({ readonly kind: 'api' } & ApiOptions);

/** The release versions of a source, ascending. */
export function listReleases(source: ReleaseSource): Promise<string[]> {
  return source.kind === 'tags' ? listReleaseTags(source.git, source.sourceRepo, source) : listApiReleases(source);
}

/** The newest release (by SemVer) of either source; NotFound (get) when it has none. */
export async function resolveLatest(source: ReleaseSource): Promise<string> {
  const resource = source.kind === 'tags' ? `tags of ${falcoRepoUrl(source.sourceRepo)}` : releasesResource(source.apiUrl.replace(/\/+$/, ''));
  return pickLatest(await listReleases(source), resource);
}
