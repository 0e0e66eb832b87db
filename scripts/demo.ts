// `npm run demo [-- VERSION]`: the whole job, for real, on this machine. It serves the mini Falco
// (test/fixtures/mini-falco.ts) from a git smart-HTTP server and a file server on 127.0.0.1, makes the
// base image with debootstrap if it is missing, runs the CLI against it in the local Docker engine,
// prints the extracted tree and where it is, and stops the servers.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MINI_FALCO_VERSIONS, serveMiniFalco } from '../test/fixtures/mini-falco.js';
import { requireDocker, TEST_BASE_IMAGE } from '../test/support/docker.js';
import { startGitServer } from '../test/support/git-server.js';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// `npm run demo -- 0.36.1` mirrors another version of the mini Falco.
const version = process.argv[2] ?? '0.35.1';

async function main(): Promise<number> {
  if (!MINI_FALCO_VERSIONS.includes(version)) {
    console.error(`The mini Falco has versions ${MINI_FALCO_VERSIONS.join(', ')}; not ${JSON.stringify(version)}.`);
    return 2;
  }
  await requireDocker();
  if (spawnSync('docker', ['image', 'inspect', TEST_BASE_IMAGE], { stdio: 'ignore' }).status !== 0) {
    console.log(`The base image ${TEST_BASE_IMAGE} is missing; making it with debootstrap (needs root, about a minute).`);
    const made = spawnSync('bash', [path.join(repo, 'scripts/base-image.sh'), TEST_BASE_IMAGE], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('could not make the base image (run `sudo bash scripts/setup.sh` first)');
  }
  const out = path.join(repo, '.demo');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out);
  const servers = await serveMiniFalco();
  // The mirror: a bare repository behind a token, kept in .demo/ so it can be looked at afterwards.
  const mirrorRoot = path.join(out, 'mirror');
  const bare = path.join(mirrorRoot, 'falco-deps.git');
  fs.mkdirSync(mirrorRoot);
  spawnSync('git', ['init', '--quiet', '--bare', bare], { stdio: 'inherit' });
  const token = 'demo-token-not-a-secret';
  const mirror = await startGitServer({ root: mirrorRoot, auth: { username: 'oauth2', password: token } });
  try {
    console.log(`Serving a mini Falco (versions ${servers.fixture.versions.join(', ')}) on 127.0.0.1:`);
    console.log(`  git:       ${servers.sourceRepo}/falcosecurity/falco.git (with gRPC and its abseil submodule)`);
    console.log(`  tarballs:  ${servers.files.url}/`);
    console.log(`  mirror:    ${mirror.url}/falco-deps.git (Basic auth; the token is passed in FALCO_DEPS_MIRROR_TOKEN)\n`);
    const deps = path.join(out, 'falco-deps');
    const args = [
      path.join(repo, 'dist/cli.js'),
      '--falco-version',
      version,
      '--source-repo',
      servers.sourceRepo,
      '--base-image',
      TEST_BASE_IMAGE,
      '--network',
      'host',
      '--jobs',
      String(Math.max(1, os.cpus().length)),
      '--output-dir',
      deps,
      '--mirror-repo',
      `${mirror.url}/falco-deps.git`,
    ];
    console.log(`$ falco-deps-mirror ${args.slice(1).join(' ')}\n`);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, FALCO_DEPS_MIRROR_TOKEN: token } });
      child.on('close', (c) => resolve(c ?? 1));
    });
    if (code !== 0) return code;
    console.log(`\nThe falco-deps tree of Falco ${version}, in ${deps}:\n`);
    for (const line of fs.readFileSync(`${deps}.SHA256SUMS`, 'utf8').trim().split('\n')) {
      const file = line.slice(66);
      console.log(`  ${String(fs.statSync(path.join(deps, file)).size).padStart(10)}  ${file}`);
    }
    if (fs.existsSync(path.join(deps, 'grpc.tar.gz'))) {
      const members = spawnSync('tar', ['-tzf', path.join(deps, 'grpc.tar.gz')], { encoding: 'utf8' }).stdout.split('\n');
      const submodule = members.filter((m) => m.includes('third_party/abseil-cpp/') && !m.endsWith('/')).length;
      console.log(
        `\ngrpc.tar.gz: ${members.filter((m) => m !== '').length} members of grpc-prefix/src (the gRPC clone after \`make clean\`,`,
      );
      console.log(`  ${submodule} files of its abseil submodule, and the grpc-stamp files).`);
    } else {
      console.log(`\nNo grpc.tar.gz: Falco ${version}, like 0.44 and later, has no gRPC.`);
    }
    console.log(`\nManifest: ${deps}.SHA256SUMS  (check it with: cd ${deps} && sha256sum -c ${deps}.SHA256SUMS)`);
    // The SBOM: what each file is and where it came from, as the build itself recorded it.
    const sbom = JSON.parse(fs.readFileSync(`${deps}.cdx.json`, 'utf8')) as {
      components: Array<{ name: string; version?: string; externalReferences?: Array<{ type: string; url: string }> }>;
    };
    console.log(`\nSBOM: ${deps}.cdx.json (CycloneDX 1.6; falco-deps.cdx.json on the branch), ${sbom.components.length} components:`);
    for (const c of sbom.components) {
      const where = c.externalReferences?.find((r) => r.type === 'distribution' || r.type === 'vcs')?.url ?? '';
      console.log(`  ${c.name.padEnd(28)} ${(c.version ?? '-').padEnd(14)} ${where}`);
    }
    // Read straight from the bare repository: the server runs in this process, so no git over HTTP here.
    const log = spawnSync('git', ['--git-dir', bare, 'log', '--stat', '--format=commit %H%n%n%B', version], { encoding: 'utf8' });
    console.log(`\nThe mirror branch ${version} in ${bare}:\n`);
    console.log(log.stdout.replace(/^/gm, '  ').trimEnd());
    console.log(`\nA consumer restores it with: git clone --branch ${version} ${bare} /falco/build`);
    console.log("then, in /falco/build: tar -xzf grpc.tar.gz (where there is one); find . -name '*-kept.tar.gz' -exec tar -xzf {} \\;");
    return 0;
  } finally {
    await mirror.close();
    await servers.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
