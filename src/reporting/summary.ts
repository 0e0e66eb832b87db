// The job summary: what ran, how long each stage took, where the result went, and the file table
// (collapsed). Pure: summaryOf reads the run's outcome, renderSummary makes the text; the reporter writes it.
import type { ArtifactOutcome } from '../effects/artifact.js';
import { formatBytes, formatDuration } from './format.js';
import type { Manifest } from '../effects/manifest.js';
import type { Decision } from '../planning/decision.js';
import type { Outcome, StageRecord } from '../pipeline/outcome.js';

export interface SummaryData {
  readonly version?: string | undefined;
  readonly sourceRepo?: string | undefined;
  readonly baseImage?: string | undefined;
  readonly recipe?: string | undefined;
  readonly stages: readonly StageRecord[];
  readonly mirror?: { readonly resource: string; readonly status: string; readonly commit?: string | undefined } | undefined;
  readonly artifact?: (ArtifactOutcome & { readonly name: string }) | undefined;
  readonly manifest?: Manifest | undefined;
  readonly error?: string | undefined;
  readonly note?: string | undefined;
  /** The offline verification's result, when it ran. */
  readonly verified?: string | undefined;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\|/g, '&#124;');
const code = (s: string): string => `<code>${esc(s)}</code>`;

export function renderSummary(d: SummaryData): string {
  const out: string[] = [];
  const title = d.version ? `Falco ${esc(d.version)} third-party dependencies` : 'Falco third-party dependencies';
  out.push(`## ${d.error ? '❌' : '✅'} ${title}`, '');
  if (d.error) out.push(`**Failed:** ${esc(d.error)}`, '');
  if (d.note) out.push(esc(d.note), '');

  const facts: Array<[string, string]> = [];
  if (d.version) facts.push(['Version', code(d.version)]);
  if (d.sourceRepo) facts.push(['Source', code(`${d.sourceRepo}/falcosecurity/falco.git`)]);
  if (d.baseImage) facts.push(['Base image', code(d.baseImage)]);
  if (d.recipe) facts.push(['Recipe', esc(d.recipe)]);
  if (d.manifest)
    facts.push([
      'Tree',
      `${d.manifest.fileCount} files, ${formatBytes(d.manifest.totalBytes)} (manifest ${code(`sha256:${d.manifest.digest}`)})`,
    ]);
  if (d.mirror) {
    facts.push(['Mirror', `${esc(d.mirror.status)}: ${esc(d.mirror.resource)}${d.mirror.commit ? ` at ${code(d.mirror.commit)}` : ''}`]);
  }
  if (d.verified) facts.push(['Verification', `${d.verified.startsWith('failed') ? '❌' : '✅'} ${esc(d.verified)}`]);
  if (d.artifact) {
    facts.push([
      'Artifact',
      d.artifact.uploaded
        ? `${d.artifact.url ? `<a href="${esc(d.artifact.url)}">${esc(d.artifact.name)}</a>` : esc(d.artifact.name)} (${formatBytes(d.artifact.size)})`
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

  if (d.manifest?.entries.length) {
    out.push(`<details><summary>${d.manifest.fileCount} files</summary>`, '');
    out.push('<table><tr><th>Path</th><th>Size</th><th>SHA-256</th></tr>');
    for (const e of d.manifest.entries) {
      out.push(`<tr><td>${code(e.path)}</td><td align="right">${e.size}</td><td>${code(e.sha256)}</td></tr>`);
    }
    out.push('</table>', '', '</details>', '');
  }
  return out.join('\n');
}

/** What the summary shows of a run's outcome. */
export function summaryOf(o: Outcome): SummaryData {
  const { inputs, decision, error, verification } = o;
  return {
    stages: o.stages,
    version: o.version,
    sourceRepo: inputs?.sourceRepo,
    baseImage: inputs?.baseImage,
    recipe: inputs && o.version ? (inputs.dockerfile ? `custom Dockerfile ${inputs.dockerfile}` : 'built-in (seed 000)') : undefined,
    mirror: o.mirror,
    manifest: o.tree?.manifest,
    artifact: o.artifact,
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
