// The seed's own procedure (test/fixtures/seed/000-how-to-build-falco.md, a verbatim copy of seed 000),
// run as its document says: its Dockerfile byte for byte, `docker build`, `docker run -d`, `docker cp`,
// `docker rm -f`. The only differences are the values the document leaves to the reader: the source
// repo and base image (build args), unique names, and `--network host` so that the build reaches the
// loopback servers. It is the reference the action's tree is compared with.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { dockerSnapshot } from './docker.js';

export const SEED_DOCUMENT = path.resolve(import.meta.dirname, '../fixtures/seed/000-how-to-build-falco.md');

/** The ```dockerfile block of the seed document, unchanged. */
export async function seedDockerfile(): Promise<string> {
  const text = await fs.readFile(SEED_DOCUMENT, 'utf8');
  const block = /```dockerfile\n([\s\S]*?)```/.exec(text);
  if (!block?.[1]) throw new Error(`no dockerfile block in ${SEED_DOCUMENT}`);
  return block[1];
}

export interface SeedRun {
  falcoVersion: string;
  sourceRepo: string;
  baseImage: string;
  /** Where `docker cp` writes the tree; must not exist yet. */
  dest: string;
}

/** Runs the seed procedure; removes its container and image afterwards, whatever happened. */
export async function runSeedProcedure(opts: SeedRun): Promise<void> {
  const id = randomBytes(4).toString('hex');
  const image = `falco-deps-seed:${id}`;
  const container = `falco-deps-seed-${id}`;
  const context = await fs.mkdtemp(path.join(os.tmpdir(), 'fdm-seed-'));
  const before = await dockerSnapshot();
  try {
    await fs.writeFile(path.join(context, 'Dockerfile'), await seedDockerfile());
    // docker build --build-arg SOURCE_REPO=... --build-arg BASE_ALT_DEV=... --build-arg FALCO_VERSION=... -t falco-deps .
    await docker(
      [
        'build',
        '--network',
        'host',
        '--build-arg',
        `SOURCE_REPO=${opts.sourceRepo}`,
        '--build-arg',
        `BASE_ALT_DEV=${opts.baseImage}`,
        '--build-arg',
        `FALCO_VERSION=${opts.falcoVersion}`,
        '-t',
        image,
        '.',
      ],
      context,
    );
    // docker run --name falco-deps -d falco-deps bash
    await docker(['run', '--name', container, '-d', image, 'bash'], context);
    // docker cp falco-deps:/falco-deps falco-deps
    await docker(['cp', `${container}:/falco-deps`, opts.dest], context);
  } finally {
    // docker rm -f falco-deps (and the image, which the document leaves behind)
    await docker(['rm', '-f', container], context).catch(() => undefined);
    await docker(['image', 'rm', image], context).catch(() => undefined);
    // A failed seed build (no --force-rm) leaves its step container and step images: tidy them too.
    const after = await dockerSnapshot();
    const newContainers = after.containers.filter((c) => !before.containers.includes(c));
    if (newContainers.length) await docker(['rm', '-f', ...newContainers], context).catch(() => undefined);
    for (const img of after.images.filter((i) => !before.images.includes(i)).reverse()) {
      await docker(['image', 'rm', '-f', img], context).catch(() => undefined);
    }
    await fs.rm(context, { recursive: true, force: true });
  }
}

// Asynchronous on purpose: the git and file servers the build talks to run in this process.
function docker(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('docker', args, { cwd, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`docker ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-15).join('\n')}`));
      else resolve(stdout);
    });
  });
}
