// What a tarball holds, independent of when it was made: each member's type and content (or link
// target). A rebuild never gives a byte-identical grpc.tar.gz or *-kept.tar.gz (times in the tar headers
// and gzip, and git's index and reflogs of a clone), so the mirror compares them by this digest instead.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parser, type ReadEntry } from 'tar';
import { hashEntry, isRegularFile } from './tar-hash.js';

/** Git files that differ between two clones of the same commit: the index and the reflogs. */
export const VOLATILE_GIT_FILE = /(^|\/)\.git\/(modules\/.+\/)?(index|logs(\/.*)?)$/;

/** One digest for the whole member list, so two tarballs compare with one string. */
export async function tarballDigest(stream: Readable): Promise<string> {
  const members: string[] = [];
  const pending: Array<Promise<void>> = [];
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      const name = entry.path.replace(/^\.\//, '').replace(/\/+$/, '');
      if (VOLATILE_GIT_FILE.test(name)) {
        entry.resume();
        return;
      }
      if (isRegularFile(entry.type)) {
        pending.push(hashEntry(entry).then(({ sha256 }) => void members.push(`${name}\tfile\t${sha256}`)));
        return;
      }
      const what = entry.type === 'SymbolicLink' || entry.type === 'Link' ? `${entry.type}\t${entry.linkpath ?? ''}` : entry.type;
      members.push(`${name}\t${what}`);
      entry.resume();
    },
  });
  await pipeline(stream, parser);
  await Promise.all(pending);
  members.sort();
  return createHash('sha256').update(members.join('\n')).digest('hex');
}
