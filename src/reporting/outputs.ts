// The action's outputs, derived from the run's outcome in one place (names are the public contract).
import { isSkipped } from '../planning/decision.js';
import type { Outcome } from '../pipeline/outcome.js';

/** Statuses of the mirror-status output; `exists` and `absent` only say what the check found. */
const REPORTED_STATUS = new Set(['skipped', 'unchanged', 'created', 'updated']);

export function outputsOf(o: Outcome): Record<string, string> {
  const out: Record<string, string> = {};
  const set = (name: string, value: string | number | undefined): void => {
    if (value !== undefined) out[name] = String(value);
  };
  if (o.inputs) {
    set('skipped', String(o.decision !== undefined && isSkipped(o.decision)));
    set('mirror-status', o.mirror && REPORTED_STATUS.has(o.mirror.status) ? o.mirror.status : 'none');
    set('verified', o.verification ? String(o.verification.ok) : 'skipped');
  }
  if (o.decision?.kind === 'plan-range') set('versions', JSON.stringify(o.decision.versions));
  set('falco-version', o.version);
  set('mirror-commit', o.mirror?.commit);
  if (o.tree) {
    set('deps-path', o.tree.dir);
    set('file-count', o.tree.manifest.fileCount);
    set('total-bytes', o.tree.manifest.totalBytes);
    set('manifest', o.tree.manifestPath);
    set('sbom', o.tree.sbomPath);
  }
  if (o.artifact?.uploaded) {
    set('artifact-id', o.artifact.id);
    set('artifact-url', o.artifact.url);
  }
  // What the branch holds after the run; with no mirror, what the tree was built for.
  const platforms = o.mirror?.platforms ?? (o.inputs?.mirror ? undefined : o.tree?.platforms);
  set('platforms', platforms?.join(','));
  set('error-reason', o.error?.reason);
  return out;
}
