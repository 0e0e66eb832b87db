import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import { buildCommit } from '../../src/effects/commit-builder.js';
import { createGit } from '../../src/effects/git.js';
import { buildManifest } from '../../src/effects/manifest.js';
import { walkTree } from '../../src/effects/tree-walk.js';

let scratch: string;
let tree: string;

beforeEach(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-walk-'));
  tree = path.join(scratch, 'falco-deps');
  await fs.mkdir(path.join(tree, 'b/sub'), { recursive: true });
  await fs.mkdir(path.join(tree, 'empty'));
  await fs.writeFile(path.join(tree, 'b/sub/z.txt'), 'z');
  await fs.writeFile(path.join(tree, 'B.txt'), 'upper');
  await fs.writeFile(path.join(tree, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
  // A link to a directory is listed as a link, not walked into.
  await fs.symlink('b', path.join(tree, 'a-link'));
});

afterEach(async () => {
  await fs.rm(scratch, { recursive: true, force: true });
});

const fifo = (rel: string): void => void execFileSync('mkfifo', [path.join(tree, rel)]);

describe('walkTree', () => {
  it('lists files, links and other entries with POSIX paths, sorted by path, without the directories', async () => {
    fifo('b/pipe');
    expect(await walkTree(tree)).toEqual([
      { rel: 'B.txt', kind: 'file', executable: false },
      { rel: 'a-link', kind: 'link', executable: false },
      { rel: 'b/pipe', kind: 'other', executable: false },
      { rel: 'b/sub/z.txt', kind: 'file', executable: false },
      { rel: 'run.sh', kind: 'file', executable: true },
    ]);
  });

  it('shows every path to visit, directories first, and stops when it throws', async () => {
    const seen: string[] = [];
    await walkTree(tree, (rel) => void seen.push(rel));
    expect(seen.sort()).toEqual(['B.txt', 'a-link', 'b', 'b/sub', 'b/sub/z.txt', 'empty', 'run.sh']);
    const refused = walkTree(tree, (rel) => {
      if (rel === 'b/sub') throw new Error('no');
    });
    await expect(refused).rejects.toThrow('no');
  });
});

describe('the walk in its callers', () => {
  it('the manifest lists files and links and leaves other entries out', async () => {
    fifo('pipe');
    // The manifest hashes what a link points to, so here it points to a file.
    await fs.rm(path.join(tree, 'a-link'));
    await fs.symlink('B.txt', path.join(tree, 'a-link'));
    const manifest = await buildManifest(tree);
    expect(manifest.entries.map((e) => e.path)).toEqual(['B.txt', 'a-link', 'b/sub/z.txt', 'run.sh']);
  });

  const commit = async (): Promise<unknown> => {
    const git = createGit({ url: 'https://git.invalid/mirror.git', auth: undefined, tempDir: scratch });
    const request = { git, repo: path.join(scratch, 'repo.git'), workDir: scratch, url: '', ref: 'refs/heads/x', resource: 'x' };
    return buildCommit({
      ...request,
      treeDir: tree,
      message: 'm',
      parent: undefined,
      platforms: { built: ['linux/amd64'], byPath: new Map(), keep: [] },
    }).catch((err: unknown) => err);
  };

  it('the commit builder stores files, exec bits and links', async () => {
    const snapshot = (await commit()) as { tree: string };
    const listing = execFileSync('git', ['--git-dir', path.join(scratch, 'repo.git'), 'ls-tree', '-r', snapshot.tree], {
      encoding: 'utf8',
    });
    expect(
      listing
        .split('\n')
        .filter(Boolean)
        .map((l) => `${l.split(' ')[0]} ${l.split('\t')[1]}`),
    ).toEqual(['100644 .falco-deps-mirror.json', '100644 B.txt', '120000 a-link', '100644 b/sub/z.txt', '100755 run.sh']);
  });

  it('the commit builder refuses a .git directory, even an empty one, by its path', async () => {
    await fs.mkdir(path.join(tree, 'b/.git'));
    const err = await commit();
    expect(err).toBeInstanceOf(MirrorError);
    expect((err as MirrorError).detail).toBe('The deps tree holds a path git cannot store as it is: "b/.git".');
  });

  it('the commit builder refuses a name with a newline or a backslash', async () => {
    await fs.mkdir(path.join(tree, 'odd\nname'));
    expect(((await commit()) as MirrorError).detail).toBe('The deps tree holds a path git cannot store as it is: "odd\\nname".');
  });

  it('the commit builder refuses anything that is neither a file, a link nor a directory', async () => {
    fifo('b/pipe');
    const err = await commit();
    expect(err).toBeInstanceOf(MirrorError);
    expect((err as MirrorError).detail).toBe('The deps tree holds "b/pipe", which is neither a file nor a directory.');
  });
});
