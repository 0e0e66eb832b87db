// How both tar readers (the extraction's and the tarball digest's) take in a regular member: the
// same entry types, and the same hash over the bytes as they stream past.
import { createHash } from 'node:crypto';
import type { ReadEntry } from 'tar';

/** A regular file's size and SHA-256, computed as it streamed past (no second read from disk). */
export interface FileDigest {
  readonly size: number;
  readonly sha256: string;
}

/** Whether a tar entry type holds a regular file's content. */
export function isRegularFile(type: string): boolean {
  return type === 'File' || type === 'OldFile' || type === 'ContiguousFile';
}

/** Hashes the entry's bytes as the parser passes them on; settles at the entry's end. */
export function hashEntry(entry: ReadEntry): Promise<FileDigest> {
  const hash = createHash('sha256');
  let size = 0;
  entry.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  return new Promise((resolve) => {
    entry.on('end', () => resolve({ size, sha256: hash.digest('hex') }));
  });
}
