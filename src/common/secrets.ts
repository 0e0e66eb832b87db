// Secrets are replaced in every text that may reach a log, an error message or an output.

/**
 * `text` with every occurrence of each secret replaced by '***'; empty secrets are ignored. Longer
 * secrets go first, so one that contains another is hidden whole, not just the shorter part.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  const ordered = secrets.filter((s) => s !== '').sort((a, b) => b.length - a.length);
  return ordered.reduce((t, s) => t.split(s).join('***'), text);
}
