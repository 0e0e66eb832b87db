// The one walk over a deps tree, for the commit builder and the manifest: both list the same entries
// in the same order, and each applies its own rules to them.
import type { Dirent } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { byCodeUnit } from '../common/text.js';

export interface TreeEntry {
  /** Relative to the tree, with forward slashes. */
  readonly rel: string;
  /** A regular file, a symbolic link (never followed), or anything else (a FIFO, a socket, a device). */
  readonly kind: 'file' | 'link' | 'other';
  /** A regular file with an execute bit set. */
  readonly executable: boolean;
}

/**
 * Every entry below `dir` but the directories, sorted by path so that listings are stable. `visit`
 * sees every path, directories included, before the walk goes into it; it may throw to refuse one.
 */
export async function walkTree(dir: string, visit?: (rel: string, name: string) => void): Promise<TreeEntry[]> {
  const out: TreeEntry[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const d of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === '' ? d.name : `${rel}/${d.name}`;
      visit?.(child, d.name);
      if (d.isDirectory()) await walk(child);
      else out.push(await entryOf(dir, child, d));
    }
  };
  await walk('');
  return out.sort((a, b) => byCodeUnit(a.rel, b.rel));
}

async function entryOf(dir: string, rel: string, d: Dirent): Promise<TreeEntry> {
  if (d.isSymbolicLink()) return { rel, kind: 'link', executable: false };
  if (!d.isFile()) return { rel, kind: 'other', executable: false };
  const { mode } = await fs.stat(path.join(dir, rel));
  return { rel, kind: 'file', executable: (mode & 0o111) !== 0 };
}
