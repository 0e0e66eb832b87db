// The Git LFS side of the test git server (test/support/git-server.ts, option `lfs`), following the public
// API (git-lfs docs/api/batch.md, basic-transfers.md, locking.md): the Batch API at
// <repo>.git/info/lfs/objects/batch and the basic transfer adapter (PUT/GET of one object at an href on
// the same server, so the Basic auth and the fault hook of the git server apply to every LFS request).
// Objects are kept under the bare repo in <root>/<repo>.git/lfs-objects/<oid>, apart from git's own files.
// Also: installFileSizeLimit(), a pre-receive hook refusing big blobs with GitHub's GH001 message.

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, statSync } from 'node:fs';
import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The media type of every Batch API request and answer, errors included. */
export const LFS_MEDIA_TYPE = 'application/vnd.git-lfs+json';

/** Where the objects of a repo are stored, relative to the bare repo. */
export const LFS_OBJECTS_DIR = 'lfs-objects';

export interface LfsOptions {
  /** Add a `verify` action to every upload (POST <repo>.git/info/lfs/verify with {oid, size}). Default false. */
  verify?: boolean;
  /**
   * How the locking API answers (git-lfs asks POST .../locks/verify before a ref push, never for
   * `git lfs push --object-id`). 'unsupported' (default): 404, after which git-lfs 3.3 says nothing but
   * records `lfs.<url>.locksverify=false` in the pushing repo's config. 'empty': 200 with no locks, after
   * which git-lfs 3.3 prints "Locking support detected on remote ..." on stdout unless locksverify is set.
   */
  locks?: 'unsupported' | 'empty';
  /** expires_in of every action, in seconds. Default 3600. */
  expiresIn?: number;
  /** Headers put in the `header` of every action (the client must send them with the transfer). */
  actionHeader?: Record<string, string>;
}

/** What a Batch API request asked, as far as it could be parsed (given to the fault hook). */
export interface LfsBatchInfo {
  operation: string;
  oids: string[];
}

export interface LfsHandler {
  /** Answers a request whose path contains /info/lfs/. `batchBody` is the body when already read. */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string, batchBody?: Buffer): Promise<void>;
  /** Objects stored for a repo ('org/repo.git', '/org/repo.git' or 'org/repo'): oid -> size. */
  objects(repo: string): Map<string, number>;
  /** The directory holding a repo's objects (may not exist yet). */
  objectDir(repo: string): string;
}

/** Largest batch body read; a bigger one answers 413 like a server limiting the request size. */
export const MAX_BATCH_BODY = 10 * 1024 * 1024;

const OID = /^[0-9a-f]{64}$/;

interface BatchObject {
  oid: string;
  size: number;
  authenticated?: boolean;
  actions?: Record<string, { href: string; header?: Record<string, string>; expires_in: number }>;
  error?: { code: number; message: string };
}

export function createLfsHandler(root: string, baseUrl: () => string, opts: LfsOptions = {}): LfsHandler {
  const expiresIn = opts.expiresIn ?? 3600;
  // Sizes announced by upload batches, checked against the PUT that follows: repoDir \0 oid -> size.
  const announced = new Map<string, number>();

  function repoDir(repo: string): string {
    let rel = repo.replace(/^\/+/, '').replace(/\/+$/, '');
    if (!rel.endsWith('.git')) rel += '.git';
    return path.join(root, rel);
  }

  function objectDir(repo: string): string {
    return path.join(repoDir(repo), LFS_OBJECTS_DIR);
  }

  function objects(repo: string): Map<string, number> {
    const dir = objectDir(repo);
    const found = new Map<string, number>();
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return found;
    }
    for (const name of names.sort()) {
      if (OID.test(name)) found.set(name, statSync(path.join(dir, name)).size);
    }
    return found;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, pathname: string, batchBody?: Buffer): Promise<void> {
    const method = req.method ?? 'GET';
    const at = pathname.indexOf('/info/lfs/');
    const repoPath = pathname.slice(0, at); // e.g. /org/repo.git
    const rest = pathname.slice(at + '/info/lfs/'.length);
    const dir = path.join(root, repoPath);
    const inside = dir.startsWith(root + path.sep);
    const isRepo = inside && repoPath.endsWith('.git') && (await stat(path.join(dir, 'HEAD')).catch(() => undefined))?.isFile() === true;
    if (!isRepo) {
      req.resume();
      sendLfsError(res, 404, 'Repository not found');
      return;
    }
    const links = `${baseUrl()}${encodePath(repoPath)}/info/lfs`;
    const store = path.join(dir, LFS_OBJECTS_DIR);

    if (rest === 'objects/batch') {
      if (method !== 'POST') {
        methodNotAllowed(req, res);
        return;
      }
      const body = batchBody ?? (await readBody(req, MAX_BATCH_BODY));
      if (body === undefined) {
        sendLfsError(res, 413, 'Batch request too large');
        return;
      }
      await batch(res, body, dir, store, links);
      return;
    }

    const object = /^objects\/([^/]+)$/.exec(rest);
    if (object) {
      const oid = object[1] ?? '';
      if (!OID.test(oid)) {
        req.resume();
        sendLfsError(res, 422, `Invalid object id ${JSON.stringify(oid)}`);
        return;
      }
      if (method === 'PUT') {
        await putObject(req, res, dir, store, oid);
      } else if (method === 'GET' || method === 'HEAD') {
        req.resume();
        await getObject(res, method, path.join(store, oid));
      } else {
        methodNotAllowed(req, res);
      }
      return;
    }

    if (rest === 'verify' && opts.verify) {
      if (method !== 'POST') {
        methodNotAllowed(req, res);
        return;
      }
      const body = await readBody(req, 64 * 1024);
      const parsed = parseJson(body);
      const oid = isRecord(parsed) && typeof parsed.oid === 'string' ? parsed.oid : '';
      const size = isRecord(parsed) && typeof parsed.size === 'number' ? parsed.size : -1;
      if (!OID.test(oid) || size < 0) {
        sendLfsError(res, 422, 'Invalid verify request');
        return;
      }
      const info = await stat(path.join(store, oid)).catch(() => undefined);
      if (!info?.isFile() || info.size !== size) {
        sendLfsError(res, 404, 'Object does not exist');
        return;
      }
      sendLfs(res, 200, {});
      return;
    }

    if (opts.locks === 'empty' && rest === 'locks/verify' && method === 'POST') {
      req.resume();
      sendLfs(res, 200, { ours: [], theirs: [], next_cursor: '' });
      return;
    }
    if (opts.locks === 'empty' && rest === 'locks' && method === 'GET') {
      req.resume();
      sendLfs(res, 200, { locks: [], next_cursor: '' });
      return;
    }
    req.resume();
    sendLfsError(res, 404, 'Not found');
  }

  async function batch(res: ServerResponse, body: Buffer, dir: string, store: string, links: string): Promise<void> {
    const request = parseJson(body);
    if (!isRecord(request)) {
      sendLfsError(res, 422, 'Invalid JSON');
      return;
    }
    const operation = request.operation;
    if (operation !== 'upload' && operation !== 'download') {
      sendLfsError(res, 422, `Invalid operation ${JSON.stringify(operation)}`);
      return;
    }
    if (request.transfers !== undefined && !(Array.isArray(request.transfers) && request.transfers.includes('basic'))) {
      sendLfsError(res, 422, 'Only the basic transfer adapter is supported');
      return;
    }
    if (!Array.isArray(request.objects)) {
      sendLfsError(res, 422, 'Missing objects');
      return;
    }
    const sha256 = request.hash_algo === undefined || request.hash_algo === null || request.hash_algo === 'sha256';
    const header = opts.actionHeader ? { header: { ...opts.actionHeader } } : {};
    const action = (href: string): { href: string; header?: Record<string, string>; expires_in: number } => ({
      href,
      ...header,
      expires_in: expiresIn,
    });

    const answers: BatchObject[] = [];
    for (const item of request.objects as unknown[]) {
      const oid = isRecord(item) && typeof item.oid === 'string' ? item.oid : '';
      const size = isRecord(item) && typeof item.size === 'number' ? item.size : -1;
      if (!sha256) {
        answers.push({ oid, size, error: { code: 409, message: `Unsupported hash algorithm ${JSON.stringify(request.hash_algo)}` } });
        continue;
      }
      if (!OID.test(oid) || !Number.isSafeInteger(size) || size < 0) {
        answers.push({ oid, size, error: { code: 422, message: 'Invalid object id or size' } });
        continue;
      }
      const info = await stat(path.join(store, oid)).catch(() => undefined);
      const stored = info?.isFile() === true;
      const href = `${links}/objects/${oid}`;
      if (operation === 'download') {
        answers.push(
          stored
            ? { oid, size, authenticated: true, actions: { download: action(href) } }
            : { oid, size, error: { code: 404, message: 'Object does not exist' } },
        );
        continue;
      }
      if (stored) {
        answers.push({ oid, size }); // already there: no actions, the client uploads nothing
        continue;
      }
      announced.set(`${dir}\0${oid}`, size);
      answers.push({
        oid,
        size,
        authenticated: true,
        actions: { upload: action(href), ...(opts.verify ? { verify: action(`${links}/verify`) } : {}) },
      });
    }
    sendLfs(res, 200, { transfer: 'basic', objects: answers, hash_algo: 'sha256' });
  }

  async function putObject(req: IncomingMessage, res: ServerResponse, dir: string, store: string, oid: string): Promise<void> {
    await mkdir(store, { recursive: true });
    // Written beside the final name (same filesystem, so the rename is atomic) and only renamed once the
    // hash and the size are right: a failed or cut upload leaves nothing under the oid.
    const tmp = path.join(store, `.incoming-${oid}-${randomBytes(6).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(req, count, createWriteStream(tmp, { flags: 'wx' }));
    } catch {
      await rm(tmp, { force: true });
      if (!res.headersSent) sendLfsError(res, 400, 'Upload interrupted');
      return;
    }
    const digest = hash.digest('hex');
    const expected = announced.get(`${dir}\0${oid}`);
    if (digest !== oid || (expected !== undefined && expected !== size)) {
      await rm(tmp, { force: true });
      const why = digest !== oid ? `SHA-256 ${digest} of the uploaded bytes` : `size ${size}, not the announced ${expected ?? 0},`;
      sendLfsError(res, 422, `Object ${oid} rejected: ${why} does not match`);
      return;
    }
    await rename(tmp, path.join(store, oid));
    announced.delete(`${dir}\0${oid}`);
    res.writeHead(200, { 'Content-Length': 0 });
    res.end();
  }

  function getObject(res: ServerResponse, method: string, file: string): Promise<void> {
    return sendFile(res, method, file, () => sendLfsError(res, 404, 'Object does not exist'));
  }

  return { handle, objects, objectDir };
}

/** Reads a request body up to `limit` bytes; undefined (with the rest drained) when it is bigger. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  let tooBig = false;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > limit) tooBig = true;
    else chunks.push(buf);
  }
  return tooBig ? undefined : Buffer.concat(chunks);
}

/** What a batch body asks, for the fault hook and the request log; undefined when it is not a batch. */
export function parseBatchInfo(body: Buffer | undefined): LfsBatchInfo | undefined {
  const parsed = parseJson(body);
  if (!isRecord(parsed) || typeof parsed.operation !== 'string') return undefined;
  const objects = Array.isArray(parsed.objects) ? (parsed.objects as unknown[]) : [];
  const oids = objects.map((o) => (isRecord(o) && typeof o.oid === 'string' ? o.oid : ''));
  return { operation: parsed.operation, oids };
}

export function sendLfs(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': LFS_MEDIA_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** An LFS error answer: {message, request_id, documentation_url} as the spec describes. */
export function sendLfsError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendLfs(res, status, lfsErrorBody(message), headers);
}

/** The JSON of an LFS error answer, e.g. for a Fault's body (with headers {'Content-Type': LFS_MEDIA_TYPE}). */
export function lfsErrorBody(
  message: string,
  extra: { request_id?: string; documentation_url?: string } = {},
): {
  message: string;
  request_id: string;
  documentation_url: string;
} {
  return {
    message,
    request_id: extra.request_id ?? randomBytes(8).toString('hex'),
    documentation_url: extra.documentation_url ?? 'https://lfs.example.invalid/docs/errors',
  };
}

/** SHA-256 of the bytes: the oid git-lfs gives them. */
export function lfsOid(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The pointer file git-lfs commits in place of the content (spec v1). */
export function lfsPointer(oid: string, size: number): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
}

/**
 * Makes a bare repo refuse, as GitHub does, any push bringing a blob bigger than maxBytes: a pre-receive
 * hook (POSIX sh and git only) prints GitHub's GH001 lines on stderr (git shows them as "remote: error: ...")
 * and exits 1, so the push fails with "[remote rejected] ... (pre-receive hook declined)". Blobs of exactly
 * maxBytes pass. Only objects new to the repo count (`--not --all`: in pre-receive the pushed objects are
 * still in quarantine and no ref has moved yet).
 */
export async function installFileSizeLimit(bareRepo: string, maxBytes: number): Promise<void> {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new Error(`maxBytes must be a non-negative integer, not ${maxBytes}`);
  const hooks = path.join(bareRepo, 'hooks');
  await mkdir(hooks, { recursive: true });
  const file = path.join(hooks, 'pre-receive');
  await writeFile(file, preReceiveScript(maxBytes));
  await chmod(file, 0o755);
}

function preReceiveScript(maxBytes: number): string {
  return `#!/bin/sh
# Installed by test/support/lfs-server.ts installFileSizeLimit(): refuse blobs over ${maxBytes} bytes the
# way GitHub does (GH001). POSIX sh and git only.
max=${maxBytes}

# Bytes as MB (1048576 bytes) with two decimals, rounded half up, as GitHub prints them.
mb() {
  cents=$(( ($1 * 100 + 524288) / 1048576 ))
  printf '%d.%02d' $(( cents / 100 )) $(( cents % 100 ))
}

news=
while read -r old new ref; do
  case $new in
    *[!0]*) news="$news $new" ;; # all zeros: a deletion brings nothing
  esac
done
[ -n "$news" ] || exit 0

# $news is a list of hex ids: word splitting is wanted.
# shellcheck disable=SC2086
objects=$(git rev-list --objects $news --not --all) || {
  echo 'error: cannot list the pushed objects' >&2
  exit 1
}
big=$(printf '%s\\n' "$objects" |
  git cat-file --batch-check='%(objecttype) %(objectname) %(objectsize) %(rest)' |
  while read -r type sha size name; do
    if [ "$type" = blob ] && [ "$size" -gt "$max" ]; then
      printf 'error: File %s is %s MB; this exceeds GitHub'"'"'s file size limit of %s MB\\n' "$name" "$(mb "$size")" "$(mb "$max")"
    fi
  done)
[ -n "$big" ] || exit 0

trace=$(printf '%s\\n' "$news" | git hash-object --stdin)
{
  printf 'error: Trace: %s\\n' "$trace"
  printf 'error: See https://gh.io/lfs for more information.\\n'
  printf '%s\\n' "$big"
  printf 'error: GH001: Large files detected. You may want to try Git Large File Storage - https://git-lfs.github.com.\\n'
} >&2
exit 1
`;
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  sendLfsError(res, 405, `Method ${req.method ?? ''} not allowed`);
}

function parseJson(body: Buffer | undefined): unknown {
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function encodePath(p: string): string {
  return p
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** A file's bytes (only its headers for HEAD), or `missing()` when there is no such regular file. */
export async function sendFile(res: ServerResponse, method: string, file: string, missing: () => void): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    missing();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': info.size });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
