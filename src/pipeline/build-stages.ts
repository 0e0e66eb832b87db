// The stages that make the tree: the image built from the recipe, the tree copied out of it (hashed on
// the way) with its manifest, and the optional offline rebuild from that tree.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { asMirrorError, MirrorError, ruPlural, t } from '../common/errors.js';
import { extractTree } from '../effects/extract.js';
import type { FileDigest } from '../effects/tar-hash.js';
import { mergeTrees, type MergedTree, type PlatformTree } from '../effects/tree-merge.js';
import { readBuildFacts } from '../effects/build-facts-reader.js';
import { buildManifest, manifestPathFor, writeFileSafely, writeManifest } from '../effects/manifest.js';
import { parseBuildFacts, type BuildFacts } from '../planning/build-facts.js';
import { verifyOffline } from '../effects/verify.js';
import type { Config } from '../planning/inputs.js';
import { baseImagesFor, platformOf, platformSlug, servesPlatform, type Platform } from '../planning/platforms.js';
import { DEPS_DIR_IN_IMAGE, falcoRepoUrl, imageTag, planRecipe } from '../planning/recipe.js';
import { describeTree, isPartial, renderSbom, sbomPathFor } from '../planning/sbom.js';
import type { TreeResult, Verification } from './outcome.js';
import type { Run } from './run.js';

/** One build to run: the platform asked for (undefined: the engine's own) and the image it starts from. */
export interface PlannedBuild {
  readonly platform: Platform | undefined;
  readonly base: string;
}

/** A built image, the platform it was built for, and the names of what was made from it. */
export interface BuiltImage {
  readonly tag: string;
  readonly container: string;
  readonly platform: Platform;
}

/**
 * The builds to run: one on the base image as given when no platform is asked for; otherwise one per
 * platform, each on that platform's image, chosen before anything is built (a base image that lacks a
 * platform stops the run here, naming both).
 */
export async function planBuilds(run: Run, config: Config, platforms: readonly Platform[]): Promise<PlannedBuild[]> {
  const version = await run.stage('Check the Docker engine', () => run.services.engine().check());
  run.reporter.info(`Docker engine ${version}.`);
  if (platforms.length === 0) return [{ platform: undefined, base: config.baseImage }];
  const bases = await run.stage(`Find the base image for ${platforms.join(', ')}`, async () => {
    const engine = run.services.engine();
    const local = await engine.imagePlatform(config.baseImage);
    const localServes = platforms.length === 1 && local !== undefined && servesPlatform(platforms[0] ?? '', local);
    const registry = localServes ? {} : await engine.registryImages(config.baseImage);
    return baseImagesFor(config.baseImage, platforms, local, registry.images, registry.error);
  });
  return platforms.map((platform) => {
    const base = bases.get(platform) ?? config.baseImage;
    run.reporter.info(`${platform}: built on ${base}.`);
    return { platform, base };
  });
}

/** Builds the recipe into an image (recorded for cleanup before it exists), and checks the platform it got. */
export async function buildImage(run: Run, config: Config, planned: PlannedBuild): Promise<BuiltImage> {
  const recipe = planRecipe(config, undefined, planned);
  const suffix = planned.platform ? `-${platformSlug(planned.platform)}` : '';
  const tag = imageTag(config.falcoVersion, `${run.id}${suffix}`);
  const on = planned.platform ? ` for ${planned.platform}` : '';
  await run.stage(`Build Falco ${config.falcoVersion}'s dependencies${on}`, async () => {
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
      platform: planned.platform,
      onLine: (line) => run.reporter.info(line),
      onLayer: (id) => run.cleanup.layer(id),
      ...(run.signal ? { signal: run.signal } : {}),
    });
    run.cleanup.buildDone();
  });
  const got = await run.services.engine().imagePlatform(tag);
  if (!got) {
    throw new MirrorError(
      'InternalError',
      t(
        `docker image inspect of the image just built, ${tag}, found nothing.`,
        `\`docker image inspect\` только что собранного образа ${tag} ничего не нашёл.`,
      ),
    );
  }
  // The name asked for is what the branch records (linux/arm, not the linux/arm/v7 it resolved to), so later runs match it.
  const platform = planned.platform ?? platformOf(got);
  // The legacy builder with the classic image store builds on whatever image a tag holds, and only warns.
  if (planned.platform && !servesPlatform(planned.platform, got)) {
    throw new MirrorError(
      'Conflict',
      t(
        `The build for ${planned.platform} ran on a ${platformOf(got)} image (${planned.base}); its tree would be mislabelled, so nothing was uploaded or pushed.`,
        `Сборка для ${planned.platform} шла на образе ${platformOf(got)} (${planned.base}); её дерево было бы помечено неверно, поэтому ничего не загружено и не отправлено.`,
      ),
      {
        hint: t(
          'Give base-image as a tag a registry serves for every platform, and run again.',
          'Укажите в base-image тег, который реестр отдаёт для каждой платформы, и запустите снова.',
        ),
      },
    );
  }
  run.reporter.info(`Built ${tag} for ${platform}.`);
  return { tag, container: `falco-deps-mirror-${run.id}${suffix}`, platform };
}

/**
 * Copies each image's tree out into output-dir, hashing each file as it streams, and writes the manifest.
 * Several platforms' trees are each extracted beside output-dir, then merged into it (tree-merge.ts).
 */
export async function collectTree(run: Run, config: Config, images: readonly BuiltImage[]): Promise<TreeResult> {
  const dir = config.outputDir;
  const [only] = images;
  // One platform's tree owns every path; the manifest's walk lists them (below), so there is no walk of its own.
  let merged: MergedTree | { digests: MergedTree['digests']; byPath?: undefined };
  const facts = new Map<Platform, BuildFacts & { sourceCommit?: string }>();
  if (images.length === 1 && only) {
    merged = { digests: await extractFrom(run, only, dir, `Extract ${DEPS_DIR_IN_IMAGE} to ${dir}`) };
    facts.set(only.platform, await factsFrom(run, only));
  } else {
    const parts: PlatformTree[] = [];
    for (const image of images) {
      const partDir = `${dir.replace(/[\\/]+$/, '')}.${platformSlug(image.platform)}-${run.id}`;
      run.cleanup.dir(partDir);
      const digests = await extractFrom(run, image, partDir, `Extract ${DEPS_DIR_IN_IMAGE} of ${image.platform}`);
      parts.push({ platform: image.platform, dir: partDir, digests });
      facts.set(image.platform, await factsFrom(run, image));
    }
    const tree = await run.stage(`Merge the ${images.map((i) => i.platform).join(', ')} trees into ${dir}`, () => mergeTrees(parts, dir));
    const shared = [...tree.byPath.values()].filter((ps) => ps.length === images.length).length;
    run.reporter.info(`${shared} of ${tree.byPath.size} paths are the same on every platform; the others belong to one or some.`);
    merged = tree;
  }
  const manifestPath = manifestPathFor(dir);
  // The digests taken during extraction are reused: the tree is not read again.
  const manifest = await run.stage('Write the manifest', async () => {
    const m = await buildManifest(dir, merged.digests);
    if (m.fileCount === 0) throw emptyTree(config, m.entries.length);
    await writeManifest(m, manifestPath);
    return m;
  });
  const links = manifest.entries.length - manifest.fileCount;
  const andLinks = links > 0 ? ` and ${links} symbolic link${links === 1 ? '' : 's'}` : '';
  run.reporter.info(`${manifest.fileCount} files (${manifest.totalBytes} bytes)${andLinks} in ${dir}; manifest ${manifestPath}.`);
  const platforms = images.map((i) => i.platform);
  const byPath = merged.byPath ?? new Map(manifest.entries.map((e) => [e.path, platforms]));
  const sbomPath = sbomPathFor(dir);
  const sbom = await run.stage('Write the SBOM', async () => {
    const doc = describeTree({
      falcoVersion: config.falcoVersion,
      sourceUrl: falcoRepoUrl(config.sourceRepo),
      custom: config.dockerfile !== undefined,
      files: manifest.entries.flatMap((e) =>
        e.kind === 'file' ? [{ path: e.path, sha256: e.sha256, platforms: byPath.get(e.path) ?? platforms }] : [],
      ),
      facts,
      digest: manifest.digest,
    });
    await writeFileSafely(sbomPath, renderSbom(doc));
    return doc;
  });
  const unknown = sbom.components.filter((c) => !c.known).length;
  run.reporter.info(
    `SBOM ${sbomPath}: ${sbom.components.length} components${isPartial(sbom) ? `; partial: nothing the build left describes ${unknown} of the files` : ''}.`,
  );
  return { dir, manifestPath, manifest, platforms, byPath, sbomPath, sbom };
}

/** What one image's build left for the SBOM (nothing, from a custom Dockerfile that left no facts). */
async function factsFrom(run: Run, image: BuiltImage): Promise<BuildFacts & { sourceCommit?: string }> {
  const dir = path.join(run.scratch, `facts-${platformSlug(image.platform)}`);
  const files = await readBuildFacts(run.services.engine(), image.container, dir);
  const commit = files.get('source-commit')?.trim();
  return { ...parseBuildFacts(files), ...(commit && /^[0-9a-f]{40,64}$/.test(commit) ? { sourceCommit: commit } : {}) };
}

/** One image's tree, streamed out of a container of it into `dir`. */
function extractFrom(run: Run, image: BuiltImage, dir: string, stage: string): Promise<ReadonlyMap<string, FileDigest>> {
  const engine = run.services.engine();
  return run.stage(stage, async () => {
    run.cleanup.container(image.container);
    await engine.create(image.tag, image.container);
    const { stream, done } = engine.copyOut(image.container, DEPS_DIR_IN_IMAGE);
    return extractTree(stream, dir, { root: path.posix.basename(DEPS_DIR_IN_IMAGE), producer: done });
  });
}

/**
 * A tree without a single regular file is a failed recipe, not a version with no dependencies: it
 * stops the run before anything is uploaded or pushed.
 */
function emptyTree(config: Config, links: number): MirrorError {
  const state = t(
    links > 0 ? `with no file (only ${links} symbolic link${links === 1 ? '' : 's'})` : 'empty',
    links > 0
      ? `без единого файла (только ${links} ${ruPlural(links, 'символьная ссылка', 'символьные ссылки', 'символьных ссылок')})`
      : 'пустым',
  );
  const hint = config.dockerfile
    ? t(
        `A custom dockerfile must copy the files Falco's build downloads into ${DEPS_DIR_IN_IMAGE}, as the built-in recipe does (docs/recipe.md, "The built-in recipe").`,
        `Собственный dockerfile должен копировать файлы, которые скачивает сборка Falco, в ${DEPS_DIR_IN_IMAGE}, как это делает встроенный рецепт (docs/recipe.md, "The built-in recipe").`,
      )
    : t(
        'Check the build log: cmake-args that turn the bundled dependencies off (USE_BUNDLED_DEPS=OFF) leave nothing to copy.',
        'Проверьте журнал сборки: cmake-args, отключающие встроенные зависимости (USE_BUNDLED_DEPS=OFF), не оставляют ничего для копирования.',
      );
  return new MirrorError(
    'NotFound',
    t(
      `The build left ${DEPS_DIR_IN_IMAGE} ${state.en}: no file was downloaded into it, so there is nothing to upload or push.`,
      `Сборка оставила ${DEPS_DIR_IN_IMAGE} ${state.ru}: в него не скачано ни одного файла, поэтому загружать и отправлять нечего.`,
    ),
    { hint },
  );
}

/**
 * Rebuilds Falco from the tree with no network, as a consumer would, in a container of each platform's
 * image. A failure is returned, not thrown: the tree is still uploaded for a look, and only then does the
 * run fail. A cancellation (Timeout) is thrown.
 */
export async function verifyTree(run: Run, config: Config, images: readonly BuiltImage[], tree: TreeResult): Promise<Verification> {
  for (const image of images) {
    const on = images.length > 1 ? ` on ${image.platform}` : '';
    try {
      await run.stage(`Verify${on}: rebuild Falco offline from the tree`, async () => {
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
    } catch (err) {
      const error = asMirrorError(err);
      if (error.reason === 'Timeout') throw error;
      return { ok: false, error: images.length > 1 ? error.onPlatform(image.platform) : error };
    }
  }
  return { ok: true };
}
