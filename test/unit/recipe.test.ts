import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/planning/inputs.js';
import { BUILTIN_DOCKERFILE, imageTag, planRecipe, SEED_CMAKE_FLAGS } from '../../src/planning/recipe.js';

const config: Config = {
  versionSpec: { kind: 'exact', version: '0.35.1' },
  falcoVersion: '0.35.1',
  sourceRepo: 'https://github.com',
  baseImage: 'registry.deckhouse.io/base_images/dev-alt:p10',
  jobs: 6,
  cmakeArgs: ['-DA=1', '-DB:STRING=x,y'],
  dockerfile: undefined,
  network: undefined,
  outputDir: '/tmp/out',
  keepImage: false,
  mirror: undefined,
  ifExists: 'skip',
  dryRun: false,
  verify: false,
  githubToken: '',
  releaseSource: 'api',
  language: 'en',
  artifact: undefined,
};

/** The shell text of each RUN instruction, with line continuations joined. */
function runSteps(dockerfile: string): string[] {
  return dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => l.startsWith('RUN '))
    .map((l) => l.slice(4));
}

describe('built-in recipe', () => {
  const steps = runSteps(BUILTIN_DOCKERFILE).join('\n');

  it("follows seed 000's procedure step for step", () => {
    const order = [
      'git clone --branch "${FALCO_VERSION}" --depth 1 "${SOURCE_REPO}/falcosecurity/falco.git" /falco',
      `cmake \${trace} ${SEED_CMAKE_FLAGS.join(' ')} -DFALCO_VERSION="\${FALCO_VERSION}" -DUSE_BUNDLED_DEPS=ON`,
      'sed -i "s/DEB;RPM;TGZ/TGZ/" ./CPackConfig.cmake',
      'make package -j"${JOBS}"',
      'mkdir /falco-deps',
      'rm -rf _CPack_Packages',
      'rm -f falco*.deb falco*.tar.gz falco*.rpm',
      'find . -type f -name "*.tar.gz" -exec rsync -aR {} /falco-deps \\;',
      'find . -type f -name "*.tar.bz2" -exec rsync -aR {} /falco-deps \\;',
      '(cd grpc-prefix/src/grpc && make clean)',
      'tar -czf /falco-deps/grpc.tar.gz grpc-prefix/src',
    ];
    let at = 0;
    for (const piece of order) {
      const found = steps.indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
    expect(SEED_CMAKE_FLAGS).toEqual([
      '-DCMAKE_BUILD_TYPE=release',
      '-DCMAKE_INSTALL_PREFIX=/usr',
      '-DBUILD_DRIVER=OFF',
      '-DBUILD_BPF=OFF',
      '-DBUILD_FALCO_MODERN_BPF=ON',
      '-DBUILD_WARNINGS_AS_ERRORS=OFF',
    ]);
    expect(BUILTIN_DOCKERFILE).toMatch(/^ARG BASE_ALT_DEV\nFROM \$\{BASE_ALT_DEV\}$/m);
    expect(BUILTIN_DOCKERFILE).toMatch(/^WORKDIR \/falco\/build$/m);
  });

  it('skips gRPC, without failing, where the version has none', () => {
    const collect = runSteps(BUILTIN_DOCKERFILE).find((s) => s.includes('grpc.tar.gz')) ?? '';
    expect(collect).toMatch(/if \[ -d grpc-prefix\/src\/grpc \]; then .* else .* fi$/);
  });

  it('passes extra cmake flags as separate words, never re-parsed by the shell', () => {
    const configure = runSteps(BUILTIN_DOCKERFILE).find((s) => s.includes('-DUSE_BUNDLED_DEPS=ON')) ?? '';
    // A stand-in cmake that shows exactly which arguments the real shell gives it.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-fake-cmake-'));
    fs.writeFileSync(
      path.join(bin, 'cmake'),
      '#!/bin/sh\nif [ "$1" = --help ]; then echo "  --trace-redirect=<file>"; exit 0; fi\nprintf \'<%s>\\n\' "$@"\n',
      { mode: 0o755 },
    );
    try {
      const out = execFileSync('sh', ['-c', configure], {
        env: {
          PATH: `${bin}:${process.env.PATH}`,
          FALCO_VERSION: '0.35.1',
          CMAKE_EXTRA_ARGS: '-DA=$(touch /tmp/fdm-never)\n-DB=x y\n-DC=*',
        },
        encoding: 'utf8',
        // A trace reader left waiting would hang the build: fail instead.
        timeout: 10_000,
      });
      const args = out.trim().split('\n');
      expect(args.slice(0, 3)).toEqual(['<--trace-expand>', '<--trace-format=json-v1>', '<--trace-redirect=/tmp/fdm/trace>']);
      expect(args.slice(-4)).toEqual(['<-DA=$(touch /tmp/fdm-never)>', '<-DB=x y>', '<-DC=*>', '</falco>']);
      expect(args).toContain('<-DFALCO_VERSION=0.35.1>');
      expect(args).toContain('<-DUSE_BUNDLED_DEPS=ON>');
      expect(fs.existsSync('/tmp/fdm-never')).toBe(false);
      // The trace FIFO is gone, and the step ended (the reader got its end of file).
      expect(fs.existsSync('/tmp/fdm/trace')).toBe(false);
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  it("ends, with cmake's exit code, when cmake fails before it opens the trace FIFO", () => {
    const configure = runSteps(BUILTIN_DOCKERFILE).find((s) => s.includes('-DUSE_BUNDLED_DEPS=ON')) ?? '';
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-failing-cmake-'));
    fs.writeFileSync(
      path.join(bin, 'cmake'),
      '#!/bin/sh\nif [ "$1" = --help ]; then echo "  --trace-redirect=<file>"; exit 0; fi\nexit 7\n',
      { mode: 0o755 },
    );
    try {
      // Repeated: the reader and the failing writer race; no ordering may leave the step waiting.
      for (let i = 0; i < 20; i++) {
        let status: number | null = null;
        try {
          execFileSync('sh', ['-c', configure], {
            env: { PATH: `${bin}:${process.env.PATH}`, FALCO_VERSION: '0.35.1' },
            timeout: 10_000,
            stdio: 'ignore',
          });
          status = 0;
        } catch (err) {
          status = (err as { status: number | null }).status;
        }
        expect(status).toBe(7);
      }
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
      fs.rmSync('/tmp/fdm', { recursive: true, force: true });
    }
  });

  it('gives the same build args to the built-in and a custom Dockerfile', () => {
    const builtin = planRecipe(config);
    const custom = planRecipe({ ...config, dockerfile: '/work/Dockerfile.custom' }, (f) => `# read ${f}\nFROM scratch\n`);
    expect(builtin.custom).toBe(false);
    expect(builtin.dockerfile).toBe(BUILTIN_DOCKERFILE);
    expect(custom.custom).toBe(true);
    expect(custom.dockerfile).toBe('# read /work/Dockerfile.custom\nFROM scratch\n');
    const expected = [
      ['BASE_ALT_DEV', 'registry.deckhouse.io/base_images/dev-alt:p10'],
      ['FALCO_VERSION', '0.35.1'],
      ['SOURCE_REPO', 'https://github.com'],
      ['JOBS', '6'],
      ['CMAKE_EXTRA_ARGS', '-DA=1\n-DB:STRING=x,y'],
    ];
    expect(builtin.buildArgs).toEqual(expected);
    expect(custom.buildArgs).toEqual(expected);
  });

  it('makes image tags that docker accepts', () => {
    expect(imageTag('0.36.0-rc1', '123-abcd')).toBe('falco-deps-mirror:0.36.0-rc1-123-abcd');
    expect(imageTag('1.0.0+build.5', 'local-1')).toBe('falco-deps-mirror:1.0.0_build.5-local-1');
  });
});
