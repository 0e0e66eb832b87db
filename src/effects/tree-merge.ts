// Several platforms' trees made into one: each path once, moved (not copied) into the output directory.
// A path two platforms both have must hold the same content by the rule the mirror's `unchanged` uses
// (bytes, or the members of grpc.tar.gz and the *-kept.tar.gz tarballs); otherwise the run stops with
// Conflict naming it, since one branch cannot hold two versions of one file.
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MirrorError, quote, t, textOf, type Text, type TextLike } from '../common/errors.js';
import type { Platform } from '../planning/platforms.js';
import { comparedByMembers } from './commit-builder.js';
import { sha256OfFile } from './manifest.js';
import type { FileDigest } from './tar-hash.js';
import { tarballDigest } from './tarball-digest.js';
import { walkTree } from './tree-walk.js';

/** One platform's extracted tree and the digests taken while it was extracted. */
export interface PlatformTree {
  readonly platform: Platform;
  readonly dir: string;
  readonly digests: ReadonlyMap<string, FileDigest>;
}

export interface MergedTree {
  readonly digests: ReadonlyMap<string, FileDigest>;
  /** Every path of the merged tree, and the platforms whose tree held it. */
  readonly byPath: ReadonlyMap<string, readonly Platform[]>;
}

/** Moves the trees into `into` (empty), in the order given; the first platform's copy of a shared path stays. */
export async function mergeTrees(trees: readonly PlatformTree[], into: string): Promise<MergedTree> {
  const digests = new Map<string, FileDigest>();
  const byPath = new Map<string, Platform[]>();
  const owner = new Map<string, PlatformTree>();
  await fs.mkdir(into, { recursive: true });
  for (const tree of trees) {
    for (const entry of await walkTree(tree.dir)) {
      if (entry.kind === 'other') continue;
      const rel = entry.rel;
      const first = owner.get(rel);
      if (first) {
        await sameOrConflict(first, tree, rel, into);
        byPath.get(rel)?.push(tree.platform);
        continue;
      }
      const target = path.join(into, rel);
      try {
        await fs.mkdir(path.dirname(target), { recursive: true });
        // rename would replace a directory's empty twin, or fail on a full one: a path taken is a conflict.
        if (await fs.lstat(target).catch(() => undefined)) throw new Error('taken');
        await fs.rename(path.join(tree.dir, rel), target);
      } catch {
        const other = [...owner.values()].find((o) => o !== tree)?.platform ?? t('another platform', 'другой платформы');
        throw conflict(
          other,
          tree.platform,
          rel,
          t('one has a file where the other has a directory', 'в одном файл, а в другом на этом месте каталог'),
        );
      }
      owner.set(rel, tree);
      byPath.set(rel, [tree.platform]);
      const digest = tree.digests.get(rel);
      if (digest) digests.set(rel, digest);
    }
  }
  return { digests, byPath };
}

/** Throws Conflict unless the two platforms' copies of `rel` hold the same content. */
async function sameOrConflict(first: PlatformTree, other: PlatformTree, rel: string, into: string): Promise<void> {
  const kept = path.join(into, rel);
  const theirs = path.join(other.dir, rel);
  const [a, b] = await Promise.all([fs.lstat(kept), fs.lstat(theirs)]);
  if (a.isSymbolicLink() || b.isSymbolicLink()) {
    if (a.isSymbolicLink() && b.isSymbolicLink() && (await fs.readlink(kept)) === (await fs.readlink(theirs))) return;
    throw conflict(
      first.platform,
      other.platform,
      rel,
      a.isSymbolicLink() && b.isSymbolicLink()
        ? t('their link targets differ', 'цели ссылок различаются')
        : t('one is a link', 'одна из копий — ссылка'),
    );
  }
  const [da, db] = await Promise.all([digestOf(first, kept, rel), digestOf(other, theirs, rel)]);
  if (da === db) return;
  if (comparedByMembers(rel)) {
    const [ma, mb] = await Promise.all([tarballDigest(createReadStream(kept)), tarballDigest(createReadStream(theirs))]);
    if (ma === mb) return;
    throw conflict(first.platform, other.platform, rel, t('their members differ', 'различаются файлы внутри архивов'));
  }
  throw conflict(first.platform, other.platform, rel, t('their bytes differ', 'различаются байты'));
}

/** The file's SHA-256: the one taken while it was extracted, or read now. */
function digestOf(tree: PlatformTree, file: string, rel: string): Promise<string> {
  const known = tree.digests.get(rel);
  return known ? Promise.resolve(known.sha256) : sha256OfFile(file);
}

function conflict(platform: TextLike, b: Platform, rel: string, how: Text): MirrorError {
  const a = textOf(platform);
  const grpc = path.posix.basename(rel) === 'grpc.tar.gz';
  const gRpcHint = t(
    grpc
      ? ' With build: full, gRPC builds inside its own source folder and leaves per-platform files there: use build: downloads, which keeps the pristine clone.'
      : '',
    grpc
      ? ' При build: full gRPC собирается внутри собственного каталога исходников и оставляет там файлы, свои для каждой платформы: используйте build: downloads, при котором клон остаётся нетронутым.'
      : '',
  );
  return new MirrorError(
    'Conflict',
    t(
      `The ${a.en} and ${b} trees both hold ${quote(rel)}, with different content (${how.en}); one branch cannot hold both, so nothing was uploaded or pushed.`,
      `Деревья ${a.ru} и ${b} оба содержат ${quote(rel)}, но с разным содержимым (${how.ru}); одна ветка не может хранить оба варианта, поэтому ничего не загружено и не отправлено.`,
    ),
    {
      hint: t(
        `A file every platform downloads must be the same on every platform.${gRpcHint.en}`,
        `Файл, который скачивают все платформы, должен быть одинаковым на каждой платформе.${gRpcHint.ru}`,
      ),
    },
  );
}
