// The manifest: every regular file of the tree with its size and SHA-256, written as a
// `sha256sum`-compatible SHA256SUMS file outside the tree (the tree must stay exactly what Falco's build
// dir expects), and every symbolic link as a link: its target text, never what it points to.
import { createHash, randomBytes } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { walkTree } from './tree-walk.js';

/** A regular file: its bytes' size and SHA-256. */
export interface FileEntry {
  readonly kind: 'file';
  /** Relative to the tree, with forward slashes. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

/** A symbolic link, hashed as git stores it: its target text (size and SHA-256 are the text's). */
export interface LinkEntry {
  readonly kind: 'link';
  readonly path: string;
  readonly target: string;
  readonly size: number;
  readonly sha256: string;
}

export type ManifestEntry = FileEntry | LinkEntry;

export interface Manifest {
  /** Files and links, sorted by path. */
  readonly entries: readonly ManifestEntry[];
  /** Regular files only (the outputs file-count and total-bytes): a link holds no content of its own. */
  readonly fileCount: number;
  readonly totalBytes: number;
  /**
   * One value that names the whole tree, links included: the SHA-256 of `text` followed by one line
   * `symlink <sha256 of the target>  <path>` per link. Without links it is the SHA-256 of SHA256SUMS.
   */
  readonly digest: string;
  /**
   * The SHA256SUMS text: regular files only, so `sha256sum -c` passes in a clone of the mirror (it
   * follows links, and a link's line would name its target text, not the bytes it reads).
   */
  readonly text: string;
}

/** The manifest's conventional place: beside the tree, named after it. */
export function manifestPathFor(treeDir: string): string {
  return `${treeDir.replace(/[\\/]+$/, '')}.SHA256SUMS`;
}

/** The SHA-256 of a file's bytes, read as a stream. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * The manifest of what is on disk. `known` holds digests taken while the files were written (see
 * extractTree); a regular file found there with the same size is not read again, anything else is.
 * Nothing is ever read or stat'ed through a link.
 */
export async function buildManifest(
  treeDir: string,
  known: ReadonlyMap<string, { size: number; sha256: string }> = new Map(),
): Promise<Manifest> {
  const entries: ManifestEntry[] = [];
  // A FIFO, socket or device is not content and is left out.
  for (const { rel, kind } of await walkTree(treeDir)) {
    const full = path.join(treeDir, rel);
    if (kind === 'link') entries.push(await linkEntry(full, rel));
    else if (kind === 'file') entries.push(await fileEntry(full, rel, known.get(rel)));
  }
  const files = entries.filter((e) => e.kind === 'file');
  const text = files.map((e) => `${e.sha256}  ${e.path}\n`).join('');
  const links = entries.filter((e) => e.kind === 'link').map((e) => `symlink ${e.sha256}  ${e.path}\n`);
  return {
    entries,
    fileCount: files.length,
    totalBytes: files.reduce((sum, e) => sum + e.size, 0),
    digest: createHash('sha256')
      .update(text + links.join(''))
      .digest('hex'),
    text,
  };
}

async function linkEntry(full: string, rel: string): Promise<LinkEntry> {
  // The raw bytes: a target that is not UTF-8 is hashed as it is on disk (and as git stores it).
  const target = await fs.readlink(full, { encoding: 'buffer' });
  const sha256 = createHash('sha256').update(target).digest('hex');
  return { kind: 'link', path: rel, target: target.toString('utf8'), size: target.length, sha256 };
}

async function fileEntry(full: string, rel: string, seen: { size: number; sha256: string } | undefined): Promise<FileEntry> {
  if (seen !== undefined) {
    const st = await fs.lstat(full);
    if (st.isFile() && st.size === seen.size) return { kind: 'file', path: rel, size: seen.size, sha256: seen.sha256 };
  }
  // O_NOFOLLOW: should the path have become a link since the walk, the open fails instead of reading through it.
  const handle = await fs.open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new Error(`${rel} is no longer a regular file`);
    const hash = createHash('sha256');
    await pipeline(handle.createReadStream({ autoClose: false }), hash);
    return { kind: 'file', path: rel, size: st.size, sha256: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

/**
 * Writes the manifest through a temporary file of a random name, created exclusively ('wx': O_EXCL
 * never follows or reuses an existing path, a planted link included), then renamed over `file`
 * (rename replaces a link at `file` itself, never its target).
 */
export async function writeManifest(manifest: Manifest, file: string): Promise<void> {
  await writeFileSafely(file, manifest.text);
}

/** Writes `text` to `file` the way the manifest is written (the SBOM beside it too). */
export async function writeFileSafely(file: string, text: string): Promise<void> {
  const tmp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  let created = false;
  try {
    const handle = await fs.open(tmp, 'wx');
    created = true;
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    // Only a file this call created is removed (after a rename there is none left).
    if (created) await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
