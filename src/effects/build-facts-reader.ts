// Copies the facts the build left for the SBOM (build-facts.ts describes them) out of an image's container,
// as the tree is copied, and reads them as text. A custom Dockerfile may leave none: that is no failure,
// the SBOM is then partial. Each file and the whole are bounded, since an image is not to be trusted to be small.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MirrorError } from '../common/errors.js';
import { FACTS_DIR_IN_IMAGE } from '../planning/build-facts.js';
import type { Engine } from './engine.js';
import { extractTree } from './extract.js';
import { walkTree } from './tree-walk.js';

const MAX_FILE_BYTES = 1024 * 1024;
const MAX_TOTAL_BYTES = 16 * 1024 * 1024;

/** Every file of the image's facts directory by its relative path; empty when the build left none. */
export async function readBuildFacts(engine: Engine, container: string, dir: string): Promise<Map<string, string>> {
  const { stream, done } = engine.copyOut(container, FACTS_DIR_IN_IMAGE);
  try {
    await extractTree(stream, dir, { root: path.posix.basename(FACTS_DIR_IN_IMAGE), producer: done });
  } catch (err) {
    if (err instanceof MirrorError && err.reason === 'NotFound') return new Map();
    throw err;
  }
  const files = new Map<string, string>();
  let total = 0;
  for (const entry of await walkTree(dir)) {
    if (entry.kind !== 'file') continue;
    const full = path.join(dir, entry.rel);
    const { size } = await fs.stat(full);
    if (size > MAX_FILE_BYTES || total + size > MAX_TOTAL_BYTES) continue;
    total += size;
    files.set(entry.rel, await fs.readFile(full, 'utf8'));
  }
  return files;
}
