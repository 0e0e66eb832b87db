// The falco-version input and the version lists it is matched against, all pure: an exact version,
// `latest` or a SemVer range; release filtering and ordering by SemVer precedence (node-semver, never by hand).
import semver from 'semver';
import { MirrorError, quote, t, type TextLike } from '../common/errors.js';

/** What the falco-version input asks for. */
// SemVer 2.0 exactly, as semver.org gives it; no "v" prefix since Falco's tags have none.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** An exact Falco version: X.Y.Z or X.Y.Z-rcN (SemVer 2.0), no "v". */
export function parseFalcoVersion(value: string): string {
  if (value === '') {
    throw new MirrorError(
      'Invalid',
      t(
        'Input falco-version is required: give a Falco release such as 0.35.1.',
        'Параметр falco-version обязателен: укажите релиз Falco, например 0.35.1.',
      ),
    );
  }
  if (!SEMVER.test(value) || semver.valid(value) !== value) {
    const v = /^v\d/.test(value);
    throw new MirrorError(
      'Invalid',
      t(
        `Input falco-version ${quote(value)} is not a Falco version${v ? NO_V.en : ''}: expected X.Y.Z or X.Y.Z-rcN (SemVer 2.0), for example 0.35.1.`,
        `Параметр falco-version: значение ${quote(value)} не является версией Falco${v ? NO_V.ru : ''}: ожидается X.Y.Z или X.Y.Z-rcN (SemVer 2.0), например 0.35.1.`,
      ),
    );
  }
  return value;
}

export type VersionSpec = { kind: 'exact'; version: string } | { kind: 'latest' } | { kind: 'range'; range: string };

/** The characters of node-semver's range grammar: no quotes, `;`, `&`, `$`, newlines or tabs. */
const RANGE_CHARS = /^[0-9A-Za-z.+\-<>=~^*| ]+$/;
/** A comparator written with a "v" (v0.35.1, >=v0.35): node-semver allows it, Falco's tags have none. */
const V_PREFIX = /(?:^|[\s<>=~^|])v\d/;
const MAX_RANGE_LENGTH = 256;
const ALLOWED = t(
  'give X.Y.Z or X.Y.Z-rcN (for example 0.35.1), latest, or a SemVer range of digits, x, *, . - + < > = ~ ^ || and spaces (for example >=0.35.1 <0.38.0 || 0.40.x)',
  'укажите X.Y.Z или X.Y.Z-rcN (например, 0.35.1), latest или диапазон SemVer из цифр, x, *, . - + < > = ~ ^ || и пробелов (например, >=0.35.1 <0.38.0 || 0.40.x)',
);
const NO_V = t(' (Falco tags have no "v" prefix)', ' (у тегов Falco нет префикса "v")');

/**
 * Parses the falco-version input: an exact version (the rule of parseFalcoVersion, which wins over
 * the range it also is), `latest`, or a SemVer range made of the range grammar's characters only.
 */
export function parseVersionSpec(value: string): VersionSpec {
  if (value.trim() === '') {
    throw new MirrorError(
      'Invalid',
      t(`Input falco-version is required: ${ALLOWED.en}.`, `Параметр falco-version обязателен: ${ALLOWED.ru}.`),
    );
  }
  if (value === 'latest') return { kind: 'latest' };
  try {
    return { kind: 'exact', version: parseFalcoVersion(value) };
  } catch {
    // Not an exact version: it may still be a range.
  }
  const vPrefix = V_PREFIX.test(value);
  // An empty alternative ("0.35.x ||") is "*" to node-semver: every release, surely not what was meant.
  const emptyAlternative = value.split('||').some((part) => part.trim() === '');
  if (!vPrefix && !emptyAlternative && value.length <= MAX_RANGE_LENGTH && RANGE_CHARS.test(value) && semver.validRange(value) !== null) {
    return { kind: 'range', range: value };
  }
  throw new MirrorError(
    'Invalid',
    t(
      `Input falco-version ${quote(value)} is not a Falco version, latest or a version range${vPrefix ? NO_V.en : ''}: ${ALLOWED.en}.`,
      `Параметр falco-version: значение ${quote(value)} не является ни версией Falco, ни latest, ни диапазоном версий${vPrefix ? NO_V.ru : ''}: ${ALLOWED.ru}.`,
    ),
  );
}

const RELEASE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** A Falco release tag: strictly X.Y.Z (no "v", no prerelease, no build metadata, no path). */
export function isReleaseVersion(tag: string): boolean {
  return RELEASE.test(tag) && semver.valid(tag) === tag;
}

/** Valid versions, without duplicates, in ascending SemVer order. */
export function sortUnique(versions: Iterable<string>): string[] {
  return [...new Set([...versions].filter((v) => semver.valid(v) === v))].sort(semver.compare);
}

/** The versions that satisfy a SemVer range, ascending and without duplicates. */
export function releasesInRange(versions: string[], range: string): string[] {
  return sortUnique(versions).filter((v) => semver.satisfies(v, range));
}

/** The highest version by SemVer precedence (not by date), or undefined for none. */
export function newest(versions: string[]): string | undefined {
  return sortUnique(versions).at(-1);
}

/** The newest release of a list read from `resource`; NotFound (get) when there is none. */
export function pickLatest(versions: string[], resource: TextLike): string {
  const latest = newest(versions.filter(isReleaseVersion));
  if (latest === undefined) {
    const detail = t(
      'No Falco release (a version X.Y.Z) was found, so latest cannot be resolved.',
      'Не найдено ни одного релиза Falco (версии X.Y.Z), поэтому latest не удаётся определить.',
    );
    throw new MirrorError('NotFound', detail, {
      verb: 'get',
      resource,
      hint: t('Give falco-version as an exact version such as 0.35.1.', 'Укажите falco-version как точную версию, например 0.35.1.'),
    });
  }
  return latest;
}

/** The releases the mirror has no branch for, ascending and without duplicates. */
export function missingVersions(releases: string[], mirrored: Set<string>): string[] {
  return sortUnique(releases).filter((v) => !mirrored.has(v));
}

/** The highest of `versions` (release or pre-release) below `version`: the one a dependency diff compares with. */
export function highestBelow(version: string, versions: Iterable<string>): string | undefined {
  return sortUnique(versions)
    .filter((v) => semver.lt(v, version))
    .pop();
}
