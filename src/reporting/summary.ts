// The job summary: what ran, how long each stage took, where the result went, and the file table
// (collapsed). Pure: summaryOf reads the run's outcome, renderSummary makes the text; the reporter writes it.
import type { ArtifactOutcome } from '../effects/artifact.js';
import { formatBytes, formatDuration } from './format.js';
import type { Manifest, ManifestEntry } from '../effects/manifest.js';
import type { Decision } from '../planning/decision.js';
import type { BuildKind } from '../planning/inputs.js';
import type { Outcome, StageRecord } from '../pipeline/outcome.js';
import type { DependencyDiff } from '../pipeline/sbom-stages.js';
import type { DepEntry } from '../planning/sbom-diff.js';
import { isPartial } from '../planning/sbom.js';

export interface SummaryData {
  readonly version?: string | undefined;
  readonly sourceRepo?: string | undefined;
  readonly baseImage?: string | undefined;
  readonly recipe?: string | undefined;
  /** Which build ran: full (make package) or downloads (configure and the download steps). */
  readonly build?: string | undefined;
  /** The platforms built in this run, and those the branch holds after it. */
  readonly platforms?: { readonly built: readonly string[]; readonly held?: readonly string[] | undefined } | undefined;
  readonly stages: readonly StageRecord[];
  readonly mirror?: { readonly resource: string; readonly status: string; readonly commit?: string | undefined } | undefined;
  readonly artifact?: (ArtifactOutcome & { readonly name: string }) | undefined;
  readonly manifest?: Manifest | undefined;
  /** Where the manifest was written: the file table names it when it shows only part of the tree. */
  readonly manifestPath?: string | undefined;
  readonly error?: string | undefined;
  readonly note?: string | undefined;
  /** The offline verification's result, when it ran. */
  readonly verified?: string | undefined;
  /** The SBOM written beside the manifest. */
  readonly sbom?: { readonly path: string; readonly components: number; readonly partial: boolean } | undefined;
  /** The dependency diff against the previous mirrored version, or why there is none. */
  readonly dependencies?: DependencyDiff | undefined;
}

/**
 * The file table's bounds. GitHub drops a summary over 1 MiB with an error, and a tree may hold any
 * number of files with names of any length: the table stops at whichever bound comes first.
 */
const TABLE_ROWS = 1000;
const TABLE_BYTES = 400_000;
/** Longer error texts (a tool's output) are cut: they must not crowd the summary out either. */
const MAX_TEXT = 20_000;

/** Characters that are markup in HTML or in GitHub's markdown (tables, code spans, links, emphasis). */
const MARKDOWN_MARKUP = /[&<>"|`\\[\]*_~]/g;
/** Inside the HTML table no markdown is read: HTML's characters, both quotes, | and ` are enough. */
const HTML_MARKUP = /[&<>"'|`]/g;
const NAMED: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// A character reference is text, never markup, in both HTML and markdown.
const reference = (c: string): string => NAMED[c] ?? `&#${c.charCodeAt(0)};`;

/**
 * Control characters as their pictures (a newline as ␊) and invisible format characters as ‹U+XXXX›:
 * shown, not obeyed. No name can then end a line: a blank line would close the HTML block, and what
 * follows it would be read as markdown (headings, links).
 */
function visible(s: string): string {
  return s.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => {
    const n = c.codePointAt(0) ?? 0;
    if (n < 0x20) return String.fromCodePoint(0x2400 + n);
    if (n === 0x7f) return '\u2421';
    return `‹U+${n.toString(16).toUpperCase().padStart(4, '0')}›`;
  });
}

/** Text in markdown (a paragraph, a table cell): inert, its line breaks kept as <br>. */
const esc = (s: string): string =>
  s
    .split(/\r\n|\r|\n/)
    // A tab is plain white space here (a tool's output has them); other controls are shown.
    .map((line) => visible(line.replace(/\t/g, ' ')).replace(MARKDOWN_MARKUP, reference))
    .join('<br>');
const code = (s: string): string => `<code>${esc(s)}</code>`;
/** Text in HTML (the file table, an attribute): shown as it is and inert, on one line. */
const html = (s: string): string => visible(s).replace(HTML_MARKUP, reference);
const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

export function renderSummary(d: SummaryData): string {
  const out: string[] = [];
  const title = d.version ? `Falco ${esc(d.version)} third-party dependencies` : 'Falco third-party dependencies';
  out.push(`## ${d.error ? '❌' : '✅'} ${title}`, '');
  if (d.error) out.push(`**Failed:** ${esc(clip(d.error))}`, '');
  if (d.note) out.push(esc(d.note), '');

  const facts: Array<[string, string]> = [];
  if (d.version) facts.push(['Version', code(d.version)]);
  if (d.sourceRepo) facts.push(['Source', code(`${d.sourceRepo}/falcosecurity/falco.git`)]);
  if (d.baseImage) facts.push(['Base image', code(d.baseImage)]);
  if (d.recipe) facts.push(['Recipe', esc(d.recipe)]);
  if (d.build) facts.push(['Build', esc(d.build)]);
  if (d.platforms) {
    const { built, held } = d.platforms;
    const same = held !== undefined && [...held].sort().join(',') === [...built].sort().join(',');
    const branch = held && !same ? `; the branch holds ${held.map(code).join(', ')}` : '';
    facts.push(['Platforms', `built ${built.map(code).join(', ') || 'none'}${branch}`]);
  }
  if (d.manifest)
    facts.push([
      'Tree',
      `${d.manifest.fileCount} files, ${formatBytes(d.manifest.totalBytes)} (manifest ${code(`sha256:${d.manifest.digest}`)})`,
    ]);
  if (d.sbom) {
    const partial = d.sbom.partial ? ' (partial: some files are not described by anything the build left)' : '';
    facts.push(['SBOM', `${code(d.sbom.path)}, CycloneDX 1.6, ${d.sbom.components} components${partial}`]);
  }
  if (d.mirror) {
    facts.push(['Mirror', `${esc(d.mirror.status)}: ${esc(d.mirror.resource)}${d.mirror.commit ? ` at ${code(d.mirror.commit)}` : ''}`]);
  }
  if (d.verified) facts.push(['Verification', `${d.verified.startsWith('failed') ? '❌' : '✅'} ${esc(clip(d.verified))}`]);
  if (d.artifact) {
    facts.push([
      'Artifact',
      d.artifact.uploaded
        ? `${d.artifact.url ? `<a href="${html(d.artifact.url)}">${esc(d.artifact.name)}</a>` : esc(d.artifact.name)} (${formatBytes(d.artifact.size)})`
        : `not uploaded: ${esc(d.artifact.why)}`,
    ]);
  }
  if (facts.length) {
    out.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '');
  }

  if (d.stages.length) {
    out.push('| Stage | Duration | Result |', '|---|--:|---|');
    for (const s of d.stages) out.push(`| ${esc(s.name)} | ${formatDuration(s.seconds)} | ${s.ok ? '✅ done' : '❌ failed'} |`);
    out.push('');
  }

  if (d.dependencies) out.push(...dependencyDiff(d.dependencies));
  if (d.manifest?.entries.length) out.push(...fileTable(d.manifest, d.manifestPath));
  return out.join('\n');
}

/** Rows of changes shown at most; the rest are counted. */
const DIFF_ROWS = 200;

/** The dependency diff: one row per added, removed or changed dependency, with versions and URLs. */
function dependencyDiff(deps: DependencyDiff): string[] {
  const out = [deps.from ? `### Dependencies since ${esc(deps.from)}` : '### Dependencies', ''];
  if (deps.note) out.push(esc(deps.note), '');
  const diff = deps.diff;
  if (!diff) return out;
  const rows: string[] = [];
  const what = (e: DepEntry): string => `${e.version ? code(e.version) : 'no version'}${e.url ? ` ${code(e.url)}` : ''}`;
  const name = (e: DepEntry): string => `${esc(e.name)}${e.platforms.length ? ` (${e.platforms.map(esc).join(', ')})` : ''}`;
  for (const e of diff.added) rows.push(`| added | ${name(e)} | | ${what(e)} |`);
  for (const e of diff.removed) rows.push(`| removed | ${name(e)} | ${what(e)} | |`);
  for (const c of diff.changed) rows.push(`| changed | ${name(c.after)} | ${what(c.before)} | ${what(c.after)} |`);
  const counts = `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`;
  if (rows.length === 0) return [...out, `No dependency changed since ${esc(deps.from ?? '')} (${counts}).`, ''];
  out.push(`${counts} (Falco ${esc(deps.from ?? '')} → ${esc(deps.to)}).`, '');
  out.push('| Change | Dependency | Before | After |', '|---|---|---|---|', ...rows.slice(0, DIFF_ROWS));
  if (rows.length > DIFF_ROWS) out.push('', `${rows.length - DIFF_ROWS} more changes are not shown.`);
  out.push('');
  return out;
}

/**
 * The collapsed file table, one HTML block (no blank line inside it), bounded by TABLE_ROWS and
 * TABLE_BYTES; then how many entries were left out and where the full list is.
 */
function fileTable(manifest: Manifest, manifestPath: string | undefined): string[] {
  const links = manifest.entries.length - manifest.fileCount;
  const out = [`<details><summary>${manifest.fileCount} files${links ? `, ${links} symbolic links` : ''}</summary>`, ''];
  out.push('<table><tr><th>Path</th><th>Size</th><th>SHA-256</th></tr>');
  let shown = 0;
  let bytes = 0;
  for (const e of manifest.entries) {
    const row = fileRow(e);
    bytes += Buffer.byteLength(row) + 1;
    if (shown === TABLE_ROWS || bytes > TABLE_BYTES) break;
    out.push(row);
    shown++;
  }
  out.push('</table>');
  if (shown < manifest.entries.length) out.push(`<p>${leftOut(manifest.entries.slice(shown), manifestPath)}</p>`);
  out.push('', '</details>', '');
  return out;
}

function fileRow(e: ManifestEntry): string {
  const name = `<code>${html(e.path)}</code>`;
  // A link is shown as what it is, with its target text; it has no content of its own to hash.
  if (e.kind === 'link') return `<tr><td>${name} → <code>${html(e.target)}</code></td><td align="right">link</td><td></td></tr>`;
  return `<tr><td>${name}</td><td align="right">${e.size}</td><td><code>${html(e.sha256)}</code></td></tr>`;
}

/** "N more files are not shown; the full list is in the manifest <path>." (links are not in the manifest). */
function leftOut(left: readonly ManifestEntry[], manifestPath: string | undefined): string {
  const links = left.filter((e) => e.kind === 'link').length;
  const files = left.length - links;
  const count = (n: number, what: string): string => `${n} more ${what}${n === 1 ? '' : 's'}`;
  const parts = [files ? count(files, 'file') : '', links ? count(links, 'symbolic link') : ''].filter((p) => p !== '');
  const where = `the manifest${manifestPath ? ` <code>${html(manifestPath)}</code>` : ''} (the manifest output)`;
  const list = links ? `the full list of files is in ${where}` : `the full list is in ${where}`;
  return `${parts.join(' and ')} ${left.length === 1 ? 'is' : 'are'} not shown; ${list}.`;
}

const BUILD_TEXT: Readonly<Record<BuildKind, string>> = {
  full: 'full: configure, then make package (everything compiled)',
  downloads: 'downloads: configure, then only the download steps (nothing compiled)',
};

/** What the summary shows of a run's outcome. */
export function summaryOf(o: Outcome): SummaryData {
  const { inputs, decision, error, verification } = o;
  return {
    stages: o.stages,
    version: o.version,
    sourceRepo: inputs?.sourceRepo,
    baseImage: inputs?.baseImage,
    recipe: inputs && o.version ? (inputs.dockerfile ? `custom Dockerfile ${inputs.dockerfile}` : 'built-in (seed 000)') : undefined,
    build: inputs && o.version ? BUILD_TEXT[inputs.build] : undefined,
    platforms: o.tree
      ? { built: o.tree.platforms, held: o.mirror?.platforms }
      : o.mirror?.platforms
        ? { built: [], held: o.mirror.platforms }
        : undefined,
    mirror: o.mirror,
    manifest: o.tree?.manifest,
    manifestPath: o.tree?.manifestPath,
    artifact: o.artifact,
    sbom: o.tree && {
      path: o.tree.sbomPath,
      components: o.tree.sbom.components.length,
      partial: isPartial(o.tree.sbom),
    },
    dependencies: o.dependencies,
    verified:
      verification &&
      (verification.ok ? 'Falco rebuilt offline (--network none) from the tree.' : `failed: ${verification.error.describe(o.language)}`),
    error: error?.describe(o.language),
    note: error || !decision ? undefined : noteFor(decision),
  };
}

/** One sentence for a run that ended without building. */
function noteFor(decision: Decision): string | undefined {
  switch (decision.kind) {
    case 'plan-range':
      return `Dry run for ${decision.range}: ${decision.versions.length ? `to mirror: ${decision.versions.join(', ')}` : 'nothing to mirror'}.`;
    case 'skip':
      return 'The mirror already has this version: nothing was built, uploaded or pushed (if-exists: skip).';
    case 'dry-run':
      return 'Dry run: the inputs were checked and the mirror looked at; nothing was built, uploaded or pushed.';
    default:
      return undefined;
  }
}
