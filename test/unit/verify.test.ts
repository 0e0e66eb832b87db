import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import {
  DownloadWatch,
  REDOWNLOAD_CHECK,
  REDOWNLOAD_EXIT,
  REDOWNLOAD_RECORD,
  UNPACK_TARBALLS,
  VERIFY_SCRIPT,
  verifyOffline,
} from '../../src/effects/verify.js';
import { fakeEngine } from '../support/fake-services.js';

const feed = (text: string): DownloadWatch => {
  const w = new DownloadWatch();
  for (const line of text.split('\n')) w.feed(line);
  return w;
};

describe('the first download an offline build attempted', () => {
  it('reads an ExternalProject download: its file and URL', () => {
    const w = feed(`[ 10%] Performing download step (download, verify and extract) for 'curl'
-- Downloading...
   dst='/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2'
   timeout='none'
   inactivity timeout='none'
-- Using src='https://github.com/curl/curl/releases/download/curl-8_0_1/curl-8.0.1.tar.bz2'
-- Using src='https://mirror.example/curl-8.0.1.tar.bz2'`);
    expect(w.first).toEqual({
      url: 'https://github.com/curl/curl/releases/download/curl-8_0_1/curl-8.0.1.tar.bz2',
      path: '/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2',
    });
  });

  it('reads a configure-time download whose message CMake wrapped over lines', () => {
    const w = feed(`CMake Error at CMakeLists.txt:31 (message):
  downloading http://127.0.0.1:4000/uthash/uthash.h to
  /falco/build/uthash-prefix/include/uthash.h failed: 6;"Couldn't resolve host name"`);
    expect(w.first).toEqual({ url: 'http://127.0.0.1:4000/uthash/uthash.h' });
  });

  it("reads CMake's own file(DOWNLOAD) failure, which names only the file", () => {
    const w = feed(`CMake Error at cmake/modules/uthash.cmake:30 (file):
  file DOWNLOAD HASH mismatch

    for file: [/falco/build/uthash-prefix/uthash.h]
      expected hash: [abc]`);
    expect(w.first).toEqual({ path: '/falco/build/uthash-prefix/uthash.h' });
    // With the first build's map printed earlier, the URL is known too.
    const mapped = feed(`fdm-verify: configure-time download /falco/build/uthash-prefix/uthash.h from https://raw.example/uthash.h
    for file: [/falco/build/uthash-prefix/uthash.h]`);
    expect(mapped.first).toEqual({ path: '/falco/build/uthash-prefix/uthash.h', url: 'https://raw.example/uthash.h' });
  });

  it('reads a git clone that needed the network', () => {
    const w = feed(`Cloning into 'grpc'...
fatal: unable to access 'https://github.com/grpc/grpc.git/': Could not resolve host: github.com`);
    expect(w.first).toEqual({ url: 'https://github.com/grpc/grpc.git/' });
  });

  it('finds nothing in a build that downloaded nothing', () => {
    const w = feed(`-- File already exists and hash match (skip download):
  file='/falco/build/b64-prefix/src/v1.4.1.tar.gz'
[100%] Built target b64`);
    expect(w.first).toBeUndefined();
  });
});

describe('the files configure downloaded again, as the script reports them', () => {
  it('collects every report line, paths with spaces too, and never counts one as a download attempt', () => {
    const w = feed(`-- Download 'uthash.h' from: http://h/uthash.h
fdm-verify: configure downloaded falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs/userspace/libscap/uthash.h again from http://h/uthash.h
fdm-verify: configure downloaded odd dir/with space.h again from https://h/with%20space.h`);
    expect(w.redownloaded).toEqual([
      {
        path: 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs/userspace/libscap/uthash.h',
        url: 'http://h/uthash.h',
      },
      { path: 'odd dir/with space.h', url: 'https://h/with%20space.h' },
    ]);
    expect(w.first).toBeUndefined();
  });

  it('leaves the other lines of the script alone', () => {
    const w = feed(`fdm-verify: 2 configure-time download target(s) in the build dir recorded before configure
fdm-verify: configure-time download /falco/build/x.h from http://h/x.h
fdm-verify: unpacking ./falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs-kept.tar.gz`);
    expect(w.redownloaded).toEqual([]);
    expect(w.first).toBeUndefined();
  });
});

describe('verifyOffline', () => {
  const LIBSCAP = 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs/userspace/libscap';
  const run = async (code: number, lines: readonly string[]): Promise<{ calls: string[]; err: unknown; seen: string[] }> => {
    const calls: string[] = [];
    const seen: string[] = [];
    const engine = fakeEngine(calls, { imageRoot: '/nonexistent', verify: { code, lines } });
    const err = await verifyOffline({
      engine,
      image: 'img',
      container: 'c-verify',
      treeDir: '/tree',
      env: { FALCO_VERSION: '0.36.2', JOBS: '2', CMAKE_EXTRA_ARGS: '' },
      onLine: (line) => void seen.push(line),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { calls, err, seen };
  };

  it('names the file configure downloaded again, and its URL, as NotFound, without stopping the container', async () => {
    const { calls, err } = await run(REDOWNLOAD_EXIT, [
      "-- Download 'uthash.h' from: http://h/uthash.h",
      '-- Configuring done',
      `fdm-verify: configure downloaded ${LIBSCAP}/uthash.h again from http://h/uthash.h`,
    ]);
    expect(err).toBeInstanceOf(MirrorError);
    const e = err as MirrorError;
    expect(e.reason).toBe('NotFound');
    expect(e.detail).toBe(
      `The offline rebuild failed: configure downloaded ${LIBSCAP}/uthash.h again from http://h/uthash.h, offline: ` +
        'the mirrored tree does not keep it where the rebuild needs it (a rebuild step, such as an unpack, removed it).',
    );
    expect(e.hint).toBe('Nothing was pushed; the artifact holds the tree as it is.');
    expect(calls).toEqual(['engine.createOffline img c-verify', 'engine.copyIn c-verify /tree', 'engine.runToEnd c-verify']);
  });

  it('names the first of several and says how many more', async () => {
    const { err } = await run(REDOWNLOAD_EXIT, [
      `fdm-verify: configure downloaded ${LIBSCAP}/uthash.h again from http://h/uthash.h`,
      'fdm-verify: configure downloaded a b/two.h again from http://h/two.h',
      'fdm-verify: configure downloaded c/three.h again from http://h/three.h',
    ]);
    expect((err as MirrorError).detail).toMatch(
      new RegExp(`^The offline rebuild failed: configure downloaded ${LIBSCAP}/uthash\\.h again from http://h/uthash\\.h, offline: `),
    );
    expect((err as MirrorError).detail).toMatch(/removed it\)\. It did the same for 2 more files, each named in the log\.$/);
    const { err: two } = await run(REDOWNLOAD_EXIT, [
      'fdm-verify: configure downloaded a.h again from http://h/a.h',
      'fdm-verify: configure downloaded b.h again from http://h/b.h',
    ]);
    expect((two as MirrorError).detail).toMatch(/ It did the same for 1 more file, each named in the log\.$/);
  });

  it('keeps the other outcomes as they were', async () => {
    expect((await run(0, ['fdm-verify: Falco 0.36.2 built offline from the mirrored tree'])).err).toBeUndefined();

    const attempt = await run(137, [
      "   dst='/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2'",
      "-- Using src='https://curl.example/curl-8.0.1.tar.bz2'",
    ]);
    expect((attempt.err as MirrorError).reason).toBe('NotFound');
    expect((attempt.err as MirrorError).detail).toBe(
      'The offline rebuild failed: the mirrored tree lacks a dependency. CMake tried to download ' +
        'https://curl.example/curl-8.0.1.tar.bz2 (to curl-prefix/src/curl-8.0.1.tar.bz2).',
    );
    expect(attempt.calls).toContain('engine.removeContainer c-verify');
    expect(attempt.seen.at(-1)).toBe('fdm-verify: a download was attempted with no network; stopping the offline build.');

    const noSource = await run(90, ['fdm-verify: no Falco checkout (with .git) in /falco']);
    expect((noSource.err as MirrorError).reason).toBe('Invalid');

    // Exit code 91 with no report line (not the script's check) is an ordinary failure.
    const plain = await run(REDOWNLOAD_EXIT, ['make: *** [all] Error 91']);
    expect((plain.err as MirrorError).reason).toBe('InternalError');
    expect((plain.err as MirrorError).detail).toMatch(/^The offline rebuild failed \(exit code 91\) without trying a download\./);
    // A report line with another exit code changes nothing either.
    const other = await run(2, ['fdm-verify: configure downloaded a.h again from http://h/a.h', 'make: *** Error 2']);
    expect((other.err as MirrorError).reason).toBe('InternalError');
  });
});

describe('the offline script', () => {
  it('unpacks the tarballs, records the download targets before cmake and checks them after it, before make', () => {
    const at = (text: string): number => {
      const i = VERIFY_SCRIPT.indexOf(text);
      expect(i, text).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at('cp -a /fdm-restore/. /falco/build/\ncd /falco/build\n'),
      at(UNPACK_TARBALLS),
      at(REDOWNLOAD_RECORD),
      at('\ncmake '),
      at(REDOWNLOAD_CHECK),
      at('\nmake package'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(REDOWNLOAD_CHECK).toContain(`exit ${REDOWNLOAD_EXIT};`);
    // The check's knobs are for the tests: the real run never takes them from the image.
    expect(VERIFY_SCRIPT.startsWith('set -e\nunset FDM_VERIFY_BUILD_DIR FDM_VERIFY_DOWNLOADS_JSON\n')).toBe(true);
  });
});

describe('the re-download check, run by sh', () => {
  let tmp: string;
  let build: string;
  let json: string;
  const UTHASH = 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs/userspace/libscap/uthash.h';

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-redownload-'));
    build = path.join(tmp, 'build');
    fs.mkdirSync(build);
    json = path.join(tmp, 'configure-downloads.json');
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** A json-v1 trace line of `file(DOWNLOAD <url> <target>)`, as CMake writes it. */
  const traceLine = (url: string, target: string): string =>
    JSON.stringify({
      args: ['DOWNLOAD', url, target],
      cmd: 'file',
      file: '/falco/build/falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs/cmake/modules/libscap.cmake',
      frame: 2,
      global_frame: 2,
      line: 31,
      line_end: 31,
      time: 1700000000.123,
    });
  const put = (rel: string, content: string): void => {
    fs.mkdirSync(path.dirname(path.join(build, rel)), { recursive: true });
    fs.writeFileSync(path.join(build, rel), content);
  };

  /** The script's own sequence: record, then IFS and globbing as cmake runs, "configure" (`configure`), check, "make". */
  const run = (configure: string, opts: { json?: boolean; before?: string } = {}): { code: number | null; out: string } => {
    const script = `set -e\n${opts.before ?? ''}${REDOWNLOAD_RECORD}set -f; nl=$(printf '\\n_'); IFS=\${nl%_}\n${configure}\n${REDOWNLOAD_CHECK}echo "fdm-test: make"\n`;
    const r = spawnSync('sh', ['-c', script], {
      cwd: build,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        B: build,
        FDM_VERIFY_BUILD_DIR: build,
        FDM_VERIFY_DOWNLOADS_JSON: opts.json === false ? path.join(tmp, 'no-such.json') : json,
      },
    });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const again = (rel: string, url: string): string => `fdm-verify: configure downloaded ${rel} again from ${url}`;

  it('passes a target configure left as it was, and one it rewrote with the same bytes', () => {
    put(UTHASH, '#define UTHASH 1\n');
    put('same.h', 'same\n');
    fs.writeFileSync(
      json,
      [
        '{"args":["CMAKE_MINIMUM_REQUIRED","VERSION","3.12"],"cmd":"cmake_minimum_required"}',
        traceLine('http://h/uthash.h', path.join(build, UTHASH)),
        traceLine('http://h/same.h', path.join(build, 'same.h')),
      ].join('\n') + '\n',
    );
    const r = run(`printf 'same\\n' > "$B/same.h"`);
    expect(r.out).toContain('fdm-verify: 2 configure-time download target(s) in the build dir recorded before configure');
    expect(r.out).not.toContain('configure downloaded');
    expect(r.out).toContain('fdm-test: make');
    expect(r.code).toBe(0);
  });

  it('catches a target configure emptied (the offline file(DOWNLOAD) of a file that was there)', () => {
    put(UTHASH, '#define UTHASH 1\n');
    fs.writeFileSync(json, traceLine('http://h/uthash.h', path.join(build, UTHASH)) + '\n');
    const r = run(`: > "$B/${UTHASH}"`);
    expect(r.out).toContain(again(UTHASH, 'http://h/uthash.h'));
    expect(r.out).not.toContain('fdm-test: make');
    expect(r.code).toBe(REDOWNLOAD_EXIT);
  });

  it('catches a target deleted and written again with other bytes', () => {
    put(UTHASH, '#define UTHASH 1\n');
    fs.writeFileSync(json, traceLine('http://h/uthash.h', path.join(build, UTHASH)) + '\n');
    const r = run(`rm "$B/${UTHASH}"\nprintf '#define UTHASH 2\\n' > "$B/${UTHASH}"`);
    expect(r.out.split('\n').filter((l) => l.includes('configure downloaded'))).toEqual([again(UTHASH, 'http://h/uthash.h')]);
    expect(r.code).toBe(REDOWNLOAD_EXIT);
  });

  it('catches a target absent before configure and there after it (the 0.36 trap: an empty file, configure exits 0)', () => {
    fs.mkdirSync(path.dirname(path.join(build, UTHASH)), { recursive: true });
    fs.writeFileSync(json, traceLine('http://h/uthash.h', path.join(build, UTHASH)) + '\n');
    const r = run(`if [ ! -e "$B/${UTHASH}" ]; then echo "-- Download 'uthash.h' from: http://h/uthash.h"; : > "$B/${UTHASH}"; fi`);
    expect(r.out).toContain(again(UTHASH, 'http://h/uthash.h'));
    expect(r.code).toBe(REDOWNLOAD_EXIT);
  });

  it('catches a target configure removed', () => {
    put('gone.h', 'x');
    fs.writeFileSync(json, traceLine('http://h/gone.h', path.join(build, 'gone.h')) + '\n');
    const r = run(`rm "$B/gone.h"`);
    expect(r.out).toContain(again('gone.h', 'http://h/gone.h'));
    expect(r.code).toBe(REDOWNLOAD_EXIT);
  });

  it('ignores targets outside the build dir', () => {
    const outside = path.join(tmp, 'outside.h');
    const sibling = `${build}-other/x.h`; // shares the build dir's name as a prefix, not its path
    fs.writeFileSync(outside, 'x');
    fs.writeFileSync(json, [traceLine('http://h/outside.h', outside), traceLine('http://h/x.h', sibling)].join('\n') + '\n');
    const r = run(`: > "${outside}"\nmkdir -p "${path.dirname(sibling)}"\n: > "${sibling}"`);
    expect(r.out).toContain('fdm-verify: 0 configure-time download target(s) in the build dir recorded before configure');
    expect(r.out).not.toContain('configure downloaded');
    expect(r.code).toBe(0);
  });

  it('checks nothing when the first build left no configure trace', () => {
    put('a.h', 'x');
    const r = run(`: > "$B/a.h"\n: > "$B/b.h"`, { json: false });
    expect(r.out).not.toContain('fdm-verify:');
    expect(r.out).toContain('fdm-test: make');
    expect(r.code).toBe(0);
  });

  it('handles a path with spaces, and reports each changed target once, sorted by path', () => {
    put('dir with space/a file.h', 'one');
    put('z.h', 'z');
    fs.writeFileSync(
      json,
      [
        traceLine('http://h/z.h', path.join(build, 'z.h')),
        traceLine('http://h/a%20file.h', path.join(build, 'dir with space/a file.h')),
        traceLine('http://h/a%20file.h', path.join(build, 'dir with space/a file.h')),
      ].join('\n') + '\n',
    );
    const r = run(`: > "$B/dir with space/a file.h"\nprintf 'zz' > "$B/z.h"`);
    expect(r.out.split('\n').filter((l) => l.includes('configure downloaded'))).toEqual([
      again('dir with space/a file.h', 'http://h/a%20file.h'),
      again('z.h', 'http://h/z.h'),
    ]);
    expect(r.code).toBe(REDOWNLOAD_EXIT);
  });

  it('with the unpacking before it: a kept tarball that restores the file passes, the tree without it does not', () => {
    // The libs source as a rebuild's unpack step leaves it (uthash.h gone), and its kept tarball.
    const kept = 'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/falcosecurity-libs-kept.tar.gz';
    put(UTHASH, '#define UTHASH 1\n');
    execFileSync('tar', ['-czf', path.join(tmp, 'kept.tar.gz'), '-C', build, UTHASH]);
    fs.rmSync(path.join(build, UTHASH));
    fs.writeFileSync(json, traceLine('http://h/uthash.h', path.join(build, UTHASH)) + '\n');
    const configure = `if [ ! -e "$B/${UTHASH}" ]; then : > "$B/${UTHASH}"; fi`;

    const without = run(configure, { before: UNPACK_TARBALLS });
    expect(without.out).toContain(again(UTHASH, 'http://h/uthash.h'));
    expect(without.code).toBe(REDOWNLOAD_EXIT);

    fs.rmSync(path.join(build, UTHASH));
    fs.copyFileSync(path.join(tmp, 'kept.tar.gz'), path.join(build, kept));
    const withKept = run(configure, { before: UNPACK_TARBALLS });
    expect(withKept.out).toContain(`fdm-verify: unpacking ./${kept}`);
    expect(withKept.out).not.toContain('configure downloaded');
    expect(fs.readFileSync(path.join(build, UTHASH), 'utf8')).toBe('#define UTHASH 1\n');
    expect(withKept.code).toBe(0);
  });
});

describe('the unpacking of the tarballs, run by sh', () => {
  let tmp: string;
  beforeEach(() => void (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-unpack-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('unpacks grpc.tar.gz, then every *-kept.tar.gz of the tree from the build dir, in sorted order', () => {
    const build = path.join(tmp, 'build');
    const stage = path.join(tmp, 'stage');
    const tarball = (file: string, members: Record<string, string>): void => {
      fs.rmSync(stage, { recursive: true, force: true });
      for (const [rel, content] of Object.entries(members)) {
        fs.mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
        fs.writeFileSync(path.join(stage, rel), content);
      }
      fs.mkdirSync(path.dirname(path.join(build, file)), { recursive: true });
      execFileSync('tar', ['-czf', path.join(build, file), '-C', stage, ...Object.keys(members)]);
    };
    // gRPC's sources hold a *-kept.tar.gz of their own: not the tree's, so not unpacked.
    tarball('grpc.tar.gz', { 'grpc-prefix/src/grpc/README': 'grpc', 'grpc-prefix/src/grpc/x-kept.tar.gz': 'not a tarball' });
    tarball('b-repo/b-prefix/src/b-kept.tar.gz', { 'b-repo/b-prefix/src/b/b.h': 'b', 'shared.txt': 'from b' });
    tarball('a-repo/a-prefix/src/a-kept.tar.gz', { 'a-repo/a-prefix/src/a/a.h': 'a', 'shared.txt': 'from a' });
    const r = spawnSync('sh', ['-c', `set -e\n${UNPACK_TARBALLS}echo done`], { cwd: build, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'fdm-verify: unpacking ./a-repo/a-prefix/src/a-kept.tar.gz\nfdm-verify: unpacking ./b-repo/b-prefix/src/b-kept.tar.gz\ndone\n',
    );
    expect(r.status).toBe(0);
    const read = (rel: string): string => fs.readFileSync(path.join(build, rel), 'utf8');
    expect([read('grpc-prefix/src/grpc/README'), read('a-repo/a-prefix/src/a/a.h'), read('b-repo/b-prefix/src/b/b.h')]).toEqual([
      'grpc',
      'a',
      'b',
    ]);
    expect(read('shared.txt')).toBe('from b');
  });

  it('stops the script when a tarball does not unpack', () => {
    fs.writeFileSync(path.join(tmp, 'broken-kept.tar.gz'), 'not gzip');
    const r = spawnSync('sh', ['-c', `set -e\n${UNPACK_TARBALLS}echo done`], { cwd: tmp, encoding: 'utf8' });
    expect(r.stdout).not.toContain('done');
    expect(r.status).not.toBe(0);
  });
});
