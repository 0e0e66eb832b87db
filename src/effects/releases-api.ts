// Falco's releases from GitHub's REST API: paginated releases of falcosecurity/falco through
// @actions/github's octokit (GitHub Enterprise through GITHUB_API_URL), each page retried on its own,
// rate limits and Retry-After honoured, and every HTTP failure mapped to the catalog.
import type { GitHub } from '@actions/github/lib/utils';
import { CATALOG, MirrorError, quote, reasonForStatus, t, type Reason, type Text } from '../common/errors.js';
import { DEFAULT_RETRY, retryRemote, type RemoteOptions } from '../common/retry.js';
import { scrubSecrets } from '../common/secrets.js';
import { isReleaseVersion, sortUnique } from '../planning/version-spec.js';

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
export function releasesResource(apiUrl: string): Text {
  return t(`releases of ${OWNER}/${REPO} at ${apiUrl}`, `релизы ${OWNER}/${REPO} в ${apiUrl}`);
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
class GiveUp extends Error {
  constructor(readonly error: MirrorError) {
    super(error.message);
  }
}

/**
 * The published releases (X.Y.Z, no drafts or prereleases) of falcosecurity/falco, ascending, read
 * page by page (100 a page) with @actions/github's octokit. Each page is retried on its own through
 * withRetry; octokit's retry and throttling plugins are not loaded, so nothing retries twice.
 */
export async function listApiReleases(opts: ApiOptions): Promise<string[]> {
  const apiUrl = opts.apiUrl.replace(/\/+$/, '');
  const resource = releasesResource(apiUrl);
  const policy = opts.retry ?? DEFAULT_RETRY;
  const pages = (await apiClient(opts, apiUrl, resource)).paginate
    .iterator('GET /repos/{owner}/{repo}/releases', { owner: OWNER, repo: REPO, per_page: 100 })
    [Symbol.asyncIterator]();
  const versions: string[] = [];
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES) {
      const detail = t(
        `GitHub's API kept giving further pages after ${MAX_PAGES} of them.`,
        `API GitHub продолжал отдавать страницы и после ${MAX_PAGES}-й.`,
      );
      throw new MirrorError('Invalid', detail, { verb: 'get', resource });
    }
    // The iterator moves to the next page only after a success, so a retry asks for the same page.
    let step: Awaited<ReturnType<typeof pages.next>>;
    try {
      step = await retryRemote(async () => {
        try {
          return await pages.next();
        } catch (err) {
          const error = apiFailure(err, { apiUrl, resource, token: opts.token });
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
      const detail = t(
        `GitHub's API did not answer with a list of releases (page ${page}).`,
        `API GitHub ответил не списком релизов (страница ${page}).`,
      );
      throw new MirrorError('InternalError', detail, {
        verb: 'get',
        resource,
      });
    }
    versions.push(...releaseVersionsOf(data.filter(isReleaseObject)));
  }
  return sortUnique(versions);
}

/** @actions/github's octokit for the API, each request bounded in time, kept on its origin and versioned. */
async function apiClient(opts: ApiOptions, apiUrl: string, resource: Text): Promise<InstanceType<typeof GitHub>> {
  // Loaded when the API is asked: octokit is a large part of the bundle that most runs never use.
  const [{ getOctokit }, { GitHub }] = await Promise.all([import('@actions/github'), import('@actions/github/lib/utils')]);
  const origin = new URL(apiUrl).origin;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const options = { baseUrl: apiUrl, userAgent: 'falco-deps-mirror' };
  // getOctokit needs a token; without one, the same class (its plugins and proxy settings) without auth.
  const octokit = opts.token ? getOctokit(opts.token, options) : new GitHub(options);
  octokit.hook.wrap('request', async (request, endpoint) => {
    // Pagination follows the server's Link header: never send the token to another host.
    const target = /^https?:\/\//i.test(endpoint.url) ? endpoint.url : `${endpoint.baseUrl}${endpoint.url}`;
    if (new URL(target).origin !== origin) {
      const shown = quote(target, 200);
      const detail = t(
        `The API pointed to ${shown}, outside ${origin}; it was not followed.`,
        `API указал на ${shown}, вне ${origin}; переход по этому адресу не выполнен.`,
      );
      throw new MirrorError('Invalid', detail, {
        verb: 'get',
        resource,
      });
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
      if (opts.signal?.aborted) {
        throw new MirrorError('Timeout', t('Listing the releases was cancelled.', 'Получение списка релизов отменено.'), {
          verb: 'get',
          resource,
        });
      }
      if (timeout.aborted) {
        const seconds = Number((timeoutMs / 1000).toFixed(1));
        const detail = t(`GitHub's API did not answer within ${seconds} s.`, `API GitHub не ответил за ${seconds} с.`);
        throw new MirrorError('Timeout', detail, {
          verb: 'get',
          resource,
        });
      }
      throw err;
    }
  });
  return octokit;
}

/** The catalog error for what octokit threw: an HTTP answer (with GitHub's own message) or no answer at all. */
function apiFailure(err: unknown, where: { apiUrl: string; resource: Text; token: string }): MirrorError {
  if (err instanceof MirrorError) return err;
  const { apiUrl, resource } = where;
  const scrub = (text: string): string => scrubSecrets(text, [where.token]);
  if (!isHttpError(err) || err.response === undefined) {
    // No HTTP answer at all: refused, reset, unresolvable, or cut off in the middle of the body.
    const text = err instanceof Error ? err.message : String(err);
    const said = scrub(text).slice(0, 300);
    return new MirrorError('ServiceUnavailable', t(`GitHub's API could not be reached (${said}).`, `API GitHub недоступен (${said}).`), {
      verb: 'get',
      resource,
    });
  }
  const { status, response } = err;
  const reason = apiReason(status, response.headers);
  const retryAfterMs = retryAfterOf(response.headers);
  const said = messageOf(response.data);
  const shown = said ? ` (${quote(scrub(said), 200)})` : '';
  const detail = t(`GitHub's API answered HTTP ${status}${shown}.`, `API GitHub ответил HTTP ${status}${shown}.`);
  const hint = apiHint(reason, apiUrl, retryAfterMs);
  return new MirrorError(reason, detail, {
    verb: 'get',
    resource,
    ...(retryAfterMs !== undefined && CATALOG[reason].transient ? { retryAfterMs } : {}),
    ...(hint ? { hint } : {}),
  });
}

/** GitHub's `message` from a JSON error body, or the first line of a text one. */
function messageOf(data: unknown): string {
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return typeof data === 'string' ? (data.trim().split('\n')[0] ?? '') : '';
}

function isReleaseObject(value: unknown): value is { tag_name: string; draft: boolean; prerelease: boolean } {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.tag_name === 'string' && typeof r.draft === 'boolean' && typeof r.prerelease === 'boolean';
}

function apiHint(reason: Reason, apiUrl: string, retryAfterMs: number | undefined): Text | undefined {
  switch (reason) {
    case 'Unauthorized':
      return t(
        'Check github-token: GitHub did not accept it (expired or revoked?); leave it empty to read the public releases anonymously.',
        'Проверьте github-token: GitHub его не принял (истёк или отозван?); оставьте его пустым, чтобы читать публичные релизы анонимно.',
      );
    case 'Forbidden':
      return t(
        'The token may not read falcosecurity/falco (a fine-grained token without access, or an organization policy).',
        'Токену нельзя читать falcosecurity/falco (токену с точечными правами не дан доступ, или так требует политика организации).',
      );
    case 'TooManyRequests': {
      const at = retryAfterMs === undefined ? '' : new Date(Date.now() + retryAfterMs).toISOString();
      return t(
        `GitHub's API rate limit is used up.${at && ` It resets around ${at}.`} Anonymous requests get 60 an hour; give github-token for more, or give falco-version as an exact version.`,
        `Лимит запросов к API GitHub исчерпан.${at && ` Он обнулится около ${at}.`} Анонимно можно делать 60 запросов в час; задайте github-token, чтобы получить больше, или укажите falco-version как точную версию.`,
      );
    }
    case 'NotFound':
      return t(
        `Check GITHUB_API_URL (${apiUrl}): https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server, which must have falcosecurity/falco.`,
        `Проверьте GITHUB_API_URL (${apiUrl}): https://api.github.com или https://HOST/api/v3 на GitHub Enterprise Server, где должен быть falcosecurity/falco.`,
      );
    default:
  }
}
