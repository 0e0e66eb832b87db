// A real Azure Blob Storage emulator for tests: Azurite's blob service (the `azurite` devDependency),
// run as a child process on 127.0.0.1 with a port the kernel picks, in memory unless a location is
// given. It serves the well-known development account, so the real @azure/storage-blob client (the
// one inside @actions/artifact) uploads to it exactly as it does to Azure.
//
// It never skips: if Azurite is missing or does not come up, startAzurite rejects with what it printed.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';

/**
 * Azurite's well-known development account (https://learn.microsoft.com/azure/storage/common/storage-use-azurite),
 * the key exactly as Azurite has it (EMULATOR_ACCOUNT_KEY in azurite/dist/src/common/utils/constants.js).
 */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** The Azurite entry point from node_modules (what node_modules/.bin/azurite-blob links to). */
export const AZURITE_BLOB_MAIN = path.resolve(import.meta.dirname, '../../node_modules/azurite/dist/src/blob/main.js');

export interface AzuriteOptions {
  /** Keep blobs and metadata in this (existing) directory instead of in memory. */
  location?: string;
  /** In-memory mode only: cap on blob data in MB (Azurite's default is half the RAM). */
  extentMemoryLimitMb?: number;
  /** How long to wait for Azurite to listen; default 30 s. */
  startTimeoutMs?: number;
}

export interface Azurite {
  /** http://127.0.0.1:PORT/devstoreaccount1, no trailing slash: the account's blob endpoint. */
  blobUrl: string;
  port: number;
  /** A connection string for BlobServiceClient.fromConnectionString (shared-key auth, http). */
  connectionString: string;
  /** The whole content of a blob. Rejects (RestError 404) when the container or blob does not exist. */
  download(container: string, blobName: string): Promise<Buffer>;
  /** Everything Azurite printed so far (stdout and stderr), for diagnostics. */
  output(): string;
  /** Kills Azurite (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. Idempotent. */
  close(): Promise<void>;
}

const LISTENING = /successfully listens on (https?:\/\/[^\s]+)/;

export async function startAzurite(opts: AzuriteOptions = {}): Promise<Azurite> {
  if (!fs.existsSync(AZURITE_BLOB_MAIN)) {
    throw new Error(`Azurite is not installed: ${AZURITE_BLOB_MAIN} is missing (run npm ci; azurite is a devDependency).`);
  }
  const args = [
    AZURITE_BLOB_MAIN,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--skipApiVersionCheck',
    '--loose',
    '--silent',
    '--disableTelemetry',
  ];
  if (opts.location) {
    if (!fs.statSync(opts.location, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`Azurite cannot start: its location ${opts.location} is not an existing directory.`);
    }
    args.push('--location', opts.location);
  } else {
    args.push('--inMemoryPersistence');
    if (opts.extentMemoryLimitMb !== undefined) args.push('--extentMemoryLimit', String(opts.extentMemoryLimitMb));
  }
  // Azurite may write files into its cwd: give it one of its own so nothing lands in the repository.
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-azurite-'));
  // A clean environment: an AZURITE_ACCOUNTS of the caller's would replace the well-known account.
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve()); // never spawned: there is nothing to wait for
  });

  // If this process ends without close() (a crash, a forgotten close), Azurite must not outlive it.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  let closed = false;
  const close = async (): Promise<void> => {
    if (!closed) {
      closed = true;
      process.off('exit', killOnExit);
      await stop(child, exited);
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  };

  let port: number;
  try {
    port = await waitForPort(child, () => out, opts.startTimeoutMs ?? 30_000);
    await waitForConnect(port, 10_000);
  } catch (err) {
    await close();
    throw new Error(
      `Azurite (${AZURITE_BLOB_MAIN}) did not start: ${err instanceof Error ? err.message : String(err)}\n--- its output ---\n${out.trim()}`,
      {
        cause: err,
      },
    );
  }

  const blobUrl = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${blobUrl};`;
  const service = BlobServiceClient.fromConnectionString(connectionString);
  return {
    blobUrl,
    port,
    connectionString,
    download: (container, blobName) => service.getContainerClient(container).getBlobClient(blobName).downloadToBuffer(),
    output: () => out,
    close,
  };
}

function waitForPort(child: ChildProcess, output: () => string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | undefined, port?: number): void => {
      clearTimeout(timer);
      clearInterval(poll);
      child.off('exit', onExit);
      child.off('error', onError);
      if (err) reject(err);
      else resolve(port ?? 0);
    };
    const check = (): void => {
      const m = LISTENING.exec(output());
      if (m?.[1]) {
        const port = Number(new URL(m[1]).port);
        if (port > 0) done(undefined, port);
        else done(new Error(`it reported an unusable address ${m[1]}`));
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      check();
      done(new Error(`it exited (${signal ?? `code ${code}`}) before listening`));
    };
    const onError = (err: Error): void => done(err);
    const timer = setTimeout(() => done(new Error(`it was not listening after ${timeoutMs} ms`)), timeoutMs);
    const poll = setInterval(check, 50);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

async function waitForConnect(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`127.0.0.1:${port} refused connections for ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}
