// The container engine, through the docker CLI: check, build, create, copy out, remove. Only flags
// that both the legacy builder and buildx accept are used, so it runs on GitHub's runners (buildx)
// and on hosts with a bare engine alike.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { MirrorError, t } from '../common/errors.js';
import { lastLines } from '../common/text.js';
import { run, runStreaming, notInstalled, type RunResult } from './exec.js';
import type { Recipe } from '../planning/recipe.js';
import { isLoopbackRegistry, type ImagePlatform, type Platform, type RegistryImage } from '../planning/platforms.js';

const DOCKER_INSTALL = t(
  'Install Docker (on Debian or Ubuntu: `sudo apt-get install docker.io`) and start its engine, then run again.',
  'Установите Docker (в Debian или Ubuntu: `sudo apt-get install docker.io`) и запустите его движок, затем запустите снова.',
);

export const LABEL = 'io.github.falco-deps-mirror.run';

export interface BuildRequest {
  readonly recipe: Recipe;
  readonly tag: string;
  readonly network: string | undefined;
  /** A fresh, empty directory: the build context will hold only the Dockerfile. */
  readonly contextDir: string;
  readonly runId: string;
  /** docker build --platform; undefined: the engine's own. */
  readonly platform?: Platform | undefined;
  readonly onLine: (line: string) => void;
  /** Called with each image a legacy-builder step creates, so a failed build can be cleaned up. */
  readonly onLayer?: (id: string) => void;
  readonly signal?: AbortSignal;
}

export interface Engine {
  check(): Promise<string>;
  build(request: BuildRequest): Promise<void>;
  /** The platform a local image (by tag or ID) reports; undefined when the engine has no such image. */
  imagePlatform(image: string): Promise<ImagePlatform | undefined>;
  /** What the image's registry serves for it, per platform; `error` says why the registry could not tell. */
  registryImages(image: string): Promise<{ readonly images?: readonly RegistryImage[]; readonly error?: string }>;
  create(image: string, name: string): Promise<string>;
  copyOut(container: string, pathInContainer: string): { stream: Readable; done: Promise<void> };
  removeContainer(nameOrId: string): Promise<void>;
  removeImage(tag: string): Promise<void>;
  removeLayer(id: string): Promise<void>;
  /** A container that runs `sh -c script` with no network at all; values come in as environment variables. */
  createOffline(image: string, name: string, script: string, env: Readonly<Record<string, string>>): Promise<void>;
  /** Copies a host directory's contents into the (created, not started) container at `dest`. */
  copyIn(container: string, sourceDir: string, dest: string): Promise<void>;
  /** Starts the container, streams its output, and resolves with its exit code and the log's tail. */
  runToEnd(container: string, onLine: (line: string) => void): Promise<{ code: number; tail: string; log: string }>;
}

const DOCKER = 'docker';

/** The real engine: the docker CLI. */
export function createDockerEngine(signal?: AbortSignal): Engine {
  return new DockerEngine(signal);
}

class DockerEngine implements Engine {
  constructor(private readonly signal: AbortSignal | undefined) {}

  /** One docker command; cleanup commands are not abortable, so they run after a cancellation too. */
  private async docker(args: readonly string[], onLine?: (line: string) => void, abortable = true): Promise<RunResult> {
    try {
      return await run(DOCKER, args, {
        ...(abortable && this.signal ? { signal: this.signal } : {}),
        ...(onLine ? { onLine: (line: string) => onLine(line) } : {}),
        // buildx prints a TTY progress display otherwise; the legacy builder ignores this.
        env: { BUILDKIT_PROGRESS: 'plain' },
      });
    } catch (err) {
      throw notInstalled(err, DOCKER_INSTALL);
    }
  }

  async check(): Promise<string> {
    const result = await this.docker(['version', '--format', '{{.Server.Version}}']);
    if (result.code !== 0) {
      const why = lastLines(result.stderr, 2).replace(/\s+/g, ' ').trim();
      const said = why ? ` (${why})` : '';
      throw new MirrorError('ServiceUnavailable', t(`The Docker engine is not reachable${said}.`, `Движок Docker недоступен${said}.`), {
        hint: t(
          'Start it (for example `sudo systemctl start docker`, or `sudo dockerd &`), or set DOCKER_HOST to a running engine, then run again.',
          'Запустите его (например, `sudo systemctl start docker` или `sudo dockerd &`) или укажите в DOCKER_HOST адрес работающего движка, затем запустите снова.',
        ),
      });
    }
    return result.stdout.trim();
  }

  async build(request: BuildRequest): Promise<void> {
    const dockerfile = path.join(request.contextDir, 'Dockerfile');
    await fs.writeFile(dockerfile, request.recipe.dockerfile, { mode: 0o644 });
    const args = ['build', '--file', dockerfile, '--tag', request.tag, '--label', `${LABEL}=${request.runId}`, '--force-rm'];
    for (const [name, value] of request.recipe.buildArgs) args.push('--build-arg', `${name}=${value}`);
    if (request.platform !== undefined) args.push('--platform', request.platform);
    if (request.network !== undefined) args.push('--network', request.network);
    args.push(request.contextDir);
    const layers = new LayerTracker();
    const result = await this.docker(args, (line) => {
      request.onLine(line);
      const id = layers.feed(line);
      if (id !== undefined) request.onLayer?.(id);
    });
    if (result.aborted) throw new MirrorError('Timeout', t('The build was cancelled.', 'Сборка отменена.'));
    if (result.code !== 0) throw buildFailure(result);
  }

  async imagePlatform(image: string): Promise<ImagePlatform | undefined> {
    const result = await this.docker(['image', 'inspect', '--format', '{{.Os}} {{.Architecture}} {{.Variant}}', image]);
    if (result.code !== 0) return undefined;
    const [os = '', architecture = '', variant] = result.stdout.trim().split(/\s+/);
    return { os, architecture, variant: variant || undefined };
  }

  async registryImages(image: string): Promise<{ readonly images?: readonly RegistryImage[]; readonly error?: string }> {
    // --insecure (plain http) only for a registry on this machine, as the engine itself allows by default.
    const args = ['manifest', 'inspect', '--verbose', ...(isLoopbackRegistry(image) ? ['--insecure'] : []), image];
    const result = await this.docker(args);
    if (result.code !== 0) return { error: lastLines(result.stderr, 2).replace(/\s+/g, ' ').trim() || `exit code ${result.code}` };
    return { images: parseManifestInspect(result.stdout) };
  }

  async create(image: string, name: string): Promise<string> {
    // --pull never: the image was just built; anything else would be a surprise download.
    const result = await this.docker(['create', '--pull', 'never', '--name', name, '--label', `${LABEL}=${name}`, image, 'true']);
    if (result.code !== 0) {
      throw dockerFailed(`docker create`, image, lastLines(result.stderr, 3));
    }
    return result.stdout.trim();
  }

  copyOut(container: string, pathInContainer: string): { stream: Readable; done: Promise<void> } {
    const child = runStreaming(DOCKER, ['cp', `${container}:${pathInContainer}`, '-'], this.signal ? { signal: this.signal } : {});
    const done = child.done.then(
      (result) => {
        if (result.code === 0) return;
        if (/could not find the file|no such file|not found/i.test(result.stderr)) {
          const left = t(`The build left no ${pathInContainer} in the image.`, `Сборка не оставила ${pathInContainer} в образе.`);
          throw new MirrorError('NotFound', left, {
            hint: t(
              `A custom dockerfile must leave the deps tree in ${pathInContainer}.`,
              `Собственный dockerfile должен оставлять дерево зависимостей в ${pathInContainer}.`,
            ),
          });
        }
        throw dockerFailed('docker cp', undefined, lastLines(result.stderr, 3));
      },
      (err: unknown) => {
        throw notInstalled(err, DOCKER_INSTALL);
      },
    );
    return { stream: child.stdout, done };
  }

  async removeContainer(nameOrId: string): Promise<void> {
    // Not abortable: cleanup must run after a cancellation too.
    const result = await this.docker(['rm', '--force', '--volumes', nameOrId], undefined, false);
    if (result.code !== 0 && !/no such container/i.test(result.stderr)) {
      throw dockerFailed(`docker rm ${nameOrId}`, undefined, lastLines(result.stderr, 2));
    }
  }

  async removeImage(tag: string): Promise<void> {
    // By tag, never by ID: if the same image also carries a user's tag, only our tag goes.
    const result = await this.docker(['image', 'rm', tag], undefined, false);
    if (result.code !== 0 && !/no such image/i.test(result.stderr)) {
      throw dockerFailed(`docker image rm ${tag}`, undefined, lastLines(result.stderr, 2));
    }
  }

  async createOffline(image: string, name: string, script: string, env: Readonly<Record<string, string>>): Promise<void> {
    const envArgs = Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
    const result = await this.docker([
      'create',
      '--pull',
      'never',
      '--network',
      'none',
      '--name',
      name,
      '--label',
      `${LABEL}=${name}`,
      ...envArgs,
      '--entrypoint',
      '/bin/sh',
      image,
      '-c',
      script,
    ]);
    if (result.code !== 0) throw dockerFailed('docker create', image, lastLines(result.stderr, 3));
  }

  async copyIn(container: string, sourceDir: string, dest: string): Promise<void> {
    const result = await this.docker(['cp', `${sourceDir.replace(/\/+$/, '')}/.`, `${container}:${dest}`]);
    if (result.code !== 0) {
      const said = lastLines(result.stderr, 3);
      throw new MirrorError(
        'InternalError',
        t(`docker cp into ${container} failed: ${said}`, `Не удалось выполнить \`docker cp\` в ${container}: ${said}`),
      );
    }
  }

  async runToEnd(container: string, onLine: (line: string) => void): Promise<{ code: number; tail: string; log: string }> {
    const result = await this.docker(['start', '--attach', container], onLine);
    if (result.aborted) throw new MirrorError('Timeout', t('The verification was cancelled.', 'Проверка отменена.'));
    const log = `${result.stdout}\n${result.stderr}`;
    return { code: result.code, tail: lastLines(log, 15), log };
  }

  async removeLayer(id: string): Promise<void> {
    // A step image of a build that did not finish. Only untagged ones go: a tag means someone uses it.
    const inspect = await this.docker(['image', 'inspect', '--format', '{{len .RepoTags}}', id], undefined, false);
    if (inspect.code !== 0 || inspect.stdout.trim() !== '0') return;
    // --no-prune: parents may be cache that existed before this run; each new layer is listed itself.
    const result = await this.docker(['image', 'rm', '--no-prune', id], undefined, false);
    if (result.code !== 0 && !/no such image|has dependent child images|is being used/i.test(result.stderr)) {
      throw dockerFailed(`docker image rm ${id}`, undefined, lastLines(result.stderr, 2));
    }
  }
}

/** `docker manifest inspect --verbose`: one object for a single image, an array for a list; platform-less entries (attestations) are left out. */
export function parseManifestInspect(json: string): RegistryImage[] {
  const value: unknown = JSON.parse(json);
  const entries = Array.isArray(value) ? (value as unknown[]) : [value];
  const images: RegistryImage[] = [];
  for (const e of entries) {
    if (typeof e !== 'object' || e === null) continue;
    const d = (e as { Descriptor?: { digest?: unknown; platform?: { os?: unknown; architecture?: unknown; variant?: unknown } } })
      .Descriptor;
    const p = d?.platform;
    if (typeof d?.digest !== 'string' || typeof p?.os !== 'string' || typeof p.architecture !== 'string') continue;
    if (p.os === 'unknown' || p.architecture === 'unknown') continue;
    images.push({
      digest: d.digest,
      platform: { os: p.os, architecture: p.architecture, variant: typeof p.variant === 'string' ? p.variant : undefined },
    });
  }
  return images;
}

/**
 * Finds the images that the legacy builder creates for each step it runs (" ---> <id>" after
 * " ---> Running in"), leaving out the base image and steps taken from the cache, which were there
 * before. BuildKit prints none of these: its step results live in its own cache, not as images.
 */
export class LayerTracker {
  private ran = false;

  feed(line: string): string | undefined {
    if (/^Step \d+\/\d+ : /.test(line)) {
      this.ran = false;
      return undefined;
    }
    if (/^ ---> Running in [0-9a-f]+/.test(line)) {
      this.ran = true;
      return undefined;
    }
    const done = /^ ---> ([0-9a-f]{12,64})\s*$/.exec(line);
    if (done?.[1] && this.ran) {
      this.ran = false;
      return done[1];
    }
    return undefined;
  }
}

/**
 * A failed build, reported with the step that failed and the last lines of its output, which is where
 * a person looks first. Understands the legacy builder's "Step N/M :" and BuildKit's "#N [..]" lines.
 */
export function buildFailure(result: RunResult): MirrorError {
  const log = `${result.stdout}\n${result.stderr}`;
  const lines = log.split(/\r?\n/);
  let step: string | undefined;
  for (const line of lines) {
    const legacy = /^Step \d+\/\d+ : (.*)$/.exec(line);
    const kit = /^#\d+ \[[^\]]+\] (.*)$/.exec(line);
    if (legacy?.[1]) step = legacy[1];
    else if (kit?.[1]) step = kit[1];
  }
  const tail = lastLines(
    lines.filter((l) => !/^DEPRECATED:|^\s+(Install the buildx|https:\/\/docs\.docker\.com\/go\/buildx)/.test(l)).join('\n'),
    15,
  );
  const missingTag = /Remote branch (\S+) not found in upstream/i.exec(log);
  if (missingTag) {
    const detail = t(
      `The source repo has no tag ${missingTag[1]}: git clone of falcosecurity/falco.git failed.`,
      `В репозитории исходников нет тега ${missingTag[1]}: не удалось выполнить \`git clone\` falcosecurity/falco.git.`,
    );
    return new MirrorError('NotFound', detail, {
      hint: t('Check falco-version and source-repo.', 'Проверьте falco-version и source-repo.'),
    });
  }
  // The recipe's own check, before anything is cloned. Not anchored: the legacy builder colours stderr. The
  // version must be one (a number, or the recipe's "(no cmake --version)"): the step's script text is in the log too.
  const oldCmake = /fdm: build: downloads needs CMake 3\.19 or newer; the base image has CMake (\d[\w.+-]*|\(no cmake --version\))/.exec(
    log,
  );
  if (oldCmake) {
    const detail = t(
      `build: downloads needs CMake 3.19 or newer, and the base image has CMake ${oldCmake[1]}.`,
      `Для build: downloads нужен CMake 3.19 или новее, а в базовом образе CMake ${oldCmake[1]}.`,
    );
    return new MirrorError('Invalid', detail, {
      hint: t(
        'Use a base image with CMake 3.19 or newer, or build: full.',
        'Используйте базовый образ с CMake 3.19 или новее либо build: full.',
      ),
    });
  }
  const shown = step && `"${step.length > 200 ? `${step.slice(0, 200)}…` : step}"`;
  return new MirrorError(
    'InternalError',
    t(
      `The docker build failed${shown ? ` at step ${shown}` : ''} (exit code ${result.code}). Last lines of its log:\n${tail}`,
      `Не удалось выполнить \`docker build\`${shown ? ` на шаге ${shown}` : ''} (код выхода ${result.code}). Последние строки его журнала:\n${tail}`,
    ),
  );
}

/** A docker command that failed, with its own last lines. */
function dockerFailed(command: string, of: string | undefined, said: string): MirrorError {
  return new MirrorError(
    'InternalError',
    t(`${command}${of ? ` of ${of}` : ''} failed: ${said}`, `Не удалось выполнить \`${command}\`${of ? ` для ${of}` : ''}: ${said}`),
  );
}
