// Several platforms in one mirror branch, for real: the bundled action builds mini Falco on linux/amd64
// and on linux/arm64 (emulated by QEMU through binfmt_misc), each on its own image of one multi-arch tag
// that Debian's docker-registry serves on 127.0.0.1 (scripts/multiarch-base.sh). Two ways to fill a
// branch must give the same content: a matrix of one-platform runs (if-exists judged per platform) and
// one run with both platforms (trees merged, each platform verified offline in a container of its own).
// Emulated builds are slow: one fixture version, build: downloads, two arm64 builds in all.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SBOM_FILE } from '../../src/planning/sbom.js';
import { expectFixtureSbom } from '../support/sbom.js';
import { METADATA_FILE, parseMetadata } from '../../src/planning/platforms.js';
import { buildKitEnv, dockerSnapshot, requireMultiArchImage, type MultiArchImage } from '../support/docker.js';
import { setupE2e } from '../support/e2e.js';
import { describeTree, listTree, sha256 } from '../support/tree.js';

const exec = promisify(execFile);
const VERSION = '0.35.1';
const BOTH = 'linux/amd64,linux/arm64';

const e2e = setupE2e({
  prefix: 'fdm-platforms-e2e-',
  versions: [VERSION],
  mirror: {},
  inputs: () => ({ 'falco-version': VERSION, jobs: '4', build: 'downloads' }),
});

let base: MultiArchImage;

/** A consumer's clone of the branch (without .git), and its tree with tarballs described by members. */
async function cloneBranch(bare: string, into: string): Promise<{ dir: string; files: string[] }> {
  await exec('git', ['clone', '--quiet', '--branch', VERSION, bare, into]);
  fs.rmSync(path.join(into, '.git'), { recursive: true, force: true });
  return { dir: into, files: listTree(into) };
}

const tipOf = async (bare: string): Promise<string> =>
  (await exec('git', ['--git-dir', bare, 'rev-parse', `refs/heads/${VERSION}`])).stdout.trim();

describe('platforms', () => {
  it('fails before building when the base image lacks a platform asked for, naming both', { timeout: 300_000 }, async () => {
    base = await requireMultiArchImage();
    const before = await dockerSnapshot();
    const run = await e2e.run('lacks', {
      inputs: { platforms: 'linux/amd64,linux/s390x', 'base-image': base.image, 'mirror-repo': e2e.mirror.url },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('NotFound');
    expect(run.stdout).toContain(
      `The base image ${base.image} has no linux/s390x image (it has linux/amd64, linux/arm64); nothing was built.`,
    );
    expect(run.stdout).not.toMatch(/::group::Build/);
    await expect(tipOf(e2e.mirror.bare)).rejects.toThrow();
    expect(await dockerSnapshot()).toEqual(before);
  });

  it('fills one branch from a matrix of one-platform runs, judging if-exists per platform', { timeout: 1_200_000 }, async () => {
    const fixture = e2e.servers.fixture;
    const inputs = { 'base-image': base.image, 'mirror-repo': e2e.mirror.url };
    const repo = base.image.slice(0, base.image.lastIndexOf(':'));

    // The x86_64 runner of the matrix.
    const amd = await e2e.run('amd64', { inputs: { ...inputs, platforms: 'linux/amd64' } });
    expect(amd.code, amd.stdout + amd.stderr).toBe(0);
    expect(amd.stdout).toContain(`linux/amd64: built on ${repo}@${base.digests.amd64}.`);
    expect(amd.outputs['mirror-status']).toBe('created');
    expect(amd.outputs.platforms).toBe('linux/amd64');
    const first = await tipOf(e2e.mirror.bare);

    // The arm64 runner, with both platforms asked for and if-exists: skip: it builds only the one missing.
    const arm = await e2e.run('arm64', { inputs: { ...inputs, platforms: BOTH } });
    expect(arm.code, arm.stdout + arm.stderr).toBe(0);
    expect(arm.stdout).toContain(`holding linux/amd64`);
    expect(arm.stdout).toContain(`Build Falco ${VERSION}'s dependencies for linux/arm64`);
    expect(arm.stdout).not.toContain(`dependencies for linux/amd64`);
    // CMake saw an aarch64 host: the mini Falco prints CMAKE_HOST_SYSTEM_PROCESSOR.
    expect(arm.stdout).toContain(`-- mini-falco ${VERSION}: BUILD_DRIVER=OFF BUILD_BPF=OFF MODERN_BPF=ON on aarch64`);
    expect(arm.stdout).toContain(`linux/arm64: built on ${repo}@${base.digests.arm64}.`);
    // The local tree is the arm64 build's alone.
    expect(listTree(path.join(arm.work, 'falco-deps'))).toEqual(fixture.expectedFor[VERSION]?.aarch64);
    expect(arm.outputs['mirror-status']).toBe('updated');
    expect(arm.outputs.platforms).toBe(BOTH);
    const second = await tipOf(e2e.mirror.bare);
    expect((await exec('git', ['--git-dir', e2e.mirror.bare, 'rev-parse', `${second}^`])).stdout.trim()).toBe(first);

    // The branch: both architectures' files side by side, the shared ones once, and the metadata file.
    const clone = await cloneBranch(e2e.mirror.bare, path.join(e2e.workDir('matrix-clone'), 'build'));
    const union = [...new Set([...(fixture.expectedFor[VERSION]?.x86_64 ?? []), ...(fixture.expectedFor[VERSION]?.aarch64 ?? [])])];
    expect(clone.files).toEqual([METADATA_FILE, SBOM_FILE, ...union].sort());
    // The branch's SBOM lists every file with its bytes' hash, each with the platforms whose builds have it.
    const sums = union.map((f) => `${sha256(path.join(clone.dir, f))}  ${f}\n`).join('');
    const own = (f: string): string[] =>
      fixture.perArch[VERSION]?.x86_64.includes(f)
        ? ['linux/amd64']
        : fixture.perArch[VERSION]?.aarch64.includes(f)
          ? ['linux/arm64']
          : ['linux/amd64', 'linux/arm64'];
    await expectFixtureSbom(fs.readFileSync(path.join(clone.dir, SBOM_FILE), 'utf8'), sums, fixture, VERSION, e2e.servers.git.url, own);
    for (const [file, hash] of Object.entries({ ...fixture.sha256For[VERSION]?.x86_64, ...fixture.sha256For[VERSION]?.aarch64 })) {
      if (!file.endsWith('grpc.tar.gz')) expect(sha256(path.join(clone.dir, file)), file).toBe(hash);
    }
    const meta = parseMetadata(fs.readFileSync(path.join(clone.dir, METADATA_FILE), 'utf8'));
    const perArch = fixture.perArch[VERSION];
    expect(meta).toEqual({
      platforms: ['linux/amd64', 'linux/arm64'],
      files: Object.fromEntries(
        [
          ...(perArch?.x86_64 ?? []).map((f): [string, string[]] => [f, ['linux/amd64']]),
          ...(perArch?.aarch64 ?? []).map((f): [string, string[]] => [f, ['linux/arm64']]),
        ].sort(([a], [b]) => a.localeCompare(b)),
      ),
    });

    // Every platform there: skip builds nothing; fail names the platform; overwrite of one platform, same content.
    const again = await e2e.run('again', { inputs: { ...inputs, platforms: BOTH } });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs.skipped).toBe('true');
    expect(again.outputs.platforms).toBe(BOTH);
    expect(again.stdout).not.toMatch(/::group::Build/);
    const fail = await e2e.run('fail', { inputs: { ...inputs, platforms: 'linux/arm64', 'if-exists': 'fail' } });
    expect(fail.code).toBe(1);
    expect(fail.outputs['error-reason']).toBe('AlreadyExists');
    expect(fail.stdout).toContain(`The mirror already has this version for linux/arm64`);
    expect(fail.stdout).not.toMatch(/::group::Build/);
    const over = await e2e.run('overwrite', { inputs: { ...inputs, platforms: 'linux/amd64', 'if-exists': 'overwrite' } });
    expect(over.code, over.stdout + over.stderr).toBe(0);
    expect(over.stdout).toContain(`Keeping the branch's linux/arm64 files`);
    expect(over.outputs['mirror-status']).toBe('unchanged');
    expect(over.outputs.platforms).toBe(BOTH);
    expect(await tipOf(e2e.mirror.bare)).toBe(second);
  });

  it(
    'builds both platforms in one run with BuildKit, merges the trees and verifies each offline on its own platform',
    { timeout: 1_200_000 },
    async () => {
      const fixture = e2e.servers.fixture;
      const single = path.join(path.dirname(e2e.mirror.bare), 'single.git');
      await exec('git', ['init', '--quiet', '--bare', single]);
      const before = await dockerSnapshot();
      const work = e2e.workDir('both');
      // The matrix above ran on the legacy builder; this run uses BuildKit, the builder of GitHub's runners.
      const run = await e2e.runIn(work, {
        inputs: { 'base-image': base.image, platforms: BOTH, verify: 'true', 'mirror-repo': `${e2e.mirror.server.url}/single.git` },
        env: await buildKitEnv(path.join(e2e.tmp, 'buildkit-cli')),
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      // BuildKit's own progress lines ("#N [stage]"), not the legacy builder's "Step N/M".
      expect(run.stdout).toMatch(/^#\d+ \[\d\/\d\] RUN /m);
      expect(run.stdout).not.toMatch(/^Step \d+\/\d+ : /m);
      expect(run.outputs.verified).toBe('true');
      expect(run.stdout).toContain('Verify on linux/amd64: rebuild Falco offline from the tree');
      expect(run.stdout).toContain('Verify on linux/arm64: rebuild Falco offline from the tree');
      expect(run.stdout.match(new RegExp(`fdm-verify: Falco ${VERSION} built offline from the mirrored tree`, 'g'))).toHaveLength(2);
      expect(run.outputs.platforms).toBe(BOTH);
      expect(run.outputs['mirror-status']).toBe('created');
      expect(run.files.summary).toMatch(/Platforms.*linux\/amd64.*linux\/arm64/);

      // The extracted tree is the union, and its manifest covers it all.
      const tree = path.join(work, 'falco-deps');
      const union = [
        ...new Set([...(fixture.expectedFor[VERSION]?.x86_64 ?? []), ...(fixture.expectedFor[VERSION]?.aarch64 ?? [])]),
      ].sort();
      expect(listTree(tree)).toEqual(union);
      expect(Number(run.outputs['file-count'])).toBe(union.length);
      await exec('sha256sum', ['--check', '--strict', '--quiet', run.outputs.manifest ?? ''], { cwd: tree });
      // No per-platform scratch tree is left beside it.
      expect(fs.readdirSync(work).filter((n) => n.startsWith('falco-deps.'))).toEqual(['falco-deps.SHA256SUMS', 'falco-deps.cdx.json']);

      // The one-run branch holds what the matrix's does: the same files, tarballs by their members, the same metadata.
      const one = await cloneBranch(single, path.join(e2e.workDir('single-clone'), 'build'));
      const matrix = await cloneBranch(e2e.mirror.bare, path.join(e2e.workDir('matrix-clone-2'), 'build'));
      expect(describeTree(one.dir)).toEqual(describeTree(matrix.dir));
      expect(await dockerSnapshot()).toEqual(before);
    },
  );

  it('stops with Conflict, pushing nothing, when the platforms disagree on a shared file', { timeout: 600_000 }, async () => {
    // A custom recipe gets FDM_PLATFORM and writes it into a path both platforms have.
    const dockerfile = [
      'ARG BASE_ALT_DEV',
      'FROM ${BASE_ALT_DEV}',
      'ARG FDM_PLATFORM',
      'RUN mkdir -p /falco-deps/x-prefix/src && echo "$FDM_PLATFORM" > /falco-deps/x-prefix/src/x.tar.gz',
      '',
    ].join('\n');
    const conflict = path.join(path.dirname(e2e.mirror.bare), 'conflict.git');
    await exec('git', ['init', '--quiet', '--bare', conflict]);
    const run = await e2e.run('conflict', {
      inputs: {
        'base-image': base.image,
        platforms: BOTH,
        dockerfile: 'Dockerfile',
        'mirror-repo': `${e2e.mirror.server.url}/conflict.git`,
      },
      files: { Dockerfile: dockerfile },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('Conflict');
    expect(run.stdout).toContain(
      'The linux/amd64 and linux/arm64 trees both hold "x-prefix/src/x.tar.gz", with different content (their bytes differ)',
    );
    expect((await exec('git', ['--git-dir', conflict, 'for-each-ref'])).stdout).toBe('');
  });
});
