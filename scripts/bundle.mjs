// Bundles the action (dist/index.js, used for both main and post) and the CLI (dist/cli.js) into
// ESM files that need nothing else but their chunks in dist/, the way GitHub runs actions: no
// node_modules at run time.
// Usage: node scripts/bundle.mjs [outdir]   (default dist; the freshness test bundles elsewhere)
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { BUNDLE_OPTIONS, REPO_ROOT } from './esbuild-options.mjs';

const outdir = path.resolve(REPO_ROOT, process.argv[2] ?? 'dist');
await rm(outdir, { recursive: true, force: true });
// One build with code splitting: what only some runs need (the artifact client, octokit), loaded with
// import(), lands in chunk files beside the entry points, so a run that never uploads or asks the API
// does not parse it; the chunks the two entry points share are written once.
await build({
  ...BUNDLE_OPTIONS,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunk-[hash]',
});
await chmod(path.join(outdir, 'cli.js'), 0o755);
