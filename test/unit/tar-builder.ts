// Tar archives for the extraction tests, written header by header so that entries can be as hostile
// as a real attacker's (node-tar's Pack would refuse or normalise some of them).
import { Header } from 'tar';

export interface Entry {
  path: string;
  type: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'CharacterDevice' | 'FIFO';
  linkpath?: string;
  body?: string | Buffer;
  /** Defaults to 0o755 for a directory, 0o644 otherwise. */
  mode?: number;
  /** A raw type flag written over the type's own (e.g. one no tar knows), with the checksum redone. */
  typeflag?: string;
}

const TYPEFLAG_OFFSET = 156;
const CHECKSUM_OFFSET = 148;

/** Puts another type flag in an encoded header and recomputes its checksum (the field counted as spaces). */
function retype(block: Buffer, flag: string): void {
  block.write(flag, TYPEFLAG_OFFSET, 1, 'latin1');
  block.fill(0x20, CHECKSUM_OFFSET, CHECKSUM_OFFSET + 8);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, CHECKSUM_OFFSET, 8, 'latin1');
}

export function makeTar(entries: readonly Entry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.isBuffer(e.body) ? e.body : Buffer.from(e.body ?? '');
    const header = new Header({
      path: e.path,
      type: e.type,
      linkpath: e.linkpath ?? '',
      size: e.type === 'File' ? data.length : 0,
      mode: e.mode ?? (e.type === 'Directory' ? 0o755 : 0o644),
      uid: 0,
      gid: 0,
      mtime: new Date(0),
    });
    const block = Buffer.alloc(512);
    // A pax header would be needed past ustar's limits: keep the test names within them.
    if (header.encode(block, 0)) throw new Error(`${e.path} needs a pax header; use a shorter name`);
    if (e.typeflag !== undefined) retype(block, e.typeflag);
    blocks.push(block);
    if (e.type === 'File' && data.length > 0) {
      blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
