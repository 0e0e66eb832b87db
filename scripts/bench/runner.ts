// OUR side of scripts/bench.ts: what src/main.ts does after the build, with the project's own modules,
// in a process of its own (bundled by bench.ts with esbuild into a temp .mjs) so that its peak RSS is
// measured alone. It does:
//   extract   engine.create + engine.copyOut + extractTree            (main's "Extract" stage)
//   manifest  buildManifest + writeManifest(manifestPathFor(out))     (main's "Write the manifest")
//   publish   createMirrorBranch(...).snapshot(out, message, undefined) + create(commit)   ("Publish")
//   rm        engine.removeContainer                                  (main's cleanup, at the end)
// and prints one JSON line: seconds per step and its peak RSS (KiB; VmHWM, see peakRssKiB).
//
// usage: node runner.mjs --image IMG --container NAME --out DIR --scratch DIR --url MIRROR_URL --branch B
// SIGTERM/SIGINT abort the docker and git children (they run in process groups of their own).
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createDockerEngine } from '../../src/effects/engine.js';
import { extractTree } from '../../src/effects/extract.js';
import { createGit } from '../../src/effects/git.js';
import { buildManifest, manifestPathFor, writeManifest } from '../../src/effects/manifest.js';
import { createMirrorBranch } from '../../src/effects/mirror-branch.js';
import { DEPS_DIR_IN_IMAGE } from '../../src/planning/recipe.js';
import { peakRssKiB } from './common.js';

export interface RunnerResult {
  /** docker create */
  create: number;
  /** docker cp ... - | extractTree */
  copy: number;
  manifestBuild: number;
  manifestWrite: number;
  /** MirrorBranch.snapshot: hash-object, update-index, write-tree, commit-tree in a fresh bare repo. */
  snapshot: number;
  /** MirrorBranch.create: git push over smart HTTP. */
  push: number;
  /** docker rm of the container. */
  rm: number;
  /** From the start of docker create to the end of docker rm. */
  total: number;
  maxRssKiB: number;
  fileCount: number;
  totalBytes: number;
  digest: string;
  commit: string;
  tree: string;
  manifestPath: string;
}

const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => controller.abort());

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      image: { type: 'string' },
      container: { type: 'string' },
      out: { type: 'string' },
      scratch: { type: 'string' },
      url: { type: 'string' },
      branch: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const need = (name: keyof typeof values): string => {
    const v = values[name];
    if (!v) throw new Error(`--${name} is required`);
    return v;
  };
  const image = need('image');
  const container = need('container');
  const out = path.resolve(need('out'));
  const scratch = path.resolve(need('scratch'));
  const url = need('url');
  const branch = need('branch');
  const signal = controller.signal;

  // Set up as main.ts does before the build (not timed): the scratch dir and the mirror's git.
  await fs.mkdir(scratch, { recursive: true, mode: 0o700 });
  const engine = createDockerEngine(signal);
  const git = createGit({ url, auth: undefined, tempDir: scratch, signal, stallSeconds: 60 });
  const mirror = createMirrorBranch({ git, url, branch, workDir: scratch, signal });

  const now = (): bigint => process.hrtime.bigint();
  const secs = (from: bigint, to: bigint): number => Number(to - from) / 1e9;
  let created = false;
  try {
    const t0 = now();
    await engine.create(image, container);
    created = true;
    const t1 = now();
    const { stream, done } = engine.copyOut(container, DEPS_DIR_IN_IMAGE);
    // As main.ts: the files are hashed while they are extracted, and the manifest reuses the digests.
    const digests = await extractTree(stream, out, { root: path.posix.basename(DEPS_DIR_IN_IMAGE), producer: done });
    const t2 = now();

    const manifestPath = manifestPathFor(out);
    const manifest = await buildManifest(out, digests);
    const t3 = now();
    await writeManifest(manifest, manifestPath);
    const t4 = now();

    // The same shape as main.ts's commitMessage (which needs a whole Config).
    const message = [
      `Falco ${branch} third-party dependencies`,
      '',
      `Source: http://127.0.0.1/falcosecurity/falco.git, tag ${branch}`,
      'Built for: linux/amd64',
      `Manifest: sha256:${manifest.digest} (${manifest.fileCount} files, ${manifest.totalBytes} bytes)`,
      'Made by falco-deps-mirror (custom Dockerfile).',
      '',
    ].join('\n');
    const snapshot = await mirror.snapshot(out, message, undefined, { built: ['linux/amd64'], byPath: new Map(), keep: [] });
    const t5 = now();
    await mirror.create(snapshot.commit);
    const t6 = now();

    await git.dispose();
    await engine.removeContainer(container);
    created = false;
    const t7 = now();

    const result: RunnerResult = {
      create: secs(t0, t1),
      copy: secs(t1, t2),
      manifestBuild: secs(t2, t3),
      manifestWrite: secs(t3, t4),
      snapshot: secs(t4, t5),
      push: secs(t5, t6),
      rm: secs(t6, t7),
      total: secs(t0, t7),
      maxRssKiB: peakRssKiB(),
      fileCount: manifest.fileCount,
      totalBytes: manifest.totalBytes,
      digest: manifest.digest,
      commit: snapshot.commit,
      tree: snapshot.tree,
      manifestPath,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await git.dispose().catch(() => undefined);
    if (created) await engine.removeContainer(container).catch(() => undefined);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`runner failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = controller.signal.aborted ? 130 : 1;
});
