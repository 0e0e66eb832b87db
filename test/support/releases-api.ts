// A loopback fake of GitHub's REST endpoint "List releases" (GET /repos/{owner}/{repo}/releases) for
// falcosecurity/falco, faithful to the public protocol where a client can tell:
//   - per_page (default 30, at most 100) and page (default 1) query parameters;
//   - a Link header as GitHub writes it: `<URL>; rel="prev", <URL>; rel="next", <URL>; rel="last",
//     <URL>; rel="first"` (the ones that apply), its URLs absolute and in the /repositories/<id>/
//     form, which the fake serves too;
//   - release objects (id, node_id, url, html_url, tag_name, name, draft, prerelease, created_at,
//     published_at, ...), newest first as given; drafts only for an authenticated caller, as GitHub
//     shows drafts to users with push access only;
//   - Authorization `token X` or `Bearer X` (scheme case-insensitive): a wrong token is 401
//     "Bad credentials"; none is an anonymous caller, unless `requireAuth`;
//   - x-ratelimit-* headers, JSON errors {message, documentation_url, status};
//   - an optional path prefix, as GitHub Enterprise Server serves its API under /api/v3.
// A fault can replace the answer to any request (by its 1-based number): status, headers such as
// Retry-After or x-ratelimit-remaining/-reset, body, or a dropped connection.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { listenOnLoopback } from './loopback.js';

export interface FakeRelease {
  tag_name: string;
  name?: string;
  draft?: boolean;
  prerelease?: boolean;
  /** ISO time; defaults to a time derived from the release's position (newest first). */
  published_at?: string;
}

export interface ApiRequest {
  /** 1-based number of the request, over the server's life. */
  n: number;
  method: string;
  /** URL path without the query, prefix included. */
  path: string;
  query: URLSearchParams;
  authorization?: string;
}

export interface ApiFault {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON. Default: GitHub's JSON error for the status. */
  body?: unknown;
  /** Drop the connection without answering (a network failure). */
  destroy?: boolean;
  /** Never answer (a server that hangs); close() still ends the request. */
  hang?: boolean;
}

export interface RecordedApiRequest {
  n: number;
  method: string;
  path: string;
  page: number | undefined;
  perPage: number | undefined;
  authorization?: string;
  userAgent?: string;
  apiVersion?: string;
  accept?: string;
  /** Status sent, 0 when the connection was dropped. */
  status: number;
}

export interface ReleasesApiOptions {
  /** Newest first, as GitHub lists them. */
  releases: FakeRelease[];
  /** The most releases on one page, whatever per_page asks (to get several pages from a few releases). */
  pageSize?: number;
  /** The token GitHub knows; when unset, any Authorization header is accepted. */
  token?: string;
  /** Refuse anonymous requests (401 "Requires authentication"). */
  requireAuth?: boolean;
  /** Path prefix of the API, e.g. /api/v3 as on GitHub Enterprise Server. */
  prefix?: string;
  fault?: (req: ApiRequest) => ApiFault | undefined;
}

export interface ReleasesApi {
  /** The API base URL (GITHUB_API_URL): http://127.0.0.1:PORT[prefix], no trailing slash. */
  url: string;
  requests: RecordedApiRequest[];
  close(): Promise<void>;
}

/** The numeric repository id GitHub puts in pagination links (any number will do for the fake). */
export const REPO_ID = 98765432;
const DOCS = 'https://docs.github.com/rest/releases/releases#list-releases';

export async function startReleasesApi(opts: ReleasesApiOptions): Promise<ReleasesApi> {
  const prefix = (opts.prefix ?? '').replace(/\/+$/, '');
  const requests: RecordedApiRequest[] = [];
  const sockets = new Set<Socket>();
  let count = 0;
  const remaining = { anonymous: 60, authenticated: 5000 };
  let base = '';

  const objects = opts.releases.map((r, i) => releaseObject(r, i, opts.releases.length));

  const server = createServer((req, res) => {
    const n = ++count;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const header = (name: string): string | undefined => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    const record: RecordedApiRequest = {
      n,
      method: req.method ?? 'GET',
      path: url.pathname,
      page: numberParam(url.searchParams.get('page')),
      perPage: numberParam(url.searchParams.get('per_page')),
      status: 0,
    };
    for (const [key, name] of [
      ['authorization', 'authorization'],
      ['userAgent', 'user-agent'],
      ['apiVersion', 'x-github-api-version'],
      ['accept', 'accept'],
    ] as const) {
      const v = header(name);
      if (v !== undefined) record[key] = v;
    }
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    req.resume();

    const fault = opts.fault?.({
      n,
      method: record.method,
      path: url.pathname,
      query: url.searchParams,
      ...(record.authorization !== undefined ? { authorization: record.authorization } : {}),
    });
    if (fault) {
      if (fault.destroy) {
        req.socket.destroy();
        return;
      }
      if (fault.hang) return;
      const body = fault.body === undefined ? errorBody(fault.status, 'Injected fault') : fault.body;
      send(res, fault.status, body, fault.headers ?? {});
      return;
    }
    handle(req, res, url, record);
  });

  function handle(req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedApiRequest): void {
    // Authentication first, as GitHub does: a bad token is refused even where anonymous calls work.
    const auth = record.authorization;
    let authenticated = false;
    if (auth !== undefined) {
      const m = /^(token|bearer)\s+(\S+)$/i.exec(auth.trim());
      if (!m || (opts.token !== undefined && m[2] !== opts.token)) {
        send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
        return;
      }
      authenticated = true;
    } else if (opts.requireAuth) {
      send(res, 401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
      return;
    }
    const limits = rateLimit(authenticated);

    const local = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
    const listing =
      local !== undefined && (local === '/repos/falcosecurity/falco/releases' || local === `/repositories/${REPO_ID}/releases`);
    if (!listing) {
      send(res, 404, errorBody(404, 'Not Found'), limits);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 404, errorBody(404, 'Not Found'), limits);
      return;
    }

    const perPage = Math.min(Math.max(record.perPage ?? 30, 1), 100, opts.pageSize ?? 100);
    const page = Math.max(record.page ?? 1, 1);
    const visible = objects.map((render) => render(base)).filter((r) => authenticated || !r.draft);
    const last = Math.max(1, Math.ceil(visible.length / perPage));
    const items = visible.slice((page - 1) * perPage, page * perPage);

    const link = (p: number, rel: string): string => {
      const q = new URLSearchParams(url.searchParams);
      q.set('page', String(p));
      return `<${base}/repositories/${REPO_ID}/releases?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (visible.length > perPage) {
      if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'));
    }
    send(res, 200, items, { ...limits, ...(links.length ? { Link: links.join(', ') } : {}) });
  }

  function rateLimit(authenticated: boolean): Record<string, string> {
    const limit = authenticated ? 5000 : 60;
    const left = authenticated ? --remaining.authenticated : --remaining.anonymous;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, left)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(limit - Math.max(0, left)),
      'x-ratelimit-resource': 'core',
    };
  }

  const port = await listenOnLoopback(server, sockets);
  base = `http://127.0.0.1:${port}${prefix}`;

  let closing: Promise<void> | undefined;
  return {
    url: base,
    requests,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

interface ReleaseObject {
  url: string;
  html_url: string;
  assets_url: string;
  upload_url: string;
  tarball_url: string | null;
  zipball_url: string | null;
  id: number;
  node_id: string;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  author: { login: string; id: number; type: string };
  assets: never[];
  body: string;
}

/** The release as GitHub renders it; URLs depend on the server's address, known once it listens. */
function releaseObject(r: FakeRelease, index: number, total: number): (base: string) => ReleaseObject {
  const id = 100_000_000 + (total - index);
  // Newest first: the first release is the most recent one unless it says otherwise.
  const created = r.published_at ?? new Date(Date.UTC(2024, 0, 1) + (total - index) * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const draft = r.draft ?? false;
  return (base) => ({
    url: `${base}/repos/falcosecurity/falco/releases/${id}`,
    html_url: draft
      ? `https://github.com/falcosecurity/falco/releases/tag/untagged-${id.toString(16)}`
      : `https://github.com/falcosecurity/falco/releases/tag/${encodeURIComponent(r.tag_name)}`,
    assets_url: `${base}/repos/falcosecurity/falco/releases/${id}/assets`,
    upload_url: `https://uploads.github.com/repos/falcosecurity/falco/releases/${id}/assets{?name,label}`,
    tarball_url: draft ? null : `${base}/repos/falcosecurity/falco/tarball/${r.tag_name}`,
    zipball_url: draft ? null : `${base}/repos/falcosecurity/falco/zipball/${r.tag_name}`,
    id,
    node_id: `RE_kwDOB${id.toString(36)}`,
    tag_name: r.tag_name,
    target_commitish: 'master',
    name: r.name ?? r.tag_name,
    draft,
    prerelease: r.prerelease ?? false,
    created_at: created,
    published_at: draft ? null : created,
    author: { login: 'poiana', id: 51138685, type: 'User' },
    assets: [],
    body: `Release ${r.tag_name}`,
  });
}

function errorBody(status: number, message: string): Record<string, string> {
  return { message, documentation_url: DOCS, status: String(status) };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(text),
    'X-GitHub-Api-Version-Selected': '2022-11-28',
    'X-GitHub-Request-Id': `FAKE:${Math.random().toString(16).slice(2, 10).toUpperCase()}`,
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

function numberParam(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  return Number(value);
}
