// Large files: which files of a tree go to Git LFS (large-files: lfs), what the branch then holds for
// them (pointer files and a .gitattributes at its root), and GitHub's per-file limit, which a plain push
// must respect. Pure; the commit builder and the publish stage carry it out.
import { MirrorError, quote, ruPlural, t, type Text } from '../common/errors.js';

/** GitHub refuses a pushed file over 100 MiB (its message says "100.00 MB"). */
export const GITHUB_FILE_LIMIT = 104_857_600;

/** The attributes file at the branch's root, as git-lfs writes it. */
export const GITATTRIBUTES = '.gitattributes';

export type LargeFilesMode = 'plain' | 'lfs';

export interface LargeFiles {
  readonly mode: LargeFilesMode;
  /** With lfs: files of this many bytes or more are stored with Git LFS. */
  readonly threshold: number;
}

/** Whether a mirror URL is on GitHub (github.com, or GitHub Enterprise Cloud's *.ghe.com), whose limit is known. */
export function isGitHubHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'github.com' || host === 'www.github.com' || host.endsWith('.ghe.com');
}

/** Whether a file of `size` bytes is stored with LFS. */
export function storedWithLfs(large: LargeFiles, size: number): boolean {
  return large.mode === 'lfs' && size >= large.threshold;
}

/** The pointer file git-lfs writes for an object (spec v1): what the branch holds in the file's place. */
export function lfsPointer(oid: string, size: number): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${String(size)}\n`;
}

/** The `oid` and `size` of a pointer file's text, or undefined when it is not one. */
export function parseLfsPointer(text: string): { oid: string; size: number } | undefined {
  const m = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\noid sha256:([0-9a-f]{64})\nsize (\d+)\n$/.exec(text);
  return m?.[1] && m[2] ? { oid: m[1], size: Number(m[2]) } : undefined;
}

/**
 * The .gitattributes that marks each LFS path, one line per path, sorted: what a clone with git-lfs
 * needs to put the content back. A path is written as a pattern anchored at the root, with the
 * characters that a pattern gives meaning to escaped.
 */
export function renderGitattributes(paths: Iterable<string>): string {
  return [...new Set(paths)]
    .sort()
    .map((p) => `/${p.replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`)} filter=lfs diff=lfs merge=lfs -text\n`)
    .join('');
}

/** The paths a .gitattributes that renderGitattributes wrote marks for LFS. */
export function lfsPathsOf(gitattributes: string): Set<string> {
  const out = new Set<string>();
  for (const line of gitattributes.split('\n')) {
    const m = /^\/((?:\\.|[^\s\\])+) filter=lfs diff=lfs merge=lfs -text$/.exec(line);
    if (m?.[1]) out.add(m[1].replace(/\\(.)/g, '$1'));
  }
  return out;
}

/** Bytes as a person reads them, the way GitHub's message does: MB of 1,048,576 bytes, two decimals. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(2)} MB`;
}

/**
 * For a GitHub mirror, the first of the files a push would send as plain git blobs (the ones not in
 * LFS) that is over GitHub's limit; the run stops before any push with RequestEntityTooLarge naming it.
 */
export function overGitHubLimit(
  url: string,
  large: LargeFiles,
  files: ReadonlyArray<{ readonly path: string; readonly size: number }>,
): MirrorError | undefined {
  if (!isGitHubHost(url)) return undefined;
  const over = files.filter((f) => f.size > GITHUB_FILE_LIMIT && !storedWithLfs(large, f.size)).sort((a, b) => b.size - a.size);
  const [first] = over;
  if (!first) return undefined;
  const n = over.length - 1;
  const more = t(
    n > 0 ? ` (and ${String(n)} more file${n > 1 ? 's' : ''} over it)` : '',
    n > 0 ? ` (и ещё ${String(n)} ${ruPlural(n, 'файл', 'файла', 'файлов')} сверх него)` : '',
  );
  const [q, size, bytes, limit] = [quote(first.path), megabytes(first.size), String(first.size), String(GITHUB_FILE_LIMIT)];
  return new MirrorError(
    'RequestEntityTooLarge',
    t(
      `${q} is ${size} (${bytes} bytes), over GitHub's per-file limit of 100 MiB (${limit} bytes)${more.en}; nothing was pushed and the branch is as it was.`,
      `${q} занимает ${size} (${bytes} байт), больше ограничения GitHub на размер файла в 100 MiB (${limit} байт)${more.ru}; ничего не отправлено, ветка осталась как была.`,
    ),
    { verb: 'create', resource: url, hint: wayOut(large) },
  );
}

/** What to do about a file over a server's limit. */
export function wayOut(large: LargeFiles): Text {
  const threshold = String(large.threshold);
  return large.mode === 'lfs'
    ? t(
        `Set lfs-threshold below the server's per-file limit (it is ${threshold} bytes).`,
        `Задайте lfs-threshold меньше ограничения сервера на размер файла (сейчас lfs-threshold — ${threshold} байт).`,
      )
    : t(
        'Set large-files: lfs: files of lfs-threshold bytes or more (default 100 MiB) then go to Git LFS (the runner needs git-lfs).',
        'Задайте large-files: lfs: тогда файлы размером от lfs-threshold байт (по умолчанию 100 MiB) попадут в Git LFS (на раннере нужен git-lfs).',
      );
}

/** The file and its size in a server's refusal (GitHub's GH001: "File X is 123.45 MB; this exceeds ..."). */
export function refusedFile(text: string): { file: string; size: string } | undefined {
  const m = /File (.+?) is (\d+(?:\.\d+)? ?[KMG]i?B); this exceeds/.exec(text);
  return m?.[1] && m[2] ? { file: m[1], size: m[2] } : undefined;
}
