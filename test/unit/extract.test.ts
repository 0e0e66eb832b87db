import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import { extractTree, unsafeEntry } from '../../src/effects/extract.js';
import { buildManifest } from '../../src/effects/manifest.js';
import { createHash, randomBytes } from 'node:crypto';
import { makeTar, type Entry } from './tar-builder.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-extract-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
function freshDir(): { parent: string; dest: string } {
  const parent = path.join(tmp, `case-${n++}`);
  fs.mkdirSync(parent);
  return { parent, dest: path.join(parent, 'out', 'falco-deps') };
}

const base: Entry[] = [
  { path: 'falco-deps/', type: 'Directory' },
  { path: 'falco-deps/b64-prefix/', type: 'Directory' },
  { path: 'falco-deps/b64-prefix/src/', type: 'Directory' },
  { path: 'falco-deps/b64-prefix/src/v1.4.1.tar.gz', type: 'File', body: 'tarball' },
];

describe('extractTree', () => {
  it('hashes every file as it streams past, matching the bytes on disk and a manifest read from disk', async () => {
    const { dest } = freshDir();
    const big = randomBytes(3 * 1024 * 1024 + 17).toString('latin1');
    const archive = makeTar([
      ...base,
      { path: 'falco-deps/grpc.tar.gz', type: 'File', body: big },
      { path: 'falco-deps/empty.tar.gz', type: 'File', body: '' },
      { path: 'falco-deps/link.tar.gz', type: 'SymbolicLink', linkpath: 'b64-prefix/src/v1.4.1.tar.gz' },
    ]);
    // Small chunks, as a pipe delivers them.
    const chunks: Buffer[] = [];
    for (let i = 0; i < archive.length; i += 65_536) chunks.push(archive.subarray(i, i + 65_536));
    const digests = await extractTree(Readable.from(chunks), dest, { root: 'falco-deps' });
    const sha = (f: string): string =>
      createHash('sha256')
        .update(fs.readFileSync(path.join(dest, f)))
        .digest('hex');
    expect([...digests.keys()].sort()).toEqual(['b64-prefix/src/v1.4.1.tar.gz', 'empty.tar.gz', 'grpc.tar.gz']);
    for (const [rel, d] of digests) {
      expect(d.sha256, rel).toBe(sha(rel));
      expect(d.size, rel).toBe(fs.statSync(path.join(dest, rel)).size);
    }
    // The manifest built from those digests is the one a full read of the tree gives (links included).
    expect(await buildManifest(dest, digests)).toEqual(await buildManifest(dest));
  });

  it('extracts files, directories and links that stay inside the tree', async () => {
    const { dest, parent } = freshDir();
    const archive = makeTar([
      ...base,
      { path: 'falco-deps/grpc.tar.gz', type: 'File', body: 'grpc' },
      { path: 'falco-deps/b64-prefix/src/latest.tar.gz', type: 'SymbolicLink', linkpath: 'v1.4.1.tar.gz' },
      { path: 'falco-deps/copy.tar.gz', type: 'Link', linkpath: 'falco-deps/grpc.tar.gz' },
    ]);
    await extractTree(Readable.from([archive]), dest, { root: 'falco-deps' });
    expect(fs.readFileSync(path.join(dest, 'b64-prefix/src/v1.4.1.tar.gz'), 'utf8')).toBe('tarball');
    expect(fs.readlinkSync(path.join(dest, 'b64-prefix/src/latest.tar.gz'))).toBe('v1.4.1.tar.gz');
    expect(fs.readFileSync(path.join(dest, 'copy.tar.gz'), 'utf8')).toBe('grpc');
    expect(fs.readdirSync(path.join(parent, 'out'))).toEqual(['falco-deps']);
  });

  const hostile: Array<[string, Entry, RegExp]> = [
    ['an absolute path', { path: '/etc/cron.d/evil', type: 'File', body: 'x' }, /absolute path/],
    ['a .. path', { path: 'falco-deps/../../escape.txt', type: 'File', body: 'x' }, /contains "\.\."/],
    ['a path outside the root', { path: 'other/file', type: 'File', body: 'x' }, /outside the "falco-deps" directory/],
    ['a symlink to an absolute path', { path: 'falco-deps/evil', type: 'SymbolicLink', linkpath: '/etc/passwd' }, /absolute path/],
    ['a symlink climbing out', { path: 'falco-deps/a/evil', type: 'SymbolicLink', linkpath: '../../../escape' }, /points outside the tree/],
    ['a symlink to the tree root parent', { path: 'falco-deps/evil', type: 'SymbolicLink', linkpath: '..' }, /points outside the tree/],
    [
      'a hard link out of the tree',
      { path: 'falco-deps/evil', type: 'Link', linkpath: 'falco-deps/../../escape' },
      /points outside the tree/,
    ],
    ['a hard link to an absolute path', { path: 'falco-deps/evil', type: 'Link', linkpath: '/etc/shadow' }, /absolute path/],
    ['a character device', { path: 'falco-deps/null', type: 'CharacterDevice' }, /CharacterDevice/],
    ['a FIFO', { path: 'falco-deps/pipe', type: 'FIFO' }, /FIFO/],
  ];
  for (const [label, entry, message] of hostile) {
    it(`refuses ${label} and leaves nothing behind`, async () => {
      const { dest, parent } = freshDir();
      // The hostile entry comes after good ones: what was already written must be removed too.
      const archive = makeTar([...base, entry, { path: 'falco-deps/after.tar.gz', type: 'File', body: 'late' }]);
      const err = await extractTree(Readable.from([archive]), dest, { root: 'falco-deps' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(MirrorError);
      expect((err as MirrorError).reason).toBe('Invalid');
      expect((err as MirrorError).message).toMatch(/^Refused to extract the deps tree: /);
      expect((err as MirrorError).message).toMatch(message);
      expect(fs.existsSync(dest)).toBe(false);
      expect(fs.readdirSync(path.join(parent, 'out'))).toEqual([]);
      expect(fs.existsSync(path.join(parent, 'escape.txt'))).toBe(false);
      expect(fs.existsSync(path.join(tmp, 'escape'))).toBe(false);
    });
  }

  it('extracts 20,000 entries, one at a time, and hashes each', { timeout: 120_000 }, async () => {
    const { dest } = freshDir();
    const entries: Entry[] = [{ path: 'falco-deps/', type: 'Directory' }];
    for (let d = 0; d < 100; d++) {
      entries.push({ path: `falco-deps/d${d}/`, type: 'Directory' });
      for (let f = 0; f < 199; f++) entries.push({ path: `falco-deps/d${d}/f${f}`, type: 'File', body: f % 2 ? '' : `${d}/${f}` });
    }
    const archive = makeTar(entries);
    const chunks: Buffer[] = [];
    for (let i = 0; i < archive.length; i += 65_536) chunks.push(archive.subarray(i, i + 65_536));
    const digests = await extractTree(Readable.from(chunks), dest, { root: 'falco-deps' });
    expect(digests.size).toBe(19_900);
    expect(fs.readdirSync(dest)).toHaveLength(100);
    expect(fs.readFileSync(path.join(dest, 'd99/f198'), 'utf8')).toBe('99/198');
    expect(digests.get('d99/f198')?.sha256).toBe(createHash('sha256').update('99/198').digest('hex'));
  });

  it('fails, leaving nothing, when the producer fails after a complete-looking stream', async () => {
    const { dest, parent } = freshDir();
    const producer = Promise.reject(new MirrorError('InternalError', 'docker cp failed: boom'));
    const err = await extractTree(Readable.from([makeTar(base)]), dest, { root: 'falco-deps', producer }).catch((e: unknown) => e);
    expect((err as MirrorError).message).toMatch(/docker cp failed: boom/);
    expect(fs.readdirSync(path.join(parent, 'out'))).toEqual([]);
  });

  it('fails, leaving nothing, on a truncated archive', async () => {
    const { dest, parent } = freshDir();
    const archive = makeTar([...base, { path: 'falco-deps/big', type: 'File', body: 'y'.repeat(5000) }]);
    const err = await extractTree(Readable.from([archive.subarray(0, 2048)]), dest, { root: 'falco-deps' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MirrorError);
    expect(fs.readdirSync(path.join(parent, 'out'))).toEqual([]);
  });
});

describe('unsafeEntry', () => {
  it('accepts the root directory itself and nested links that stay inside', () => {
    expect(unsafeEntry({ path: 'falco-deps/', type: 'Directory' }, 'falco-deps')).toBeUndefined();
    expect(unsafeEntry({ path: 'falco-deps/a/b/l', type: 'SymbolicLink', linkpath: '../../c' }, 'falco-deps')).toBeUndefined();
  });
  it('refuses a symlink that resolves to the tree root itself (a loop)', () => {
    expect(unsafeEntry({ path: 'falco-deps/a/l', type: 'SymbolicLink', linkpath: '..' }, 'falco-deps')).toMatch(/outside/);
  });
});
