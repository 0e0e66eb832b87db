// A tar stream (from `docker cp CONTAINER:/falco-deps -`) into a directory, refusing anything that
// could write or point outside it. The tree is written to a staging directory beside the target and
// renamed into place only when complete and checked, so a failure never leaves a partial tree behind.
//
// The writer is our own, on node-tar's Parser, rather than tar.x: it keeps what is on disk in a few
// maps (directories, links, files), so it can tell when an entry would be written through a link,
// resolve every link through the others, give a hard link its target's digest, and drop setuid bits;
// and it handles one entry at a time, so memory does not grow with the stream (tar.x starts the file
// operations of every entry it has parsed at once: hundreds of MB for 200,000 tiny entries).
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parser, type ReadEntry } from 'tar';
import { MirrorError, quote, t, type Text } from '../common/errors.js';
import { isRegularFile, type FileDigest } from './tar-hash.js';

const ALLOWED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);

/** Links followed in one resolution before giving up: Linux's own bound (MAXSYMLINKS). */
const MAX_LINK_HOPS = 40;

export interface ExtractOptions {
  /** The archive's top directory (docker cp names it after the copied directory). */
  readonly root: string;
  /** Settles when the process writing the stream has exited; its failure fails the extraction. */
  readonly producer?: Promise<void>;
}

/** A name's components as the kernel sees them: `/` separates, empty and `.` components are nothing. */
function components(name: string): string[] {
  return name.split('/').filter((p) => p !== '' && p !== '.');
}

interface Entry {
  path: string;
  type: string;
  linkpath?: string | undefined;
}

/** Why an entry is refused (in English), or undefined when it is safe. Pure, so it is tested on its own. */
export function unsafeEntry(entry: Entry, root: string): string | undefined {
  return unsafeEntryText(entry, root)?.en;
}

/** Why an entry is refused, in both languages, or undefined when it is safe. */
export function unsafeEntryText(entry: Entry, root: string): Text | undefined {
  const name = entry.path;
  const q = quote(name);
  if (!ALLOWED_TYPES.has(entry.type)) {
    return t(
      `${q} is a ${entry.type}; only files, directories and links are allowed`,
      `${q} имеет тип ${entry.type}; допустимы только файлы, каталоги и ссылки`,
    );
  }
  if (name.includes('\0')) return t(`${q} contains a NUL byte`, `${q} содержит байт NUL`);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return t(`${q} is an absolute path`, `${q} — абсолютный путь`);
  // A backslash is an ordinary character on Linux, but a name that would climb on Windows is refused too.
  if (name.split(/[\\/]+/).includes('..')) return t(`${q} contains ".."`, `${q} содержит ".."`);
  const parts = components(name);
  if (parts[0] !== root) return t(`${q} is outside the ${quote(root)} directory`, `${q} находится вне каталога ${quote(root)}`);
  if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
    const target = entry.linkpath ?? '';
    if (target === '') return t(`link ${q} has no target`, `у ссылки ${q} нет цели`);
    if (target.includes('\0')) return t(`link ${q} has a target with a NUL byte`, `цель ссылки ${q} содержит байт NUL`);
    // Only `/` makes a target absolute on Linux: `a:b.tar.gz` is a file name like any other.
    if (target.startsWith('/'))
      return t(`link ${q} points to the absolute path ${quote(target)}`, `ссылка ${q} указывает на абсолютный путь ${quote(target)}`);
    // A symbolic link resolves from its own directory; a hard link names a member of the archive.
    // This reads the target as text; extractTree then resolves it through the tree's other links.
    const base = entry.type === 'SymbolicLink' ? parts.slice(0, -1) : [];
    const resolved: string[] = [...base];
    for (const part of target.split(/[\\/]+/)) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (resolved.length === 0) return outsideTree(q, quote(target));
        resolved.pop();
      } else resolved.push(part);
    }
    if (resolved[0] !== root || resolved.length < 2) return outsideTree(q, quote(target));
  }
  return undefined;
}

function outsideTree(link: string, target: string, via = ''): Text {
  return t(
    `link ${link} points outside the tree (${target}${via && `, through the link ${via}`})`,
    `ссылка ${link} указывает за пределы дерева (${target}${via && `, через ссылку ${via}`})`,
  );
}

/**
 * Extracts `source` into `dest` (which must not exist or be empty). Resolves, when every entry is on
 * disk, with the digest of each regular file by its path in the tree (the bytes left at that path),
 * hashed as the bytes went by; on any failure, removes what it wrote and rejects with a MirrorError.
 */
export async function extractTree(source: Readable, dest: string, options: ExtractOptions): Promise<ReadonlyMap<string, FileDigest>> {
  // Handled below with allSettled; this keeps an early rejection from counting as unhandled.
  options.producer?.catch(() => undefined);
  const staging = `${dest}.partial-${randomBytes(4).toString('hex')}`;
  const tree = new TreeWriter(staging, options.root);
  try {
    // Inside the try: a full disk here is reported like one during the extraction.
    await fsp.mkdir(path.dirname(dest), { recursive: true });
    await fsp.mkdir(staging);
    // Wait for both sides: a truncated stream can still look like a complete archive.
    const [piped, produced] = await Promise.allSettled([pipeline(source, tree.sink()), options.producer ?? Promise.resolve()]);
    // A refusal first: it is why the stream was cut, and so why its writer failed.
    if (tree.refused) throw tree.refused;
    if (produced.status === 'rejected') throw produced.reason;
    if (piped.status === 'rejected') throw piped.reason;
    tree.checkLinks();
    await fsp.rmdir(dest).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    });
    await fsp.rename(staging, dest);
    return tree.digests;
  } catch (err) {
    // Every write is synchronous (see TreeWriter): once the pipeline has settled nothing is in flight,
    // and the staging directory can be removed for good.
    source.destroy();
    tree.dispose();
    await fsp.rm(staging, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }).catch(() => undefined);
    const leftBehind = await fsp.stat(staging).then(
      () => t(` A partial copy is left in ${staging}; remove it.`, ` Частичная копия осталась в ${staging}; удалите её.`),
      () => t('', ''),
    );
    if (err instanceof MirrorError) {
      if (leftBehind.en) {
        const detail = t(`${err.detailText.en}${leftBehind.en}`, `${err.detailText.ru}${leftBehind.ru}`);
        throw new MirrorError(err.reason, detail, { cause: err });
      }
      throw err;
    }
    // Not necessarily an Error: whatever was thrown, without a message of its own, is shown as a string.
    const e = err as Partial<NodeJS.ErrnoException>;
    const said = e.message ?? String(err);
    const what = e.code === 'ENOSPC' ? t('the disk is full', 'диск заполнен') : t(said, said);
    const detail = t(
      `Could not write the deps tree to ${dest}: ${what.en}.${leftBehind.en || ' Nothing was left behind.'}`,
      `Не удалось записать дерево зависимостей в ${dest}: ${what.ru}.${leftBehind.ru || ' Ничего не оставлено.'}`,
    );
    throw new MirrorError('InternalError', detail, { cause: err });
  }
}

function refusal(reason: Text): MirrorError {
  return new MirrorError(
    'Invalid',
    t(`Refused to extract the deps tree: ${reason.en}.`, `Извлечение дерева зависимостей отклонено: ${reason.ru}.`),
  );
}

/** A file's permission bits without setuid, setgid and sticky: the tree holds downloads, not programs to trust. */
function permissions(mode: number | undefined, fallback: number): number {
  const bits = (mode ?? 0) & 0o777;
  return bits === 0 ? fallback : bits;
}

/** Writes all of `chunk` (writeSync may write less than asked). */
function writeAll(fd: number, chunk: Buffer): void {
  for (let off = 0; off < chunk.length;) off += fs.writeSync(fd, chunk, off, chunk.length - off);
}

/**
 * Applies the entries of one archive to a staging directory, one at a time as the parser hands them
 * over. Every file system call is synchronous, like node-tar's own UnpackSync: each is one short call
 * on at most one chunk of the pipe, an entry is complete on disk before the next one starts, and no
 * entry waits in memory. State per entry: its path in one of three collections.
 *
 * What is on disk under the staging directory is exactly what these collections say, since nothing
 * else writes there: so an entry's parents are checked against them (never through a link), and a
 * path is only ever created fresh (O_EXCL), after whatever was there has been unlinked.
 */
class TreeWriter {
  /** Regular files by path in the tree: the digest of the bytes at that path now. */
  readonly digests = new Map<string, FileDigest>();
  /** Directories by path in the tree; '' is the tree's root (the staging directory). */
  private readonly dirs = new Set<string>(['']);
  /** Symbolic links by path in the tree, with their text. */
  private readonly links = new Map<string, string>();
  private readonly parser: Parser;
  private failure: Error | undefined;
  /** The file being written, closed on a failure. */
  private openFd: number | undefined;
  /** The sink's pending write or final callback, released on a failure. */
  private waiting: (() => void) | undefined;

  constructor(
    private readonly staging: string,
    private readonly root: string,
  ) {
    // strict: a damaged header or a truncated stream is an error, not a skipped entry.
    this.parser = new Parser({ strict: true, onReadEntry: (entry) => this.onEntry(entry) });
    this.parser.on('error', (err: Error) => this.fail(err));
    // Entries of a type the parser does not know, or too large a pax header: skipped silently otherwise.
    this.parser.on('ignoredEntry', (entry: ReadEntry) =>
      this.fail(
        refusal(
          unsafeEntryText(entry, root) ??
            t(
              `${quote(entry.path)} is a ${entry.type}, which cannot be read`,
              `${quote(entry.path)} имеет тип ${entry.type}, который не удаётся прочитать`,
            ),
        ),
      ),
    );
  }

  /** The refusal that stopped the extraction, if one did. */
  get refused(): MirrorError | undefined {
    return this.failure instanceof MirrorError && this.failure.reason === 'Invalid' ? this.failure : undefined;
  }

  /** A stream to pipe the archive into; it finishes once every entry is on disk, or fails with the first error. */
  sink(): Writable {
    return new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        // The parser hands each entry to onEntry, which writes it at once: true unless entries are queued.
        const more = this.failure === undefined ? this.parser.write(chunk) : true;
        if (more || this.failure) done(this.failure ?? null);
        else this.waitFor('drain', done);
      },
      final: (done) => {
        this.waitFor('end', done);
        this.parser.end();
      },
      destroy: (err, done) => {
        this.dispose();
        done(err);
      },
    });
  }

  /** Calls `done` on the parser's `event`, or at once on a failure (the event may then never come). */
  private waitFor(event: 'drain' | 'end', done: (err?: Error | null) => void): void {
    const release = (): void => {
      this.parser.off(event, release);
      this.waiting = undefined;
      done(this.failure ?? null);
    };
    this.waiting = release;
    this.parser.on(event, release);
    if (this.failure) release();
  }

  private fail(err: unknown): void {
    this.failure ??= err instanceof Error ? err : new Error(String(err));
    this.dispose();
    this.waiting?.();
  }

  /** Closes the file being written, if any. */
  dispose(): void {
    if (this.openFd === undefined) return;
    const fd = this.openFd;
    this.openFd = undefined;
    try {
      fs.closeSync(fd);
    } catch {
      // Already failing: the staging directory is removed anyway.
    }
  }

  private full(rel: string): string {
    return path.join(this.staging, rel);
  }

  /** A path of the tree as the archive names it, in full (deps trees nest deep). */
  private shown(rel: string): string {
    return quote(rel === '' ? this.root : `${this.root}/${rel}`, 400);
  }

  private onEntry(entry: ReadEntry): void {
    if (this.failure) {
      entry.resume();
      return;
    }
    try {
      this.apply(entry);
    } catch (err) {
      this.fail(err);
      entry.resume();
    }
  }

  private apply(entry: ReadEntry): void {
    const why = unsafeEntryText(entry, this.root);
    if (why !== undefined) throw refusal(why);
    const parts = components(entry.path).slice(1);
    const rel = parts.join('/');
    if (rel === '') {
      // The tree's own directory: the staging directory stands for it.
      if (entry.type !== 'Directory') {
        const q = quote(entry.path);
        throw refusal(t(`${q} is a ${entry.type}, not the tree's directory`, `${q} имеет тип ${entry.type}, а не каталог дерева`));
      }
      entry.resume();
      return;
    }
    this.makeParents(parts, entry.path);
    if (isRegularFile(entry.type)) {
      // Resumed there, once its listeners are in place.
      this.writeFile(rel, entry);
      return;
    }
    if (entry.type === 'Directory') this.makeDirectory(rel, entry);
    else if (entry.type === 'SymbolicLink') this.makeSymlink(rel, entry);
    else this.makeHardLink(rel, entry);
    entry.resume();
  }

  /** Creates the entry's missing parent directories; refuses a parent that is a link or a file. */
  private makeParents(parts: readonly string[], name: string): void {
    if (this.dirs.has(parts.slice(0, -1).join('/'))) return;
    let rel = '';
    for (const part of parts.slice(0, -1)) {
      rel = rel === '' ? part : `${rel}/${part}`;
      if (this.dirs.has(rel)) continue;
      // The kernel would follow the link, wherever it points.
      const q = quote(name);
      if (this.links.has(rel))
        throw refusal(
          t(`${q} would be written through the link ${this.shown(rel)}`, `${q} был бы записан через ссылку ${this.shown(rel)}`),
        );
      if (this.digests.has(rel))
        throw refusal(t(`${q} would be written inside the file ${this.shown(rel)}`, `${q} был бы записан внутрь файла ${this.shown(rel)}`));
      fs.mkdirSync(this.full(rel), 0o755);
      this.dirs.add(rel);
    }
  }

  /** Unlinks the file or link at `rel` so that a new entry can take its place; a directory stays. */
  private clear(rel: string, name: string): void {
    if (this.dirs.has(rel)) throw refusal(t(`${quote(name)} would replace a directory`, `${quote(name)} заменил бы каталог`));
    if (this.digests.delete(rel) || this.links.delete(rel)) fs.unlinkSync(this.full(rel));
  }

  private makeDirectory(rel: string, entry: ReadEntry): void {
    if (this.dirs.has(rel)) return;
    this.clear(rel, entry.path);
    // Owner rwx always, so that the entries that follow can be written and the tree removed.
    fs.mkdirSync(this.full(rel), permissions(entry.mode, 0o755) | 0o700);
    this.dirs.add(rel);
  }

  private makeSymlink(rel: string, entry: ReadEntry): void {
    const target = entry.linkpath ?? '';
    this.clear(rel, entry.path);
    fs.symlinkSync(target, this.full(rel));
    this.links.set(rel, target);
  }

  /** A hard link names a member of the archive: only a regular file already extracted will do. */
  private makeHardLink(rel: string, entry: ReadEntry): void {
    const text = entry.linkpath ?? '';
    // unsafeEntry has checked that the target stays in the tree; `..` is applied to the text, and the
    // link is made to that very path, whose parents are all directories of the tree.
    const parts: string[] = [];
    for (const part of components(text)) {
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    const target = parts.slice(1).join('/');
    const digest = this.digests.get(target);
    if (digest === undefined) {
      const [q, tq] = [quote(entry.path), quote(text)];
      throw refusal(
        t(
          `hard link ${q} points to ${tq}, which is not a file extracted before it`,
          `жёсткая ссылка ${q} указывает на ${tq}, а это не файл, извлечённый раньше неё`,
        ),
      );
    }
    // A member linked to itself (GNU tar writes one for a file named twice): it is already there.
    if (target === rel) return;
    this.clear(rel, entry.path);
    fs.linkSync(this.full(target), this.full(rel));
    // The same bytes as the target's, whatever was at this path before.
    this.digests.set(rel, digest);
  }

  /** Writes the entry's bytes as they come, hashing them; the digest is recorded at the entry's end. */
  private writeFile(rel: string, entry: ReadEntry): void {
    this.clear(rel, entry.path);
    // 'wx' (O_CREAT | O_EXCL): a fresh file, never through a link or into another path's inode.
    const fd = fs.openSync(this.full(rel), 'wx', permissions(entry.mode, 0o644));
    this.openFd = fd;
    const hash = createHash('sha256');
    let size = 0;
    entry.on('data', (chunk: Buffer) => {
      if (this.failure) return;
      try {
        writeAll(fd, chunk);
      } catch (err) {
        this.fail(err);
        return;
      }
      hash.update(chunk);
      size += chunk.length;
    });
    entry.on('end', () => {
      if (this.failure) return;
      try {
        if (entry.mtime) fs.futimesSync(fd, entry.atime ?? entry.mtime, entry.mtime);
        this.openFd = undefined;
        fs.closeSync(fd);
      } catch (err) {
        this.fail(err);
        return;
      }
      this.digests.set(rel, { size, sha256: hash.digest('hex') });
    });
    entry.resume();
  }

  /**
   * Refuses the tree if a symbolic link's real target leaves it: each link is resolved component by
   * component through the links of the whole archive (those before it and those after), as the kernel
   * would, so that a chain of links, each harmless as text, cannot reach outside.
   */
  checkLinks(): void {
    for (const [rel, text] of this.links) {
      const why = this.resolve(rel, text);
      if (why !== undefined) throw refusal(why);
    }
  }

  /** Why the link at `rel` leaves the tree (or points at its root), or undefined when it stays inside. */
  private resolve(rel: string, text: string): Text | undefined {
    const outside = (via: string): Text => outsideTree(this.shown(rel), quote(text), via === rel ? '' : this.shown(via));
    // Where resolution stands (always a path in the tree), and the components still to follow, last first.
    const at = rel.split('/').slice(0, -1);
    const todo = text.split('/').reverse();
    let via = rel;
    let hops = 0;
    while (todo.length > 0) {
      const part = todo.pop() ?? '';
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (at.length === 0) return outside(via);
        at.pop();
        continue;
      }
      const next = [...at, part].join('/');
      const target = this.links.get(next);
      if (target === undefined) {
        // A directory, a file, or nothing: as text, which is stricter than the kernel (it stops there).
        at.push(part);
        continue;
      }
      if (++hops > MAX_LINK_HOPS) {
        const shown = this.shown(rel);
        return t(
          `link ${shown} goes through more than ${MAX_LINK_HOPS} links (a loop?)`,
          `ссылка ${shown} проходит через более чем ${MAX_LINK_HOPS} ссылок (цикл?)`,
        );
      }
      // Links in the archive are never absolute (unsafeEntry), so the target resolves from `at`.
      via = next;
      todo.push(...target.split('/').reverse());
    }
    if (at.length === 0) {
      const shown = this.shown(rel);
      return t(
        `link ${shown} points to the tree's own directory (${quote(text)})`,
        `ссылка ${shown} указывает на сам каталог дерева (${quote(text)})`,
      );
    }
    return undefined;
  }
}
