// Bundles the action (dist/index.js, used for both main and post) and the CLI (dist/cli.js) into
// self-contained ESM files, the way GitHub runs actions: no node_modules at run time.
// Usage: node scripts/bundle.mjs [outdir]   (default dist; the freshness test bundles elsewhere)
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.resolve(root, process.argv[2] ?? 'dist');
await rm(outdir, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // node24 is the runtime on GitHub; these machines have 20, so target the lower one.
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); give them one inside the ESM bundle.
  banner: { js: "import { createRequire as __fdmCreateRequire } from 'node:module';\nconst require = __fdmCreateRequire(import.meta.url);" },
};
await build({ ...common, entryPoints: ['src/index.ts'], outfile: path.join(outdir, 'index.js') });
await build({ ...common, entryPoints: ['src/cli.ts'], outfile: path.join(outdir, 'cli.js') });
await chmod(path.join(outdir, 'cli.js'), 0o755);
