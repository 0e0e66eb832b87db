// The pipeline, top-down: inputs -> plan -> engine check -> build -> extract -> manifest -> report.
// Planning (inputs, recipe, names) is pure and comes first, so a bad input stops the run before any
// side effect. Everything the run creates is recorded for cleanup before it exists.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Cleanup } from './cleanup.js';
import { createDockerEngine, type Engine } from './engine.js';
import { asMirrorError, type MirrorError } from './errors.js';
import { extractTree } from './extract.js';
import { parseInputs, type InputGetter } from './inputs.js';
import { buildManifest, manifestPathFor, writeManifest } from './manifest.js';
import { DEPS_DIR_IN_IMAGE, imageTag, planRecipe } from './recipe.js';
import type { Reporter } from './reporter.js';

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
}

export async function runPipeline(ctx: RunContext): Promise<RunResult> {
  const { reporter, env } = ctx;
  const outputs: Record<string, string> = {};
  const stages: StageRecord[] = [];
  const output = (name: string, value: string | number): void => {
    outputs[name] = String(value);
    reporter.setOutput(name, String(value));
  };
  const stage = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    let ok = false;
    try {
      const value = await reporter.group(name, fn);
      ok = true;
      return value;
    } finally {
      stages.push({ name, seconds: (Date.now() - started) / 1000, ok });
    }
  };

  let engine: Engine | undefined = ctx.engine;
  const getEngine = (): Engine => (engine ??= createDockerEngine(ctx.signal));
  const cleanup = new Cleanup(reporter, getEngine);
  let keepImage = false;
  try {
    // Plan: pure, and everything that can be wrong with the inputs is found here.
    const config = parseInputs(ctx.getInput, env);
    keepImage = config.keepImage;
    const recipe = planRecipe(config);
    const runId = `${env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(4).toString('hex')}`;
    const tag = imageTag(config.falcoVersion, runId);
    const containerName = `falco-deps-mirror-${runId}`;
    output('falco-version', config.falcoVersion);
    reporter.info(
      `Mirroring Falco ${config.falcoVersion} from ${config.sourceRepo} on ${config.baseImage} (${recipe.custom ? `custom Dockerfile ${config.dockerfile}` : 'built-in recipe'}).`,
    );

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

    await stage(`Extract ${DEPS_DIR_IN_IMAGE} to ${config.outputDir}`, async () => {
      cleanup.container(containerName);
      await getEngine().create(tag, containerName);
      const { stream, done } = getEngine().copyOut(containerName, DEPS_DIR_IN_IMAGE);
      await extractTree(stream, config.outputDir, { root: path.posix.basename(DEPS_DIR_IN_IMAGE), producer: done });
    });

    const manifestPath = manifestPathFor(config.outputDir);
    const manifest = await stage('Write the manifest', async () => {
      const m = await buildManifest(config.outputDir);
      await writeManifest(m, manifestPath);
      return m;
    });
    reporter.info(`${manifest.fileCount} files, ${manifest.totalBytes} bytes in ${config.outputDir}; manifest ${manifestPath}.`);
    output('deps-path', config.outputDir);
    output('file-count', manifest.fileCount);
    output('total-bytes', manifest.totalBytes);
    output('manifest', manifestPath);
    return { ok: true, outputs, stages };
  } catch (err) {
    const error = asMirrorError(err);
    output('error-reason', error.reason);
    return { ok: false, outputs, stages, error };
  } finally {
    await cleanup.run(keepImage);
  }
}
