// The pipeline, top-down: inputs -> version (latest resolved; a range planned, then stop) -> check the
// mirror -> check the tag -> engine check -> build -> extract -> manifest -> verify -> artifact -> publish ->
// summary. Planning (inputs, recipe, names) is pure and comes first, so a bad
// input stops the run before any side effect; the mirror is checked before the long build, so a
// branch that exists costs seconds. Everything the run creates is recorded for cleanup before it exists.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Cleanup } from './effects/cleanup.js';
import { createDockerEngine, type Engine } from './effects/engine.js';
import { asMirrorError, MirrorError, type Language } from './common/errors.js';
import { extractTree } from './effects/extract.js';
import { createGit, type Git } from './effects/git.js';
import { formatBytes, formatDuration, startHeartbeat, type Heartbeat } from './reporting/heartbeat.js';
import { uploadArtifact } from './effects/artifact.js';
import { verifyOffline } from './effects/verify.js';
import { renderSummary, type SummaryData } from './reporting/summary.js';
import { parseInputs, parseLanguage, type Config, type InputGetter } from './planning/inputs.js';
import { apiUrlFromEnv } from './effects/releases-api.js';
import { falcoRepoUrl } from './planning/recipe.js';
import { listMirroredBranches, tagExists } from './effects/remote-refs.js';
import { listReleases, resolveLatest, type ReleaseSource } from './effects/release-source.js';
import { missingVersions, releasesInRange } from './planning/version-spec.js';
import { buildManifest, manifestPathFor, writeManifest, type Manifest } from './effects/manifest.js';
import { createMirrorBranch as createMirror, type MirrorBranch as Mirror } from './effects/mirror-branch.js';
import { DEPS_DIR_IN_IMAGE, imageTag, planRecipe } from './planning/recipe.js';
import type { Reporter } from './reporting/reporter.js';

export interface RunContext {
  readonly reporter: Reporter;
  readonly getInput: InputGetter;
  readonly env: NodeJS.ProcessEnv;
  readonly signal?: AbortSignal;
  /** Injected by tests; the real engine otherwise. */
  readonly engine?: Engine;
}

export interface StageRecord {
  readonly name: string;
  readonly seconds: number;
  readonly ok: boolean;
}

export interface RunResult {
  readonly ok: boolean;
  readonly outputs: Readonly<Record<string, string>>;
  readonly stages: readonly StageRecord[];
  readonly error?: MirrorError;
  /** The language error messages are to be shown in. */
  readonly language: Language;
}

export async function runPipeline(ctx: RunContext): Promise<RunResult> {
  const { env } = ctx;
  // Every line printed restarts the heartbeat's quiet period.
  let heartbeat: Heartbeat | undefined;
  const reporter = onActivity(ctx.reporter, () => heartbeat?.touch());
  const quietMs = heartbeatQuietMs(env);
  const outputs: Record<string, string> = {};
  const stages: StageRecord[] = [];
  const summary: Mutable<SummaryData> = { stages };
  const output = (name: string, value: string | number): void => {
    outputs[name] = String(value);
    reporter.setOutput(name, String(value));
  };
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    let ok = false;
    return reporter.group(name, async () => {
      heartbeat = startHeartbeat(name, quietMs, (line) => ctx.reporter.info(line));
      try {
        const value = await fn();
        ok = true;
        return value;
      } finally {
        heartbeat.stop();
        heartbeat = undefined;
        stages.push({ name, seconds: (Date.now() - started) / 1000, ok });
      }
    });
  };

  let engine: Engine | undefined = ctx.engine;
  const getEngine = (): Engine => (engine ??= createDockerEngine(ctx.signal));
  const cleanup = new Cleanup(reporter, getEngine);
  const language = parseLanguage(ctx.getInput);
  let keepImage = false;
  let git: Git | undefined;
  try {
    // Plan: pure, and everything that can be wrong with the inputs is found here.
    const inputs = parseInputs(ctx.getInput, env);
    keepImage = inputs.keepImage;
    if (inputs.githubToken) reporter.setSecret(inputs.githubToken);
    const runId = `${env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(4).toString('hex')}`;
    const scratch = path.join(env.RUNNER_TEMP || os.tmpdir(), `falco-deps-mirror-${runId}`);
    cleanup.dir(scratch);
    await fs.mkdir(scratch, { recursive: true, mode: 0o700 });
    const stall = gitStallSeconds(env);
    if (inputs.mirror) {
      const { url, token, username } = inputs.mirror;
      git = await createGit({ url, auth: token ? { token, username } : undefined, tempDir: scratch, signal: ctx.signal, stallSeconds: stall });
      for (const secret of git.secrets) reporter.setSecret(secret);
    }
    Object.assign(summary, { sourceRepo: inputs.sourceRepo, baseImage: inputs.baseImage });
    output('skipped', 'false');
    output('mirror-status', 'none');
    output('verified', 'skipped');

    // The version: exact (its tag must exist), latest (resolved), or a range (a dry-run plan, then stop).
    const sourceGit = await createGit({ url: falcoRepoUrl(inputs.sourceRepo), auth: undefined, tempDir: scratch, signal: ctx.signal, stallSeconds: stall });
    const remote = { signal: ctx.signal, onRetry: (m: string) => reporter.warning(m) };
    const releases: ReleaseSource =
      inputs.releaseSource === 'tags'
        ? { kind: 'tags', git: sourceGit, sourceRepo: inputs.sourceRepo, ...remote }
        : { kind: 'api', token: inputs.githubToken, apiUrl: apiUrlFromEnv(env), ...remote };
    const spec = inputs.versionSpec;
    if (spec.kind === 'range') {
      const missing = await stage(`Plan the releases in ${spec.range}`, async () => {
        const inRange = releasesInRange(await listReleases(releases), spec.range);
        const mirrored = git && inputs.mirror ? await listMirroredBranches(git, inputs.mirror.url, remote) : new Set<string>();
        reporter.info(`Released in ${spec.range} (${inputs.releaseSource}): ${inRange.join(', ') || 'none'}.`);
        if (inputs.mirror) reporter.info(`Already mirrored: ${inRange.filter((v) => mirrored.has(v)).join(', ') || 'none'}.`);
        return missingVersions(inRange, mirrored);
      });
      output('versions', JSON.stringify(missing));
      output('skipped', 'true');
      summary.note = `Dry run for ${spec.range}: ${missing.length ? `to mirror: ${missing.join(', ')}` : 'nothing to mirror'}.`;
      reporter.notice(missing.length ? `To mirror: ${missing.join(', ')}.` : `Every release in ${spec.range} is mirrored already.`);
      return { ok: true, outputs, stages, language };
    }
    const resolved =
      spec.kind === 'exact' ? spec.version : await stage('Resolve the latest Falco release', () => resolveLatest(releases));
    if (spec.kind === 'latest') reporter.info(`latest is Falco ${resolved} (${inputs.releaseSource}).`);
    output('falco-version', resolved);
    summary.version = resolved;
    const config: Config = { ...inputs, falcoVersion: resolved };
    const recipe = planRecipe(config);
    const tag = imageTag(config.falcoVersion, runId);
    const containerName = `falco-deps-mirror-${runId}`;
    summary.recipe = recipe.custom ? `custom Dockerfile ${config.dockerfile ?? ''}` : 'built-in (seed 000)';
    reporter.info(
      `Mirroring Falco ${config.falcoVersion} from ${config.sourceRepo} on ${config.baseImage} (${recipe.custom ? `custom Dockerfile ${config.dockerfile}` : 'built-in recipe'}).`,
    );

    // The mirror first: a branch that exists decides, in seconds, whether there is anything to do.
    let mirror: Mirror | undefined;
    let existing: string | undefined;
    if (config.mirror && git) {
      const { url } = config.mirror;
      const mirrorGit = git;
      mirror = createMirror({ git: mirrorGit, url, branch: config.falcoVersion, workDir: scratch, signal: ctx.signal, onRetry: (m) => reporter.warning(m) });
      const m = mirror;
      existing = await stage('Check the mirror', () => m.get());
      // No credentials on disk during the long build; the push writes them again.
      await mirrorGit.dispose();
      reporter.info(existing ? `The mirror has ${m.resource} at ${existing}.` : `The mirror has no ${m.resource} yet.`);
      summary.mirror = { resource: m.resource, status: existing ? 'exists' : 'absent', commit: existing };
      if (existing) {
        output('mirror-commit', existing);
        if (config.ifExists === 'fail') {
          throw new MirrorError('AlreadyExists', `The mirror already has this version (commit ${existing.slice(0, 12)}); nothing was built.`, {
            verb: 'create',
            resource: m.resource,
            hint: 'Use if-exists: skip to accept it, or overwrite to rebuild and replace it.',
          });
        }
        if (config.ifExists === 'skip') {
          output('skipped', 'true');
          if (!config.dryRun) {
            output('mirror-status', 'skipped');
            summary.mirror = { resource: m.resource, status: 'skipped', commit: existing };
            summary.note = 'The mirror already has this version: nothing was built, uploaded or pushed (if-exists: skip).';
            reporter.notice(`Falco ${config.falcoVersion} is already mirrored (${existing.slice(0, 12)}): nothing to build (if-exists: skip).`);
            return { ok: true, outputs, stages, language };
          }
        }
      }
    }

    // Before any long work (and after the mirror check, which may end the run): the tag must be in the source repo the recipe clones.
    const tagged = await stage('Check the source repo', () => tagExists(sourceGit, inputs.sourceRepo, resolved, remote));
    if (!tagged) {
      throw new MirrorError('NotFound', `The source repo has no tag ${resolved}.`, {
        verb: 'get',
        resource: `tag ${resolved} of ${falcoRepoUrl(inputs.sourceRepo)}`,
        hint: 'Check falco-version and source-repo.',
      });
    }

    if (config.dryRun) {
      summary.note = 'Dry run: the inputs were checked and the mirror looked at; nothing was built, uploaded or pushed.';
      reportPlan(reporter, config, recipe.dockerfile, existing);
      return { ok: true, outputs, stages, language };
    }

    const version = await stage('Check the Docker engine', () => getEngine().check());
    reporter.info(`Docker engine ${version}.`);

    await stage(`Build Falco ${config.falcoVersion}'s dependencies`, async () => {
      const contextDir = await fs.mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'falco-deps-context-'));
      cleanup.dir(contextDir);
      cleanup.image(tag);
      await getEngine().build({
        recipe,
        tag,
        network: config.network,
        contextDir,
        runId,
        onLine: (line) => reporter.info(line),
        onLayer: (id) => cleanup.layer(id),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
      cleanup.buildDone();
    });

    // Extracted and hashed in one pass over the stream; the manifest reuses those digests.
    const digests = await stage(`Extract ${DEPS_DIR_IN_IMAGE} to ${config.outputDir}`, async () => {
      cleanup.container(containerName);
      await getEngine().create(tag, containerName);
      const { stream, done } = getEngine().copyOut(containerName, DEPS_DIR_IN_IMAGE);
      return extractTree(stream, config.outputDir, { root: path.posix.basename(DEPS_DIR_IN_IMAGE), producer: done });
    });

    const manifestPath = manifestPathFor(config.outputDir);
    const manifest = await stage('Write the manifest', async () => {
      const m = await buildManifest(config.outputDir, digests);
      await writeManifest(m, manifestPath);
      return m;
    });
    reporter.info(`${manifest.fileCount} files, ${manifest.totalBytes} bytes in ${config.outputDir}; manifest ${manifestPath}.`);
    output('deps-path', config.outputDir);
    output('file-count', manifest.fileCount);
    output('total-bytes', manifest.totalBytes);
    output('manifest', manifestPath);
    summary.manifest = manifest;

    // Verification before anything leaves the machine: a tree that cannot rebuild Falco offline is not
    // pushed, but it is still uploaded as the artifact, so it can be looked at.
    let verifyFailure: MirrorError | undefined;
    if (config.verify) {
      try {
        await stage('Verify: rebuild Falco offline from the tree', async () => {
          const container = `${containerName}-verify`;
          cleanup.container(container);
          await verifyOffline({
            engine: getEngine(),
            image: tag,
            container,
            treeDir: config.outputDir,
            env: { FALCO_VERSION: config.falcoVersion, JOBS: String(config.jobs), CMAKE_EXTRA_ARGS: config.cmakeArgs.join('\n') },
            onLine: (line) => reporter.info(line),
          });
        });
        output('verified', 'true');
        summary.verified = 'Falco rebuilt offline (--network none) from the tree.';
      } catch (err) {
        verifyFailure = asMirrorError(err);
        if (verifyFailure.reason === 'Timeout') throw verifyFailure;
        output('verified', 'false');
        summary.verified = `failed: ${verifyFailure.describe(language)}`;
      }
    }

    if (config.artifact) {
      const name = config.artifact.name ?? `falco-deps-${config.falcoVersion}`;
      const { retentionDays } = config.artifact;
      const outcome = await stage(`Upload the artifact ${name}`, () =>
        uploadArtifact({ name, treeDir: config.outputDir, files: manifest.entries.map((e) => e.path), retentionDays, env }),
      );
      summary.artifact = { ...outcome, name };
      if (outcome.uploaded) {
        output('artifact-id', outcome.id);
        output('artifact-url', outcome.url);
        const rate = outcome.seconds > 0 ? ` (${formatBytes(outcome.size / outcome.seconds)}/s)` : '';
        reporter.info(`Uploaded the artifact ${name}: ${formatBytes(outcome.size)} in ${formatDuration(outcome.seconds)}${rate}${outcome.url ? `, ${outcome.url}` : ''}.`);
      } else {
        reporter.notice(`The artifact upload was skipped: ${outcome.why}.`);
      }
    }

    if (verifyFailure) throw verifyFailure;

    if (mirror) {
      const m = mirror;
      await stage(`Publish to ${m.resource}`, async () => {
        const snapshot = await m.snapshot(config.outputDir, commitMessage(config, manifest), existing);
        if (snapshot.unchanged) {
          output('mirror-status', 'unchanged');
          output('mirror-commit', snapshot.commit);
          summary.mirror = { resource: m.resource, status: 'unchanged', commit: snapshot.commit };
          reporter.notice(`The mirror already holds this content (${snapshot.commit.slice(0, 12)}): nothing pushed.`);
          return;
        }
        if (existing) await m.patch(snapshot.commit, existing);
        else await m.create(snapshot.commit);
        output('mirror-status', existing ? 'updated' : 'created');
        output('mirror-commit', snapshot.commit);
        summary.mirror = { resource: m.resource, status: existing ? 'updated' : 'created', commit: snapshot.commit };
        reporter.notice(`${existing ? 'Updated' : 'Created'} ${m.resource} at ${snapshot.commit}.`);
      });
    }
    return { ok: true, outputs, stages, language };
  } catch (err) {
    const error = asMirrorError(err);
    output('error-reason', error.reason);
    summary.error = error.describe(language);
    return { ok: false, outputs, stages, error, language };
  } finally {
    await git?.dispose().catch(() => undefined);
    await cleanup.run(keepImage);
    await reporter.writeSummary(renderSummary(summary)).catch((err: unknown) => reporter.warning(`Could not write the job summary: ${String(err)}`));
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Seconds of silence before a heartbeat line; FALCO_DEPS_MIRROR_HEARTBEAT_SECONDS overrides the 30 s. */
function heartbeatQuietMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.FALCO_DEPS_MIRROR_HEARTBEAT_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 30_000;
}

/**
 * How long a git transfer may stall (under 1 KB/s) before it is abandoned as a Timeout: 60 s, or
 * FALCO_DEPS_MIRROR_GIT_STALL_SECONDS for networks that need more patience (or tests that need less).
 */
function gitStallSeconds(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.FALCO_DEPS_MIRROR_GIT_STALL_SECONDS);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 60;
}

/** The same reporter, calling `touch` whenever it prints. */
function onActivity(r: Reporter, touch: () => void): Reporter {
  const say =
    (fn: (m: string) => void) =>
    (m: string): void => {
      touch();
      fn(m);
    };
  return { ...r, info: say((m) => r.info(m)), notice: say((m) => r.notice(m)), warning: say((m) => r.warning(m)), error: say((m) => r.error(m)) };
}

/** What a real run would do, for dry-run: the plan, the recipe and the mirror's state. */
function reportPlan(reporter: Reporter, config: Config, dockerfile: string, existing: string | undefined): void {
  reporter.info(`Dry run: nothing is built, uploaded or pushed.`);
  if (config.mirror) {
    const action = !existing ? 'create the branch' : { skip: 'skip the build', fail: 'fail with AlreadyExists', overwrite: 'rebuild and replace it' }[config.ifExists];
    reporter.info(`A real run would ${action} (if-exists: ${config.ifExists}).`);
  }
  reporter.info(`The recipe:\n${dockerfile}`);
}

/** Names the version, where it came from and what the tree holds (the manifest's digest). */
export function commitMessage(config: Config, manifest: Manifest): string {
  return [
    `Falco ${config.falcoVersion} third-party dependencies`,
    '',
    `Source: ${config.sourceRepo}/falcosecurity/falco.git, tag ${config.falcoVersion}`,
    `Manifest: sha256:${manifest.digest} (${manifest.fileCount} files, ${manifest.totalBytes} bytes)`,
    `Made by falco-deps-mirror (${config.dockerfile ? 'custom Dockerfile' : 'built-in recipe'}).`,
    '',
  ].join('\n');
}
