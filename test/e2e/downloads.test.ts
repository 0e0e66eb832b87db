// build: downloads on the mini Falco: configure, then only each ExternalProject's download step, no
// compile. For every version, the tree must pass verify (a full offline build from it), and it is
// compared with the same version's `build: full` tree, the difference listed exactly; both trees' SBOMs
// describe every download as the fixture served it. A base image
// whose CMake is older than 3.19 fails before anything is cloned, with a message naming both versions.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DOWNLOADS_INCLUDE } from '../../src/planning/recipe.js';
import { MINI_FALCO_VERSIONS } from '../fixtures/mini-falco.js';
import { dockerSnapshot } from '../support/docker.js';
import { setupE2e } from '../support/e2e.js';
import { expectFixtureSbom } from '../support/sbom.js';
import { describeTree, listTree, sha256 } from '../support/tree.js';

const exec = promisify(execFile);

const e2e = setupE2e({ prefix: 'fdm-downloads-e2e-', inputs: () => ({ jobs: '4' }) });

// What only the full build's tree has: in grpc.tar.gz (grpc-prefix/src, taken after `make clean`), the
// stamps of the ExternalProject steps after download, which only a build runs (update, patch,
// configure, build, install, done). gRPC's source is the same in both trees, submodule included: the
// download step clones with submodules, and `make clean` removes every build product the full build
// wrote (on an unbuilt tree it removes nothing and succeeds). Every downloaded file, the tarball
// inside the unpacked libs source, the configure-time raw headers and FetchContent downloads are in
// both, byte for byte. The mirror needs none of the missing stamps: the consumer's build runs those
// steps anyway, and CMake's git clone step skips the clone when its grpc-gitclone-lastrun.txt (in both
// trees) is newer than grpc-gitinfo.txt.
const ONLY_FULL_GRPC_STAMPS = ['update', 'patch', 'configure', 'build', 'install', 'done'].map(
  (step) => `grpc.tar.gz!/grpc-prefix/src/grpc-stamp/grpc-${step}`,
);

function difference(full: Record<string, string>, downloads: Record<string, string>) {
  return {
    onlyFull: Object.keys(full)
      .filter((k) => !(k in downloads))
      .sort(),
    onlyDownloads: Object.keys(downloads)
      .filter((k) => !(k in full))
      .sort(),
    changed: Object.keys(full)
      .filter((k) => k in downloads && full[k] !== downloads[k])
      .sort(),
  };
}

describe('build: downloads', () => {
  for (const version of MINI_FALCO_VERSIONS) {
    it(
      `builds ${version} without compiling, passes verify, and differs from full only by gRPC's step stamps`,
      { timeout: 900_000 },
      async () => {
        const fixture = e2e.servers.fixture;
        const before = await dockerSnapshot();
        const work = e2e.workDir(version);

        const dl = await e2e.runIn(work, {
          inputs: { 'falco-version': version, build: 'downloads', verify: 'true', 'output-dir': path.join(work, 'downloads') },
        });
        expect(dl.code, dl.stdout + dl.stderr).toBe(0);
        expect(dl.outputs.verified).toBe('true');
        expect(dl.stdout).toContain(`fdm-verify: Falco ${version} built offline from the mirrored tree`);
        // Only download steps ran: no package, no gRPC build (its Makefile's default target writes libgrpc.a),
        // and curl's download built neither openssl nor c-ares, which it DEPENDS on (CMP0114 NEW).
        const buildLog = dl.stdout.slice(0, dl.stdout.indexOf('::group::Verify'));
        expect(buildLog).toMatch(/fdm: build: downloads: [^\n]*-download/);
        expect(buildLog).not.toMatch(/CPack: |Performing (build|install|configure) step|libgrpc\.a|Built target falco\b/);
        if (fixture.withGrpc.includes(version)) expect(buildLog).toMatch(/Performing download step \(git clone\) for 'grpc'/);

        const downloadsTree = path.join(work, 'downloads');
        expect(listTree(downloadsTree)).toEqual(fixture.expected[version]);
        for (const [file, hash] of Object.entries(fixture.sha256[version] ?? {})) {
          expect(sha256(path.join(downloadsTree, file)), file).toBe(hash);
        }

        const full = await e2e.runIn(work, { inputs: { 'falco-version': version, 'output-dir': path.join(work, 'full') } });
        expect(full.code, full.stdout + full.stderr).toBe(0);
        // The full build compiled: every ExternalProject, then Falco's own target after them.
        expect(full.stdout).toMatch(/Performing build step for 'curl'/);
        expect(full.stdout).toMatch(/Built target falco\b/);

        // Both trees' SBOMs describe each download as the fixture served it.
        for (const r of [dl, full]) {
          const text = fs.readFileSync(r.outputs.sbom ?? '', 'utf8');
          await expectFixtureSbom(text, fs.readFileSync(r.outputs.manifest ?? '', 'utf8'), fixture, version, e2e.servers.git.url);
        }

        const diff = difference(describeTree(path.join(work, 'full')), describeTree(downloadsTree));
        expect(diff).toEqual({
          onlyFull: fixture.withGrpc.includes(version) ? [...ONLY_FULL_GRPC_STAMPS].sort() : [],
          onlyDownloads: [],
          changed: [],
        });
        expect(await dockerSnapshot()).toEqual(before);
      },
    );
  }

  it(
    'gathers every ExternalProject download step, subdirectories too, and runs them without building what they DEPENDS on',
    { timeout: 120_000 },
    async () => {
      // A project shaped like Falco's modules, in the base image, with the real include and CMP0114 NEW:
      // `a` at the top, `b` in a subdirectory DEPENDS on `a`, a plain target `c` with a `c-download` that is
      // no ExternalProject step (kept: the rule is <name>-download beside <name>), and a second project with
      // no ExternalProject at all. Archives come from file:// URLs, so nothing leaves the container.
      const script = [
        'set -e',
        'mkdir -p /p/src/a /p/src/b /p/sub /p/none /p/build /p/build-none',
        'echo a > /p/src/a/A; echo b > /p/src/b/B',
        'tar -C /p/src -czf /p/a.tar.gz a; tar -C /p/src -czf /p/b.tar.gz b',
        'printf "%s\\n" "$FDM_INCLUDE" > /p/downloads.cmake',
        "cat > /p/CMakeLists.txt <<'EOF'",
        'cmake_minimum_required(VERSION 3.5.1)',
        'project(p NONE)',
        'include(ExternalProject)',
        'ExternalProject_Add(a URL file:///p/a.tar.gz CONFIGURE_COMMAND "" BUILD_COMMAND touch /p/built-a INSTALL_COMMAND "")',
        'add_custom_target(c COMMAND touch /p/built-c)',
        'add_custom_target(c-download COMMAND touch /p/built-c-download)',
        'add_subdirectory(sub)',
        'EOF',
        "cat > /p/sub/CMakeLists.txt <<'EOF'",
        'ExternalProject_Add(b URL file:///p/b.tar.gz DEPENDS a CONFIGURE_COMMAND "" BUILD_COMMAND touch /p/built-b INSTALL_COMMAND "")',
        'EOF',
        "printf 'cmake_minimum_required(VERSION 3.5.1)\\nproject(none NONE)\\nadd_custom_target(x ALL COMMAND touch /p/built-x)\\n' > /p/none/CMakeLists.txt",
        'cd /p/build && cmake -DCMAKE_PROJECT_INCLUDE=/p/downloads.cmake -DCMAKE_POLICY_DEFAULT_CMP0114=NEW .. | grep "fdm: build: downloads"',
        'make -j4 fdm-downloads > /dev/null',
        'cd /p/build-none && cmake -DCMAKE_PROJECT_INCLUDE=/p/downloads.cmake -DCMAKE_POLICY_DEFAULT_CMP0114=NEW ../none | grep "fdm: build: downloads"',
        'make -j4 fdm-downloads > /dev/null',
        'cd /p && ls built-* 2>/dev/null | sed "s/^/built: /"; cat build/a-prefix/src/a/A build/sub/b-prefix/src/b/B',
      ].join('\n');
      const { stdout } = await exec('docker', [
        'run',
        '--rm',
        '--network',
        'none',
        '-e',
        `FDM_INCLUDE=${DOWNLOADS_INCLUDE.join('\n')}`,
        e2e.baseImage,
        'sh',
        '-c',
        script,
      ]);
      expect(stdout.trim().split('\n')).toEqual([
        '-- fdm: build: downloads: a-download c-download b-download',
        '-- fdm: build: downloads: no ExternalProject download step in this build',
        'built: built-c-download',
        'a',
        'b',
      ]);
    },
  );

  it('fails before cloning anything when the base image has CMake older than 3.19', { timeout: 300_000 }, async () => {
    // The base image with a `cmake` that says it is 3.18.4, ahead of the real one on PATH.
    const tag = `fdm-test-old-cmake:${process.pid}`;
    const dockerfile = [
      `FROM ${e2e.baseImage}`,
      'RUN printf \'#!/bin/sh\\necho "cmake version 3.18.4"\\necho\\necho "CMake suite maintained and supported by Kitware (kitware.com/cmake)."\\n\' > /usr/local/bin/cmake && chmod 755 /usr/local/bin/cmake',
      '',
    ].join('\n');
    await new Promise<void>((resolve, reject) => {
      const child = execFile('docker', ['build', '--quiet', '--tag', tag, '-'], (err, _out, stderr) =>
        err ? reject(new Error(`docker build of ${tag} failed: ${stderr}`)) : resolve(),
      );
      child.stdin?.end(dockerfile);
    });
    try {
      const before = await dockerSnapshot();
      const run = await e2e.run('old-cmake', {
        inputs: { 'falco-version': MINI_FALCO_VERSIONS[0] ?? '', build: 'downloads', 'base-image': tag },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('fdm: build: downloads needs CMake 3.19 or newer; the base image has CMake 3.18.4');
      // Reported as what it is, not as a failed build.
      expect(run.outputs['error-reason']).toBe('Invalid');
      expect(run.stdout).toContain(
        '::error::build: downloads needs CMake 3.19 or newer, and the base image has CMake 3.18.4. Use a base image with CMake 3.19 or newer, or build: full.',
      );
      expect(run.stdout + run.stderr).not.toMatch(/Cloning into/);
      expect(await dockerSnapshot()).toEqual(before);
    } finally {
      await exec('docker', ['image', 'rm', '--force', tag]);
    }
  });
});
