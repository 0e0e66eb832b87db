import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/planning/inputs.js';
import { BUILTIN_DOCKERFILE, DOWNLOADS_INCLUDE, imageTag, planRecipe, SEED_CMAKE_FLAGS } from '../../src/planning/recipe.js';

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
  build: 'downloads',
  platforms: [],
  largeFiles: { mode: 'plain', threshold: 104_857_600 },
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
      // The seed's two `find . -type f -name "*.tar.gz" -exec rsync -aR {} /falco-deps \;` lines (and *.tar.bz2), as one list.
      'find . -type f \\( -name "*.tar.gz" -o -name "*.tar.bz2" \\) -print0 > /tmp/fdm/seed-files',
      'rsync -a --from0 --files-from=/tmp/fdm/seed-files ./ /falco-deps',
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
      ['FDM_BUILD', 'downloads'],
    ];
    expect(builtin.buildArgs).toEqual(expected);
    expect(custom.buildArgs).toEqual(expected);
  });

  it('builds a platform on its own base image and passes FDM_PLATFORM, which the built-in recipe declares', () => {
    const base = `registry.deckhouse.io/base_images/dev-alt@sha256:${'e'.repeat(64)}`;
    const recipe = planRecipe(config, undefined, { platform: 'linux/arm64', base });
    expect(recipe.buildArgs).toContainEqual(['BASE_ALT_DEV', base]);
    expect(recipe.buildArgs.at(-1)).toEqual(['FDM_PLATFORM', 'linux/arm64']);
    expect(recipe.buildArgs.filter(([name]) => name === 'BASE_ALT_DEV')).toHaveLength(1);
    // Declared with an empty default, so the legacy builder does not warn about an unused build arg.
    expect(BUILTIN_DOCKERFILE).toMatch(/^ARG [^\n]* FDM_PLATFORM=( |$)/m);
    // Without a platform the argument is not passed at all.
    expect(planRecipe(config).buildArgs.map(([name]) => name)).not.toContain('FDM_PLATFORM');
  });

  it('makes image tags that docker accepts', () => {
    expect(imageTag('0.36.0-rc1', '123-abcd')).toBe('falco-deps-mirror:0.36.0-rc1-123-abcd');
    expect(imageTag('1.0.0+build.5', 'local-1')).toBe('falco-deps-mirror:1.0.0_build.5-local-1');
  });
});

/** Stand-in tools in a fresh dir put first on PATH: name -> sh script body. */
function fakeTools(tools: Record<string, string>): string {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-fake-tools-'));
  for (const [name, body] of Object.entries(tools)) fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return bin;
}

/** Runs one RUN step's shell text with sh in cwd; its exit status and output. */
function runStep(step: string, env: Record<string, string>, cwd?: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', step], { env, cwd, encoding: 'utf8', timeout: 10_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('built-in recipe, build: downloads', () => {
  const steps = runSteps(BUILTIN_DOCKERFILE);
  const step = (marker: string): string => {
    const found = steps.filter((s) => s.includes(marker));
    expect(found, marker).toHaveLength(1);
    return found[0] ?? '';
  };
  const check = step('needs CMake 3.19');
  const configure = step('-DUSE_BUNDLED_DEPS=ON');
  const full = step('make package');
  const downloads = step('fdm-downloads;');

  it('declares FDM_BUILD, full by default, and checks CMake before anything is cloned', () => {
    expect(BUILTIN_DOCKERFILE).toMatch(/^ARG [^\n]* FDM_BUILD=full( [^\n]*)?$/m);
    const [argAt, checkAt, cloneAt] = [' FDM_BUILD=full', 'needs CMake 3.19', 'git clone'].map((s) => BUILTIN_DOCKERFILE.indexOf(s));
    expect(argAt).toBeLessThan(checkAt ?? -1);
    expect(checkAt).toBeLessThan(cloneAt ?? -1);
    // The full build is the seed's, only under a test of FDM_BUILD; the download steps only under the other.
    expect(full).toBe(downloads);
    expect(full).toMatch(
      /^if \[ "\$\{FDM_BUILD\}" != downloads \]; then +sed -i "s\/DEB;RPM;TGZ\/TGZ\/" \.\/CPackConfig\.cmake && +make package -j"\$\{JOBS\}"; +else +make -j"\$\{JOBS\}" fdm-downloads; +fi$/,
    );
    // The check ends the step before the clone when it fails.
    expect(check).toMatch(/^case "\$\{FDM_BUILD\}" in .* esac && +git clone /);
  });

  // The check shares its step with the clone: stand-ins for what follows it, so nothing is cloned or made.
  const afterCheck = { git: 'echo git "$@" >> "$TOOLS_LOG"', mkdir: 'exit 0', rm: 'exit 9', ln: 'exit 9' };
  const cmakeSays = (versionLine: string): string =>
    fakeTools({
      ...afterCheck,
      cmake: `echo '${versionLine}'; echo; echo 'CMake suite maintained and supported by Kitware (kitware.com/cmake).'`,
    });
  const cases: Array<[string, string, boolean]> = [
    ['downloads', 'cmake version 3.25.1', true],
    ['downloads', 'cmake version 3.19.0', true],
    ['downloads', 'cmake version 3.30.0-rc2', true],
    ['downloads', 'cmake3 version 3.20.2', true],
    ['downloads', 'cmake version 4.0.2', true],
    ['downloads', 'cmake version 3.18.4', false],
    ['downloads', 'cmake version 3.5.1', false],
    ['downloads', 'cmake version 2.8.12.2', false],
    ['full', 'cmake version 3.18.4', true],
    ['full', 'cmake version 3.5.1', true],
  ];
  for (const [build, versionLine, ok] of cases) {
    it(`${ok ? 'accepts' : 'refuses'} ${versionLine} for build: ${build}`, () => {
      const bin = cmakeSays(versionLine);
      try {
        const log = path.join(bin, 'tools.log');
        const r = runStep(check, {
          PATH: `${bin}:${process.env.PATH}`,
          FDM_BUILD: build,
          TOOLS_LOG: log,
          FALCO_VERSION: '0.35.1',
          SOURCE_REPO: 'https://x',
        });
        const cloned = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
        if (ok) {
          expect(r.status, r.stderr).toBe(0);
          expect(r.stderr).toBe('');
          expect(cloned).toBe('git clone --branch 0.35.1 --depth 1 https://x/falcosecurity/falco.git /falco\n');
        } else {
          const version = versionLine.replace(/^cmake version /, '');
          expect(r.status).toBe(1);
          expect(r.stderr).toBe(`fdm: build: downloads needs CMake 3.19 or newer; the base image has CMake ${version}\n`);
          expect(cloned).toBe('');
        }
      } finally {
        fs.rmSync(bin, { recursive: true, force: true });
      }
    });
  }

  it('refuses build: downloads when cmake is missing, and an FDM_BUILD it does not know', () => {
    const bin = fakeTools({ ...afterCheck, cmake: 'exit 127' });
    try {
      const none = runStep(check, { PATH: `${bin}:${process.env.PATH}`, FDM_BUILD: 'downloads' });
      expect(none.status).toBe(1);
      expect(none.stderr).toMatch(/^fdm: build: downloads needs CMake 3.19 or newer; the base image has CMake \(no cmake --version\)\n$/);
      const other = runStep(check, { PATH: `${bin}:${process.env.PATH}`, FDM_BUILD: 'everything' });
      expect(other.status).toBe(1);
      expect(other.stderr).toBe("fdm: FDM_BUILD must be full or downloads, not 'everything'\n");
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  it('configures with the download-step include and CMP0114 NEW, before the extra flags; full adds neither', () => {
    const bin = fakeTools({ cmake: 'if [ "$1" = --help ]; then echo "  --trace-redirect=<file>"; exit 0; fi\nprintf \'<%s>\\n\' "$@"' });
    try {
      const env = { PATH: `${bin}:${process.env.PATH}`, FALCO_VERSION: '0.35.1', CMAKE_EXTRA_ARGS: '-DX=1' };
      const dl = runStep(configure, { ...env, FDM_BUILD: 'downloads' });
      expect(dl.status, dl.stderr).toBe(0);
      expect(dl.stdout.trim().split('\n').slice(-5)).toEqual([
        '<-DUSE_BUNDLED_DEPS=ON>',
        '<-DCMAKE_PROJECT_INCLUDE=/tmp/fdm/downloads.cmake>',
        '<-DCMAKE_POLICY_DEFAULT_CMP0114=NEW>',
        '<-DX=1>',
        '</falco>',
      ]);
      expect(fs.readFileSync('/tmp/fdm/downloads.cmake', 'utf8')).toBe(`${DOWNLOADS_INCLUDE.join('\n')}\n`);
      for (const build of ['full', undefined]) {
        const r = runStep(configure, build === undefined ? env : { ...env, FDM_BUILD: build });
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout.trim().split('\n').slice(-3)).toEqual(['<-DUSE_BUNDLED_DEPS=ON>', '<-DX=1>', '</falco>']);
      }
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
      fs.rmSync('/tmp/fdm', { recursive: true, force: true });
    }
  });

  it('builds with make -j JOBS: fdm-downloads alone for downloads, the CPack patch and make package alone for full', () => {
    const bin = fakeTools({ make: `printf '%s\\n' "$@" >> "$MAKE_LOG"\nexit \${MAKE_EXIT:-0}` });
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-build-dir-'));
    const log = path.join(work, 'make.log');
    try {
      const env = { PATH: `${bin}:${process.env.PATH}`, JOBS: '3', MAKE_LOG: log };
      const dl = runStep(downloads, { ...env, FDM_BUILD: 'downloads' }, work);
      expect(dl.status, dl.stderr).toBe(0);
      expect(fs.readFileSync(log, 'utf8').split('\n')).toEqual(['-j3', 'fdm-downloads', '']);
      // A failing download fails the step.
      expect(runStep(downloads, { ...env, FDM_BUILD: 'downloads', MAKE_EXIT: '2' }, work).status).toBe(2);

      fs.rmSync(log);
      fs.writeFileSync(path.join(work, 'CPackConfig.cmake'), 'set(CPACK_GENERATOR "DEB;RPM;TGZ")\n');
      const f = runStep(full, { ...env, FDM_BUILD: 'full' }, work);
      expect(f.status, f.stderr).toBe(0);
      expect(fs.readFileSync(log, 'utf8').split('\n')).toEqual(['package', '-j3', '']);
      expect(fs.readFileSync(path.join(work, 'CPackConfig.cmake'), 'utf8')).toBe('set(CPACK_GENERATOR "TGZ")\n');
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('writes the project include with no shell quoting in its lines', () => {
    for (const line of DOWNLOADS_INCLUDE) expect(line).not.toContain("'");
    expect(DOWNLOADS_INCLUDE[0]).toBe('set_property(DIRECTORY PROPERTY EP_STEP_TARGETS download)');
  });
});
