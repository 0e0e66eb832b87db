// The commit builder's "unchanged" comparison, against a mirror that is a local bare repository (file://):
// grpc.tar.gz and the *-kept.tar.gz tarballs of unpacked sources are compared by their members (a rebuild
// never makes them byte for byte); every other file, tarball or not, by its bytes.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCommit, comparedByMembers, type Snapshot, type TreePlatforms } from '../../src/effects/commit-builder.js';
import { createGit } from '../../src/effects/git.js';
import { MirrorError } from '../../src/common/errors.js';

const REF = 'refs/heads/0.36.2';
const KEPT = 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs-kept.tar.gz';
const UTHASH = 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs/userspace/libscap/uthash.h';

let scratch: string;
let server: string;
let url: string;
let trees = 0;

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-commit-'));
  server = path.join(scratch, 'mirror.git');
  execFileSync('git', ['init', '--quiet', '--bare', server]);
  // As a forge does: the builder fetches the parent without its blobs, and the old tarball on demand.
  execFileSync('git', ['--git-dir', server, 'config', 'uploadpack.allowFilter', 'true']);
  execFileSync('git', ['--git-dir', server, 'config', 'uploadpack.allowAnySHA1InWant', 'true']);
  url = `file://${server}`;
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface TreeSpec {
  /** Seconds since the epoch of every member inside the tarballs. */
  readonly mtime?: number;
  readonly uthash?: string;
  /** The bytes of a downloaded tarball that is neither grpc.tar.gz nor a kept one. */
  readonly plainMtime?: number;
}

/** A deps tree with a kept tarball of unpacked libs sources, a grpc.tar.gz and a plain tarball, made by the real tar. */
function buildTree(spec: TreeSpec = {}): string {
  const base = path.join(scratch, `tree-${++trees}`);
  const dir = path.join(base, 'falco-deps');
  const stage = path.join(base, 'stage');
  const when = spec.mtime ?? 1_700_000_000;
  const tarball = (file: string, members: Record<string, string>, mtime: number): void => {
    fs.rmSync(stage, { recursive: true, force: true });
    for (const [rel, content] of Object.entries(members)) {
      fs.mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
      fs.writeFileSync(path.join(stage, rel), content);
    }
    for (const rel of fs.readdirSync(stage, { recursive: true, encoding: 'utf8' })) fs.utimesSync(path.join(stage, rel), mtime, mtime);
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    execFileSync('tar', ['-czf', path.join(dir, file), '-C', stage, ...Object.keys(members).map((m) => m.split('/')[0] ?? m)]);
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'README.md'), 'Falco 0.36.2 build dependencies.\n');
  tarball(
    KEPT,
    {
      [UTHASH]: spec.uthash ?? '#define UTHASH_VERSION 2.3.0\n',
      'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs-stamp/falcosecurity-libs-download': '',
    },
    when,
  );
  tarball('grpc.tar.gz', { 'grpc-prefix/src/grpc/README.md': 'gRPC\n' }, when);
  tarball('b64-prefix/src/v1.4.1.tar.gz', { 'libb64-1.4.1/README': 'b64\n' }, spec.plainMtime ?? 1_600_000_000);
  return dir;
}

let repos = 0;
const AMD64_ONLY: TreePlatforms = { built: ['linux/amd64'], byPath: new Map(), keep: [] };

async function snapshot(treeDir: string, parent: string | undefined, platforms: TreePlatforms = AMD64_ONLY): Promise<Snapshot> {
  const work = path.join(scratch, `work-${++repos}`);
  fs.mkdirSync(work);
  const git = createGit({ url, auth: undefined, tempDir: work });
  const repo = path.join(work, 'repo.git');
  const snap = await buildCommit({
    git,
    repo,
    workDir: work,
    url,
    ref: REF,
    resource: 'branch 0.36.2',
    treeDir,
    message: 'm',
    parent,
    platforms,
  });
  if (!snap.unchanged) execFileSync('git', ['--git-dir', repo, 'push', '--quiet', '--force', url, `${snap.commit}:${REF}`]);
  return snap;
}

const bytes = (tree: string, rel: string): Buffer => fs.readFileSync(path.join(tree, rel));

describe('comparedByMembers', () => {
  it('is true for grpc.tar.gz and *-kept.tar.gz, wherever they are, and for no other name', () => {
    expect(['grpc.tar.gz', 'x/grpc.tar.gz', KEPT, 'a-kept.tar.gz', 'deep/dir/driver-kept.tar.gz'].every(comparedByMembers)).toBe(true);
    const others = [
      'grpc.tar.gz.orig',
      'my-grpc.tar.gz',
      'kept.tar.gz',
      'a_kept.tar.gz',
      'a-kept.tar.bz2',
      'a-kept.tgz',
      'a-kept.tar.gz/x',
    ];
    expect(others.some(comparedByMembers)).toBe(false);
  });
});

describe('an unchanged snapshot', () => {
  it('a *-kept.tar.gz that differs only in tar header times and gzip bytes is unchanged', async () => {
    const first = buildTree();
    const commit = (await snapshot(first, undefined)).commit;
    const rebuilt = buildTree({ mtime: 1_710_000_000 });
    // The bytes differ (else the test proves nothing), in the kept tarball (and grpc.tar.gz) only.
    expect(bytes(rebuilt, KEPT).equals(bytes(first, KEPT))).toBe(false);
    expect(bytes(rebuilt, 'b64-prefix/src/v1.4.1.tar.gz').equals(bytes(first, 'b64-prefix/src/v1.4.1.tar.gz'))).toBe(true);
    const snap = await snapshot(rebuilt, commit);
    expect(snap).toMatchObject({ commit, unchanged: true });
  });

  it('a *-kept.tar.gz whose member changed is a change', async () => {
    const commit = (await snapshot(buildTree(), undefined)).commit;
    const snap = await snapshot(buildTree({ mtime: 1_710_000_000, uthash: '' }), commit);
    expect(snap.unchanged).toBe(false);
    expect(snap.commit).not.toBe(commit);
    expect(execFileSync('git', ['--git-dir', server, 'rev-parse', `${snap.commit}^`], { encoding: 'utf8' }).trim()).toBe(commit);
  });

  it('any other tarball is compared by its bytes: other header times are a change', async () => {
    const commit = (await snapshot(buildTree(), undefined)).commit;
    const snap = await snapshot(buildTree({ plainMtime: 1_610_000_000 }), commit);
    expect(snap.unchanged).toBe(false);
  });
});

/** A deps tree of plain files (relative path -> content). */
function plainTree(files: Readonly<Record<string, string | Buffer>>): string {
  const dir = path.join(scratch, `tree-${++trees}`, 'falco-deps');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const git = (...args: string[]): string => execFileSync('git', ['--git-dir', server, ...args], { encoding: 'utf8' });
/** Path -> blob id of every file of a commit on the server. */
function blobs(commit: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of git('ls-tree', '-r', commit).split('\n').filter(Boolean)) {
    const [meta = '', rel = ''] = line.split('\t');
    out[rel] = meta.split(' ')[2] ?? '';
  }
  return out;
}
const metadataAt = (commit: string): unknown => JSON.parse(git('show', `${commit}:.falco-deps-mirror.json`));
const ARM64_KEEPING_AMD64: TreePlatforms = { built: ['linux/arm64'], byPath: new Map(), keep: ['linux/amd64'] };

describe('the metadata file and the platforms a commit keeps', () => {
  it('a new branch holds the metadata file at its root, naming the platform built and no file', async () => {
    const snap = await snapshot(plainTree({ 'README.md': 'deps\n', 'a/b.tar.gz': 'b' }), undefined);
    expect(snap.platforms).toEqual(['linux/amd64']);
    expect(Object.keys(blobs(snap.commit))).toEqual(['.falco-deps-mirror.json', 'README.md', 'a/b.tar.gz']);
    expect(metadataAt(snap.commit)).toEqual({ platforms: ['linux/amd64'], files: {} });
  });

  it('lists the files of a merged tree that only some platforms hold', async () => {
    const byPath = new Map([
      ['README.md', ['linux/amd64', 'linux/arm64']],
      ['arm/only.tar.gz', ['linux/arm64']],
    ]);
    const snap = await snapshot(plainTree({ 'README.md': 'deps\n', 'arm/only.tar.gz': 'arm' }), undefined, {
      built: ['linux/arm64', 'linux/amd64'],
      byPath,
      keep: [],
    });
    expect(snap.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(metadataAt(snap.commit)).toEqual({ platforms: ['linux/amd64', 'linux/arm64'], files: { 'arm/only.tar.gz': ['linux/arm64'] } });
  });

  it("keeps the parent's files of a kept platform by their blob ids, beside this build's", async () => {
    const amd = await snapshot(plainTree({ 'README.md': 'deps\n', 'amd/only.tar.gz': 'amd' }), undefined);
    const arm = await snapshot(plainTree({ 'README.md': 'deps\n', 'arm/only.tar.gz': 'arm' }), amd.commit, ARM64_KEEPING_AMD64);
    expect(arm.unchanged).toBe(false);
    expect(arm.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    const before = blobs(amd.commit);
    const after = blobs(arm.commit);
    expect(Object.keys(after)).toEqual(['.falco-deps-mirror.json', 'README.md', 'amd/only.tar.gz', 'arm/only.tar.gz']);
    expect(after['amd/only.tar.gz']).toBe(before['amd/only.tar.gz']);
    expect(after['README.md']).toBe(before['README.md']);
    expect(metadataAt(arm.commit)).toEqual({
      platforms: ['linux/amd64', 'linux/arm64'],
      files: { 'amd/only.tar.gz': ['linux/amd64'], 'arm/only.tar.gz': ['linux/arm64'] },
    });
    expect(git('rev-parse', `${arm.commit}^`).trim()).toBe(amd.commit);
  });

  it("rebuilding one platform drops its old files and keeps the other's", async () => {
    const amd = await snapshot(plainTree({ 'README.md': 'deps\n', 'amd/only.tar.gz': 'amd' }), undefined);
    const both = await snapshot(plainTree({ 'README.md': 'deps\n', 'arm/old.tar.gz': 'old' }), amd.commit, ARM64_KEEPING_AMD64);
    const again = await snapshot(plainTree({ 'README.md': 'deps\n', 'arm/new.tar.gz': 'new' }), both.commit, ARM64_KEEPING_AMD64);
    expect(Object.keys(blobs(again.commit))).toEqual(['.falco-deps-mirror.json', 'README.md', 'amd/only.tar.gz', 'arm/new.tar.gz']);
    // Nothing kept: the tree replaces the whole content.
    const replaced = await snapshot(plainTree({ 'README.md': 'deps\n' }), again.commit, {
      built: ['linux/arm64'],
      byPath: new Map(),
      keep: [],
    });
    expect(Object.keys(blobs(replaced.commit))).toEqual(['.falco-deps-mirror.json', 'README.md']);
    expect(replaced.platforms).toEqual(['linux/arm64']);
    expect(metadataAt(replaced.commit)).toEqual({ platforms: ['linux/arm64'], files: {} });
  });

  it('refuses a path a kept platform holds with other content, naming it, and pushes nothing', async () => {
    const amd = await snapshot(plainTree({ 'README.md': 'deps\n', 'shared/zlib.tar.gz': 'amd64 bytes' }), undefined);
    const err: unknown = await snapshot(
      plainTree({ 'README.md': 'deps\n', 'shared/zlib.tar.gz': 'arm64 bytes' }),
      amd.commit,
      ARM64_KEEPING_AMD64,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MirrorError);
    expect((err as MirrorError).reason).toBe('Conflict');
    expect((err as MirrorError).detail).toContain('"shared/zlib.tar.gz"');
    expect((err as MirrorError).detail).toContain('linux/amd64');
    expect((err as MirrorError).detail).toContain('linux/arm64');
    expect((err as MirrorError).detail).not.toContain('README.md');
    expect(git('rev-parse', REF).trim()).toBe(amd.commit);
  });

  it("compares a kept grpc.tar.gz by its members, and keeps the parent's blob", async () => {
    const first = buildTree();
    const amd = await snapshot(first, undefined);
    const rebuilt = buildTree({ mtime: 1_710_000_000 });
    expect(bytes(rebuilt, 'grpc.tar.gz').equals(bytes(first, 'grpc.tar.gz'))).toBe(false);
    const arm = await snapshot(rebuilt, amd.commit, ARM64_KEEPING_AMD64);
    expect(blobs(arm.commit)['grpc.tar.gz']).toBe(blobs(amd.commit)['grpc.tar.gz']);
    expect(blobs(arm.commit)[KEPT]).toBe(blobs(amd.commit)[KEPT]);
    expect(metadataAt(arm.commit)).toEqual({ platforms: ['linux/amd64', 'linux/arm64'], files: {} });
  });

  it('the same content and platforms again is unchanged, and says the platforms', async () => {
    const amd = await snapshot(plainTree({ 'README.md': 'deps\n' }), undefined);
    const again = await snapshot(plainTree({ 'README.md': 'deps\n' }), amd.commit);
    expect(again).toMatchObject({ commit: amd.commit, unchanged: true, platforms: ['linux/amd64'] });
  });

  it('refuses a deps tree that holds the metadata file itself', async () => {
    const err: unknown = await snapshot(plainTree({ '.falco-deps-mirror.json': '{}', 'README.md': 'x' }), undefined).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MirrorError);
    expect((err as MirrorError).reason).toBe('Invalid');
    expect((err as MirrorError).detail).toContain('.falco-deps-mirror.json');
  });
});
