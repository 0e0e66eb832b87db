// A real smart-HTTP git server for tests: a loopback Node HTTP server that runs `git http-backend`
// as CGI (so shallow clones, protocol v2 and pushes behave exactly as against a forge), serves
// plain files for the tarballs a CMake build downloads, checks HTTP Basic auth, and lets a test
// inject any HTTP failure (or a request that never answers) before the request is handled.
// With `lfs`, it is also a Git LFS server (Batch API + basic transfers, see lfs-server.ts) for every
// request whose path contains /info/lfs/, behind the same fault hook and auth.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import {
  createLfsHandler,
  parseBatchInfo,
  readBody,
  sendFile,
  sendLfsError,
  MAX_BATCH_BODY,
  type LfsBatchInfo,
  type LfsOptions,
} from './lfs-server.js';
import { listenOnLoopback } from './loopback.js';

export type { LfsBatchInfo, LfsOptions } from './lfs-server.js';

export interface GitServerOptions {
  /** Directory holding bare repos (e.g. root/falcosecurity/falco.git) and static files. */
  root: string;
  /** When set, every request needs exactly this HTTP Basic auth, else 401 with WWW-Authenticate. */
  auth?: { username: string; password: string };
  /** Called per request before anything else (auth included); a returned Fault is the answer. */
  fault?: (req: FaultRequest) => Fault | undefined;
  /** Refuse partial-clone filters, like a server that never enabled them. */
  noFilter?: boolean;
  /**
   * Also serve Git LFS (off by default): POST <repo>.git/info/lfs/objects/batch, PUT/GET
   * <repo>.git/info/lfs/objects/<oid>, objects kept in <root>/<repo>.git/lfs-objects/<oid>.
   */
  lfs?: boolean | LfsOptions;
}

export interface FaultRequest {
  method: string;
  /** Decoded URL path, e.g. /falcosecurity/falco.git/info/refs */
  path: string;
  /** Raw query string without the leading '?', e.g. service=git-upload-pack */
  query: string;
  /** git-upload-pack or git-receive-pack, for smart-HTTP requests. */
  service?: string;
  /** For an LFS batch request (the body is read before the hook): its operation and oids. */
  lfs?: LfsBatchInfo;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer: for timeout tests. The request body is read to its end first. close() still ends the request. */
  hang?: boolean;
  /**
   * Read this many bytes of the request body (all of it if fewer), then stop reading and never answer:
   * a stalled upload, where the client is left blocked writing the rest. close() still ends the request.
   */
  hangAfterBytes?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Status sent; 0 while no answer has been sent (e.g. a hanging fault). */
  status: number;
  /** The first Authorization header (Node's req.headers keeps no other). */
  authorization?: string;
  /** Every Authorization header the request carried, in order: a forge such as GitHub refuses two. */
  authorizations: string[];
  /** For an LFS batch request: its operation and oids. */
  lfs?: LfsBatchInfo;
  /** Bytes sent in answer, headers included (what a fetch cost on the wire). */
  responseBytes?: number;
}

export interface GitServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  port: number;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** LFS objects stored for a repo ('org/repo.git', '/org/repo.git' or 'org/repo'): oid -> size, by oid. */
  lfsObjects(repo: string): Map<string, number>;
  /** The directory holding a repo's LFS objects, <root>/<repo>.git/lfs-objects (may not exist yet). */
  lfsObjectDir(repo: string): string;
  /** Stops listening, kills running http-backend processes and drops open (or hanging) connections. */
  close(): Promise<void>;
}

const SERVICES = new Set(['git-upload-pack', 'git-receive-pack']);

export async function startGitServer(opts: GitServerOptions): Promise<GitServer> {
  const root = path.resolve(opts.root);
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const children = new Set<ChildProcess>();
  const expectedAuth = opts.auth ? `Basic ${Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64')}` : undefined;
  let port = 0;
  const lfs = opts.lfs ? createLfsHandler(root, () => `http://127.0.0.1:${port}`, opts.lfs === true ? {} : opts.lfs) : undefined;

  const server = createServer((req, res) => {
    const authorizations = req.rawHeaders.filter((_, i, raw) => i % 2 === 1 && raw[i - 1]?.toLowerCase() === 'authorization');
    const record: RecordedRequest = { method: req.method ?? 'GET', path: '', status: 0, authorizations };
    if (req.headers.authorization !== undefined) record.authorization = req.headers.authorization;
    requests.push(record);
    // 'close' also covers answers cut short by res.destroy(), where 'finish' never comes.
    // Requests on one connection come one after the other: the socket's count since this one began is its answer.
    const bytesBefore = req.socket.bytesWritten;
    const noteStatus = (): void => {
      if (res.headersSent) record.status = res.statusCode;
      record.responseBytes = req.socket.bytesWritten - bytesBefore;
    };
    res.on('finish', noteStatus);
    res.on('close', noteStatus);

    handle(req, res, record).catch((err: unknown) => {
      if (!res.headersSent) sendText(res, 500, `internal error: ${String(err)}\n`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, record: RecordedRequest): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      sendText(res, 400, 'bad path encoding\n');
      return;
    }
    // url.pathname has dot segments resolved; keep the raw ones so `..` can be refused below.
    const rawPath = decodeURIComponentSafe((req.url ?? '/').split('?')[0] ?? '/');
    record.path = rawPath;
    const query = url.search.replace(/^\?/, '');
    const method = req.method ?? 'GET';
    const isLfs = lfs !== undefined && pathname.includes('/info/lfs/');

    // A batch body is small JSON: read it first so the fault hook can tell an upload from a download.
    let batchBody: Buffer | undefined;
    let batchTooBig = false;
    if (isLfs && method === 'POST' && pathname.endsWith('/info/lfs/objects/batch')) {
      batchBody = await readBody(req, MAX_BATCH_BODY);
      batchTooBig = batchBody === undefined;
      const info = parseBatchInfo(batchBody);
      if (info) record.lfs = info;
    }

    if (opts.fault) {
      const service = url.searchParams.get('service') ?? path.posix.basename(pathname);
      const fault = opts.fault({
        method,
        path: rawPath,
        query,
        ...(SERVICES.has(service) ? { service } : {}),
        ...(record.lfs ? { lfs: record.lfs } : {}),
      });
      if (fault) {
        if (fault.hangAfterBytes !== undefined) {
          // Left unanswered with the body half read: the client blocks writing until it gives up or close() runs.
          const limit = fault.hangAfterBytes;
          let seen = 0;
          if (limit <= 0) return;
          req.on('data', (chunk: Buffer) => {
            seen += chunk.length;
            if (seen >= limit) req.pause();
          });
          return;
        }
        req.resume(); // drain the body so the client is not stuck writing it
        if (fault.hang) return; // left open until the client gives up or close() runs
        res.writeHead(fault.status, { 'Content-Type': 'text/plain', ...fault.headers });
        res.end(fault.body ?? `injected fault ${fault.status}\n`);
        return;
      }
    }

    // The scheme name is case-insensitive (RFC 9110 11.1): actions/checkout sends "basic".
    const given = (req.headers.authorization ?? '').replace(/^basic /i, 'Basic ');
    if (expectedAuth !== undefined && given !== expectedAuth) {
      req.resume();
      if (isLfs) {
        // As the LFS API asks: a JSON error and LFS-Authenticate (WWW-Authenticate too, as GitHub sends).
        sendLfsError(res, 401, 'Credentials needed', {
          'LFS-Authenticate': 'Basic realm="fdm-test"',
          'WWW-Authenticate': 'Basic realm="fdm-test"',
        });
        return;
      }
      res.writeHead(401, { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Basic realm="fdm-test"' });
      res.end('authentication required\n');
      return;
    }

    if (rawPath.split('/').includes('..')) {
      req.resume();
      sendText(res, 403, 'path traversal refused\n');
      return;
    }

    if (isLfs) {
      if (batchTooBig) sendLfsError(res, 413, 'Batch request too large');
      else await lfs.handle(req, res, pathname, batchBody);
      return;
    }

    if (/\.git(\/|$)/.test(pathname)) {
      runHttpBackend(req, res, pathname, query);
      return;
    }

    if (method !== 'GET' && method !== 'HEAD') {
      req.resume();
      sendText(res, 405, 'method not allowed\n');
      return;
    }
    await serveFile(res, method, pathname);
  }

  async function serveFile(res: ServerResponse, method: string, pathname: string): Promise<void> {
    const file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      sendText(res, 403, 'outside the served root\n');
      return;
    }
    await sendFile(res, method, file, () => sendText(res, 404, 'not found\n'));
  }

  function runHttpBackend(req: IncomingMessage, res: ServerResponse, pathname: string, query: string): void {
    const header = (name: string): string => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : (v ?? '');
    };
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_COUNT: '4',
      GIT_CONFIG_KEY_0: 'http.receivepack',
      GIT_CONFIG_VALUE_0: 'true',
      // Repos owned by another user (e.g. made in a container) otherwise fail with 500: git 2.39.5
      // checks ownership in http-backend too.
      GIT_CONFIG_KEY_1: 'safe.directory',
      GIT_CONFIG_VALUE_1: '*',
      // Partial fetches and on-demand blobs, as GitHub and GitLab allow them.
      GIT_CONFIG_KEY_2: 'uploadpack.allowFilter',
      GIT_CONFIG_VALUE_2: opts.noFilter ? 'false' : 'true',
      GIT_CONFIG_KEY_3: 'uploadpack.allowAnySHA1InWant',
      GIT_CONFIG_VALUE_3: opts.noFilter ? 'false' : 'true',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      // http-backend refuses receive-pack for anonymous users unless REMOTE_USER is set.
      REMOTE_USER: opts.auth?.username ?? 'anonymous',
      REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      GATEWAY_INTERFACE: 'CGI/1.1',
      SERVER_PROTOCOL: `HTTP/${req.httpVersion}`,
      REQUEST_METHOD: req.method ?? 'GET',
      PATH_INFO: pathname,
      QUERY_STRING: query,
      CONTENT_TYPE: header('content-type'),
      // git may gzip request bodies; http-backend inflates them itself when told.
      HTTP_CONTENT_ENCODING: header('content-encoding'),
      GIT_PROTOCOL: header('git-protocol'),
    };
    // Without CONTENT_LENGTH (chunked uploads) http-backend reads stdin to EOF.
    const length = header('content-length');
    if (length !== '') env.CONTENT_LENGTH = length;

    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.on('error', () => {}); // the backend may exit before reading the whole body
    req.pipe(child.stdin);

    // Buffer stdout until the CGI header block ends, then stream the rest as the body.
    let head: Buffer | undefined = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      if (head === undefined) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const split = findHeaderEnd(head);
      if (split === undefined) return;
      const { status, headers } = parseCgiHeaders(head.subarray(0, split.index).toString('latin1'));
      const rest = head.subarray(split.index + split.length);
      head = undefined;
      res.writeHead(status, headers);
      if (rest.length > 0) res.write(rest);
    });
    child.on('error', (err) => {
      children.delete(child);
      if (!res.headersSent) sendText(res, 500, `cannot run git http-backend: ${err.message}\n`);
      else res.destroy();
    });
    child.on('close', (code) => {
      children.delete(child);
      if (head !== undefined) {
        // The backend died before finishing its headers: report what it said.
        if (!res.headersSent) sendText(res, 500, `git http-backend failed (${code}): ${stderr}\n`);
        else res.destroy();
        return;
      }
      res.end();
    });
    // A client that goes away must not leave a backend waiting on stdin.
    res.on('close', () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
  }

  port = await listenOnLoopback(server, sockets);

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    lfsObjects: (repo) => lfs?.objects(repo) ?? new Map<string, number>(),
    lfsObjectDir: (repo) => (lfs ?? createLfsHandler(root, () => '')).objectDir(repo),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const child of children) child.kill('SIGKILL');
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** End of the CGI header block: a blank line, with CRLF or bare LF line ends. */
function findHeaderEnd(buf: Buffer): { index: number; length: number } | undefined {
  const crlf = buf.indexOf('\r\n\r\n');
  const lf = buf.indexOf('\n\n');
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { index: crlf, length: 4 };
  if (lf !== -1) return { index: lf, length: 2 };
  return undefined;
}

function parseCgiHeaders(block: string): { status: number; headers: Record<string, string | string[]> } {
  let status = 200;
  const headers: Record<string, string | string[]> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') {
      status = Number.parseInt(value, 10) || 500;
      continue;
    }
    const previous = headers[name];
    if (previous === undefined) headers[name] = value;
    else headers[name] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return { status, headers };
}
