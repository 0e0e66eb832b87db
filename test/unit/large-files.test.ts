// The large-files rules: GitHub's limit checked before any push, LFS pointers and .gitattributes as
// git-lfs writes and reads them, and a server's refusal read for the file it names.
import { describe, expect, it } from 'vitest';
import { MirrorError } from '../../src/common/errors.js';
import {
  GITHUB_FILE_LIMIT,
  isGitHubHost,
  lfsPathsOf,
  lfsPointer,
  overGitHubLimit,
  parseLfsPointer,
  refusedFile,
  renderGitattributes,
  storedWithLfs,
} from '../../src/planning/large-files.js';

const PLAIN = { mode: 'plain', threshold: GITHUB_FILE_LIMIT } as const;
const LFS = { mode: 'lfs', threshold: GITHUB_FILE_LIMIT } as const;
const OVER = GITHUB_FILE_LIMIT + 1;

describe('large files', () => {
  it.each([
    ['https://github.com/my-org/falco-deps.git', true],
    ['https://GitHub.com/my-org/falco-deps', true],
    ['https://acme.ghe.com/org/deps.git', true],
    ['https://gitlab.example.com/3p/falco-deps.git', false],
    ['https://github.example.com/org/deps.git', false],
    ['http://127.0.0.1:8080/deps.git', false],
  ])('%s is a GitHub mirror: %s', (url, github) => {
    expect(isGitHubHost(url)).toBe(github);
  });

  it('stops a plain push to GitHub of a file over 100 MiB, naming the largest and the way out', () => {
    const files = [
      { path: 'grpc.tar.gz', size: 150 * 1_048_576 },
      { path: 'b64-prefix/src/v1.tar.gz', size: 1000 },
      { path: 'x-prefix/src/x.tar.gz', size: OVER },
    ];
    const err = overGitHubLimit('https://github.com/o/r.git', PLAIN, files);
    expect(err).toBeInstanceOf(MirrorError);
    expect(err?.reason).toBe('RequestEntityTooLarge');
    expect(err?.detail).toBe(
      `"grpc.tar.gz" is 150.00 MB (157286400 bytes), over GitHub's per-file limit of 100 MiB (104857600 bytes) (and 1 more file over it); nothing was pushed and the branch is as it was.`,
    );
    expect(err?.hint).toContain('Set large-files: lfs');
  });

  it('lets exactly 100 MiB through, any size to other servers, and files LFS stores', () => {
    expect(overGitHubLimit('https://github.com/o/r.git', PLAIN, [{ path: 'a', size: GITHUB_FILE_LIMIT }])).toBeUndefined();
    expect(overGitHubLimit('https://gitlab.com/o/r.git', PLAIN, [{ path: 'a', size: OVER * 10 }])).toBeUndefined();
    expect(overGitHubLimit('https://github.com/o/r.git', LFS, [{ path: 'a', size: OVER * 10 }])).toBeUndefined();
    // A threshold above GitHub's limit leaves a file between the two as a plain blob: still refused.
    const high = { mode: 'lfs', threshold: 200 * 1_048_576 } as const;
    const err = overGitHubLimit('https://github.com/o/r.git', high, [{ path: 'mid.tar.gz', size: 150 * 1_048_576 }]);
    expect(err?.hint).toContain('Set lfs-threshold below');
  });

  it('stores with LFS from the threshold on, in lfs mode only', () => {
    expect(storedWithLfs(LFS, GITHUB_FILE_LIMIT)).toBe(true);
    expect(storedWithLfs(LFS, GITHUB_FILE_LIMIT - 1)).toBe(false);
    expect(storedWithLfs(PLAIN, OVER)).toBe(false);
  });

  it('writes the pointer git-lfs writes, and reads it back', () => {
    const oid = 'a'.repeat(64);
    expect(lfsPointer(oid, 12345)).toBe(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 12345\n`);
    expect(parseLfsPointer(lfsPointer(oid, 12345))).toEqual({ oid, size: 12345 });
    expect(parseLfsPointer('not a pointer')).toBeUndefined();
  });

  it('marks each LFS path in .gitattributes, anchored and escaped, and reads the same paths back', () => {
    const paths = ['grpc.tar.gz', 'x-prefix/src/a b[1]*.tar.gz', 'grpc.tar.gz'];
    const text = renderGitattributes(paths);
    expect(text).toBe(
      '/grpc.tar.gz filter=lfs diff=lfs merge=lfs -text\n/x-prefix/src/a\\ b\\[1\\]\\*.tar.gz filter=lfs diff=lfs merge=lfs -text\n',
    );
    expect([...lfsPathsOf(text)].sort()).toEqual(['grpc.tar.gz', 'x-prefix/src/a b[1]*.tar.gz']);
    expect(lfsPathsOf('*.bin filter=lfs diff=lfs merge=lfs -text\n').size).toBe(0);
  });

  it("reads the file and size from GitHub's GH001 refusal", () => {
    const text =
      "remote: error: File grpc.tar.gz is 150.00 MB; this exceeds GitHub's file size limit of 100.00 MB        \nremote: error: GH001: Large files detected.";
    expect(refusedFile(text)).toEqual({ file: 'grpc.tar.gz', size: '150.00 MB' });
    expect(refusedFile('error: RPC failed; HTTP 413 curl 22 The requested URL returned error: 413')).toBeUndefined();
  });
});
