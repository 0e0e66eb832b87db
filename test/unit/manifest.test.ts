// The manifest of a real tree on disk: links are hashed as links (their target text) and never read
// through, SHA256SUMS lists the regular files so that GNU `sha256sum -c` passes in the tree, and the
// manifest file is written through a fresh temporary file that no planted link can redirect.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import { uploadArtifact } from '../../src/effects/artifact.js';
import { buildManifest, manifestPathFor, writeManifest } from '../../src/effects/manifest.js';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

let scratch: string;
let tree: string;
/** A file outside the tree, as a secret the tree must never read or overwrite. */
let outside: string;

beforeEach(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-manifest-'));
  tree = path.join(scratch, 'falco-deps');
  outside = path.join(scratch, 'outside.txt');
  await fs.writeFile(outside, 'secret outside the tree');
  await fs.mkdir(path.join(tree, 'grpc-prefix/src'), { recursive: true });
  await fs.writeFile(path.join(tree, 'grpc.tar.gz'), 'grpc');
  await fs.writeFile(path.join(tree, 'grpc-prefix/src/v1.tar.gz'), 'tarball');
});

afterEach(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

describe('buildManifest and links', () => {
  beforeEach(async () => {
    // A link to a folder in the tree (EISDIR when read through), a dangling one (ENOENT), and one to a file.
    await fs.symlink('grpc-prefix/src', path.join(tree, 'src-link'));
    await fs.symlink('missing.tar.gz', path.join(tree, 'dangling'));
    await fs.symlink('grpc.tar.gz', path.join(tree, 'file-link'));
  });

  it('lists a link to a folder, a dangling link and a link to a file as links, with their target text', async () => {
    const manifest = await buildManifest(tree);
    expect(manifest.entries).toEqual([
      { kind: 'link', path: 'dangling', target: 'missing.tar.gz', size: 'missing.tar.gz'.length, sha256: sha('missing.tar.gz') },
      { kind: 'link', path: 'file-link', target: 'grpc.tar.gz', size: 'grpc.tar.gz'.length, sha256: sha('grpc.tar.gz') },
      { kind: 'file', path: 'grpc-prefix/src/v1.tar.gz', size: 7, sha256: sha('tarball') },
      { kind: 'file', path: 'grpc.tar.gz', size: 4, sha256: sha('grpc') },
      { kind: 'link', path: 'src-link', target: 'grpc-prefix/src', size: 'grpc-prefix/src'.length, sha256: sha('grpc-prefix/src') },
    ]);
    // The counts are the regular files': a link has no content of its own.
    expect([manifest.fileCount, manifest.totalBytes]).toEqual([2, 11]);
  });

  it('SHA256SUMS lists the regular files only, and GNU sha256sum -c passes in the tree', async () => {
    const manifest = await buildManifest(tree);
    expect(manifest.text).toBe(`${sha('tarball')}  grpc-prefix/src/v1.tar.gz\n${sha('grpc')}  grpc.tar.gz\n`);
    const file = manifestPathFor(tree);
    await writeManifest(manifest, file);
    const out = execFileSync('sha256sum', ['--strict', '-c', file], { cwd: tree, encoding: 'utf8' });
    expect(out).toBe('grpc-prefix/src/v1.tar.gz: OK\ngrpc.tar.gz: OK\n');
  });

  it('the digest covers the links: retargeting one changes it, SHA256SUMS stays the same', async () => {
    const before = await buildManifest(tree);
    await fs.rm(path.join(tree, 'src-link'));
    await fs.symlink('grpc-prefix', path.join(tree, 'src-link'));
    const after = await buildManifest(tree);
    expect(after.text).toBe(before.text);
    expect(after.digest).not.toBe(before.digest);
    const linkLines = [`symlink ${sha('missing.tar.gz')}  dangling\n`, `symlink ${sha('grpc.tar.gz')}  file-link\n`];
    expect(after.digest).toBe(sha(`${after.text}${linkLines.join('')}symlink ${sha('grpc-prefix')}  src-link\n`));
  });

  it('without links the digest is the SHA-256 of SHA256SUMS, as before', async () => {
    for (const name of ['src-link', 'dangling', 'file-link']) await fs.rm(path.join(tree, name));
    const manifest = await buildManifest(tree);
    expect(manifest.digest).toBe(sha(manifest.text));
  });

  it('never reads through a link that leaves the tree', async () => {
    await fs.symlink(outside, path.join(tree, 'escape'));
    const manifest = await buildManifest(tree);
    const escape = manifest.entries.find((e) => e.path === 'escape');
    expect(escape).toEqual({ kind: 'link', path: 'escape', target: outside, size: Buffer.byteLength(outside), sha256: sha(outside) });
    expect(manifest.text).not.toContain(sha('secret outside the tree'));
  });

  it('a known digest is not trusted for a path that is a link', async () => {
    const known = new Map([['file-link', { size: 'grpc.tar.gz'.length, sha256: 'f'.repeat(64) }]]);
    const manifest = await buildManifest(tree, known);
    expect(manifest.entries.find((e) => e.path === 'file-link')).toMatchObject({ kind: 'link', sha256: sha('grpc.tar.gz') });
  });
});

describe('writeManifest', () => {
  const listing = async (): Promise<string[]> => (await fs.readdir(scratch)).sort();

  it('a link planted at the old fixed temporary name is neither followed nor removed', async () => {
    const file = manifestPathFor(tree);
    await fs.symlink(outside, `${file}.tmp`);
    const manifest = await buildManifest(tree);
    await writeManifest(manifest, file);
    expect(await fs.readFile(outside, 'utf8')).toBe('secret outside the tree');
    expect(await fs.readFile(file, 'utf8')).toBe(manifest.text);
    expect((await fs.lstat(`${file}.tmp`)).isSymbolicLink()).toBe(true);
    expect(await listing()).toEqual(['falco-deps', 'falco-deps.SHA256SUMS', 'falco-deps.SHA256SUMS.tmp', 'outside.txt']);
  });

  it('a link planted at the manifest path is replaced by the file, and its target is left alone', async () => {
    const file = manifestPathFor(tree);
    await fs.symlink(outside, file);
    const manifest = await buildManifest(tree);
    await writeManifest(manifest, file);
    expect(await fs.readFile(outside, 'utf8')).toBe('secret outside the tree');
    expect((await fs.lstat(file)).isFile()).toBe(true);
    expect(await fs.readFile(file, 'utf8')).toBe(manifest.text);
    expect(await listing()).toEqual(['falco-deps', 'falco-deps.SHA256SUMS', 'outside.txt']);
  });

  it('a failed rename leaves no temporary file behind', async () => {
    const file = manifestPathFor(tree);
    await fs.mkdir(path.join(file, 'occupied'), { recursive: true });
    await expect(writeManifest(await buildManifest(tree), file)).rejects.toThrow();
    expect(await listing()).toEqual(['falco-deps', 'falco-deps.SHA256SUMS', 'outside.txt']);
  });
});

describe('the artifact and links', () => {
  it('uploadArtifact refuses a link before the client (which zips what links point to) sees it', async () => {
    await fs.symlink(outside, path.join(tree, 'escape'));
    const env = { ACTIONS_RUNTIME_TOKEN: 'runtime-token', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' };
    const upload = uploadArtifact({ name: 'deps', treeDir: tree, files: ['grpc.tar.gz', 'escape'], retentionDays: undefined, env });
    const err = await upload.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MirrorError);
    expect((err as MirrorError).detail).toBe('Refused to upload "escape" as part of the artifact: it is not a regular file.');
  });
});
