// Bundles the action (dist/index.js, used for both main and post) and the CLI (dist/cli.js) into
// self-contained ESM files, the way GitHub runs actions: no node_modules at run time.
// Usage: node scripts/bundle.mjs [outdir]   (default dist; the freshness test bundles elsewhere)
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { BUNDLE_OPTIONS, REPO_ROOT } from './esbuild-options.mjs';

const outdir = path.resolve(REPO_ROOT, process.argv[2] ?? 'dist');
await rm(outdir, { recursive: true, force: true });
await build({ ...BUNDLE_OPTIONS, entryPoints: ['src/index.ts'], outfile: path.join(outdir, 'index.js') });
await build({ ...BUNDLE_OPTIONS, entryPoints: ['src/cli.ts'], outfile: path.join(outdir, 'cli.js') });
await chmod(path.join(outdir, 'cli.js'), 0o755);
