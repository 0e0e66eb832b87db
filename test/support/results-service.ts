// A loopback fake of GitHub's Actions results service, the artifact half: the Twirp JSON API that
// @actions/artifact (v2+) talks to, in front of a real Azure Blob Storage emulator (Azurite).
//
// What it does as the real service does:
//  - Twirp over HTTP: POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>, JSON bodies
//    with the proto field names (lowerCamel ones are accepted too, as protojson does), unknown fields
//    ignored; errors are Twirp errors, an HTTP status with {"code": "<twirp code>", "msg": "..."}.
//  - Auth: `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`, a JWT whose `scp` claim must hold
//    `Actions.Results:<workflow_run_backend_id>:<workflow_job_run_backend_id>` for the ids in the body
//    (the signature is not checked; an `exp` in the past is refused).
//  - CreateArtifact checks workflow_run_backend_id, workflow_job_run_backend_id, name (and its
//    characters), version, expires_at (when present: an RFC 3339 time in the future), answers
//    {ok, signed_upload_url} with a real, short-lived SAS URL (create + write) for a block blob in
//    Azurite; a name already created in the run is 409 already_exists.
//  - FinalizeArtifact checks the ids, name, size (an int64, equal to the blob's length) and hash
//    (`sha256:<hex>`, equal to the blob's SHA-256 unless verifyHash is false), answers {ok, artifact_id}.
//  - ListArtifacts, GetSignedArtifactURL and DeleteArtifact for finalized artifacts; other methods
//    are 404 bad_route.
// For tests: every request is recorded (method, headers, body, status, response), a fault hook can
// answer any request with any status (or never answer) before the service looks at it, and the
// artifacts are there to inspect.
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  BlobSASPermissions,
  BlobServiceClient,
  ContainerClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY } from './azurite.js';

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
export const ARTIFACT_METHODS = ['CreateArtifact', 'FinalizeArtifact', 'ListArtifacts', 'GetSignedArtifactURL', 'DeleteArtifact'] as const;
export type ArtifactMethod = (typeof ARTIFACT_METHODS)[number];

export interface ResultsServiceOptions {
  /** The Azurite to hand out upload URLs for (startAzurite()'s result will do). */
  azurite: { blobUrl: string; connectionString: string };
  /** Blob container for the artifacts, created if missing; default "actions-results". */
  container?: string;
  /** Called per Twirp request, before the service looks at it; a returned fault is the answer. */
  fault?: FaultHook;
  /** FinalizeArtifact downloads the blob and compares its SHA-256 with `hash`; default true. */
  verifyHash?: boolean;
  /** Lifetime of the signed URLs; default 10 minutes. */
  sasTtlMs?: number;
  /** The first artifact id handed out; default 1001. */
  firstArtifactId?: number;
}

export type FaultHook = (req: FaultRequest) => ServiceFault | undefined;

export interface FaultRequest {
  /** The Twirp method, e.g. CreateArtifact (the last path segment, whatever it is). */
  method: string;
  /** 1 for the first request to this method on this service, 2 for the next, ... (faulted ones count). */
  attempt: number;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
  headers: IncomingHttpHeaders;
}

export interface ServiceFault {
  status: number;
  /** Twirp error code; by default the one Twirp uses for the status (503 -> unavailable, ...). */
  code?: string;
  msg?: string;
  /** Send this text instead of a Twirp error (e.g. a proxy's HTML page). */
  body?: string;
  headers?: Record<string, string>;
  /** Never answer: the request stays open until the client gives up or close() runs. */
  hang?: boolean;
}

export interface RecordedServiceRequest {
  /** The Twirp method, e.g. CreateArtifact; the raw path when it is not a Twirp path. */
  method: string;
  httpMethod: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
  /** Status sent; 0 while no answer has been sent (a hanging fault). */
  status: number;
  /** The JSON answer (a Twirp error included); undefined while none or for a raw fault body. */
  response?: unknown;
  /** True when the fault hook answered. */
  faulted: boolean;
}

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  container: string;
  blobName: string;
  version: number;
  mimeType: string | undefined;
  /** expires_at as sent (RFC 3339), when sent. */
  expiresAt: string | undefined;
  createdAt: Date;
  finalized: boolean;
  /** From FinalizeArtifact. */
  size: number | undefined;
  /** From FinalizeArtifact, e.g. sha256:<hex>. */
  hash: string | undefined;
}

export interface ResultsService {
  /** http://127.0.0.1:PORT/ (what ACTIONS_RESULTS_URL holds on a runner: an origin with a slash). */
  url: string;
  port: number;
  container: string;
  /** Every request received, in order. */
  requests: RecordedServiceRequest[];
  /** Artifacts created and not deleted, by name (the latest one of that name, whichever run). */
  artifacts: Map<string, StoredArtifact>;
  /** Replaces the fault hook (undefined: none). */
  setFault(fault: FaultHook | undefined): void;
  /** Stops listening and drops open (or hanging) connections. Does not stop Azurite. */
  close(): Promise<void>;
}

/** The HTTP status of each Twirp error code (https://twitchtv.github.io/twirp/docs/spec_v7.html). */
export const TWIRP_STATUS: Readonly<Record<string, number>> = {
  canceled: 408,
  unknown: 500,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
};

function twirpCodeFor(status: number): string {
  const byStatus: Record<number, string> = {
    400: 'invalid_argument',
    401: 'unauthenticated',
    403: 'permission_denied',
    404: 'not_found',
    408: 'deadline_exceeded',
    409: 'already_exists',
    412: 'failed_precondition',
    429: 'resource_exhausted',
    501: 'unimplemented',
    503: 'unavailable',
  };
  return byStatus[status] ?? (status >= 500 ? 'internal' : 'unknown');
}

/**
 * A fault hook from a plan per method: a status answers every request to that method; a list answers
 * the first requests in turn (0 or undefined in it: no fault) and lets the later ones through.
 * faultPlan({ CreateArtifact: [503] }) is "503 once, then success". The hook counts the requests it
 * is called with, so one wrapped in a filter (say, one artifact name) counts only those.
 */
export function faultPlan(plan: Partial<Record<ArtifactMethod, number | ReadonlyArray<number | undefined>>>): FaultHook {
  const seen = new Map<string, number>();
  return (req) => {
    const n = (seen.get(req.method) ?? 0) + 1;
    seen.set(req.method, n);
    const entry = plan[req.method as ArtifactMethod];
    const status = typeof entry === 'number' ? entry : entry?.[n - 1];
    return status ? { status } : undefined;
  };
}

class TwirpError extends Error {
  constructor(
    readonly code: string,
    msg: string,
  ) {
    super(msg);
  }
}

const FORBIDDEN_NAME_CHARS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export async function startResultsService(opts: ResultsServiceOptions): Promise<ResultsService> {
  const containerName = opts.container ?? 'actions-results';
  const verifyHash = opts.verifyHash ?? true;
  const sasTtlMs = opts.sasTtlMs ?? 10 * 60_000;
  const blobService = BlobServiceClient.fromConnectionString(opts.azurite.connectionString);
  const container: ContainerClient = blobService.getContainerClient(containerName);
  await container.createIfNotExists();
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);

  let fault = opts.fault;
  let nextId = opts.firstArtifactId ?? 1001;
  const requests: RecordedServiceRequest[] = [];
  const artifacts = new Map<string, StoredArtifact>();
  /** All live artifacts of all runs (artifacts holds only the latest per name). */
  const store: StoredArtifact[] = [];
  const attempts = new Map<string, number>();
  const sockets = new Set<Socket>();

  const sas = (blobName: string, permissions: string): string =>
    generateBlobSASQueryParameters(
      {
        containerName,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 5 * 60_000),
        expiresOn: new Date(Date.now() + sasTtlMs),
        protocol: SASProtocol.HttpsAndHttp,
      },
      credential,
    ).toString();

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', msg: `fake results service: ${String(err)}` });
      else res.destroy();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    let json = false;
    try {
      body = JSON.parse(text);
      json = true;
    } catch {
      // kept as text
    }
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const prefix = `/twirp/${ARTIFACT_SERVICE}/`;
    const method = rawPath.startsWith(prefix) ? rawPath.slice(prefix.length) : rawPath;
    const record: RecordedServiceRequest = {
      method,
      httpMethod: req.method ?? '',
      path: rawPath,
      headers: req.headers,
      body,
      status: 0,
      faulted: false,
    };
    requests.push(record);
    const attempt = (attempts.get(method) ?? 0) + 1;
    attempts.set(method, attempt);

    const f = fault?.({ method, attempt, body, headers: req.headers });
    if (f) {
      record.faulted = true;
      if (f.hang) return; // left open until the client gives up or close() runs
      if (f.body !== undefined) {
        res.writeHead(f.status, { 'Content-Type': 'text/plain', ...f.headers });
        res.end(f.body);
        record.status = f.status;
        return;
      }
      const answer = { code: f.code ?? twirpCodeFor(f.status), msg: f.msg ?? `injected fault ${f.status}` };
      sendJson(res, f.status, answer, f.headers);
      record.status = f.status;
      record.response = answer;
      return;
    }

    let status = 200;
    let answer: unknown;
    try {
      if (req.method !== 'POST') throw new TwirpError('bad_route', `unsupported method ${req.method} (only POST is allowed)`);
      if (!rawPath.startsWith(prefix) || !(ARTIFACT_METHODS as readonly string[]).includes(method)) {
        throw new TwirpError('bad_route', `no handler for path ${JSON.stringify(rawPath)}`);
      }
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (contentType !== 'application/json') {
        throw new TwirpError('bad_route', `unexpected Content-Type: ${JSON.stringify(req.headers['content-type'] ?? '')}`);
      }
      if (!json || typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new TwirpError('malformed', 'the json request could not be decoded');
      }
      const scope = authorize(req.headers.authorization);
      answer = await dispatch(method as ArtifactMethod, body as Record<string, unknown>, scope);
    } catch (err) {
      if (!(err instanceof TwirpError)) throw err;
      status = TWIRP_STATUS[err.code] ?? 500;
      answer = { code: err.code, msg: err.message };
    }
    sendJson(res, status, answer);
    record.status = status;
    record.response = answer;
  }

  /** The Actions.Results scopes (run:job) of the bearer token. */
  function authorize(header: string | undefined): Set<string> {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m?.[1]) throw new TwirpError('unauthenticated', 'missing or malformed Authorization header (want a Bearer token)');
    const parts = m[1].split('.');
    let claims: { scp?: unknown; exp?: unknown };
    try {
      if (parts.length !== 3) throw new Error('not three parts');
      claims = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as typeof claims;
    } catch {
      throw new TwirpError('unauthenticated', 'the token is not a JWT');
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) throw new TwirpError('unauthenticated', 'the token has expired');
    if (typeof claims.scp !== 'string') throw new TwirpError('unauthenticated', 'the token has no scp claim');
    const scopes = new Set<string>();
    for (const s of claims.scp.split(' ')) {
      const p = s.split(':');
      if (p[0] === 'Actions.Results' && p.length === 3) scopes.add(`${p[1]}:${p[2]}`);
    }
    if (scopes.size === 0) throw new TwirpError('permission_denied', 'the token has no Actions.Results scope');
    return scopes;
  }

  async function dispatch(method: ArtifactMethod, b: Record<string, unknown>, scope: Set<string>): Promise<unknown> {
    const run = str(b, 'workflow_run_backend_id', true);
    const job = str(b, 'workflow_job_run_backend_id', true);
    if (!scope.has(`${run}:${job}`)) {
      throw new TwirpError('permission_denied', `the token does not grant Actions.Results:${run}:${job}`);
    }
    switch (method) {
      case 'CreateArtifact':
        return createArtifact(b, run, job);
      case 'FinalizeArtifact':
        return finalizeArtifact(b, run);
      case 'ListArtifacts':
        return listArtifacts(b, run);
      case 'GetSignedArtifactURL':
        return signedUrl(b, run);
      case 'DeleteArtifact':
        return deleteArtifact(b, run);
    }
  }

  function createArtifact(b: Record<string, unknown>, run: string, job: string): unknown {
    const name = artifactName(b);
    const version = int(b, 'version', true);
    if (version < 1) throw new TwirpError('invalid_argument', `version must be positive, not ${version}`);
    let expiresAt: string | undefined;
    if (field(b, 'expires_at') !== undefined) {
      expiresAt = str(b, 'expires_at', true);
      const t = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/.test(expiresAt) ? Date.parse(expiresAt) : NaN;
      if (Number.isNaN(t)) throw new TwirpError('malformed', `expires_at is not an RFC 3339 timestamp: ${JSON.stringify(expiresAt)}`);
      if (t <= Date.now()) throw new TwirpError('invalid_argument', `expires_at ${expiresAt} is in the past`);
    }
    const mimeType = field(b, 'mime_type') === undefined ? undefined : str(b, 'mime_type', false);
    if (store.some((a) => a.runBackendId === run && a.name === name)) {
      throw new TwirpError('already_exists', `an artifact with this name already exists on the workflow run`);
    }
    const id = nextId++;
    const blobName = `${run}/${job}/${id}/${name}.zip`;
    const artifact: StoredArtifact = {
      id,
      name,
      runBackendId: run,
      jobBackendId: job,
      container: containerName,
      blobName,
      version,
      mimeType,
      expiresAt,
      createdAt: new Date(),
      finalized: false,
      size: undefined,
      hash: undefined,
    };
    store.push(artifact);
    artifacts.set(name, artifact);
    const url = `${container.getBlockBlobClient(blobName).url}?${sas(blobName, 'cw')}`;
    return { ok: true, signed_upload_url: url };
  }

  async function finalizeArtifact(b: Record<string, unknown>, run: string): Promise<unknown> {
    const name = artifactName(b);
    const size = int(b, 'size', true);
    if (size < 0) throw new TwirpError('invalid_argument', `size must not be negative, not ${size}`);
    const hash = field(b, 'hash') === undefined ? undefined : str(b, 'hash', true);
    if (hash !== undefined && !/^sha256:[0-9a-f]{64}$/.test(hash)) {
      throw new TwirpError('invalid_argument', `hash must be sha256:<64 hex digits>, not ${JSON.stringify(hash)}`);
    }
    const artifact = store.find((a) => a.runBackendId === run && a.name === name);
    if (!artifact) throw new TwirpError('not_found', `no artifact named ${JSON.stringify(name)} was created in this workflow run`);
    if (artifact.finalized) throw new TwirpError('failed_precondition', `artifact ${JSON.stringify(name)} is already finalized`);
    const blob = container.getBlobClient(artifact.blobName);
    let length: number;
    try {
      length = (await blob.getProperties()).contentLength ?? -1;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) {
        throw new TwirpError('failed_precondition', `nothing was uploaded for artifact ${JSON.stringify(name)}`);
      }
      throw err;
    }
    if (length !== size) throw new TwirpError('invalid_argument', `size ${size} does not match the uploaded ${length} bytes`);
    if (hash !== undefined && verifyHash) {
      const digest = createHash('sha256');
      const download = await blob.download();
      for await (const c of download.readableStreamBody ?? []) digest.update(c as Buffer);
      const actual = `sha256:${digest.digest('hex')}`;
      if (actual !== hash) throw new TwirpError('invalid_argument', `hash ${hash} does not match the uploaded content (${actual})`);
    }
    artifact.finalized = true;
    artifact.size = size;
    artifact.hash = hash;
    return { ok: true, artifact_id: String(artifact.id) };
  }

  function listArtifacts(b: Record<string, unknown>, run: string): unknown {
    const nameFilter = field(b, 'name_filter') === undefined ? undefined : str(b, 'name_filter', false);
    const idFilter = field(b, 'id_filter') === undefined ? undefined : int(b, 'id_filter', false);
    const list = store
      .filter((a) => a.runBackendId === run && a.finalized)
      .filter((a) => (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter))
      .map((a) => ({
        workflow_run_backend_id: a.runBackendId,
        workflow_job_run_backend_id: a.jobBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size ?? 0),
        created_at: a.createdAt.toISOString(),
        ...(a.hash ? { digest: a.hash } : {}),
      }));
    return { artifacts: list };
  }

  function finalized(b: Record<string, unknown>, run: string): StoredArtifact {
    const name = artifactName(b);
    const artifact = store.find((a) => a.runBackendId === run && a.name === name && a.finalized);
    if (!artifact) throw new TwirpError('not_found', `artifact ${JSON.stringify(name)} not found`);
    return artifact;
  }

  function signedUrl(b: Record<string, unknown>, run: string): unknown {
    const artifact = finalized(b, run);
    return { signed_url: `${container.getBlobClient(artifact.blobName).url}?${sas(artifact.blobName, 'r')}` };
  }

  async function deleteArtifact(b: Record<string, unknown>, run: string): Promise<unknown> {
    const artifact = finalized(b, run);
    await container.getBlobClient(artifact.blobName).deleteIfExists();
    store.splice(store.indexOf(artifact), 1);
    if (artifacts.get(artifact.name) === artifact) {
      const other = store.filter((a) => a.name === artifact.name).at(-1);
      if (other) artifacts.set(artifact.name, other);
      else artifacts.delete(artifact.name);
    }
    return { ok: true, artifact_id: String(artifact.id) };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    container: containerName,
    requests,
    artifacts,
    setFault: (f) => {
      fault = f;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Field access the way protojson reads a message: proto name or lowerCamel name.

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function field(b: Record<string, unknown>, name: string): unknown {
  const v = b[name] ?? b[camel(name)];
  return v === null ? undefined : v;
}

function str(b: Record<string, unknown>, name: string, required: boolean): string {
  const v = field(b, name);
  if (v === undefined || v === '') {
    if (required) throw new TwirpError('invalid_argument', `${name} is required`);
    return '';
  }
  if (typeof v !== 'string') throw new TwirpError('malformed', `${name} must be a string, not ${JSON.stringify(v)}`);
  return v;
}

/** An int32/int64 field: a JSON number or, as protojson writes int64, a decimal string. */
function int(b: Record<string, unknown>, name: string, required: boolean): number {
  const v = field(b, name);
  if (v === undefined) {
    if (required) throw new TwirpError('invalid_argument', `${name} is required`);
    return 0;
  }
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw new TwirpError('malformed', `${name} must be an integer, not ${JSON.stringify(v)}`);
  return n;
}

function artifactName(b: Record<string, unknown>): string {
  const name = str(b, 'name', true);
  const bad = FORBIDDEN_NAME_CHARS.filter((c) => name.includes(c));
  if (bad.length > 0)
    throw new TwirpError('invalid_argument', `name ${JSON.stringify(name)} contains ${bad.map((c) => JSON.stringify(c)).join(', ')}`);
  return name;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
