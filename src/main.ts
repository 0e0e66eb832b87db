// The pipeline, top-down, as the README lists its steps: validate the inputs; settle the version (a
// range is planned, then the run stops; latest is resolved); check the mirror branch; decide; check the
// tag; build; extract and hash; verify; upload the artifact; publish. Every input is checked before any
// side effect, the mirror before the long build, and everything the run creates is recorded for cleanup
// before it exists. Each stage adds its result to one outcome record; outputs and the job summary are
// derived from it at the end.
import * as core from '@actions/core';
import { cancelOnSignals } from './cancel.js';
import { asMirrorError, type MirrorError, type Language } from './common/errors.js';
import type { Mirror } from './effects/mirror.js';
import type { FalcoSource } from './effects/release-source.js';
import { decide, decisionInputs } from './planning/decision.js';
import { parseBoolean, parseInputs, parseLanguage, type Config } from './planning/inputs.js';
import { planRecipe } from './planning/recipe.js';
import { gitStallSeconds } from './planning/settings.js';
import { reportDryRun } from './reporting/dry-run.js';
import { outputsOf } from './reporting/outputs.js';
import { runPost } from './post.js';
import { actionsReporter } from './reporting/reporter.js';
import { renderSummary, summaryOf } from './reporting/summary.js';
import { buildImage, collectTree, planBuilds, verifyTree, type BuiltImage } from './pipeline/build-stages.js';
import type { Outcome, StageRecord } from './pipeline/outcome.js';
import { alreadyMirrored, checkMirror, publishTree, skipMirrored, uploadTree } from './pipeline/publish-stages.js';
import { createRun, makeScratch, type Run, type RunContext } from './pipeline/run.js';
import { compareWithPrevious, planComparison } from './pipeline/sbom-stages.js';
import { checkTag, planRange, resolveVersion } from './pipeline/version-stages.js';

export interface RunResult {
  readonly ok: boolean;
  readonly outputs: Readonly<Record<string, string>>;
  readonly stages: readonly StageRecord[];
  readonly error?: MirrorError;
  /** The language error messages are to be shown in. */
  readonly language: Language;
}

/**
 * The action's step, main or post (action.yml runs the entry twice): main saves `isPost` in the step
 * state, so the second run knows it is the post step and only cleans up. The entry (index.ts) calls this,
 * as actions/typescript-action's does, and so can GitHub's local-action runner.
 */
export async function run(): Promise<void> {
  const reporter = actionsReporter();
  try {
    if (core.getState('isPost') === 'true') {
      await runPost(reporter, (name) => core.getState(name), postKeepsImage());
      return;
    }
    core.saveState('isPost', 'true');
    const signal = cancelOnSignals((sig) => core.warning(`Received ${sig}: cancelling and cleaning up.`));
    const result = await runPipeline({ reporter, getInput: (name) => core.getInput(name), env: process.env, signal });
    if (result.error) core.setFailed(result.error.describe(result.language));
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}

/** keep-image for the post step; a bad value was reported by main, and the post step only cleans. */
function postKeepsImage(): boolean {
  try {
    return parseBoolean('keep-image', core.getInput('keep-image'), false);
  } catch {
    return false;
  }
}

export async function runPipeline(ctx: RunContext): Promise<RunResult> {
  const outcome: Outcome = { language: parseLanguage(ctx.getInput), stages: [] };
  const run = createRun(ctx, outcome.stages);
  let mirror: Mirror | undefined;
  try {
    const inputs = (outcome.inputs = prepare(run, ctx));
    await makeScratch(run);
    mirror = connectMirror(run, inputs);
    await mirrorFalco(run, outcome, inputs, mirror);
  } catch (err) {
    outcome.error = asMirrorError(err);
  } finally {
    await mirror?.close().catch(() => undefined);
    await run.cleanup.run(outcome.inputs?.keepImage ?? false);
  }
  return report(ctx, outcome);
}

/** The steps of one run; each adds its result to the outcome. */
async function mirrorFalco(run: Run, o: Outcome, inputs: Config, mirror: Mirror | undefined): Promise<void> {
  const source = await falcoSource(run, inputs);
  if (inputs.versionSpec.kind === 'range') {
    const plan = await planRange(run, inputs, inputs.versionSpec.range, source, mirror);
    o.decision = plan.decision;
    if (mirror && plan.decision.kind === 'plan-range')
      o.dependencies = await planComparison(run, mirror, plan.decision.versions, plan.branches);
    return;
  }
  o.version = await resolveVersion(run, inputs, source);
  const config: Config = { ...inputs, falcoVersion: o.version };
  announce(run, config);
  const branch = mirror?.branch(config.falcoVersion);
  if (mirror && branch) o.mirror = await checkMirror(run, mirror, branch, config);

  const remote = { kind: 'branch', commit: o.mirror?.commit, held: o.mirror?.platforms } as const;
  const decision = (o.decision = decide(decisionInputs(config), remote));
  if (decision.kind === 'fail-exists' && o.mirror) throw alreadyMirrored(o.mirror, decision.platforms);
  if (decision.kind === 'skip' && o.mirror) {
    o.mirror = skipMirrored(run, config.falcoVersion, o.mirror);
    return;
  }
  await checkTag(run, config, source);
  if (decision.kind === 'dry-run') {
    reportDryRun(run.reporter, config, decision.real, planRecipe(config).dockerfile);
    return;
  }
  if (decision.kind !== 'build') return;

  const builds = await planBuilds(run, config, decision.platforms);
  const images: BuiltImage[] = [];
  for (const planned of builds) images.push(await buildImage(run, config, planned));
  const tree = (o.tree = await collectTree(run, config, images));
  if (decision.verify) o.verification = await verifyTree(run, config, images, tree);
  if (decision.upload) o.artifact = await uploadTree(run, config, tree);
  if (mirror) o.dependencies = await compareWithPrevious(run, mirror, config.falcoVersion, tree.sbom);
  // A tree that cannot rebuild Falco offline is uploaded (to be looked at), never pushed.
  if (o.verification?.ok === false) throw o.verification.error;
  if (branch) o.mirror = await publishTree(run, config, branch, decision.publish, tree);
}

/** Every input validated (a bad one stops the run before any side effect); secrets masked at once. */
function prepare(run: Run, ctx: RunContext): Config {
  const inputs = parseInputs(ctx.getInput, ctx.env);
  if (inputs.githubToken) run.reporter.setSecret(inputs.githubToken);
  return inputs;
}

/** The mirror, with its credentials masked before any git command can print them. */
function connectMirror(run: Run, inputs: Config): Mirror | undefined {
  if (!inputs.mirror) return undefined;
  const mirror = run.services.openMirror({
    config: inputs.mirror,
    scratch: run.scratch,
    stallSeconds: gitStallSeconds(run.env),
    ...run.remote,
  });
  for (const secret of mirror.secrets) run.reporter.setSecret(secret);
  return mirror;
}

function falcoSource(run: Run, inputs: Config): Promise<FalcoSource> {
  return run.services.falcoSource({
    origin: inputs.releaseSource,
    sourceRepo: inputs.sourceRepo,
    token: inputs.githubToken,
    env: run.env,
    scratch: run.scratch,
    stallSeconds: gitStallSeconds(run.env),
    ...run.remote,
  });
}

function announce(run: Run, config: Config): void {
  const recipe = config.dockerfile ? `custom Dockerfile ${config.dockerfile}` : 'built-in recipe';
  run.reporter.info(
    `Mirroring Falco ${config.falcoVersion} from ${config.sourceRepo} on ${config.baseImage} (${recipe}, build: ${config.build}${config.platforms.length ? `, platforms: ${config.platforms.join(', ')}` : ''}).`,
  );
}

/** The outputs and the job summary, both from the outcome, written once. */
async function report(ctx: RunContext, outcome: Outcome): Promise<RunResult> {
  const outputs = outputsOf(outcome);
  for (const [name, value] of Object.entries(outputs)) ctx.reporter.setOutput(name, value);
  await ctx.reporter.writeSummary(renderSummary(summaryOf(outcome))).catch((err: unknown) => {
    ctx.reporter.warning(`Could not write the job summary: ${String(err)}`);
  });
  const { error, stages, language } = outcome;
  return { ok: error === undefined, outputs, stages, language, ...(error ? { error } : {}) };
}
