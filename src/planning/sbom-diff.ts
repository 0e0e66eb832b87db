// The dependency diff between two mirror branches: reads the CycloneDX SBOM each one holds
// (falco-deps.cdx.json), lists its dependencies and says what an upgrade of Falco added, removed or
// changed, as markdown for a job summary and as plain text for the CLI. Pure: the caller reads the files.
import { MirrorError, quote, t, type Text } from '../common/errors.js';
import { byCodeUnit } from '../common/text.js';
import { isRecord, PROPERTY_PREFIX } from './sbom.js';

/** One dependency of an SBOM; nested components are named `<parent>/<child>`. */
export interface DepEntry {
  /** The name plus the sorted platforms: what the two SBOMs are matched by. Unique within one SBOM. */
  readonly key: string;
  readonly name: string;
  readonly version?: string;
  /** Where it was downloaded from (a distribution reference), else its repository (vcs). */
  readonly url?: string;
  /**
   * Lower-case hex: CMake's URL_HASH when it is a SHA-256 (the download's, which stays the same when
   * the action repacks a tarball), else the file's own hash.
   */
  readonly sha256?: string;
  /** The git commit of a clone or a submodule: what tells two versionless submodules apart. */
  readonly commit?: string;
  /** Sorted; empty when the SBOM does not say. */
  readonly platforms: readonly string[];
  /** Its path in the mirror's tree, when the SBOM says. */
  readonly path?: string;
}

export interface DepDiff {
  readonly added: DepEntry[];
  readonly removed: DepEntry[];
  readonly changed: Array<{ before: DepEntry; after: DepEntry }>;
  readonly unchanged: number;
}

/** A field whose change makes a dependency `changed`. */
export type ChangedField = 'version' | 'url' | 'sha256' | 'commit';

const PROPERTY = `${PROPERTY_PREFIX}:`;
// Deeper nesting than this is not an SBOM of ours; the bound keeps recursion off the stack limit.
const MAX_DEPTH = 16;

/** Every dependency an SBOM lists (nested ones flattened as `<parent>/<child>`), keyed by name and platforms. */
export function depsOf(sbom: unknown): DepEntry[] {
  if (!isRecord(sbom)) {
    const kind = kindOf(sbom);
    throw invalid(`The SBOM is not a JSON object (it is ${kind.en}).`, `SBOM не является объектом JSON (это ${kind.ru}).`);
  }
  const { bomFormat, specVersion, components } = sbom;
  if (bomFormat !== 'CycloneDX') {
    const format = describe(bomFormat);
    const found =
      bomFormat === undefined
        ? t('it has no bomFormat', 'в нём нет bomFormat')
        : t(`its bomFormat is ${format.en}`, `его bomFormat — ${format.ru}`);
    throw invalid(
      `The SBOM is not CycloneDX: ${found.en}, expected "CycloneDX".`,
      `SBOM не в формате CycloneDX: ${found.ru}, ожидается "CycloneDX".`,
    );
  }
  // A later 1.x only adds fields; a new major version may change the ones read here.
  if (typeof specVersion !== 'string' || !/^1\.\d+$/.test(specVersion)) {
    const version = describe(specVersion);
    throw invalid(
      `The SBOM's specVersion is ${version.en}; only CycloneDX 1.x is read.`,
      `specVersion в SBOM: ${version.ru}; читается только CycloneDX 1.x.`,
    );
  }
  const out: DepEntry[] = [];
  collect(components === undefined ? [] : components, 'components', undefined, [], 0, out);
  return uniqueKeys(out);
}

function collect(
  list: unknown,
  where: string,
  parent: string | undefined,
  parentPlatforms: readonly string[],
  depth: number,
  out: DepEntry[],
): void {
  if (!Array.isArray(list)) throw notAnArray(where, list);
  if (depth >= MAX_DEPTH) {
    throw invalid(
      `The SBOM's ${where} is nested more than ${MAX_DEPTH} levels deep.`,
      `${where} в SBOM вложен глубже чем на ${MAX_DEPTH} уровней.`,
    );
  }
  list.forEach((c: unknown, i) => {
    const at = `${where}[${i}]`;
    if (!isRecord(c)) {
      const kind = kindOf(c);
      throw invalid(`The SBOM's ${at} is not an object (it is ${kind.en}).`, `${at} в SBOM не является объектом (это ${kind.ru}).`);
    }
    if (typeof c.name !== 'string' || c.name === '') throw invalid(`The SBOM's ${at} has no name.`, `У ${at} в SBOM нет имени.`);
    if (c.version !== undefined && typeof c.version !== 'string')
      throw invalid(`The SBOM's ${at}.version is not a string.`, `${at}.version в SBOM не является строкой.`);
    const name = parent === undefined ? c.name : `${parent}/${c.name}`;
    const props = propertiesOf(c.properties, `${at}.properties`);
    const own = [...new Set(props.filter(([n]) => n === `${PROPERTY}platform`).map(([, v]) => v))].sort(byCodeUnit);
    // A submodule or a file inside a tarball is on the platforms of what holds it.
    const platforms = own.length > 0 ? own : parentPlatforms;
    const path = props.find(([n]) => n === `${PROPERTY}path`)?.[1];
    const url = urlOf(c.externalReferences, `${at}.externalReferences`);
    const sha256 = urlHashOf(props) ?? sha256Of(c.hashes, `${at}.hashes`);
    const commit = props.find(([n]) => n === `${PROPERTY}git-commit`)?.[1];
    out.push({
      key: keyOf(name, platforms),
      name,
      ...(c.version ? { version: c.version } : {}),
      ...(url ? { url } : {}),
      ...(sha256 ? { sha256 } : {}),
      ...(commit ? { commit } : {}),
      platforms,
      ...(path ? { path } : {}),
    });
    if (c.components !== undefined) collect(c.components, `${at}.components`, name, platforms, depth + 1, out);
  });
}

function keyOf(name: string, platforms: readonly string[]): string {
  return platforms.length > 0 ? `${name} [${platforms.join(', ')}]` : name;
}

/** `[name, value]` of each property with a string value; the others are another tool's business. */
function propertiesOf(value: unknown, where: string): Array<[string, string]> {
  return objectsOf(value, where).flatMap((p) => (typeof p.name === 'string' && typeof p.value === 'string' ? [[p.name, p.value]] : []));
}

/** The download's URL (distribution), else the repository's (vcs). */
function urlOf(value: unknown, where: string): string | undefined {
  const refs = objectsOf(value, where);
  const of = (type: string): string | undefined => {
    const url = refs.find((r) => r.type === type && typeof r.url === 'string' && r.url !== '')?.url;
    return typeof url === 'string' ? url : undefined;
  };
  return of('distribution') ?? of('vcs');
}

function sha256Of(value: unknown, where: string): string | undefined {
  const hash = objectsOf(value, where).find((h) => h.alg === 'SHA-256' && typeof h.content === 'string' && isHex64(h.content));
  return typeof hash?.content === 'string' ? hash.content.toLowerCase() : undefined;
}

/** CMake's URL_HASH when it is `SHA256=<hex>`: the hash of what was downloaded, whatever became of it. */
function urlHashOf(props: ReadonlyArray<[string, string]>): string | undefined {
  const value = props.find(([n, v]) => n === `${PROPERTY}url-hash` && /^SHA256=/i.test(v))?.[1].slice('SHA256='.length);
  return value !== undefined && isHex64(value) ? value.toLowerCase() : undefined;
}

/** An optional array of objects (properties, hashes, references); entries that are not objects are skipped. */
function objectsOf(value: unknown, where: string): Array<Record<string, unknown>> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw notAnArray(where, value);
  return value.filter(isRecord);
}

/**
 * Two entries with one key should not happen (one name, one set of platforms); when they do, both are
 * kept, each key suffixed with its path (then a number), in an order that does not depend on the file's.
 */
function uniqueKeys(entries: readonly DepEntry[]): DepEntry[] {
  const groups = new Map<string, DepEntry[]>();
  for (const e of entries) groups.set(e.key, [...(groups.get(e.key) ?? []), e]);
  const out: DepEntry[] = [];
  const taken = new Set(groups.keys());
  for (const [key, group] of groups) {
    const [only] = group;
    if (only && group.length === 1) {
      out.push(only);
      continue;
    }
    const sorted = [...group].sort((a, b) => byCodeUnit(JSON.stringify(a), JSON.stringify(b)));
    for (const e of sorted) {
      let unique = `${key} (${e.path ?? 'no path'})`;
      for (let n = 2; taken.has(unique); n++) unique = `${key} (${e.path ?? 'no path'}) #${n}`;
      taken.add(unique);
      out.push({ ...e, key: unique });
    }
  }
  return out.sort((a, b) => byCodeUnit(a.key, b.key));
}

/**
 * The fields that make `after` a change of `before`, empty when it is not one. A version differs (its
 * URL may move with it); or, at one version, the URL (a moved download), and then its hash and commit
 * too; or, with no version on either side, the URL, the hash (a header downloaded again) or the commit (a
 * submodule moved). At one version and URL a new hash alone is not a change: grpc.tar.gz, which the action
 * packs from a clone, hashes differently from build to build.
 */
export function changeOf(before: DepEntry, after: DepEntry): ChangedField[] {
  const differs = (f: ChangedField): boolean => before[f] !== after[f];
  if (differs('version')) return differs('url') ? ['version', 'url'] : ['version'];
  const content = (['sha256', 'commit'] as const).filter(differs);
  if (!differs('url')) return before.version === undefined ? content : [];
  return ['url', ...content];
}

export function diffDeps(before: readonly DepEntry[], after: readonly DepEntry[]): DepDiff {
  const old = new Map(before.map((e) => [e.key, e]));
  const now = new Map(after.map((e) => [e.key, e]));
  const changed: Array<{ before: DepEntry; after: DepEntry }> = [];
  let unchanged = 0;
  for (const [key, a] of now) {
    const b = old.get(key);
    if (!b) continue;
    if (changeOf(b, a).length > 0) changed.push({ before: b, after: a });
    else unchanged++;
  }
  const sortByKey = <T>(list: T[], key: (t: T) => string): T[] => list.sort((x, y) => byCodeUnit(key(x), key(y)));
  return {
    added: sortByKey(
      after.filter((e) => !old.has(e.key)),
      (e) => e.key,
    ),
    removed: sortByKey(
      before.filter((e) => !now.has(e.key)),
      (e) => e.key,
    ),
    changed: sortByKey(changed, (c) => c.after.key),
    unchanged,
  };
}

/** One row of either rendering, in key order. */
type Row =
  { kind: 'added'; entry: DepEntry } | { kind: 'removed'; entry: DepEntry } | { kind: 'changed'; before: DepEntry; after: DepEntry };

function rowsOf(diff: DepDiff): Row[] {
  const rows: Array<[string, Row]> = [
    ...diff.added.map((entry): [string, Row] => [entry.key, { kind: 'added', entry }]),
    ...diff.removed.map((entry): [string, Row] => [entry.key, { kind: 'removed', entry }]),
    ...diff.changed.map(({ before, after }): [string, Row] => [after.key, { kind: 'changed', before, after }]),
  ];
  // A removed and an added entry of one name (a platform dropped here, added there) end up side by side.
  return rows.sort(([a], [b]) => byCodeUnit(a, b)).map(([, row]) => row);
}

function counts(diff: DepDiff): string {
  const { added, removed, changed, unchanged } = diff;
  return `${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged`;
}

const nothingChanged = (diff: DepDiff): boolean => diff.added.length + diff.removed.length + diff.changed.length === 0;

/** Markdown for a GitHub job summary: a heading-less block: one line saying what was compared, then a table (change, dependency, platforms, before, after, with versions and URLs), or a line saying nothing changed. */
export function renderDiffMarkdown(diff: DepDiff, from: string, to: string): string {
  const out = [`Dependencies of ${cell(from)} → ${cell(to)}: ${counts(diff)}.`, ''];
  if (nothingChanged(diff)) {
    out.push('No dependency was added, removed or changed.', '');
    return out.join('\n');
  }
  out.push('| Change | Dependency | Platforms | Before | After |', '|---|---|---|---|---|');
  for (const row of rowsOf(diff)) {
    const e = row.kind === 'changed' ? row.after : row.entry;
    const platforms = e.platforms.length > 0 ? e.platforms.map(cell).join(', ') : '—';
    const fields = row.kind === 'changed' ? changeOf(row.before, row.after) : [];
    const change = row.kind === 'changed' ? `changed: ${fields.join(', ')}` : row.kind;
    const before = row.kind === 'added' ? '' : describeCell(row.kind === 'changed' ? row.before : row.entry, fields);
    const after = row.kind === 'removed' ? '' : describeCell(e, fields);
    // The platforms have a column; a key made unique by a path keeps that path here.
    const name = e.name + e.key.slice(keyOf(e.name, e.platforms).length);
    out.push(`| ${change} | ${cell(name)} | ${platforms} | ${before} | ${after} |`);
  }
  out.push('');
  return out.join('\n');
}

/** Version and URL, and the hash and commit where they are what changed. */
function describeCell(e: DepEntry, fields: readonly ChangedField[]): string {
  const parts = [e.version ? cell(e.version) : '(no version)'];
  if (e.url) parts.push(cell(e.url));
  for (const f of ['sha256', 'commit'] as const) {
    const value = e[f];
    if (fields.includes(f)) parts.push(`${f} ${value ? cell(short(value)) : '(none)'}`);
  }
  return parts.join('<br>');
}

/** Plain text for a terminal (the CLI's `diff` command): `+ name version url`, `- ...`, `~ name before -> after` lines, then a count line. */
export function renderDiffText(diff: DepDiff, from: string, to: string): string {
  const out: string[] = [];
  for (const row of rowsOf(diff)) {
    if (row.kind !== 'changed') {
      const e = row.entry;
      out.push(
        [row.kind === 'added' ? '+' : '-', e.key, e.version ?? '(no version)', e.url]
          .filter((s) => s !== undefined)
          .map(plain)
          .join(' '),
      );
      continue;
    }
    const { before, after } = row;
    const fields = changeOf(before, after);
    const line = (field: string, was: string | undefined, now: string | undefined): string =>
      `~ ${plain(after.key)} ${field}${plain(was ?? '(none)')} -> ${plain(now ?? '(none)')}`;
    // A new version says it all (the URL and hashes follow from it); otherwise a line per field.
    if (fields.includes('version')) out.push(line('', before.version ?? '(no version)', after.version ?? '(no version)'));
    else {
      if (fields.includes('url')) out.push(line('url ', before.url, after.url));
      for (const f of ['sha256', 'commit'] as const) {
        const was = before[f];
        const now = after[f];
        if (fields.includes(f)) out.push(line(`${f} `, was && short(was), now && short(now)));
      }
    }
  }
  const summary = nothingChanged(diff) ? `no dependency changed (${diff.unchanged} unchanged)` : counts(diff);
  out.push(`${plain(from)} -> ${plain(to)}: ${summary}.`);
  return `${out.join('\n')}\n`;
}

// Enough of a SHA-256 to tell two apart by eye; the SBOMs hold the full ones.
const short = (hex: string): string => hex.slice(0, 12);

/** Characters that are markup in a GitHub table cell (and HTML's), as character references: shown, not obeyed. */
const cell = (s: string): string =>
  plain(s).replace(/[&<>|`\\]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `&#${c.charCodeAt(0)};`));

/** Control characters as their pictures, so a name cannot break a line or send a terminal escape. */
const plain = (s: string): string =>
  s.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => {
    const n = c.codePointAt(0) ?? 0;
    if (n < 0x20) return String.fromCodePoint(0x2400 + n);
    return n === 0x7f ? '\u2421' : `‹U+${n.toString(16).toUpperCase().padStart(4, '0')}›`;
  });

const isHex64 = (s: string): boolean => /^[0-9a-f]{64}$/i.test(s);

const TYPE_RU: Readonly<Record<string, string>> = {
  string: 'строка',
  number: 'число',
  boolean: 'логическое значение',
  bigint: 'bigint',
  symbol: 'symbol',
  function: 'функция',
  undefined: 'undefined',
};

function kindOf(v: unknown): Text {
  if (v === null) return t('null', 'null');
  if (Array.isArray(v)) return t('an array', 'массив');
  return typeof v === 'object' ? t('an object', 'объект') : t(`a ${typeof v}`, TYPE_RU[typeof v] ?? typeof v);
}

function describe(v: unknown): Text {
  if (typeof v === 'string') return t(quote(v), quote(v));
  return v === undefined ? t('missing', 'отсутствует') : kindOf(v);
}

function notAnArray(where: string, value: unknown): MirrorError {
  const kind = kindOf(value);
  return invalid(`The SBOM's ${where} is not an array (it is ${kind.en}).`, `${where} в SBOM не является массивом (это ${kind.ru}).`);
}

function invalid(en: string, ru: string): MirrorError {
  return new MirrorError('Invalid', t(en, ru));
}
