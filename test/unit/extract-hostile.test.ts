// extractTree against archives built to escape or to mislead: chains of links that leave the tree
// though each stays inside as text, files written through a link, links to devices, setuid bits,
// hard links over files, and names that node-tar's extractor got wrong. Each case asserts what a user
// would check: the error, what is on disk (inside and outside the tree), and the digests returned.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import { extractTree } from '../../src/effects/extract.js';
import type { FileDigest } from '../../src/effects/tar-hash.js';
import { makeTar, type Entry } from './tar-builder.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-extract-hostile-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** A case's directory: the tree goes to out/falco-deps, and out/sentinel.txt is a file outside it. */
function freshCase(): { out: string; dest: string; sentinel: string } {
  const out = path.join(tmp, `case-${n++}`, 'out');
  fs.mkdirSync(out, { recursive: true });
  const sentinel = path.join(out, 'sentinel.txt');
  fs.writeFileSync(sentinel, 'untouched');
  return { out, dest: path.join(out, 'falco-deps'), sentinel };
}

const extract = (entries: Entry[], dest: string): Promise<ReadonlyMap<string, FileDigest>> =>
  extractTree(Readable.from([makeTar(entries)]), dest, { root: 'falco-deps' });

/** The refusal, after checking that nothing of the tree is left and nothing outside it was touched. */
async function refused(entries: Entry[]): Promise<string> {
  const { out, dest, sentinel } = freshCase();
  const err = await extract(entries, dest).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MirrorError);
  expect((err as MirrorError).reason).toBe('Invalid');
  // No tree, no staging directory: only the sentinel, as it was.
  expect(fs.readdirSync(out)).toEqual(['sentinel.txt']);
  expect(fs.readFileSync(sentinel, 'utf8')).toBe('untouched');
  return (err as MirrorError).message;
}

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Every file, directory and link under `dir` with what a user sees of it (content, link text); links are not followed. */
function listing(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel))
    .sort()
    .flatMap((name) => {
      const child = rel === '' ? name : `${rel}/${name}`;
      const full = path.join(dir, child);
      const st = fs.lstatSync(full);
      if (st.isSymbolicLink()) return [`${child} -> ${fs.readlinkSync(full)}`];
      if (st.isDirectory()) return [`${child}/`, ...listing(dir, child)];
      return [`${child} = ${fs.readFileSync(full, 'utf8')}`];
    });
}

// falco-deps/d/d/.../d (20 levels), and q beside it at the top of the tree.
const DEEP = `falco-deps/${'d/'.repeat(20)}`;
const deepDirs: Entry[] = [
  { path: 'falco-deps/', type: 'Directory' },
  { path: 'falco-deps/q/', type: 'Directory' },
  ...Array.from({ length: 20 }, (_, i): Entry => ({ path: `falco-deps/${'d/'.repeat(i + 1)}`, type: 'Directory' })),
];
// s climbs the 20 levels to falco-deps/q: inside as text. Links below go through s, then climb again:
// as text from DEEP they stay inside, but through s they start from q, near the top.
const hop: Entry = { path: `${DEEP}s`, type: 'SymbolicLink', linkpath: `${'../'.repeat(20)}q` };

describe('extractTree: links resolved through each other', () => {
  it('refuses a chain of links that reaches /etc/passwd though each link stays inside as text', async () => {
    const chain: Entry = { path: `${DEEP}t`, type: 'SymbolicLink', linkpath: `s/${'../'.repeat(20)}etc/passwd` };
    const message = await refused([...deepDirs, hop, chain, { path: 'falco-deps/after.tar.gz', type: 'File', body: 'late' }]);
    expect(message).toMatch(/^Refused to extract the deps tree: link /);
    expect(message).toContain(`"${DEEP}t" points outside the tree`);
    expect(message).toContain(`through the link "${DEEP}s"`);
  });

  it('refuses the chain when the link it goes through comes later in the archive', async () => {
    const chain: Entry = { path: `${DEEP}t`, type: 'SymbolicLink', linkpath: `s/${'../'.repeat(20)}etc/passwd` };
    const message = await refused([...deepDirs, chain, hop]);
    expect(message).toContain(`"${DEEP}t" points outside the tree`);
  });

  it('refuses a link to /dev/zero, absolute or through a chain, that sorts before every file', async () => {
    expect(await refused([...deepDirs, { path: 'falco-deps/0', type: 'SymbolicLink', linkpath: '/dev/zero' }])).toMatch(
      /link "falco-deps\/0" points to the absolute path "\/dev\/zero"/,
    );
    const viaChain: Entry = { path: `${DEEP}0`, type: 'SymbolicLink', linkpath: `s/${'../'.repeat(20)}dev/zero` };
    expect(await refused([...deepDirs, hop, viaChain])).toContain(`"${DEEP}0" points outside the tree`);
  });

  it('refuses a file written through a link to a directory, even one inside the tree', async () => {
    const message = await refused([
      { path: 'falco-deps/', type: 'Directory' },
      { path: 'falco-deps/real/', type: 'Directory' },
      { path: 'falco-deps/alias', type: 'SymbolicLink', linkpath: 'real' },
      { path: 'falco-deps/alias/x.tar.gz', type: 'File', body: 'x' },
    ]);
    expect(message).toMatch(/"falco-deps\/alias\/x\.tar\.gz" would be written through the link "falco-deps\/alias"/);
  });

  it('writes nothing outside through a chain that leads to the directory above the tree', async () => {
    // u -> s/../.. is falco-deps/d/.../d as text, but out/ (where the sentinel is) for the kernel.
    const up: Entry = { path: `${DEEP}u`, type: 'SymbolicLink', linkpath: 's/../..' };
    const message = await refused([...deepDirs, hop, up, { path: `${DEEP}u/sentinel.txt`, type: 'File', body: 'overwritten' }]);
    expect(message).toContain(`would be written through the link "${DEEP}u"`);
  });

  it('refuses links that loop, however long the loop', async () => {
    expect(await refused([{ path: 'falco-deps/self', type: 'SymbolicLink', linkpath: 'self' }])).toMatch(/more than 40 links/);
    expect(
      await refused([
        { path: 'falco-deps/a', type: 'SymbolicLink', linkpath: 'b' },
        { path: 'falco-deps/b', type: 'SymbolicLink', linkpath: 'a' },
      ]),
    ).toMatch(/more than 40 links/);
  });

  it('keeps links that stay inside as links: to a folder, through another link, and dangling', async () => {
    const { dest } = freshCase();
    const digests = await extract(
      [
        { path: 'falco-deps/', type: 'Directory' },
        { path: 'falco-deps/b64-prefix/', type: 'Directory' },
        { path: 'falco-deps/b64-prefix/src/', type: 'Directory' },
        { path: 'falco-deps/b64-prefix/src/v1.tar.gz', type: 'File', body: 'b64' },
        { path: 'falco-deps/latest', type: 'SymbolicLink', linkpath: 'b64-prefix' },
        { path: 'falco-deps/b64-prefix/src/current.tar.gz', type: 'SymbolicLink', linkpath: '../../latest/src/v1.tar.gz' },
        { path: 'falco-deps/b64-prefix/src/missing.tar.gz', type: 'SymbolicLink', linkpath: 'not-built.tar.gz' },
      ],
      dest,
    );
    expect(listing(dest)).toEqual([
      'b64-prefix/',
      'b64-prefix/src/',
      'b64-prefix/src/current.tar.gz -> ../../latest/src/v1.tar.gz',
      'b64-prefix/src/missing.tar.gz -> not-built.tar.gz',
      'b64-prefix/src/v1.tar.gz = b64',
      'latest -> b64-prefix',
    ]);
    expect(fs.readFileSync(path.join(dest, 'b64-prefix/src/current.tar.gz'), 'utf8')).toBe('b64');
    // Links are not regular files: the manifest hashes them as links.
    expect([...digests.keys()]).toEqual(['b64-prefix/src/v1.tar.gz']);
  });
});

describe('extractTree: what lands on disk', () => {
  it('drops setuid, setgid and sticky bits and keeps the executable bits', async () => {
    const { dest } = freshCase();
    await extract(
      [
        { path: 'falco-deps/', type: 'Directory' },
        { path: 'falco-deps/shared/', type: 'Directory', mode: 0o1777 },
        { path: 'falco-deps/group/', type: 'Directory', mode: 0o2755 },
        { path: 'falco-deps/shared/suid', type: 'File', body: '#!/bin/sh\n', mode: 0o4755 },
        { path: 'falco-deps/group/sgid', type: 'File', body: '#!/bin/sh\n', mode: 0o2755 },
        { path: 'falco-deps/both', type: 'File', body: '#!/bin/sh\n', mode: 0o6755 },
        { path: 'falco-deps/plain.tar.gz', type: 'File', body: 'x', mode: 0o644 },
      ],
      dest,
    );
    for (const rel of ['shared', 'group', 'shared/suid', 'group/sgid', 'both']) {
      const { mode } = fs.statSync(path.join(dest, rel));
      expect(mode & 0o7000, rel).toBe(0);
      expect(mode & 0o100, rel).toBe(0o100);
    }
    expect(fs.statSync(path.join(dest, 'plain.tar.gz')).mode & 0o111).toBe(0);
  });

  it('records, for every path, the digest of the bytes left there', async () => {
    const { dest } = freshCase();
    const digests = await extract(
      [
        { path: 'falco-deps/', type: 'Directory' },
        { path: 'falco-deps/a.tar.gz', type: 'File', body: 'AAAA' },
        // Same size as a.tar.gz, so that a size check alone cannot tell them apart.
        { path: 'falco-deps/b.tar.gz', type: 'File', body: 'BBBB' },
        { path: 'falco-deps/a.tar.gz', type: 'Link', linkpath: 'falco-deps/b.tar.gz' },
        { path: 'falco-deps/twice.tar.gz', type: 'File', body: 'first' },
        { path: 'falco-deps/twice.tar.gz', type: 'File', body: 'again' },
        // A hard link, then its target written again: the link keeps the bytes it had.
        { path: 'falco-deps/c.tar.gz', type: 'File', body: 'CCCC' },
        { path: 'falco-deps/c-copy.tar.gz', type: 'Link', linkpath: 'falco-deps/c.tar.gz' },
        { path: 'falco-deps/c.tar.gz', type: 'File', body: 'DDDD' },
        // A file replaced by a link is no longer a file.
        { path: 'falco-deps/gone.tar.gz', type: 'File', body: 'gone' },
        { path: 'falco-deps/gone.tar.gz', type: 'SymbolicLink', linkpath: 'b.tar.gz' },
      ],
      dest,
    );
    expect(listing(dest)).toEqual([
      'a.tar.gz = BBBB',
      'b.tar.gz = BBBB',
      'c-copy.tar.gz = CCCC',
      'c.tar.gz = DDDD',
      'gone.tar.gz -> b.tar.gz',
      'twice.tar.gz = again',
    ]);
    expect([...digests.keys()].sort()).toEqual(['a.tar.gz', 'b.tar.gz', 'c-copy.tar.gz', 'c.tar.gz', 'twice.tar.gz']);
    for (const [rel, digest] of digests) {
      const bytes = fs.readFileSync(path.join(dest, rel));
      expect(digest, rel).toEqual({ size: bytes.length, sha256: sha(bytes) });
    }
  });

  it('refuses a hard link to a file not extracted before it', async () => {
    expect(await refused([{ path: 'falco-deps/copy', type: 'Link', linkpath: 'falco-deps/later' }])).toMatch(
      /hard link "falco-deps\/copy" points to "falco-deps\/later", which is not a file extracted before it/,
    );
  });

  it('refuses an entry of a type no tar knows, instead of skipping it', async () => {
    expect(await refused([{ path: 'falco-deps/odd', type: 'File', body: 'x', typeflag: 'Z' }])).toMatch(/"falco-deps\/odd" is a/);
  });

  it('extracts the same tree from a stream whose names start with ./', async () => {
    const entries: Entry[] = [
      { path: 'falco-deps/', type: 'Directory' },
      { path: 'falco-deps/jq-prefix/', type: 'Directory' },
      { path: 'falco-deps/jq-prefix/src/', type: 'Directory' },
      { path: 'falco-deps/jq-prefix/src/jq-1.6.tar.gz', type: 'File', body: 'jq' },
      { path: 'falco-deps/jq-prefix/src/latest.tar.gz', type: 'SymbolicLink', linkpath: 'jq-1.6.tar.gz' },
      { path: 'falco-deps/copy.tar.gz', type: 'Link', linkpath: 'falco-deps/jq-prefix/src/jq-1.6.tar.gz' },
    ];
    const dotted = entries.map((e) => ({ ...e, path: `./${e.path}`, ...(e.type === 'Link' ? { linkpath: `./${e.linkpath ?? ''}` } : {}) }));
    const plain = freshCase();
    const withDot = freshCase();
    const plainDigests = await extract(entries, plain.dest);
    const dotDigests = await extract(dotted, withDot.dest);
    expect(listing(withDot.dest)).toEqual(listing(plain.dest));
    expect(listing(withDot.dest)).toContain('jq-prefix/src/jq-1.6.tar.gz = jq');
    expect([...dotDigests].sort()).toEqual([...plainDigests].sort());
  });

  it('extracts a file named like a:b.tar.gz as any other, and a link to it', async () => {
    const { dest } = freshCase();
    const digests = await extract(
      [
        { path: 'falco-deps/', type: 'Directory' },
        { path: 'falco-deps/a:b.tar.gz', type: 'File', body: 'colon' },
        { path: 'falco-deps/c:/', type: 'Directory' },
        { path: 'falco-deps/c:/d:e.tar.gz', type: 'File', body: 'deeper' },
        { path: 'falco-deps/latest.tar.gz', type: 'SymbolicLink', linkpath: 'a:b.tar.gz' },
      ],
      dest,
    );
    expect(listing(dest)).toEqual(['a:b.tar.gz = colon', 'c:/', 'c:/d:e.tar.gz = deeper', 'latest.tar.gz -> a:b.tar.gz']);
    expect(digests.get('a:b.tar.gz')).toEqual({ size: 5, sha256: sha('colon') });
    expect(digests.get('c:/d:e.tar.gz')).toEqual({ size: 6, sha256: sha('deeper') });
  });
});
