// The stages that deal with where the tree goes: the mirror branch checked before the build, the
// workflow artifact, and the push (create, patch, or nothing when the content is unchanged).
import * as path from 'node:path';
import { MirrorError, quote, t } from '../common/errors.js';
import { SBOM_FILE } from '../planning/sbom.js';
import type { MirrorBranch } from '../effects/mirror-branch.js';
import type { Mirror } from '../effects/mirror.js';
import type { Publish } from '../planning/decision.js';
import type { Config } from '../planning/inputs.js';
import { megabytes, overGitHubLimit, refusedFile, storedWithLfs, wayOut } from '../planning/large-files.js';
import type { Platform } from '../planning/platforms.js';
import { formatBytes, formatDuration } from '../reporting/format.js';
import type { ArtifactResult, MirrorState, TreeResult } from './outcome.js';
import type { Run } from './run.js';

/**
 * The branch's commit, if any, and with platforms asked for, the platforms its metadata file says it
 * holds; the credentials then leave the disk for the long build.
 */
export async function checkMirror(run: Run, mirror: Mirror, branch: MirrorBranch, config: Config): Promise<MirrorState> {
  const perPlatform = config.platforms.length > 0;
  const { commit, platforms } = await run.stage('Check the mirror', async () => {
    // git-lfs is checked first: a run that cannot push what it builds must not build.
    if (config.largeFiles.mode === 'lfs') run.reporter.info(`Git LFS: ${await mirror.lfsVersion()}.`);
    const tip = await branch.get();
    const meta = tip && perPlatform ? await branch.metadata(tip) : undefined;
    return { commit: tip, platforms: meta?.platforms };
  });
  await mirror.pause();
  if (!commit) run.reporter.info(`The mirror has no ${branch.resource} yet.`);
  else {
    const holds = platforms
      ? `, holding ${platforms.join(', ')}`
      : perPlatform
        ? ` (made before platforms: it does not say which it holds)`
        : '';
    run.reporter.info(`The mirror has ${branch.resource} at ${commit}${holds}.`);
  }
  return {
    resource: branch.resource,
    ...(branch.resourceText ? { resourceText: branch.resourceText } : {}),
    status: commit ? 'exists' : 'absent',
    commit,
    ...(platforms ? { platforms } : {}),
  };
}

/** if-exists: skip with the branch there: the run ends here, successfully. */
export function skipMirrored(run: Run, version: string, state: MirrorState): MirrorState {
  const holding = state.platforms ? `, holding ${state.platforms.join(', ')}` : '';
  run.reporter.notice(
    `Falco ${version} is already mirrored (${(state.commit ?? '').slice(0, 12)}${holding}): nothing to build (if-exists: skip).`,
  );
  return { ...state, status: 'skipped' };
}

/** if-exists: fail with the branch there (with platforms asked for: holding some of them). */
export function alreadyMirrored(state: MirrorState, platforms: readonly Platform[] = []): MirrorError {
  const list = platforms.join(', ');
  const commit = (state.commit ?? '').slice(0, 12);
  return new MirrorError(
    'AlreadyExists',
    t(
      `The mirror already has this version${list && ` for ${list}`} (commit ${commit}); nothing was built.`,
      `В зеркале уже есть эта версия${list && ` для ${list}`} (коммит ${commit}); ничего не собрано.`,
    ),
    {
      verb: 'create',
      resource: state.resourceText ?? state.resource,
      hint: t(
        'Use if-exists: skip to accept it, or overwrite to rebuild and replace it.',
        'Используйте if-exists: skip, чтобы принять её, или overwrite, чтобы пересобрать и заменить.',
      ),
    },
  );
}

/** Uploads the tree as the workflow artifact (skipped, with a notice, outside Actions and on GHES). */
export async function uploadTree(run: Run, config: Config, tree: TreeResult): Promise<ArtifactResult> {
  const name = config.artifact?.name ?? `falco-deps-${config.falcoVersion}`;
  const retentionDays = config.artifact?.retentionDays;
  // Regular files only: the artifact client zips what a link points to (it calls realpath), so a link
  // would become a copy of its target, or fail the upload when it names a directory or nothing.
  const files = tree.manifest.entries.filter((e) => e.kind === 'file').map((e) => e.path);
  const links = tree.manifest.entries.filter((e) => e.kind === 'link').map((e) => e.path);
  const outcome = await run.stage(`Upload the artifact ${name}`, () =>
    run.services.uploadArtifact({
      name,
      treeDir: tree.dir,
      files,
      // The SBOM rides along at the artifact's root, as on the branch.
      extras: [{ name: SBOM_FILE, file: tree.sbomPath }],
      stagingDir: path.join(run.scratch, 'artifact'),
      retentionDays,
      env: run.env,
    }),
  );
  if (outcome.uploaded) {
    const rate = outcome.seconds > 0 ? ` (${formatBytes(outcome.size / outcome.seconds)}/s)` : '';
    const where = outcome.url ? `, ${outcome.url}` : '';
    run.reporter.info(`Uploaded the artifact ${name}: ${formatBytes(outcome.size)} in ${formatDuration(outcome.seconds)}${rate}${where}.`);
    if (links.length > 0) run.reporter.notice(linksLeftOut(name, links, config.mirror !== undefined));
  } else {
    run.reporter.notice(`The artifact upload was skipped: ${outcome.why}.`);
  }
  return { ...outcome, name };
}

/** The notice for the links the artifact leaves out: how many, the first few, and where they are kept. */
function linksLeftOut(name: string, links: readonly string[], mirrored: boolean): string {
  const shown =
    links
      .slice(0, 3)
      .map((l) => quote(l))
      .join(', ') + (links.length > 3 ? ', ...' : '');
  const count = `${links.length} symbolic link${links.length === 1 ? '' : 's'}`;
  const kept = mirrored ? '; the mirror branch stores them as links' : '';
  return `The artifact ${name} holds the regular files only: the tree's ${count} (${shown}) are not in it${kept}.`;
}

/** Commits the tree and pushes it as the decision says; content equal to the branch's is not pushed. */
export async function publishTree(
  run: Run,
  config: Config,
  branch: MirrorBranch,
  publish: Publish,
  tree: TreeResult,
): Promise<MirrorState> {
  const over = publish.kind === 'patch' ? publish.over : undefined;
  const keep = publish.kind === 'patch' ? publish.keep : [];
  const files = tree.manifest.entries.filter((e) => e.kind === 'file');
  return run.stage(`Publish to ${branch.resource}`, async () => {
    // GitHub refuses a file over 100 MiB: said before any push, not after a long upload.
    const tooBig = config.mirror ? overGitHubLimit(config.mirror.url, config.largeFiles, files) : undefined;
    if (tooBig) throw tooBig;
    if (keep.length)
      run.reporter.info(`Keeping the branch's ${keep.join(', ')} files; ${tree.platforms.join(', ')} files come from this run.`);
    const digests = new Map(files.map((f) => [f.path, { size: f.size, sha256: f.sha256 }]));
    const snapshot = await branch.snapshot(
      tree.dir,
      commitMessage(config, tree),
      over,
      { built: tree.platforms, byPath: tree.byPath, keep },
      { files: config.largeFiles, digests },
      tree.sbom,
    );
    const platforms = snapshot.platforms;
    if (snapshot.unchanged) {
      run.reporter.notice(`The mirror already holds this content (${snapshot.commit.slice(0, 12)}): nothing pushed.`);
      return { resource: branch.resource, status: 'unchanged', commit: snapshot.commit, platforms };
    }
    if (snapshot.lfsObjects.length > 0) {
      const bytes = snapshot.lfsObjects.reduce((a, o) => a + o.size, 0);
      run.reporter.info(
        `Git LFS: ${snapshot.lfsObjects.map((o) => o.rel).join(', ')} (${formatBytes(bytes)}) to the mirror's LFS storage first; objects it has already are not sent again.`,
      );
      await branch.uploadLfs(snapshot.lfsObjects);
    }
    await pushNaming(config, files, () => (over !== undefined ? branch.patch(snapshot.commit, over) : branch.create(snapshot.commit)));
    run.reporter.notice(`${over ? 'Updated' : 'Created'} ${branch.resource} at ${snapshot.commit} (${platforms.join(', ')}).`);
    return { resource: branch.resource, status: over ? 'updated' : 'created', commit: snapshot.commit, platforms };
  });
}

/** A push the server refused for size, said with the file (GitHub names it; a proxy's 413 does not) and the way out. */
async function pushNaming(config: Config, files: ReadonlyArray<{ path: string; size: number }>, push: () => Promise<void>): Promise<void> {
  try {
    await push();
  } catch (err) {
    if (!(err instanceof MirrorError) || err.reason !== 'RequestEntityTooLarge') throw err;
    const named = refusedFile(err.detail);
    const largest = [...files].filter((f) => !storedWithLfs(config.largeFiles, f.size)).sort((a, b) => b.size - a.size)[0];
    const big = largest ? [quote(largest.path), megabytes(largest.size)] : undefined;
    const what = named
      ? t(
          `The mirror refused the push: ${quote(named.file)} is ${named.size}, over its per-file limit`,
          `Зеркало отклонило отправку: ${quote(named.file)} занимает ${named.size}, больше его ограничения на размер файла`,
        )
      : t(
          `The mirror refused the push as too large (HTTP 413)${big ? `; the largest file pushed is ${big[0]}, ${big[1]}` : ''}`,
          `Зеркало отклонило отправку как слишком большую (HTTP 413)${big ? `; самый большой отправленный файл — ${big[0]}, ${big[1]}` : ''}`,
        );
    const why = err.detailText;
    const detail = t(
      `${what.en}. Nothing was pushed; the branch is as it was. (${why.en})`,
      `${what.ru}. Ничего не отправлено; ветка осталась как была. (${why.ru})`,
    );
    throw new MirrorError('RequestEntityTooLarge', detail, {
      verb: err.verb ?? 'create',
      resource: err.resourceText ?? '',
      hint: wayOut(config.largeFiles),
    });
  }
}

/** Names the version, where it came from and what the tree holds (the manifest's digest). */
export function commitMessage(config: Config, tree: TreeResult): string {
  const { manifest } = tree;
  return [
    `Falco ${config.falcoVersion} third-party dependencies`,
    '',
    `Source: ${config.sourceRepo}/falcosecurity/falco.git, tag ${config.falcoVersion}`,
    `Built for: ${tree.platforms.join(', ')}`,
    `Manifest: sha256:${manifest.digest} (${manifest.fileCount} files, ${manifest.totalBytes} bytes)`,
    `Made by falco-deps-mirror (${config.dockerfile ? 'custom Dockerfile' : 'built-in recipe'}).`,
    '',
  ].join('\n');
}
