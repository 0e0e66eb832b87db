// Several platforms' extracted trees merged into one directory, on real files: each path once, the
// platforms that hold it recorded, and a path two platforms hold with different content refused.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import type { FileDigest } from '../../src/effects/tar-hash.js';
import { mergeTrees, type PlatformTree } from '../../src/effects/tree-merge.js';
import { makeTar, type Entry } from './tar-builder.js';

let scratch: string;
let into: string;

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-merge-'));
  into = path.join(scratch, 'falco-deps');
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

type Content = string | Buffer | { readonly linkTo: string };

/** One platform's extracted tree on disk, with the digests extraction would have taken of its files. */
function platformTree(platform: string, files: Readonly<Record<string, Content>>): PlatformTree {
  const dir = path.join(scratch, `falco-deps.${platform.replace(/\//g, '-')}`);
  const digests = new Map<string, FileDigest>();
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (typeof content === 'object' && 'linkTo' in content) {
      fs.symlinkSync(content.linkTo, full);
      continue;
    }
    fs.writeFileSync(full, content);
    const bytes = Buffer.from(content);
    digests.set(rel, { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return { platform, dir, digests };
}

/** Every file and link under dir, relative, sorted, with its content or link target. */
function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, rel);
    const st = fs.lstatSync(full);
    if (st.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(full)}`;
    else if (st.isFile()) out[rel] = fs.readFileSync(full, 'utf8');
  }
  return out;
}

async function conflictOf(trees: PlatformTree[]): Promise<MirrorError> {
  const err: unknown = await mergeTrees(trees, into).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MirrorError);
  return err as MirrorError;
}

/** A gzipped tarball of these members, in this order: the same members in another order give other bytes. */
const tgz = (entries: Entry[]): Buffer => gzipSync(makeTar(entries));
const GRPC_MEMBERS: Entry[] = [
  { path: 'grpc-prefix/src/grpc/', type: 'Directory' },
  { path: 'grpc-prefix/src/grpc/README.md', type: 'File', body: 'gRPC\n' },
  { path: 'grpc-prefix/src/grpc/BUILD', type: 'File', body: 'cc_library()\n' },
];

describe('mergeTrees', () => {
  it('keeps a file both platforms hold once, puts per-platform files side by side, and records who holds what', async () => {
    const amd = platformTree('linux/amd64', {
      'curl-prefix/src/curl-8.0.1.tar.bz2': 'curl',
      'grpc.tar.gz': 'same bytes',
      'toolchain/x86_64.tar.gz': 'amd64 only',
    });
    const arm = platformTree('linux/arm64', {
      'curl-prefix/src/curl-8.0.1.tar.bz2': 'curl',
      'grpc.tar.gz': 'same bytes',
      'toolchain/aarch64.tar.gz': 'arm64 only',
    });
    const merged = await mergeTrees([amd, arm], into);
    expect(listing(into)).toEqual({
      'curl-prefix/src/curl-8.0.1.tar.bz2': 'curl',
      'grpc.tar.gz': 'same bytes',
      'toolchain/aarch64.tar.gz': 'arm64 only',
      'toolchain/x86_64.tar.gz': 'amd64 only',
    });
    expect(Object.fromEntries(merged.byPath)).toEqual({
      'curl-prefix/src/curl-8.0.1.tar.bz2': ['linux/amd64', 'linux/arm64'],
      'grpc.tar.gz': ['linux/amd64', 'linux/arm64'],
      'toolchain/x86_64.tar.gz': ['linux/amd64'],
      'toolchain/aarch64.tar.gz': ['linux/arm64'],
    });
    // A digest for every file of the merged tree, the manifest reuses them.
    expect([...merged.digests.keys()].sort()).toEqual(Object.keys(listing(into)));
    expect(merged.digests.get('toolchain/aarch64.tar.gz')).toEqual(arm.digests.get('toolchain/aarch64.tar.gz'));
    // Moved, not copied: the first platform's tree is empty of files; the second keeps only its duplicates.
    expect(listing(amd.dir)).toEqual({});
    expect(Object.keys(listing(arm.dir))).toEqual(['curl-prefix/src/curl-8.0.1.tar.bz2', 'grpc.tar.gz']);
  });

  it('keeps links that point to the same target once', async () => {
    const amd = platformTree('linux/amd64', { 'a.txt': 'a', 'latest.txt': { linkTo: 'a.txt' } });
    const arm = platformTree('linux/arm64', { 'a.txt': 'a', 'latest.txt': { linkTo: 'a.txt' } });
    const merged = await mergeTrees([amd, arm], into);
    expect(listing(into)).toEqual({ 'a.txt': 'a', 'latest.txt': '-> a.txt' });
    expect(merged.byPath.get('latest.txt')).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('refuses a path both hold with different bytes: Conflict naming that path and both platforms, and nothing else', async () => {
    const err = await conflictOf([
      platformTree('linux/amd64', { 'same.tar.gz': 'same', 'zlib-prefix/src/zlib.tar.gz': 'amd64 bytes' }),
      platformTree('linux/arm64', { 'same.tar.gz': 'same', 'zlib-prefix/src/zlib.tar.gz': 'arm64 bytes' }),
    ]);
    expect(err.reason).toBe('Conflict');
    expect(err.detail).toBe(
      'The linux/amd64 and linux/arm64 trees both hold "zlib-prefix/src/zlib.tar.gz", with different content (their bytes differ); one branch cannot hold both, so nothing was uploaded or pushed.',
    );
    expect(err.detail).not.toContain('same.tar.gz');
  });

  it('names the first platform that holds the path and the one that differs, of three', async () => {
    const err = await conflictOf([
      platformTree('linux/amd64', { 'a.tar.gz': 'one' }),
      platformTree('linux/arm64', { 'a.tar.gz': 'one' }),
      platformTree('linux/ppc64le', { 'a.tar.gz': 'two' }),
    ]);
    expect(err.detail).toContain('The linux/amd64 and linux/ppc64le trees both hold "a.tar.gz"');
    expect(err.detail).not.toContain('linux/arm64');
  });

  it('refuses a file on one platform that is a link on the other, and links to different targets', async () => {
    const mixed = await conflictOf([
      platformTree('linux/amd64', { 'a.txt': 'a', 'b.txt': 'a' }),
      platformTree('linux/arm64', { 'a.txt': 'a', 'b.txt': { linkTo: 'a.txt' } }),
    ]);
    expect(mixed.reason).toBe('Conflict');
    expect(mixed.detail).toContain('both hold "b.txt", with different content (one is a link)');
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch);
    const targets = await conflictOf([
      platformTree('linux/amd64', { 'a.txt': 'a', 'c.txt': 'c', 'latest.txt': { linkTo: 'a.txt' } }),
      platformTree('linux/arm64', { 'a.txt': 'a', 'c.txt': 'c', 'latest.txt': { linkTo: 'c.txt' } }),
    ]);
    expect(targets.reason).toBe('Conflict');
    expect(targets.detail).toContain('both hold "latest.txt", with different content (their link targets differ)');
  });

  it('compares grpc.tar.gz and *-kept.tar.gz by their members: other bytes of the same members are the same file', async () => {
    const amdGrpc = tgz(GRPC_MEMBERS);
    const armGrpc = tgz([...GRPC_MEMBERS].reverse());
    // Else the test proves nothing.
    expect(amdGrpc.equals(armGrpc)).toBe(false);
    const kept = 'libs-repo/libs-prefix/src/libs-kept.tar.gz';
    const members: Entry[] = [{ path: 'libs/uthash.h', type: 'File', body: '#define UTHASH 2.3.0\n' }];
    expect(tgz(members).equals(gzipSync(makeTar(members), { level: 1 }))).toBe(false);
    const merged = await mergeTrees(
      [
        platformTree('linux/amd64', { 'grpc.tar.gz': amdGrpc, [kept]: tgz(members) }),
        platformTree('linux/arm64', { 'grpc.tar.gz': armGrpc, [kept]: gzipSync(makeTar(members), { level: 1 }) }),
      ],
      into,
    );
    expect(merged.byPath.get('grpc.tar.gz')).toEqual(['linux/amd64', 'linux/arm64']);
    expect(merged.byPath.get(kept)).toEqual(['linux/amd64', 'linux/arm64']);
    // The first platform's copy is the one kept.
    expect(fs.readFileSync(path.join(into, 'grpc.tar.gz')).equals(amdGrpc)).toBe(true);
  });

  it('refuses a grpc.tar.gz whose members differ, and compares any other tarball by its bytes', async () => {
    const changed = GRPC_MEMBERS.map((e) => (e.path.endsWith('BUILD') ? { ...e, body: 'cc_binary()\n' } : e));
    const err = await conflictOf([
      platformTree('linux/amd64', { 'grpc.tar.gz': tgz(GRPC_MEMBERS) }),
      platformTree('linux/arm64', { 'grpc.tar.gz': tgz(changed) }),
    ]);
    expect(err.reason).toBe('Conflict');
    expect(err.detail).toContain('both hold "grpc.tar.gz", with different content (their members differ)');
    expect(err.hint).toContain('build: downloads');

    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch);
    const plain = await conflictOf([
      platformTree('linux/amd64', { 'b64-prefix/src/v1.4.1.tar.gz': tgz(GRPC_MEMBERS) }),
      platformTree('linux/arm64', { 'b64-prefix/src/v1.4.1.tar.gz': tgz([...GRPC_MEMBERS].reverse()) }),
    ]);
    expect(plain.detail).toContain('"b64-prefix/src/v1.4.1.tar.gz", with different content (their bytes differ)');
  });

  it('reads a file whose digest extraction did not take, rather than calling it different', async () => {
    const amd = platformTree('linux/amd64', { 'a.tar.gz': 'same' });
    const arm = platformTree('linux/arm64', { 'a.tar.gz': 'same' });
    const merged = await mergeTrees([amd, { ...arm, digests: new Map() }], into);
    expect(merged.byPath.get('a.tar.gz')).toEqual(['linux/amd64', 'linux/arm64']);
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch);
    const amd2 = platformTree('linux/amd64', { 'b.tar.gz': 'amd64' });
    const arm2 = platformTree('linux/arm64', { 'b.tar.gz': 'arm64' });
    const err = await conflictOf([
      { ...amd2, digests: new Map() },
      { ...arm2, digests: new Map() },
    ]);
    expect(err.detail).toContain('both hold "b.tar.gz", with different content (their bytes differ)');
  });

  it('merges one platform as a plain move', async () => {
    const amd = platformTree('linux/amd64', { 'a/b.txt': 'b', 'c.txt': 'c' });
    const merged = await mergeTrees([amd], into);
    expect(listing(into)).toEqual({ 'a/b.txt': 'b', 'c.txt': 'c' });
    expect(Object.fromEntries(merged.byPath)).toEqual({ 'a/b.txt': ['linux/amd64'], 'c.txt': ['linux/amd64'] });
  });
});
