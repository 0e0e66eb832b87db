import { describe, expect, it } from 'vitest';
import { DownloadWatch } from '../../src/effects/verify.js';

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
