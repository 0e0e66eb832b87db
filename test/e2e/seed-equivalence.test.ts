// Proof that the action's tree is the seed procedure's: the mini Falco built twice in the real
// engine, once by the bundled action, once by seed 000's Dockerfile and commands verbatim, and
// the two trees compared file by file (and grpc.tar.gz member by member).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINI_FALCO_VERSIONS, serveMiniFalco, type MiniFalcoServers } from '../fixtures/mini-falco.js';
import { runAction } from '../support/action-runner.js';
import { dockerSnapshot, requireBaseImage, requireDocker } from '../support/docker.js';
import { runSeedProcedure } from '../support/seed-procedure.js';
import { describeTree, listTree, sha256 } from '../support/tree.js';

let tmp: string;
let servers: MiniFalcoServers;
let baseImage: string;

beforeAll(async () => {
  await requireDocker();
  baseImage = await requireBaseImage();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-seed-eq-'));
  servers = await serveMiniFalco({ versions: MINI_FALCO_VERSIONS });
});

afterAll(async () => {
  await servers?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the action and the seed procedure on the mini Falco', () => {
  it('has at least two tagged versions whose downloads differ', () => {
    expect(MINI_FALCO_VERSIONS.length).toBeGreaterThanOrEqual(2);
    const [a, b] = MINI_FALCO_VERSIONS.map((v) => servers.fixture.expected[v]);
    expect(a).not.toEqual(b);
  });

  for (const version of MINI_FALCO_VERSIONS) {
    it(`builds the same tree for ${version}`, { timeout: 600_000 }, async () => {
      const work = fs.mkdtempSync(path.join(tmp, `${version}-`));
      const before = await dockerSnapshot();

      const run = await runAction({
        workDir: work,
        inputs: {
          'falco-version': version,
          'source-repo': servers.sourceRepo,
          'base-image': baseImage,
          network: 'host',
          jobs: '4',
          'output-dir': path.join(work, 'action'),
        },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const seed = path.join(work, 'seed');
      await runSeedProcedure({ falcoVersion: version, sourceRepo: servers.sourceRepo, baseImage, dest: seed });

      const actionTree = path.join(work, 'action');
      // Both hold exactly the files the mini Falco's build put there, with the served bytes.
      const expected = servers.fixture.expected[version] ?? [];
      expect(listTree(seed)).toEqual(expected);
      expect(listTree(actionTree)).toEqual(expected);
      for (const [file, hash] of Object.entries(servers.fixture.sha256[version] ?? {})) {
        expect(sha256(path.join(actionTree, file)), file).toBe(hash);
      }

      // File by file, and grpc.tar.gz member by member (git's index and reflogs left out).
      const ours = describeTree(actionTree);
      const theirs = describeTree(seed);
      expect(Object.keys(ours).filter((k) => k.startsWith('grpc.tar.gz!/')).length).toBeGreaterThan(20);
      expect(ours).toEqual(theirs);

      expect(await dockerSnapshot()).toEqual(before);
    });
  }

  it("needs the seed's CPack patch, as Falco does: a plain `make package` fails", { timeout: 300_000 }, async () => {
    const version = MINI_FALCO_VERSIONS[0] ?? '';
    // The seed's steps without the sed; values come in as environment variables, never in the script.
    const script =
      'git clone --quiet --branch "$V" --depth 1 "$SRC/falcosecurity/falco.git" /falco && mkdir /falco/build && cd /falco/build && ' +
      'cmake -DUSE_BUNDLED_DEPS=ON /falco >/dev/null && make package';
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        'docker',
        ['run', '--rm', '--network', 'host', '-e', `V=${version}`, '-e', `SRC=${servers.sourceRepo}`, baseImage, 'bash', '-c', script],
        { maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/cannot make a DEB package on this builder/);
  });
});
