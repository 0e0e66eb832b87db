// The manifest: every file of the tree with its size and SHA-256, written as a `sha256sum`-compatible
// SHA256SUMS file outside the tree (the tree must stay exactly what Falco's build dir expects).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { walkTree } from './tree-walk.js';

export interface ManifestEntry {
  /** Relative to the tree, with forward slashes. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface Manifest {
  readonly entries: readonly ManifestEntry[];
  readonly fileCount: number;
  readonly totalBytes: number;
  /** SHA-256 of the SHA256SUMS text: one value that names the whole tree. */
  readonly digest: string;
  readonly text: string;
}

/** The manifest's conventional place: beside the tree, named after it. */
export function manifestPathFor(treeDir: string): string {
  return `${treeDir.replace(/[\\/]+$/, '')}.SHA256SUMS`;
}

/**
 * The manifest of what is on disk. `known` holds digests taken while the files were written (see
 * extractTree); a regular file found there with the same size is not read again, anything else is.
 */
export async function buildManifest(
  treeDir: string,
  known: ReadonlyMap<string, { size: number; sha256: string }> = new Map(),
): Promise<Manifest> {
  // Regular files and links; a FIFO, socket or device is not content and is left out.
  const files = (await walkTree(treeDir)).filter((e) => e.kind !== 'other');
  const entries: ManifestEntry[] = [];
  for (const { rel } of files) {
    const full = path.join(treeDir, rel);
    const st = await fs.lstat(full);
    const seen = known.get(rel);
    if (st.isFile() && seen?.size === st.size) {
      entries.push({ path: rel, size: st.size, sha256: seen.sha256 });
      continue;
    }
    const hash = createHash('sha256');
    await pipeline(createReadStream(full), hash);
    const { size } = await fs.stat(full);
    entries.push({ path: rel, size, sha256: hash.digest('hex') });
  }
  const text = entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
  return {
    entries,
    fileCount: entries.length,
    totalBytes: entries.reduce((sum, e) => sum + e.size, 0),
    digest: createHash('sha256').update(text).digest('hex'),
    text,
  };
}

export async function writeManifest(manifest: Manifest, file: string): Promise<void> {
  const tmp = `${file}.tmp`;
  await fs.writeFile(tmp, manifest.text);
  await fs.rename(tmp, file);
}
