// A tar stream (from `docker cp CONTAINER:/falco-deps -`) into a directory, refusing anything that
// could write outside it. The tree is written to a staging directory beside the target and renamed
// into place only when complete, so a failure never leaves a partial tree behind.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { MirrorError, quote } from '../common/errors.js';
import { hashEntry, isRegularFile, type FileDigest } from './tar-hash.js';

const ALLOWED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);

export interface ExtractOptions {
  /** The archive's top directory (docker cp names it after the copied directory). */
  readonly root: string;
  /** Settles when the process writing the stream has exited; its failure fails the extraction. */
  readonly producer?: Promise<void>;
}

/** Why an entry is refused, or undefined when it is safe. Pure, so it is tested on its own. */
export function unsafeEntry(entry: { path: string; type: string; linkpath?: string | undefined }, root: string): string | undefined {
  const name = entry.path;
  if (!ALLOWED_TYPES.has(entry.type)) return `${quote(name)} is a ${entry.type}; only files, directories and links are allowed`;
  if (name.includes('\0')) return `${quote(name)} contains a NUL byte`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `${quote(name)} is an absolute path`;
  const parts = name.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return `${quote(name)} contains ".."`;
  if (parts[0] !== root) return `${quote(name)} is outside the ${quote(root)} directory`;
  if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
    const target = entry.linkpath ?? '';
    if (target === '') return `link ${quote(name)} has no target`;
    if (target.startsWith('/') || /^[A-Za-z]:/.test(target)) return `link ${quote(name)} points to the absolute path ${quote(target)}`;
    // A symbolic link resolves from its own directory; a hard link names a member of the archive.
    const base = entry.type === 'SymbolicLink' ? parts.slice(0, -1) : [];
    const resolved: string[] = [...base];
    for (const part of target.split(/[\\/]+/)) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (resolved.length === 0) return `link ${quote(name)} points outside the tree (${quote(target)})`;
        resolved.pop();
      } else resolved.push(part);
    }
    if (resolved[0] !== root || resolved.length < 2) return `link ${quote(name)} points outside the tree (${quote(target)})`;
  }
  return undefined;
}

/**
 * Extracts `source` into `dest` (which must not exist or be empty). Resolves, when every entry is on
 * disk, with the digest of each regular file by its path in the tree, hashed as the bytes went by;
 * on any failure, removes what it wrote and rejects with a MirrorError.
 */
export async function extractTree(source: Readable, dest: string, options: ExtractOptions): Promise<ReadonlyMap<string, FileDigest>> {
  // Handled below with allSettled; this keeps an early rejection from counting as unhandled.
  options.producer?.catch(() => undefined);
  await fs.mkdir(path.dirname(dest), { recursive: true });
  const staging = `${dest}.partial-${randomBytes(4).toString('hex')}`;
  await fs.mkdir(staging);
  let refused: string | undefined;
  try {
    const unpack = tar.x({
      cwd: staging,
      strip: 1,
      // Any write error (ENOSPC, EACCES) fails the whole extraction instead of skipping a file.
      strict: true,
      preserveOwner: false,
      filter: (_p, entry) => {
        if (refused !== undefined) return false;
        const e = entry as unknown as { path: string; type: string; linkpath?: string };
        refused = unsafeEntry(e, options.root);
        if (refused !== undefined) {
          source.destroy(new MirrorError('Invalid', `Refused to extract the deps tree: ${refused}.`));
          return false;
        }
        return true;
      },
    });
    const digests = new Map<string, FileDigest>();
    const tee = hashingTee(digests);
    // Wait for both sides: a truncated stream can still look like a complete archive.
    const [piped, produced] = await Promise.allSettled([pipeline(source, tee, unpack), options.producer ?? Promise.resolve()]);
    if (produced.status === 'rejected' && refused === undefined) throw produced.reason;
    if (piped.status === 'rejected') throw piped.reason;
    if (refused !== undefined) throw new MirrorError('Invalid', `Refused to extract the deps tree: ${refused}.`);
    await fs.rmdir(dest).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    });
    await fs.rename(staging, dest);
    return digests;
  } catch (err) {
    // tar may still be writing when the error arrives: stop the input, then remove with retries
    // (ENOTEMPTY while the last files land), so that no partial tree is left behind.
    source.destroy();
    await fs.rm(staging, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }).catch(() => undefined);
    const leftBehind = await fs.stat(staging).then(
      () => ` A partial copy is left in ${staging}; remove it.`,
      () => '',
    );
    if (err instanceof MirrorError) {
      if (leftBehind) throw new MirrorError(err.reason, `${err.detail}${leftBehind}`, { cause: err });
      throw err;
    }
    if (refused !== undefined) throw new MirrorError('Invalid', `Refused to extract the deps tree: ${refused}.`, { cause: err });
    // Not necessarily an Error: whatever was thrown, without a message of its own, is shown as a string.
    const e = err as Partial<NodeJS.ErrnoException>;
    const what = e.code === 'ENOSPC' ? 'the disk is full' : (e.message ?? String(err));
    const detail = `Could not write the deps tree to ${dest}: ${what}.${leftBehind || ' Nothing was left behind.'}`;
    throw new MirrorError('InternalError', detail, { cause: err });
  }
}

/**
 * Passes the archive's bytes through unchanged while a second parser hashes each regular file into
 * `digests` (by its path in the tree), so the manifest needs no second pass over the tree.
 */
function hashingTee(digests: Map<string, FileDigest>): Transform {
  const hasher = new tar.Parser({
    onReadEntry: (entry) => {
      if (!isRegularFile(entry.type)) {
        entry.resume();
        return;
      }
      const rel = entry.path
        .split('/')
        .filter((p) => p !== '' && p !== '.')
        .slice(1)
        .join('/');
      void hashEntry(entry).then((digest) => digests.set(rel, digest));
    },
  });
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hasher.write(chunk);
      done(null, chunk);
    },
    flush(done) {
      hasher.end();
      done();
    },
  });
}
