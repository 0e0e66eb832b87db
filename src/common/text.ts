// Small text helpers shared by the messages that quote a tool's output.

export interface LastLinesOptions {
  /** Lines to leave out (tested after trimming, when `trim` is on). */
  readonly skip?: RegExp;
  /** Trim each line's surrounding white space. Off by default: a build log's indentation means something. */
  readonly trim?: boolean;
  /** Default '\n'. */
  readonly separator?: string;
  /** Cut the result to this many characters. */
  readonly maxChars?: number;
}

/** The last `count` non-blank lines of a tool's output, which is where its reason for failing is. */
export function lastLines(text: string, count: number, options: LastLinesOptions = {}): string {
  const { skip, trim = false, separator = '\n', maxChars } = options;
  const lines = text
    .split(/\r?\n/)
    .map((l) => (trim ? l.trim() : l))
    .filter((l) => l.trim() !== '' && !skip?.test(l));
  const joined = lines.slice(Math.max(0, lines.length - count)).join(separator);
  return maxChars === undefined ? joined : joined.slice(0, maxChars);
}

/** Code-unit order: the same on every machine (localeCompare is not), for lists that must be stable. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
