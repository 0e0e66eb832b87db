// A real aarch64 build, emulated: the bundled action run on the arm64 base image (scripts/multiarch-base.sh),
// whose build steps run under QEMU (binfmt_misc), so CMake sees an aarch64 build host and takes the
// per-architecture downloads (falcoctl's _linux_arm64, the plugin's -aarch64) instead of the x86_64 ones. The
// tree must hold exactly the aarch64 files and rebuild Falco offline, again under emulation. Emulated builds
// are slow: one fixture version, with build: downloads.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerSnapshot, requireArm64Image } from '../support/docker.js';
import { setupE2e } from '../support/e2e.js';
import { listTree, sha256 } from '../support/tree.js';

const VERSION = '0.35.1';
const e2e = setupE2e({ prefix: 'fdm-aarch64-e2e-', versions: [VERSION], inputs: () => ({ jobs: '4' }) });

describe('aarch64, emulated', () => {
  it(`mirrors Falco ${VERSION} on an arm64 base image: the aarch64 downloads, rebuilt offline there`, { timeout: 900_000 }, async () => {
    const arm64 = await requireArm64Image();
    const fixture = e2e.servers.fixture;
    const before = await dockerSnapshot();
    const work = e2e.workDir('arm64');
    const run = await e2e.runIn(work, {
      inputs: { 'falco-version': VERSION, 'base-image': arm64, build: 'downloads', verify: 'true', 'output-dir': path.join(work, 'tree') },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // CMake saw an aarch64 host: the mini Falco prints CMAKE_HOST_SYSTEM_PROCESSOR.
    expect(run.stdout).toContain(`-- mini-falco ${VERSION}: BUILD_DRIVER=OFF BUILD_BPF=OFF MODERN_BPF=ON on aarch64`);
    expect(run.outputs.verified).toBe('true');
    expect(run.stdout).toContain(`fdm-verify: Falco ${VERSION} built offline from the mirrored tree`);

    const tree = path.join(work, 'tree');
    const expected = fixture.expectedFor[VERSION]?.aarch64 ?? [];
    expect(listTree(tree)).toEqual(expected);
    const perArch = fixture.perArch[VERSION];
    expect(perArch?.aarch64).toEqual([
      'falcoctl-prefix/src/falcoctl_0.5.1_linux_arm64.tar.gz',
      'k8saudit-plugin-prefix/src/k8saudit-0.6.1-aarch64.tar.gz',
    ]);
    for (const x86 of perArch?.x86_64 ?? []) expect(listTree(tree)).not.toContain(x86);
    for (const [file, hash] of Object.entries(fixture.sha256For[VERSION]?.aarch64 ?? {})) {
      expect(sha256(path.join(tree, file)), file).toBe(hash);
    }
    expect(await dockerSnapshot()).toEqual(before);
  });
});
