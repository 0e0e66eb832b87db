// `npm run demo`: the whole job, for real, on this machine. It serves a small Falco-like CMake project
// (test/fixtures/mini-falco.ts) from a git smart-HTTP server on 127.0.0.1, runs the CLI against it in
// the local Docker engine, prints the extracted tree and where it is, and stops the server.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMiniFalco } from '../test/fixtures/mini-falco.js';
import { requireDocker, TEST_BASE_IMAGE } from '../test/support/docker.js';
import { startGitServer } from '../test/support/git-server.js';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const version = '0.35.1';

async function main(): Promise<number> {
  await requireDocker();
  if (spawnSync('docker', ['image', 'inspect', TEST_BASE_IMAGE], { stdio: 'ignore' }).status !== 0) {
    console.log(`The base image ${TEST_BASE_IMAGE} is missing; making it with debootstrap (needs root, about a minute).`);
    const made = spawnSync('bash', [path.join(repo, 'scripts/base-image.sh'), TEST_BASE_IMAGE], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('could not make the base image (run `sudo bash scripts/setup.sh` first)');
  }
  const out = path.join(repo, '.demo');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out);
  const srv = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-demo-'));
  const server = await startGitServer({ root: srv });
  try {
    await createMiniFalco(srv, server.url, { versions: [version] });
    console.log(`Serving a mini Falco ${version} at ${server.url}/falcosecurity/falco.git\n`);
    const deps = path.join(out, 'falco-deps');
    const args = [
      path.join(repo, 'dist/cli.js'),
      '--falco-version', version,
      '--source-repo', server.url,
      '--base-image', TEST_BASE_IMAGE,
      '--network', 'host',
      '--jobs', String(Math.max(1, os.cpus().length)),
      '--output-dir', deps,
    ];
    console.log(`$ falco-deps-mirror ${args.slice(1).join(' ')}\n`);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, args, { stdio: 'inherit' });
      child.on('close', (c) => resolve(c ?? 1));
    });
    if (code !== 0) return code;
    console.log(`\nThe falco-deps tree of Falco ${version}, in ${deps}:\n`);
    for (const line of fs.readFileSync(`${deps}.SHA256SUMS`, 'utf8').trim().split('\n')) {
      const file = line.slice(66);
      console.log(`  ${String(fs.statSync(path.join(deps, file)).size).padStart(10)}  ${file}`);
    }
    console.log(`\nManifest: ${deps}.SHA256SUMS  (check it with: cd ${deps} && sha256sum -c ${deps}.SHA256SUMS)`);
    return 0;
  } finally {
    await server.close();
    fs.rmSync(srv, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
