// Build facts: what the Docker build itself says it fetched, for the SBOM. The recipe copies CMake's own
// download and git clone scripts out of the build dir, with a trace of the configure-time file(DOWNLOAD)
// calls and a list of the git clones it found; this reads them into downloads and clones. Pure: the
// engine copies the facts directory out of the image and hands its files here as text.
import path from 'node:path';
import { byCodeUnit } from '../common/text.js';

/** Where the recipe leaves the facts in the image. */
export const FACTS_DIR_IN_IMAGE = '/falco-deps-facts';

/** How CMake fetched a file. */
export type FetchedBy = 'ExternalProject' | 'FetchContent' | 'file(DOWNLOAD)';

/** One file CMake downloaded into the build dir. */
export interface DownloadFact {
  /** Where the file landed, relative to the build dir, forward slashes. */
  readonly path: string;
  /** The ExternalProject's name (download-<name>.cmake), FetchContent's without the `-populate` suffix, or the file's base name for file(DOWNLOAD). */
  readonly name: string;
  readonly urls: readonly string[];
  /** The hash CMake checked, as URL_HASH spells it (`SHA256=<hex>`); undefined when none was declared. */
  readonly urlHash?: string;
  readonly fetchedBy: FetchedBy;
  /** The stamp directory of the script, relative to the build dir (ExternalProject/FetchContent only), e.g. `openssl-prefix/src/openssl-stamp`. */
  readonly stampDir?: string;
}

/** A submodule of a clone, as `git submodule status` reports it; path relative to the clone. */
export interface GitSubmodule {
  readonly path: string;
  readonly commit: string;
  readonly url: string;
}

/** One git clone an ExternalProject (or FetchContent) made in the build dir. */
export interface GitFact {
  /** The clone's directory relative to the build dir. */
  readonly path: string;
  /** The ExternalProject's name (from `<name>-gitinfo.txt` / `<name>-gitclone.cmake`), else the directory's base name. */
  readonly name: string;
  readonly url: string;
  readonly commit: string;
  readonly tag?: string;
  readonly submodules: readonly GitSubmodule[];
}

/** Everything the facts directory says. */
export interface BuildFacts {
  readonly buildDir: string;
  /**
   * Sorted by path; one per path. When two facts name one path, a download script (ExternalProject or
   * FetchContent) beats a file(DOWNLOAD) trace line, because it knows the project's name and stamp dir;
   * among scripts the one whose facts file sorts last wins, among trace lines the last line wins (it is
   * the download that wrote the file last).
   */
  readonly downloads: readonly DownloadFact[];
  /** Sorted by path; one per path (the last block of git.txt for a path wins). */
  readonly git: readonly GitFact[];
  /** False when the facts dir was empty or absent (nothing to read): the SBOM will be marked partial. */
  readonly found: boolean;
}

/** The build dir when the facts do not say: the recipe's default. */
const DEFAULT_BUILD_DIR = '/falco/build';
/** The facts dir's sub-directory holding CMake-generated files, by their path relative to the build dir. */
const CMAKE_PREFIX = 'cmake/';

/** Reads the facts directory's files (key: path relative to it, forward slashes). Never throws; skips what it cannot read. */
export function parseBuildFacts(given: ReadonlyMap<string, string>): BuildFacts {
  // Keys as a reader might spell them (./build-dir, cmake\\x) are read as the plain relative path.
  const files = new Map([...given].map(([key, text]) => [cleanRelative(key.replace(/\\/g, '/')) ?? key, text]));
  const buildDir = readBuildDir(files.get('build-dir'));
  // The CMake-generated files by their path relative to the build dir, in a stable order.
  const cmakeFiles = [...files]
    .filter(([key]) => key.startsWith(CMAKE_PREFIX))
    .map(([key, text]): [string | undefined, string] => [cleanRelative(key.slice(CMAKE_PREFIX.length)), text])
    .filter((entry): entry is [string, string] => entry[0] !== undefined)
    .sort(([a], [b]) => byCodeUnit(a, b));

  const downloads = new Map<string, DownloadFact>();
  for (const fact of traceDownloads(files.get('configure-downloads.json') ?? '', buildDir)) downloads.set(fact.path, fact);
  for (const [rel, text] of cmakeFiles) {
    const fact = scriptDownload(rel, text, buildDir);
    if (fact) downloads.set(fact.path, fact);
  }

  const clones = cloneScripts(cmakeFiles);
  const git = new Map<string, GitFact>();
  for (const fact of gitFacts(files.get('git.txt') ?? '', buildDir, clones)) git.set(fact.path, fact);

  return {
    buildDir,
    downloads: [...downloads.values()].sort((a, b) => byCodeUnit(a.path, b.path)),
    git: [...git.values()].sort((a, b) => byCodeUnit(a.path, b.path)),
    found: given.size > 0,
  };
}

function readBuildDir(text: string | undefined): string {
  const line = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line?.startsWith('/') ? normalizeDir(line) : DEFAULT_BUILD_DIR;
}

/** A relative path normalised, or undefined when it is empty, absolute or climbs out. */
function cleanRelative(rel: string): string | undefined {
  if (rel === '' || rel.startsWith('/')) return undefined;
  const clean = path.posix.normalize(rel);
  return clean === '.' || clean === '..' || clean.startsWith('../') ? undefined : clean;
}

/** An absolute path relative to the build dir; undefined for a relative path or one outside it (not mirrored). */
function underBuildDir(abs: string, buildDir: string): string | undefined {
  if (!abs.startsWith('/')) return undefined;
  return cleanRelative(path.posix.relative(buildDir, path.posix.normalize(abs)));
}

/** An absolute directory normalised, without a trailing slash, so that two spellings compare equal. */
function normalizeDir(dir: string): string {
  const clean = path.posix.normalize(dir);
  return clean.length > 1 && clean.endsWith('/') ? clean.slice(0, -1) : clean;
}

/**
 * A script's project name and how it fetched: FetchContent's sub-build names its ExternalProject
 * `<n>-populate` inside a `<n>-subbuild` directory; anything else is a plain ExternalProject.
 */
function projectOf(rel: string, rawName: string): { name: string; fetchedBy: 'ExternalProject' | 'FetchContent' } {
  const n = rawName.endsWith('-populate') ? rawName.slice(0, -'-populate'.length) : '';
  if (n !== '' && rel.split('/').includes(`${n}-subbuild`)) return { name: n, fetchedBy: 'FetchContent' };
  return { name: rawName, fetchedBy: 'ExternalProject' };
}

// ---- download scripts (ExternalProject's download-<name>.cmake) ----

function scriptDownload(rel: string, text: string, buildDir: string): DownloadFact | undefined {
  const m = /(?:^|\/)download-([^/]+)\.cmake$/.exec(rel);
  if (!m?.[1]) return undefined;
  const script = parseDownloadScript(text);
  const target = script && underBuildDir(script.local, buildDir);
  if (!script || target === undefined) return undefined;
  const stampDir = path.posix.dirname(rel);
  return {
    path: target,
    ...projectOf(rel, m[1]),
    urls: script.urls,
    ...(script.urlHash ? { urlHash: script.urlHash } : {}),
    ...(stampDir !== '.' ? { stampDir } : {}),
  };
}

interface DownloadScript {
  readonly local: string;
  readonly urls: readonly string[];
  readonly urlHash?: string | undefined;
}

/**
 * What a download script fetches, read from lines every template of CMake 3.12-3.31 writes: the
 * LOCAL and REMOTE "can't be empty" checks, the `foreach(url ...)` loop, and check_file_hash's
 * `file("<ALGO>" "<LOCAL>" actual_value)` and `if(NOT "${actual_value}" STREQUAL "<EXPECTED>")`.
 */
function parseDownloadScript(text: string): DownloadScript | undefined {
  const lines = text.split(/\r?\n/);
  const local = emptinessChecked(lines, 'LOCAL');
  if (local === undefined || local === '') return undefined;
  const remote = emptinessChecked(lines, 'REMOTE') ?? '';
  const loop = lines.map((l) => /^\s*foreach\s*\(\s*url\s+(.*)\)\s*$/.exec(l)?.[1]).find((l) => l !== undefined);
  // The loop's items are the URLs CMake tries in turn; a template that loops over a variable falls back to REMOTE.
  let urls = cmakeArgs(loop ?? '').filter((u) => u !== '' && !u.includes('${'));
  if (urls.length === 0) urls = remote.split(/[\s;]+/).filter((u) => u !== '' && !u.includes('${'));
  return { local, urls: [...new Set(urls)], urlHash: checkedHash(text) };
}

/** The quoted value of `if("<v>" STREQUAL "")` when the next non-blank line is `message(FATAL_ERROR "<what> can't be empty")`. */
function emptinessChecked(lines: readonly string[], what: 'LOCAL' | 'REMOTE'): string | undefined {
  const fatal = new RegExp(`FATAL_ERROR\\s+"${what} can't be empty"`, 'i');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*if\s*\(\s*"([^"]*)"\s+STREQUAL\s+""\s*\)\s*$/.exec(lines[i] ?? '');
    if (!m) continue;
    let next = i + 1;
    while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
    if (fatal.test(lines[next] ?? '')) return m[1];
  }
  return undefined;
}

/** The hash check_file_hash compares against, as URL_HASH spells it; undefined when ALGO is empty or the lines are absent. */
function checkedHash(text: string): string | undefined {
  const algo = /^\s*file\s*\(\s*"([^"]*)"\s+"[^"]*"\s+actual_value\s*\)/m.exec(text)?.[1];
  const expected = /^\s*if\s*\(\s*NOT\s+"\$\{actual_value\}"\s+STREQUAL\s+"([^"]*)"\s*\)/m.exec(text)?.[1];
  return urlHash(algo, expected);
}

/** `<ALGO>=<hex>` with CMake's algorithm name (MD5, SHA1, SHA256, SHA3_256 ...); undefined unless both parts are sound. */
function urlHash(algo: string | undefined, value: string | undefined): string | undefined {
  const name = (algo ?? '').trim().toUpperCase().replace(/-/g, '');
  const hex = (value ?? '').trim().toLowerCase();
  if (!/^(?:MD5|SHA\d+|SHA3_\d+)$/.test(name) || !/^[0-9a-f]+$/.test(hex)) return undefined;
  return `${name}=${hex}`;
}

/** A CMake argument list: quoted arguments whole, unquoted ones split on whitespace and `;` (CMake's list separator). */
function cmakeArgs(text: string): string[] {
  const out: string[] = [];
  const token = /"((?:[^"\\]|\\.)*)"|([^\s"]+)/g;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    if (m[1] !== undefined) out.push(m[1].replace(/\\(.)/g, '$1'));
    else out.push(...(m[2] ?? '').split(';'));
  }
  return out.filter((a) => a !== '');
}

// ---- configure-time file(DOWNLOAD) calls, from CMake's json-v1 trace ----

// file(DOWNLOAD <url>) without a file (CMake 3.19+) only checks the URL: its third argument is an option.
const DOWNLOAD_OPTIONS = new Set([
  'INACTIVITY_TIMEOUT',
  'LOG',
  'SHOW_PROGRESS',
  'STATUS',
  'TIMEOUT',
  'USERPWD',
  'HTTPHEADER',
  'NETRC',
  'NETRC_FILE',
  'TLS_VERIFY',
  'TLS_VERSION',
  'TLS_CAINFO',
  'EXPECTED_HASH',
  'EXPECTED_MD5',
  'RANGE_START',
  'RANGE_END',
]);

function traceDownloads(text: string, buildDir: string): DownloadFact[] {
  const out: DownloadFact[] = [];
  for (const line of text.split(/\r?\n/)) {
    const args = downloadArgs(line);
    const [, url, dest, ...options] = args ?? [];
    if (url === undefined || dest === undefined || DOWNLOAD_OPTIONS.has(dest)) continue;
    // A relative destination is relative to a binary dir the trace does not name: it cannot be placed.
    const target = underBuildDir(dest, buildDir);
    if (target === undefined) continue;
    const hash = expectedHash(options);
    out.push({
      path: target,
      name: path.posix.basename(target),
      urls: [url],
      ...(hash ? { urlHash: hash } : {}),
      fetchedBy: 'file(DOWNLOAD)',
    });
  }
  return out;
}

/** The arguments of a traced `file(DOWNLOAD ...)` call; undefined for any other line. */
function downloadArgs(line: string): string[] | undefined {
  if (line.trim() === '') return undefined;
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { cmd, args } = entry as { cmd?: unknown; args?: unknown };
  if (typeof cmd !== 'string' || cmd.toLowerCase() !== 'file' || !Array.isArray(args)) return undefined;
  const strings = args.filter((a): a is string => typeof a === 'string');
  return strings.length === args.length && strings[0] === 'DOWNLOAD' ? strings : undefined;
}

function expectedHash(options: readonly string[]): string | undefined {
  for (let i = 0; i < options.length; i++) {
    const value = options[i + 1];
    if (options[i] === 'EXPECTED_HASH' && value) {
      const eq = value.indexOf('=');
      if (eq > 0) return urlHash(value.slice(0, eq), value.slice(eq + 1));
    }
    if (options[i] === 'EXPECTED_MD5' && value) return urlHash('MD5', value);
  }
  return undefined;
}

// ---- git clones ----

/** What one `<name>-gitinfo.txt` or `<name>-gitclone.cmake` says about its clone. */
interface CloneScript {
  readonly name: string;
  /** The clone's absolute directory, as the script names it (one or more spellings). */
  readonly dirs: readonly string[];
  readonly tag?: string | undefined;
  readonly url?: string | undefined;
}

function cloneScripts(cmakeFiles: ReadonlyArray<readonly [string, string]>): CloneScript[] {
  const out: CloneScript[] = [];
  for (const [rel, text] of cmakeFiles) {
    const info = /(?:^|\/)([^/]+)-gitinfo\.txt$/.exec(rel)?.[1];
    const clone = /(?:^|\/)([^/]+)-gitclone\.cmake$/.exec(rel)?.[1];
    if (info) out.push({ name: projectOf(rel, info).name, ...parseGitinfo(text) });
    else if (clone) out.push({ name: projectOf(rel, clone).name, ...parseGitclone(text) });
  }
  return out;
}

function parseGitinfo(text: string): { dirs: string[]; url?: string | undefined } {
  const value = (key: string): string | undefined => new RegExp(`^${key}=(.*)$`, 'm').exec(text)?.[1]?.trim() || undefined;
  const dir = value('source_dir');
  return { dirs: dir ? [normalizeDir(dir)] : [], url: value('repository') };
}

/** The tag `git checkout` is given and the clone's directory: checkout's WORKING_DIRECTORY, and clone's plus its target. */
function parseGitclone(text: string): { dirs: string[]; tag?: string | undefined; url?: string | undefined } {
  const dirs: string[] = [];
  let tag: string | undefined;
  let url: string | undefined;
  for (const { command, workingDirectory } of gitCommands(text)) {
    const sub = command.findIndex((t) => t === 'clone' || t === 'checkout');
    if (command[sub] === 'checkout' && tag === undefined) {
      const value = command[sub + 1];
      if (value && !value.startsWith('-')) tag = value;
      if (workingDirectory) dirs.push(normalizeDir(workingDirectory));
    }
    if (command[sub] === 'clone' && url === undefined) {
      // git clone [options] <url> <directory>, run in WORKING_DIRECTORY.
      const [cloneUrl, target] = command.slice(sub + 1).slice(-2);
      if (!cloneUrl || !target || cloneUrl.startsWith('-') || target.startsWith('-')) continue;
      url = cloneUrl;
      if (workingDirectory) dirs.push(normalizeDir(path.posix.join(workingDirectory, target)));
    }
  }
  return { dirs, tag, url };
}

// execute_process's keywords: where COMMAND's arguments end.
const EXECUTE_PROCESS_KEYWORDS = new Set([
  'COMMAND',
  'WORKING_DIRECTORY',
  'RESULT_VARIABLE',
  'RESULTS_VARIABLE',
  'OUTPUT_VARIABLE',
  'ERROR_VARIABLE',
  'INPUT_FILE',
  'OUTPUT_FILE',
  'ERROR_FILE',
  'OUTPUT_QUIET',
  'ERROR_QUIET',
  'TIMEOUT',
  'COMMAND_ECHO',
  'COMMAND_ERROR_IS_FATAL',
  'ENCODING',
  'ECHO_OUTPUT_VARIABLE',
  'ECHO_ERROR_VARIABLE',
  'OUTPUT_STRIP_TRAILING_WHITESPACE',
  'ERROR_STRIP_TRAILING_WHITESPACE',
]);

/**
 * The git commands a clone script runs, each with its WORKING_DIRECTORY. Read per execute_process call
 * rather than by searching the text, because the script's comments and messages say "clone" too.
 */
function gitCommands(text: string): Array<{ command: string[]; workingDirectory?: string | undefined }> {
  const out: Array<{ command: string[]; workingDirectory?: string | undefined }> = [];
  const call = /\bexecute_process\s*\(/g;
  for (let m = call.exec(text); m; m = call.exec(text)) {
    const args = cmakeArgs(callBody(text, m.index + m[0].length));
    const at = args.indexOf('COMMAND');
    if (at < 0) continue;
    let end = at + 1;
    while (end < args.length && !EXECUTE_PROCESS_KEYWORDS.has(args[end] ?? '')) end++;
    const command = args.slice(at + 1, end);
    if (!/(?:^|\/)git(?:\.exe)?$/i.test(command[0] ?? '')) continue;
    const wd = args.indexOf('WORKING_DIRECTORY');
    out.push({ command, workingDirectory: wd >= 0 ? args[wd + 1] : undefined });
  }
  return out;
}

/** A call's arguments: the text from `from` to the first `)` outside quotes. */
function callBody(text: string, from: number): string {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (c === ')' && !quoted) return text.slice(from, i);
  }
  return text.slice(from);
}

function gitFacts(text: string, buildDir: string, clones: readonly CloneScript[]): GitFact[] {
  const out: GitFact[] = [];
  for (const block of text.split(/\r?\n[ \t]*\r?\n/)) {
    const fields = new Map<string, string>();
    const submodules: GitSubmodule[] = [];
    for (const line of block.split(/\r?\n/)) {
      const m = /^\s*(\S+)(?:[ \t]+(.*?))?\s*$/.exec(line);
      if (!m?.[1]) continue;
      if (m[1] === 'submodule') {
        const sub = parseSubmodule(m[2] ?? '');
        if (sub) submodules.push(sub);
      } else fields.set(m[1], m[2] ?? '');
    }
    const repository = fields.get('repository') ?? '';
    const commit = (fields.get('commit') ?? '').toLowerCase();
    const rel = underBuildDir(repository, buildDir);
    if (rel === undefined || !isCommit(commit)) continue;
    const dir = normalizeDir(repository);
    const scripts = clones.filter((c) => c.dirs.includes(dir));
    const url = fields.get('url') || scripts.find((c) => c.url)?.url;
    if (!url) continue;
    const tag = nonCommitTag(fields.get('tag') || scripts.find((c) => c.tag)?.tag, commit);
    out.push({
      path: rel,
      name: scripts[0]?.name ?? path.posix.basename(rel),
      url,
      commit,
      ...(tag ? { tag } : {}),
      submodules: submodules.sort((a, b) => byCodeUnit(a.path, b.path)),
    });
  }
  return out;
}

/** `<commit> <path> <url>`; the commit may carry `git submodule status`'s `-`, `+` or `U` mark. */
function parseSubmodule(rest: string): GitSubmodule | undefined {
  const [rawCommit = '', ...others] = rest.trim().split(/\s+/);
  const commit = rawCommit.replace(/^[-+U]/, '').toLowerCase();
  if (!isCommit(commit) || others.length === 0) return undefined;
  const url = others.length > 1 ? (others.pop() ?? '') : '';
  const sub = cleanRelative(others.join(' '));
  return sub === undefined ? undefined : { path: sub, commit, url };
}

function isCommit(value: string): boolean {
  return /^[0-9a-f]{7,64}$/.test(value);
}

// A GIT_TAG that is the commit itself (or its abbreviation) names no tag.
function nonCommitTag(tag: string | undefined, commit: string): string | undefined {
  const t = tag?.trim();
  if (!t) return undefined;
  return isCommit(t.toLowerCase()) && commit.startsWith(t.toLowerCase()) ? undefined : t;
}
