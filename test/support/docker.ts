// Preconditions and bookkeeping for the tests that need a real Docker engine. A missing engine or
// base image makes those tests FAIL with a message saying what to do: a skipped Docker test would
// let CI go green without ever building anything.

import * as fs from 'node:fs';
import { execFile } from 'node:child_process';

/** The image Docker tests build FROM (made locally by scripts/base-image.sh; nothing is pulled). */
export const TEST_BASE_IMAGE = process.env.FDM_TEST_BASE_IMAGE ?? 'fdm-test-base:bookworm';

interface DockerResult {
  code: number;
  stdout: string;
  stderr: string;
}

function docker(args: string[]): Promise<DockerResult> {
  return runDocker('docker', args);
}

function runDocker(binary: string, args: string[]): Promise<DockerResult> {
  return new Promise((resolve) => {
    execFile(binary, args, { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      // A missing binary reports a string code (ENOENT) rather than an exit status.
      const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0;
      resolve({ code, stdout, stderr: stderr || (err ? err.message : '') });
    });
  });
}

/** Throws unless `docker info` reaches an engine. Call it in beforeAll. */
export async function requireDocker(): Promise<void> {
  const r = await docker(['info', '--format', '{{.ServerVersion}}']);
  if (r.code !== 0 || r.stdout.trim() === '') {
    const where = process.env.DOCKER_HOST ? `DOCKER_HOST=${process.env.DOCKER_HOST}` : 'the default socket';
    throw new Error(
      `Docker is not reachable at ${where} (${r.stderr.trim().replace(/[.\s]+$/, '') || 'docker info printed nothing'}). ` +
        'Run the tests through `bash .ci/run` (which starts an engine) or set DOCKER_HOST to a running one.',
    );
  }
}

/** Throws unless TEST_BASE_IMAGE exists locally; returns its name. Call it after requireDocker(). */
export async function requireBaseImage(): Promise<string> {
  const r = await docker(['image', 'inspect', '--format', '{{.Id}}', TEST_BASE_IMAGE]);
  if (r.code !== 0) {
    throw new Error(
      `The test base image ${TEST_BASE_IMAGE} is missing (tests never pull images). ` +
        `Create it with \`scripts/base-image.sh ${TEST_BASE_IMAGE}\` (needs root and debootstrap the first time).`,
    );
  }
  return TEST_BASE_IMAGE;
}

/** The arm64 twin of the base image, which scripts/multiarch-base.sh makes (with QEMU registered for it). */
export const TEST_ARM64_IMAGE = 'fdm-test-base:bookworm-arm64';

export async function requireArm64Image(): Promise<string> {
  const r = await docker(['image', 'inspect', '--format', '{{.Architecture}}', TEST_ARM64_IMAGE]);
  if (r.code !== 0 || r.stdout.trim() !== 'arm64') {
    throw new Error(
      `The arm64 test base image ${TEST_ARM64_IMAGE} is missing (tests never pull images). ` +
        'Create it with `sudo scripts/multiarch-base.sh` (QEMU, debootstrap --arch=arm64; about 7 minutes the first time).',
    );
  }
  return TEST_ARM64_IMAGE;
}

/** The multi-arch base image that scripts/multiarch-base.sh pushes to Debian's docker-registry on 127.0.0.1. */
export interface MultiArchImage {
  /** registry/name:tag, a manifest list of linux/amd64 and linux/arm64. */
  readonly image: string;
  readonly digests: { readonly amd64: string; readonly arm64: string };
}

const REGISTRY_ENV = '/var/lib/fdm-registry/env';

export async function requireMultiArchImage(): Promise<MultiArchImage> {
  const fail = (why: string): never => {
    throw new Error(
      `The multi-arch test base image is not served (${why}). Run \`sudo scripts/multiarch-base.sh\` (tests never pull from the internet).`,
    );
  };
  if (!fs.existsSync(REGISTRY_ENV)) fail(`${REGISTRY_ENV} is missing`);
  const env = new Map<string, string>();
  for (const line of fs.readFileSync(REGISTRY_ENV, 'utf8').split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line.trim());
    if (m?.[1] && m[2] !== undefined) env.set(m[1], m[2]);
  }
  const image = env.get('FDM_MULTIARCH_IMAGE') ?? fail(`no FDM_MULTIARCH_IMAGE in ${REGISTRY_ENV}`);
  const amd64 = env.get('FDM_AMD64_DIGEST') ?? fail('no FDM_AMD64_DIGEST');
  const arm64 = env.get('FDM_ARM64_DIGEST') ?? fail('no FDM_ARM64_DIGEST');
  const r = await docker(['manifest', 'inspect', '--insecure', image]);
  if (r.code !== 0) fail(`docker manifest inspect ${image}: ${r.stderr.trim()}`);
  return { image, digests: { amd64, arm64 } };
}

/**
 * The environment that makes `docker build` use BuildKit, the builder GitHub's runners have: the engine's
 * own BuildKit, which a docker CLI before 23 uses with DOCKER_BUILDKIT=1 and no buildx (Debian's docker.io
 * client). A newer CLI needs the buildx plugin for it, so a directory holding only such a 20.x `docker` goes
 * first on PATH. Throws when no CLI here can drive BuildKit: a test that cannot use it must not pass.
 */
export async function buildKitEnv(dir: string): Promise<NodeJS.ProcessEnv> {
  for (const candidate of ['/usr/bin/docker', '/bin/docker', '/usr/local/bin/docker']) {
    if (!fs.existsSync(candidate)) continue;
    const version = await runDocker(candidate, ['version', '--format', '{{.Client.Version}}']);
    const major = Number(/^(\d+)\./.exec(version.stdout.trim())?.[1]);
    const buildx = (await runDocker(candidate, ['buildx', 'version'])).code === 0;
    if (major >= 23 && !buildx) continue;
    fs.mkdirSync(dir, { recursive: true });
    const link = `${dir}/docker`;
    if (!fs.existsSync(link)) fs.symlinkSync(candidate, link);
    return { DOCKER_BUILDKIT: '1', PATH: `${dir}:${process.env.PATH ?? ''}` };
  }
  throw new Error(
    "No docker CLI here can build with BuildKit: Debian's docker.io (a 20.10 client) or a CLI with the buildx plugin is needed.",
  );
}

/** All container and image ids, so a test can assert that a run left nothing behind. */
export async function dockerSnapshot(): Promise<{ containers: string[]; images: string[] }> {
  const [containers, images] = await Promise.all([docker(['ps', '-aq', '--no-trunc']), docker(['images', '-aq', '--no-trunc'])]);
  for (const r of [containers, images]) {
    if (r.code !== 0) throw new Error(`docker snapshot failed: ${r.stderr.trim()}`);
  }
  return { containers: idList(containers.stdout), images: idList(images.stdout) };
}

function idList(output: string): string[] {
  return [
    ...new Set(
      output
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    ),
  ].sort();
}
