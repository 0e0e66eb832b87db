// Proof that the action's tree is the seed procedure's: the mini Falco built twice in the real
// engine, once by the bundled action, once by seed 000's Dockerfile and commands verbatim, and
// the two trees compared file by file (and grpc.tar.gz member by member).
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_FALCO_VERSIONS } from '../fixtures/mini-falco.js';
import { dockerSnapshot } from '../support/docker.js';
import { setupE2e } from '../support/e2e.js';
import { runSeedProcedure } from '../support/seed-procedure.js';
import { describeTree, listTree, sha256 } from '../support/tree.js';

const e2e = setupE2e({
  prefix: 'fdm-seed-eq-',
  versions: MINI_FALCO_VERSIONS,
  inputs: (work) => ({ jobs: '4', 'output-dir': path.join(work, 'action') }),
});

describe('the action and the seed procedure on the mini Falco', () => {
  it('has versions that download differently, like Falco 0.35, 0.36, 0.38 and 0.44', () => {
    const fixture = e2e.servers.fixture;
    expect(MINI_FALCO_VERSIONS).toEqual(['0.35.1', '0.36.1', '0.38.2', '0.44.0']);
    // Only 0.36's raw headers are missed by the seed's filter; the uthash.h in the unpacked libs source is kept
    // with that source.
    const libs = 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs';
    expect(fixture.beyondSeed['0.36.1']).toEqual([`${libs}-kept.tar.gz`, `${libs}/userspace/libscap/uthash.h`, 'b64/base64.h'].sort());
    for (const v of ['0.35.1', '0.38.2', '0.44.0']) expect(fixture.beyondSeed[v], v).toEqual([]);
    // FetchContent downloads are .tar.gz through a sub-build: the seed's filter finds them.
    expect(fixture.expected['0.38.2']).toContain('_deps/nlohmann_json-subbuild/nlohmann_json-populate-prefix/src/v3.11.3.tar.gz');
    expect(fixture.withGrpc).toEqual(['0.35.1', '0.36.1', '0.38.2']);
    // Per-architecture downloads: an x86_64 tree holds the x86_64 file and not the aarch64 one.
    expect(fixture.expected['0.35.1']).toContain('falcoctl-prefix/src/falcoctl_0.5.1_linux_amd64.tar.gz');
    expect(fixture.expected['0.35.1']).toContain('k8saudit-plugin-prefix/src/k8saudit-0.6.1-x86_64.tar.gz');
    expect(fixture.expectedFor['0.35.1']?.aarch64).toContain('falcoctl-prefix/src/falcoctl_0.5.1_linux_arm64.tar.gz');
    expect(fixture.expected['0.35.1']).not.toContain('falcoctl-prefix/src/falcoctl_0.5.1_linux_arm64.tar.gz');
  });

  for (const version of MINI_FALCO_VERSIONS) {
    it(`builds ${version}: every downloaded file, and the seed's tree where the seed can run`, { timeout: 600_000 }, async () => {
      const work = e2e.workDir(version);
      const before = await dockerSnapshot();
      const fixture = e2e.servers.fixture;

      const run = await e2e.runIn(work, { inputs: { 'falco-version': version } });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const actionTree = path.join(work, 'action');
      // Every file the build downloaded is there, with the bytes that were served.
      expect(listTree(actionTree)).toEqual(fixture.expected[version]);
      for (const [file, hash] of Object.entries(fixture.sha256[version] ?? {})) {
        expect(sha256(path.join(actionTree, file)), file).toBe(hash);
      }
      for (const extra of fixture.beyondSeed[version] ?? []) {
        if (extra.endsWith('-kept.tar.gz')) expect(run.stdout).toContain(`in ${extra} (a configure-time download lands in it)`);
        else expect(run.stdout).toContain(`downloaded: ${extra}`);
      }

      const seed = path.join(work, 'seed');
      const seedRun = runSeedProcedure({ falcoVersion: version, sourceRepo: e2e.servers.sourceRepo, baseImage: e2e.baseImage, dest: seed });
      if (!fixture.withGrpc.includes(version)) {
        // Without gRPC the seed's `cd grpc-prefix/src/grpc` fails; the action's tree has no grpc.tar.gz.
        await expect(seedRun).rejects.toThrow(/grpc-prefix\/src\/grpc/);
        expect(listTree(actionTree)).not.toContain('grpc.tar.gz');
      } else {
        await seedRun;
        // The seed's tree, file by file and grpc.tar.gz member by member (git's index and reflogs left
        // out), plus exactly the downloads its *.tar.gz/*.tar.bz2 filter misses.
        const ours = describeTree(actionTree);
        const theirs = describeTree(seed);
        expect(Object.keys(ours).filter((k) => k.startsWith('grpc.tar.gz!/')).length).toBeGreaterThan(20);
        const beyond = fixture.beyondSeed[version] ?? [];
        // A kept tarball is described member by member: its members count as the tarball.
        const onlyOurs = Object.keys(ours).filter((k) => !(k in theirs));
        expect([...new Set(onlyOurs.map((k) => k.replace(/!\/.*$/, '')))].sort()).toEqual(beyond);
        for (const key of onlyOurs) delete ours[key];
        expect(ours).toEqual(theirs);
      }
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
        [
          'run',
          '--rm',
          '--network',
          'host',
          '-e',
          `V=${version}`,
          '-e',
          `SRC=${e2e.servers.sourceRepo}`,
          e2e.baseImage,
          'bash',
          '-c',
          script,
        ],
        { maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/cannot make a DEB package on this builder/);
  });
});
