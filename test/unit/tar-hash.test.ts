import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashEntry, isRegularFile, type FileDigest } from '../../src/effects/tar-hash.js';
import { tarballDigest } from '../../src/effects/tarball-digest.js';

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const BIG = Buffer.alloc(300_000, 'abc');
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-tarhash-'));
  const pkg = path.join(dir, 'pkg');
  await fs.mkdir(path.join(pkg, '.git/logs'), { recursive: true });
  await fs.writeFile(path.join(pkg, 'small.txt'), 'hello');
  await fs.writeFile(path.join(pkg, 'big.bin'), BIG);
  await fs.writeFile(path.join(pkg, '.git/index'), 'changes with every clone');
  await fs.writeFile(path.join(pkg, '.git/HEAD'), 'ref: refs/heads/main\n');
  await fs.symlink('small.txt', path.join(pkg, 'link'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function archive(name: string, mtime: Date): Promise<string> {
  const file = path.join(dir, name);
  await tar.c({ cwd: dir, file, portable: true, mtime }, ['pkg']);
  return file;
}

describe('isRegularFile', () => {
  it('is true for the three types that hold a file and no other', () => {
    expect(['File', 'OldFile', 'ContiguousFile'].every(isRegularFile)).toBe(true);
    expect(['Directory', 'SymbolicLink', 'Link', 'FIFO', 'CharacterDevice'].some(isRegularFile)).toBe(false);
  });
});

describe('hashEntry', () => {
  it("gives each file's size and SHA-256, however many chunks it came in", async () => {
    const seen = new Map<string, Promise<FileDigest>>();
    const parser = new tar.Parser({
      onReadEntry: (entry) => {
        if (isRegularFile(entry.type)) seen.set(entry.path, hashEntry(entry));
        else entry.resume();
      },
    });
    await pipeline(createReadStream(await archive('one.tar', new Date(0))), parser);
    expect(await seen.get('pkg/small.txt')).toEqual({ size: 5, sha256: sha('hello') });
    expect(await seen.get('pkg/big.bin')).toEqual({ size: BIG.length, sha256: sha(BIG) });
  });
});

describe('tarballDigest', () => {
  it('is the SHA-256 of the sorted member list, without the volatile git files', async () => {
    const members = [
      'pkg\tDirectory',
      'pkg/.git\tDirectory',
      'pkg/.git/HEAD\tfile\t' + sha('ref: refs/heads/main\n'),
      'pkg/big.bin\tfile\t' + sha(BIG),
      'pkg/link\tSymbolicLink\tsmall.txt',
      'pkg/small.txt\tfile\t' + sha('hello'),
    ].sort();
    const digest = await tarballDigest(createReadStream(await archive('two.tar', new Date(0))));
    expect(digest).toBe(sha(members.join('\n')));
  });

  it('does not depend on when the archive was made', async () => {
    const a = await tarballDigest(createReadStream(await archive('a.tar', new Date(0))));
    const b = await tarballDigest(createReadStream(await archive('b.tar', new Date(1_700_000_000_000))));
    expect(a).toBe(b);
  });
});
