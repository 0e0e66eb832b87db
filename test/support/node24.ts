// The Node the action runs on: action.yml says node24, so the tests run the bundle under Node 24. When the
// machine's node is older, scripts/setup.sh installs Node 24 from the npm registry (FDM_NODE24_DIR,
// /opt/fdm-node24 by default); without it, a test that needs it fails saying so, never falls back.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const major = (node: string): number =>
  Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());

let found: string | undefined;

/** The path of a Node 24 binary: this process's, $FDM_NODE24, or the one setup.sh installed. */
export function node24(): string {
  if (found) return found;
  const candidates = [
    process.execPath,
    process.env.FDM_NODE24,
    path.join(process.env.FDM_NODE24_DIR || '/opt/fdm-node24', 'bin', 'node'),
  ].filter((c): c is string => !!c && fs.existsSync(c));
  found = candidates.find((c) => major(c) === 24);
  if (!found)
    throw new Error('The action runs on Node 24 and no Node 24 is here: run `bash scripts/setup.sh` (it installs one) or set FDM_NODE24.');
  return found;
}

/** The Node versions the CLI claims (package.json engines: 20.18 and later), as binaries to test it with. */
export function cliNodes(): Array<{ name: string; node: string }> {
  const here = { name: `node ${process.versions.node} (the machine's)`, node: process.execPath };
  const n24 = node24();
  return n24 === process.execPath
    ? [here]
    : [here, { name: `node ${execFileSync(n24, ['--version'], { encoding: 'utf8' }).trim()}`, node: n24 }];
}
