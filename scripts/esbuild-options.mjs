// The esbuild settings of the shipped bundles (scripts/bundle.mjs), in one place so that the
// benchmark's runner (scripts/bench.ts) is bundled exactly as dist/ is and measures the same code.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: entry points and outdir are resolved from it. */
export const REPO_ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Everything but the entry point and the output file. */
export const BUNDLE_OPTIONS = {
  absWorkingDir: REPO_ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The action's runtime (action.yml: node24). The CLI also claims Node 20.18 and later (package.json
  // engines); test/unit/dist.test.ts checks a node20.18 target would give the very same bundle.
  target: 'node24',
  legalComments: 'none',
  // The CycloneDX library's optional plug-ins (XML, schema validation) are required inside try/catch
  // when asked for; the action only builds and serializes JSON, so they stay out of the bundle.
  external: ['libxmljs2', 'xmlbuilder2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019', 'spdx-expression-parse'],
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); give them one inside the ESM bundle.
  banner: {
    js: "import { createRequire as __fdmCreateRequire } from 'node:module';\nconst require = __fdmCreateRequire(import.meta.url);",
  },
};
