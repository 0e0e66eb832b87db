// The workflow artifact: the extracted tree uploaded with @actions/artifact, every regular file listed
// (the client does not walk directories) with its path relative to the tree; links are left out, since
// the client would zip what they point to. Outside Actions (no runtime token) and on GitHub Enterprise
// Server (no artifact service for this client) it is skipped with a notice; service failures become
// catalog reasons.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MirrorError, quote, reasonForStatus, t, type Reason, type Text } from '../common/errors.js';

/**
 * zlib level for the artifact's zip. The tree is .tar.gz/.tar.bz2 files, which do not shrink further:
 * level 0 stores them and is the fastest (docs/performance.md, "The artifact's zip level", has the measurements).
 */
export const ARTIFACT_COMPRESSION_LEVEL = 0;

export interface ArtifactRequest {
  readonly name: string;
  readonly treeDir: string;
  /**
   * Paths relative to treeDir, POSIX separators: the manifest's regular files. Never a link: the client
   * zips what a link points to (realpath), so links stay out of the artifact (the mirror branch has them).
   */
  readonly files: readonly string[];
  /**
   * Files outside the tree that the artifact holds at its root, by name (the SBOM). The client zips one
   * root directory, so these and the tree's top-level entries are linked into `stagingDir`, which it
   * then zips (it reads through links).
   */
  readonly extras?: ReadonlyArray<{ readonly name: string; readonly file: string }>;
  readonly stagingDir?: string;
  readonly retentionDays: number | undefined;
  /** The step's environment; @actions/artifact itself reads process.env, which the action passes here. */
  readonly env: NodeJS.ProcessEnv;
}

export type ArtifactOutcome =
  | { readonly uploaded: true; readonly id: number; readonly url: string; readonly size: number; readonly seconds: number }
  | { readonly uploaded: false; readonly why: string };

/** Why the upload cannot run here, or undefined when it can. */
export function artifactUnavailable(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return 'not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL)';
  }
  if (isGhes(env.GITHUB_SERVER_URL)) return `GitHub Enterprise Server (${env.GITHUB_SERVER_URL}) has no artifact service for this client`;
  return undefined;
}

/** The same rule as @actions/artifact: github.com, *.ghe.com and *.localhost have the service. */
export function isGhes(serverUrl: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  } catch {
    // The client itself would fail on such a URL: treat it as a server without the service.
    return true;
  }
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

export async function uploadArtifact(request: ArtifactRequest): Promise<ArtifactOutcome> {
  const unavailable = artifactUnavailable(request.env);
  if (unavailable) return { uploaded: false, why: unavailable };
  await refuseNonRegular(request.treeDir, request.files);
  const started = Date.now();
  // Loaded when an upload happens: the client and Azure's SDK are most of the bundle, and a run that
  // uploads nothing (a skip, the post step) need not parse them.
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { root, files } = await uploadRoot(request);
  try {
    const result = await client.uploadArtifact(
      request.name,
      files.map((f) => path.join(root, f)),
      root,
      {
        compressionLevel: ARTIFACT_COMPRESSION_LEVEL,
        ...(request.retentionDays !== undefined ? { retentionDays: request.retentionDays } : {}),
      },
    );
    if (result.id === undefined)
      throw new MirrorError(
        'InternalError',
        t('The artifact service gave no artifact id.', 'Сервис артефактов не вернул идентификатор артефакта.'),
        {
          verb: 'create',
          resource: artifactResource(request.name),
        },
      );
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = request.env;
    const server = (request.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const url = repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${result.id}` : '';
    return { uploaded: true, id: result.id, url, size: result.size ?? 0, seconds: (Date.now() - started) / 1000 };
  } catch (err) {
    if (isNamed(err, 'GHESNotSupportedError'))
      return { uploaded: false, why: 'GitHub Enterprise Server has no artifact service for this client' };
    throw artifactFailure(request.name, err);
  }
}

/** The directory the client zips and the files in it: the tree itself, or a staging directory of links to it and the extras. */
async function uploadRoot(request: ArtifactRequest): Promise<{ root: string; files: string[] }> {
  const extras = request.extras ?? [];
  if (extras.length === 0 || request.stagingDir === undefined) return { root: request.treeDir, files: [...request.files] };
  const root = request.stagingDir;
  await fs.mkdir(root, { recursive: true });
  const tops = new Set(request.files.map((f) => f.split('/')[0] ?? f));
  for (const top of tops) await fs.symlink(path.join(request.treeDir, top), path.join(root, top));
  for (const extra of extras) {
    if (tops.has(extra.name))
      throw new MirrorError(
        'Invalid',
        t(
          `The deps tree holds ${extra.name} at its root, the name of the action's own file.`,
          `В корне дерева зависимостей лежит ${extra.name}, а так называется служебный файл falco-deps-mirror.`,
        ),
      );
    await fs.symlink(extra.file, path.join(root, extra.name));
  }
  return { root, files: [...request.files, ...extras.map((e) => e.name)] };
}

/** Checks, without following anything, that every path is a regular file before the client can follow it. */
export async function refuseNonRegular(treeDir: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    const st = await fs.lstat(path.join(treeDir, file));
    if (!st.isFile()) {
      throw new MirrorError(
        'InternalError',
        t(
          `Refused to upload ${quote(file)} as part of the artifact: it is not a regular file.`,
          `Загрузка ${quote(file)} в составе артефакта отклонена: это не обычный файл.`,
        ),
      );
    }
  }
}

/** An @actions/artifact error, known by the name its classes give (the module itself is loaded lazily). */
function isNamed(err: unknown, name: 'GHESNotSupportedError' | 'UsageError' | 'NetworkError'): boolean {
  return err instanceof Error && err.name === name;
}

/**
 * @actions/artifact reports failures as text: its Twirp client wraps everything in a plain Error
 * ("Failed to CreateArtifact: Failed request: (409) Conflict: ...", "... Unable to make request:
 * ECONNREFUSED", "... Artifact storage quota has been hit"), while the blob upload throws Azure's
 * RestError with a statusCode.
 */
export function artifactFailure(name: string, err: unknown): MirrorError {
  if (err instanceof MirrorError) return err;
  const resource = artifactResource(name);
  const text = err instanceof Error ? err.message : String(err);
  const fail = (reason: Reason, detail: Text, hint?: Text): MirrorError =>
    new MirrorError(reason, detail, { verb: 'create', resource, cause: err, ...(hint ? { hint } : {}) });
  if (isNamed(err, 'UsageError') || /storage quota has been hit|insufficient usage/i.test(text)) {
    return fail(
      'TooManyRequests',
      t('The artifact storage quota of this repository is used up.', 'Квота хранилища артефактов этого репозитория исчерпана.'),
      t('Delete old artifacts or lower retention-days.', 'Удалите старые артефакты или уменьшите retention-days.'),
    );
  }
  const network = isNamed(err, 'NetworkError')
    ? (err as Error & { code?: string }).code
    : /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|ETIMEDOUT)\b/.exec(text)?.[1];
  if (network) {
    const reason: Reason = network === 'ETIMEDOUT' ? 'Timeout' : 'ServiceUnavailable';
    return fail(reason, t(`The artifact service could not be reached (${network}).`, `Сервис артефактов недоступен (${network}).`));
  }
  const restStatus = (err as { statusCode?: unknown }).statusCode;
  const status = typeof restStatus === 'number' ? restStatus : Number(/\((\d{3})\)/.exec(text)?.[1] ?? 0);
  if (status === 409 || /already exists/i.test(text)) {
    return fail(
      'AlreadyExists',
      t('This workflow run already has an artifact with this name.', 'В этом запуске рабочего процесса уже есть артефакт с таким именем.'),
      t(
        'Give artifact-name a value unique in the run, for example falco-deps-<version>-${{ github.run_attempt }}, or set upload-artifact: false.',
        'Задайте artifact-name, уникальное в пределах запуска, например falco-deps-<version>-${{ github.run_attempt }}, или задайте upload-artifact: false.',
      ),
    );
  }
  const reason: Reason = reasonForStatus(status) ?? (/timed? ?out|stalled/i.test(text) ? 'Timeout' : 'InternalError');
  const after = /after (\d+) attempts/.exec(text);
  const said = text.slice(0, 300);
  return fail(
    reason,
    t(
      `The artifact upload failed${after ? ` after ${after[1]} attempts` : ''}: ${said}.`,
      `Не удалось загрузить артефакт${after ? ` (попыток: ${after[1]})` : ''}: ${said}.`,
    ),
  );
}

function artifactResource(name: string): Text {
  return t(`artifact ${name}`, `артефакт ${name}`);
}
