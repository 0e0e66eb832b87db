// The stages that make the tree: the image built from the recipe, the tree copied out of it (hashed on
// the way) with its manifest, and the optional offline rebuild from that tree.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { asMirrorError, MirrorError } from '../common/errors.js';
import { extractTree } from '../effects/extract.js';
import { buildManifest, manifestPathFor, writeManifest } from '../effects/manifest.js';
import { verifyOffline } from '../effects/verify.js';
import type { Config } from '../planning/inputs.js';
import { DEPS_DIR_IN_IMAGE, imageTag, planRecipe } from '../planning/recipe.js';
import type { TreeResult, Verification } from './outcome.js';
import type { Run } from './run.js';

/** The built image, and the names of what was made from it. */
export interface BuiltImage {
  readonly tag: string;
  readonly container: string;
}

/** Checks the engine, then builds the recipe into an image (recorded for cleanup before it exists). */
export async function buildImage(run: Run, config: Config): Promise<BuiltImage> {
  const recipe = planRecipe(config);
  const version = await run.stage('Check the Docker engine', () => run.services.engine().check());
  run.reporter.info(`Docker engine ${version}.`);
  const tag = imageTag(config.falcoVersion, run.id);
  await run.stage(`Build Falco ${config.falcoVersion}'s dependencies`, async () => {
    // Beside the scratch directory (RUNNER_TEMP or the system's), holding the Dockerfile alone.
    const contextDir = await fs.mkdtemp(path.join(path.dirname(run.scratch), 'falco-deps-context-'));
    run.cleanup.dir(contextDir);
    run.cleanup.image(tag);
    await run.services.engine().build({
      recipe,
      tag,
      network: config.network,
      contextDir,
      runId: run.id,
      onLine: (line) => run.reporter.info(line),
      onLayer: (id) => run.cleanup.layer(id),
      ...(run.signal ? { signal: run.signal } : {}),
    });
    run.cleanup.buildDone();
  });
  return { tag, container: `falco-deps-mirror-${run.id}` };
}

/** Copies the tree out of the image into output-dir, hashing each file as it streams, and writes the manifest. */
export async function collectTree(run: Run, config: Config, image: BuiltImage): Promise<TreeResult> {
  const dir = config.outputDir;
  const engine = run.services.engine();
  const digests = await run.stage(`Extract ${DEPS_DIR_IN_IMAGE} to ${dir}`, async () => {
    run.cleanup.container(image.container);
    await engine.create(image.tag, image.container);
    const { stream, done } = engine.copyOut(image.container, DEPS_DIR_IN_IMAGE);
    return extractTree(stream, dir, { root: path.posix.basename(DEPS_DIR_IN_IMAGE), producer: done });
  });
  const manifestPath = manifestPathFor(dir);
  // The digests taken during extraction are reused: the tree is not read again.
  const manifest = await run.stage('Write the manifest', async () => {
    const m = await buildManifest(dir, digests);
    if (m.fileCount === 0) throw emptyTree(config, m.entries.length);
    await writeManifest(m, manifestPath);
    return m;
  });
  const links = manifest.entries.length - manifest.fileCount;
  const andLinks = links > 0 ? ` and ${links} symbolic link${links === 1 ? '' : 's'}` : '';
  run.reporter.info(`${manifest.fileCount} files (${manifest.totalBytes} bytes)${andLinks} in ${dir}; manifest ${manifestPath}.`);
  return { dir, manifestPath, manifest };
}

/**
 * A tree without a single regular file is a failed recipe, not a version with no dependencies: it
 * stops the run before anything is uploaded or pushed.
 */
function emptyTree(config: Config, links: number): MirrorError {
  const state = links > 0 ? `with no file (only ${links} symbolic link${links === 1 ? '' : 's'})` : 'empty';
  const hint = config.dockerfile
    ? `A custom dockerfile must copy the files Falco's build downloads into ${DEPS_DIR_IN_IMAGE}, as the built-in recipe does (README: "The built-in recipe").`
    : 'Check the build log: cmake-args that turn the bundled dependencies off (USE_BUNDLED_DEPS=OFF) leave nothing to copy.';
  return new MirrorError(
    'NotFound',
    `The build left ${DEPS_DIR_IN_IMAGE} ${state}: no file was downloaded into it, so there is nothing to upload or push.`,
    { hint },
  );
}

/**
 * Rebuilds Falco from the tree with no network, as a consumer would. A failure is returned, not thrown:
 * the tree is still uploaded for a look, and only then does the run fail. A cancellation (Timeout) is thrown.
 */
export async function verifyTree(run: Run, config: Config, image: BuiltImage, tree: TreeResult): Promise<Verification> {
  try {
    await run.stage('Verify: rebuild Falco offline from the tree', async () => {
      const container = `${image.container}-verify`;
      run.cleanup.container(container);
      await verifyOffline({
        engine: run.services.engine(),
        image: image.tag,
        container,
        treeDir: tree.dir,
        env: { FALCO_VERSION: config.falcoVersion, JOBS: String(config.jobs), CMAKE_EXTRA_ARGS: config.cmakeArgs.join('\n') },
        onLine: (line) => run.reporter.info(line),
      });
    });
    return { ok: true };
  } catch (err) {
    const error = asMirrorError(err);
    if (error.reason === 'Timeout') throw error;
    return { ok: false, error };
  }
}
