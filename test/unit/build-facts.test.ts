// The build facts reader: CMake's own download and clone scripts (real ones from a CMake 3.25 build of
// Falco, and older templates' shapes), the configure-time file(DOWNLOAD) trace and the recipe's git.txt.
import { describe, expect, it } from 'vitest';
import { FACTS_DIR_IN_IMAGE, parseBuildFacts, type BuildFacts } from '../../src/planning/build-facts.js';

// Verbatim from a CMake 3.25 build of Falco (its ExternalProject curl download script).
const CURL_SCRIPT = `# Distributed under the OSI-approved BSD 3-Clause License.  See accompanying
# file Copyright.txt or https://cmake.org/licensing for details.

cmake_minimum_required(VERSION 3.5)

function(check_file_hash has_hash hash_is_good)
  if("\${has_hash}" STREQUAL "")
    message(FATAL_ERROR "has_hash Can't be empty")
  endif()

  if("\${hash_is_good}" STREQUAL "")
    message(FATAL_ERROR "hash_is_good Can't be empty")
  endif()

  if("SHA256" STREQUAL "")
    # No check
    set("\${has_hash}" FALSE PARENT_SCOPE)
    set("\${hash_is_good}" FALSE PARENT_SCOPE)
    return()
  endif()

  set("\${has_hash}" TRUE PARENT_SCOPE)

  message(STATUS "verifying file...
       file='/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2'")

  file("SHA256" "/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2" actual_value)

  if(NOT "\${actual_value}" STREQUAL "9dcb4b752f158e57a439f70311e9a80b539bfb44168d98a3147769bdfcabc562")
    set("\${hash_is_good}" FALSE PARENT_SCOPE)
    message(STATUS "SHA256 hash of
    /falco/build/curl-prefix/src/curl-8.0.1.tar.bz2
  does not match expected value
    expected: '9dcb4b752f158e57a439f70311e9a80b539bfb44168d98a3147769bdfcabc562'
      actual: '\${actual_value}'")
  else()
    set("\${hash_is_good}" TRUE PARENT_SCOPE)
  endif()
endfunction()

function(sleep_before_download attempt)
  if(attempt EQUAL 0)
    return()
  endif()

  if(attempt EQUAL 1)
    message(STATUS "Retrying...")
    return()
  endif()

  set(sleep_seconds 0)

  if(attempt EQUAL 2)
    set(sleep_seconds 5)
  elseif(attempt EQUAL 3)
    set(sleep_seconds 5)
  elseif(attempt EQUAL 4)
    set(sleep_seconds 15)
  elseif(attempt EQUAL 5)
    set(sleep_seconds 60)
  elseif(attempt EQUAL 6)
    set(sleep_seconds 90)
  elseif(attempt EQUAL 7)
    set(sleep_seconds 300)
  else()
    set(sleep_seconds 1200)
  endif()

  message(STATUS "Retry after \${sleep_seconds} seconds (attempt #\${attempt}) ...")

  execute_process(COMMAND "\${CMAKE_COMMAND}" -E sleep "\${sleep_seconds}")
endfunction()

if("/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2" STREQUAL "")
  message(FATAL_ERROR "LOCAL can't be empty")
endif()

if("http://127.0.0.1:34009/curl/curl-8.0.1.tar.bz2" STREQUAL "")
  message(FATAL_ERROR "REMOTE can't be empty")
endif()

if(EXISTS "/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2")
  check_file_hash(has_hash hash_is_good)
  if(has_hash)
    if(hash_is_good)
      message(STATUS "File already exists and hash match (skip download):
  file='/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2'
  SHA256='9dcb4b752f158e57a439f70311e9a80b539bfb44168d98a3147769bdfcabc562'"
      )
      return()
    else()
      message(STATUS "File already exists but hash mismatch. Removing...")
      file(REMOVE "/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2")
    endif()
  else()
    message(STATUS "File already exists but no hash specified (use URL_HASH):
  file='/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2'
Old file will be removed and new file downloaded from URL."
    )
    file(REMOVE "/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2")
  endif()
endif()

set(retry_number 5)

message(STATUS "Downloading...
   dst='/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2'
   timeout='none'
   inactivity timeout='none'"
)
set(download_retry_codes 7 6 8 15)
set(skip_url_list)
set(status_code)
foreach(i RANGE \${retry_number})
  if(status_code IN_LIST download_retry_codes)
    sleep_before_download(\${i})
  endif()
  foreach(url http://127.0.0.1:34009/curl/curl-8.0.1.tar.bz2)
    if(NOT url IN_LIST skip_url_list)
      message(STATUS "Using src='\${url}'")

      
      
      
      

      file(
        DOWNLOAD
        "\${url}" "/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2"
        SHOW_PROGRESS
        # no TIMEOUT
        # no INACTIVITY_TIMEOUT
        STATUS status
        LOG log
        
        
        )

      list(GET status 0 status_code)
      list(GET status 1 status_string)

      if(status_code EQUAL 0)
        check_file_hash(has_hash hash_is_good)
        if(has_hash AND NOT hash_is_good)
          message(STATUS "Hash mismatch, removing...")
          file(REMOVE "/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2")
        else()
          message(STATUS "Downloading... done")
          return()
        endif()
      else()
        string(APPEND logFailedURLs "error: downloading '\${url}' failed
        status_code: \${status_code}
        status_string: \${status_string}
        log:
        --- LOG BEGIN ---
        \${log}
        --- LOG END ---
        "
        )
      if(NOT status_code IN_LIST download_retry_codes)
        list(APPEND skip_url_list "\${url}")
        break()
      endif()
    endif()
  endif()
  endforeach()
endforeach()

message(FATAL_ERROR "Each download failed!
  \${logFailedURLs}
  "
)
`;

// Verbatim from the same build: grpc's gitinfo and gitclone script.
const GRPC_GITINFO = `# This is a generated file and its contents are an internal implementation detail.
# The download step will be re-executed if anything in this file changes.
# No other meaning or use of this file is supported.

method=git
command=/usr/bin/cmake;-P;/falco/build/grpc-prefix/tmp/grpc-gitclone.cmake
source_dir=/falco/build/grpc-prefix/src/grpc
work_dir=/falco/build/grpc-prefix/src
repository=http://127.0.0.1:44665/grpc/grpc.git
remote=origin
init_submodules=TRUE
recurse_submodules=--recursive
submodules=
CMP0097=

`;

const GRPC_GITCLONE = `# Distributed under the OSI-approved BSD 3-Clause License.  See accompanying
# file Copyright.txt or https://cmake.org/licensing for details.

cmake_minimum_required(VERSION 3.5)

if(EXISTS "/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitclone-lastrun.txt" AND EXISTS "/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitinfo.txt" AND
  "/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitclone-lastrun.txt" IS_NEWER_THAN "/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitinfo.txt")
  message(STATUS
    "Avoiding repeated git clone, stamp file is up to date: "
    "'/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitclone-lastrun.txt'"
  )
  return()
endif()

execute_process(
  COMMAND \${CMAKE_COMMAND} -E rm -rf "/falco/build/grpc-prefix/src/grpc"
  RESULT_VARIABLE error_code
)
if(error_code)
  message(FATAL_ERROR "Failed to remove directory: '/falco/build/grpc-prefix/src/grpc'")
endif()

# try the clone 3 times in case there is an odd git clone issue
set(error_code 1)
set(number_of_tries 0)
while(error_code AND number_of_tries LESS 3)
  execute_process(
    COMMAND "/usr/bin/git" 
            clone --no-checkout --config "advice.detachedHead=false" "http://127.0.0.1:44665/grpc/grpc.git" "grpc"
    WORKING_DIRECTORY "/falco/build/grpc-prefix/src"
    RESULT_VARIABLE error_code
  )
  math(EXPR number_of_tries "\${number_of_tries} + 1")
endwhile()
if(number_of_tries GREATER 1)
  message(STATUS "Had to git clone more than once: \${number_of_tries} times.")
endif()
if(error_code)
  message(FATAL_ERROR "Failed to clone repository: 'http://127.0.0.1:44665/grpc/grpc.git'")
endif()

execute_process(
  COMMAND "/usr/bin/git" 
          checkout "v1.44.0" --
  WORKING_DIRECTORY "/falco/build/grpc-prefix/src/grpc"
  RESULT_VARIABLE error_code
)
if(error_code)
  message(FATAL_ERROR "Failed to checkout tag: 'v1.44.0'")
endif()

set(init_submodules TRUE)
if(init_submodules)
  execute_process(
    COMMAND "/usr/bin/git" 
            submodule update --recursive --init 
    WORKING_DIRECTORY "/falco/build/grpc-prefix/src/grpc"
    RESULT_VARIABLE error_code
  )
endif()
if(error_code)
  message(FATAL_ERROR "Failed to update submodules in: '/falco/build/grpc-prefix/src/grpc'")
endif()

# Complete success, update the script-last-run stamp file:
#
execute_process(
  COMMAND \${CMAKE_COMMAND} -E copy "/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitinfo.txt" "/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitclone-lastrun.txt"
  RESULT_VARIABLE error_code
)
if(error_code)
  message(FATAL_ERROR "Failed to copy script-last-run stamp file: '/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitclone-lastrun.txt'")
endif()
`;

const CURL_LOCAL = '/falco/build/curl-prefix/src/curl-8.0.1.tar.bz2';
const CURL_URL = 'http://127.0.0.1:34009/curl/curl-8.0.1.tar.bz2';
const CURL_SHA256 = '9dcb4b752f158e57a439f70311e9a80b539bfb44168d98a3147769bdfcabc562';

/** The real curl script with another project's values, as CMake 3.25 would write it for that project. */
function scriptLike(local: string, remote: string, algo: string, hash: string): string {
  return CURL_SCRIPT.replaceAll(CURL_LOCAL, local).replaceAll(CURL_URL, remote).replaceAll(CURL_SHA256, hash).replaceAll('SHA256', algo);
}

// The shape of CMake 3.18's template (as in a ceph build): several URLs, no skip list, no inactivity timeout.
const BOOST_CMAKE_318 = `cmake_minimum_required(VERSION 3.5)

function(check_file_hash has_hash hash_is_good)
  if("\${has_hash}" STREQUAL "")
    message(FATAL_ERROR "has_hash Can't be empty")
  endif()

  if("\${hash_is_good}" STREQUAL "")
    message(FATAL_ERROR "hash_is_good Can't be empty")
  endif()

  if("SHA512" STREQUAL "")
    # No check
    set("\${has_hash}" FALSE PARENT_SCOPE)
    set("\${hash_is_good}" FALSE PARENT_SCOPE)
    return()
  endif()

  set("\${has_hash}" TRUE PARENT_SCOPE)

  file("SHA512" "/falco/build/boost/src/boost_1_75_0.tar.bz2" actual_value)

  if(NOT "\${actual_value}" STREQUAL "ABCDEF0123")
    set("\${hash_is_good}" FALSE PARENT_SCOPE)
  else()
    set("\${hash_is_good}" TRUE PARENT_SCOPE)
  endif()
endfunction()

if("/falco/build/boost/src/boost_1_75_0.tar.bz2" STREQUAL "")

  message(FATAL_ERROR "LOCAL can't be empty")
endif()

if("https://boostorg.jfrog.io/boost_1_75_0.tar.bz2 https://downloads.sourceforge.net/boost_1_75_0.tar.bz2" STREQUAL "")
  message(FATAL_ERROR "REMOTE can't be empty")
endif()

foreach(i RANGE \${retry_number})
  sleep_before_download(\${i})

  foreach(url https://boostorg.jfrog.io/boost_1_75_0.tar.bz2 https://downloads.sourceforge.net/boost_1_75_0.tar.bz2)
    message(STATUS "Using src='\${url}'")
    file(
        DOWNLOAD
        "\${url}" "/falco/build/boost/src/boost_1_75_0.tar.bz2"
        STATUS status
        LOG log
    )
  endforeach()
endforeach()
`;

// The shape of CMake 3.12's inline gitclone script: the tag unquoted, remove_directory, no gitinfo beside it.
const GRPC_GITCLONE_312 = `if("/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitinfo.txt" IS_NEWER_THAN "/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitclone-lastrun.txt")
  message(STATUS "Avoiding repeated git clone, stamp file is up to date: '/falco/build/grpc-prefix/src/grpc-stamp/grpc-gitclone-lastrun.txt'")
  return()
endif()

execute_process(
  COMMAND \${CMAKE_COMMAND} -E remove_directory "/falco/build/grpc-prefix/src/grpc"
  RESULT_VARIABLE error_code
  )

# try the clone 3 times in case there is an odd git clone issue
set(error_code 1)
set(number_of_tries 0)
while(error_code AND number_of_tries LESS 3)
  execute_process(
    COMMAND "/usr/bin/git"  clone --no-checkout --origin "origin" "https://github.com/grpc/grpc.git" "grpc"
    WORKING_DIRECTORY "/falco/build/grpc-prefix/src"
    RESULT_VARIABLE error_code
    )
  math(EXPR number_of_tries "\${number_of_tries} + 1")
endwhile()

execute_process(
  COMMAND "/usr/bin/git"  checkout v1.25.0 --
  WORKING_DIRECTORY "/falco/build/grpc-prefix/src/grpc"
  RESULT_VARIABLE error_code
  )
`;

const GRPC_COMMIT = '8e7915961a949106be9426ccf859cca07e0ba717';
const ABSEIL_COMMIT = '6c4cf8be6323f272b02e36fcf421cee3e19b8ece';

function facts(entries: Record<string, string>): BuildFacts {
  return parseBuildFacts(new Map(Object.entries(entries)));
}

function trace(...calls: Array<readonly string[]>): string {
  return calls
    .map((args, i) =>
      JSON.stringify({
        args,
        cmd: 'file',
        file: '/falco/CMakeLists.txt',
        frame: 1,
        global_frame: 1,
        line: 40 + i,
        line_end: 40 + i,
        time: 1700000000.1,
      }),
    )
    .join('\n');
}

describe('build facts', () => {
  it('is looked for where the recipe leaves it', () => {
    expect(FACTS_DIR_IN_IMAGE).toBe('/falco-deps-facts');
  });

  it('reads a real ExternalProject download script: file, URL, checked hash, stamp dir', () => {
    const result = facts({ 'build-dir': '/falco/build\n', 'cmake/curl-prefix/src/curl-stamp/download-curl.cmake': CURL_SCRIPT });
    expect(result).toEqual({
      buildDir: '/falco/build',
      downloads: [
        {
          path: 'curl-prefix/src/curl-8.0.1.tar.bz2',
          name: 'curl',
          urls: [CURL_URL],
          urlHash: `SHA256=${CURL_SHA256}`,
          fetchedBy: 'ExternalProject',
          stampDir: 'curl-prefix/src/curl-stamp',
        },
      ],
      git: [],
      found: true,
    });
  });

  it('reads every script, nested sub-builds too, one per file, sorted by path', () => {
    const result = facts({
      'cmake/openssl-prefix/src/openssl-stamp/download-openssl.cmake': scriptLike(
        '/falco/build/openssl-prefix/src/OpenSSL_1_1_1t.tar.gz',
        'https://github.com/openssl/openssl/archive/OpenSSL_1_1_1t.tar.gz',
        'SHA256',
        '1e317b61ad6dcc756cae6a899570fac5051eb43bb59d94e21fb3f2dc1b920b5e',
      ),
      'cmake/driver-repo/driver-prefix/src/driver-stamp/download-driver.cmake': scriptLike(
        '/falco/build/driver-repo/driver-prefix/src/5.0.1+driver.tar.gz',
        'https://github.com/falcosecurity/libs/archive/5.0.1+driver.tar.gz',
        'SHA256',
        '2cfb3895e92de83b19c6134aa926204c2cb163200f1bf9af8793ea61dbb5b3c2',
      ),
      'cmake/curl-prefix/src/curl-stamp/download-curl.cmake': CURL_SCRIPT,
    });
    expect(result.buildDir).toBe('/falco/build');
    expect(result.downloads.map((d) => [d.path, d.name, d.stampDir])).toEqual([
      ['curl-prefix/src/curl-8.0.1.tar.bz2', 'curl', 'curl-prefix/src/curl-stamp'],
      ['driver-repo/driver-prefix/src/5.0.1+driver.tar.gz', 'driver', 'driver-repo/driver-prefix/src/driver-stamp'],
      ['openssl-prefix/src/OpenSSL_1_1_1t.tar.gz', 'openssl', 'openssl-prefix/src/openssl-stamp'],
    ]);
    expect(result.downloads[1]?.urls).toEqual(['https://github.com/falcosecurity/libs/archive/5.0.1+driver.tar.gz']);
  });

  it('names a FetchContent download without -populate', () => {
    const stamp = '_deps/json-subbuild/json-populate-prefix/src/json-populate-stamp';
    const result = facts({
      [`cmake/${stamp}/download-json-populate.cmake`]: scriptLike(
        '/falco/build/_deps/json-subbuild/json-populate-prefix/src/json.tar.xz',
        'https://github.com/nlohmann/json/releases/download/v3.11.3/json.tar.xz',
        'SHA256',
        'd6c65aca6b1ed68e7a182f4757257b107ae403032760ed6ef121c9d55e81757d',
      ),
    });
    expect(result.downloads).toEqual([
      {
        path: '_deps/json-subbuild/json-populate-prefix/src/json.tar.xz',
        name: 'json',
        urls: ['https://github.com/nlohmann/json/releases/download/v3.11.3/json.tar.xz'],
        urlHash: 'SHA256=d6c65aca6b1ed68e7a182f4757257b107ae403032760ed6ef121c9d55e81757d',
        fetchedBy: 'FetchContent',
        stampDir: stamp,
      },
    ]);
  });

  it('keeps -populate on an ExternalProject that merely ends so', () => {
    const result = facts({
      'cmake/x-populate-prefix/src/x-populate-stamp/download-x-populate.cmake': scriptLike(
        '/falco/build/x.tgz',
        'http://h/x.tgz',
        'MD5',
        'aa',
      ),
    });
    expect(result.downloads.map((d) => [d.name, d.fetchedBy, d.urlHash])).toEqual([['x-populate', 'ExternalProject', 'MD5=aa']]);
  });

  it('reads an older template: several URLs, a blank line after the check, another algorithm, hex lower-cased', () => {
    const result = facts({ 'cmake/boost/src/boost-stamp/download-boost.cmake': BOOST_CMAKE_318 });
    expect(result.downloads).toEqual([
      {
        path: 'boost/src/boost_1_75_0.tar.bz2',
        name: 'boost',
        urls: ['https://boostorg.jfrog.io/boost_1_75_0.tar.bz2', 'https://downloads.sourceforge.net/boost_1_75_0.tar.bz2'],
        urlHash: 'SHA512=abcdef0123',
        fetchedBy: 'ExternalProject',
        stampDir: 'boost/src/boost-stamp',
      },
    ]);
  });

  it('takes the URLs from REMOTE when the loop names a variable, and quoted loop items whole', () => {
    const viaVariable = BOOST_CMAKE_318.replace(/foreach\(url https:[^\n]*\)/, 'foreach(url ${REMOTE})');
    const quoted = BOOST_CMAKE_318.replace(
      /foreach\(url https:[^\n]*\)/,
      'foreach(url "https://a.example/x y.tgz";https://b.example/z.tgz)',
    );
    expect(facts({ 'cmake/b/download-boost.cmake': viaVariable }).downloads[0]?.urls).toEqual([
      'https://boostorg.jfrog.io/boost_1_75_0.tar.bz2',
      'https://downloads.sourceforge.net/boost_1_75_0.tar.bz2',
    ]);
    expect(facts({ 'cmake/b/download-boost.cmake': quoted }).downloads[0]?.urls).toEqual([
      'https://a.example/x y.tgz',
      'https://b.example/z.tgz',
    ]);
  });

  it('has no hash when URL_HASH was not given (ALGO empty) or the check lines are missing', () => {
    const noAlgo = scriptLike('/falco/build/b64/src/base64.h', 'http://h/base64.h', '', '');
    expect(noAlgo).toContain('if("" STREQUAL "")');
    const noLines = CURL_SCRIPT.replace(/file\("SHA256"[^\n]*\n/, '');
    const result = facts({
      'cmake/b64/src/b64-stamp/download-b64.cmake': noAlgo,
      'cmake/curl-prefix/src/curl-stamp/download-curl.cmake': noLines,
    });
    expect(result.downloads.map((d) => [d.name, d.urlHash])).toEqual([
      ['b64', undefined],
      ['curl', undefined],
    ]);
    expect(result.downloads[0]).not.toHaveProperty('urlHash');
  });

  it('drops files outside the build dir and scripts it cannot read', () => {
    const result = facts({
      'cmake/a-prefix/src/a-stamp/download-a.cmake': scriptLike('/opt/downloads/a.tgz', 'http://h/a.tgz', 'SHA256', 'ab'),
      'cmake/b-prefix/src/b-stamp/download-b.cmake': scriptLike('/falco/build/../elsewhere/b.tgz', 'http://h/b.tgz', 'SHA256', 'ab'),
      'cmake/c-prefix/src/c-stamp/download-c.cmake': scriptLike('/falco/buildx/c.tgz', 'http://h/c.tgz', 'SHA256', 'ab'),
      'cmake/d-prefix/src/d-stamp/download-d.cmake': CURL_SCRIPT.replace('LOCAL can', 'local file can'),
      'cmake/e-prefix/src/e-stamp/not-a-download.cmake': CURL_SCRIPT,
      'cmake/../escape/download-f.cmake': CURL_SCRIPT,
    });
    expect(result.downloads).toEqual([]);
    expect(result.found).toBe(true);
  });

  it('reads keys spelled with ./ or backslashes', () => {
    const result = parseBuildFacts(
      new Map([
        ['./build-dir', '/b'],
        ['cmake\\curl-prefix\\src\\curl-stamp\\download-curl.cmake', scriptLike('/b/curl.tgz', CURL_URL, 'SHA256', 'ab')],
      ]),
    );
    expect(result.downloads.map((d) => [d.path, d.stampDir])).toEqual([['curl.tgz', 'curl-prefix/src/curl-stamp']]);
  });

  it('uses the build dir the facts name', () => {
    const result = facts({
      'build-dir': '\n/src/falco/build/\n',
      'cmake/curl-prefix/src/curl-stamp/download-curl.cmake': scriptLike(
        '/src/falco/build/curl-prefix/src/curl.tgz',
        CURL_URL,
        'SHA256',
        'ab',
      ),
    });
    expect(result.buildDir).toBe('/src/falco/build');
    expect(result.downloads.map((d) => d.path)).toEqual(['curl-prefix/src/curl.tgz']);
    // Without the file, /falco/build is assumed; a relative one is not a build dir.
    expect(facts({ 'build-dir': 'build' }).buildDir).toBe('/falco/build');
  });

  it('reads configure-time file(DOWNLOAD) calls with and without an expected hash', () => {
    const result = facts({
      'configure-downloads.json': [
        '{"version":{"major":1,"minor":2}}',
        trace(
          ['DOWNLOAD', 'http://127.0.0.1:1/istio-proxy/base64.h', '/falco/build/b64/base64.h'],
          [
            'DOWNLOAD',
            'https://raw.githubusercontent.com/troydhanson/uthash/v2.3.0/src/uthash.h',
            '/falco/build/uthash/uthash.h',
            'STATUS',
            'st',
            'TIMEOUT',
            '60',
            'EXPECTED_HASH',
            'SHA256=E8A1D2F3',
            'TLS_VERIFY',
            'ON',
          ],
          ['DOWNLOAD', 'http://h/old.tgz', '/falco/build/old/old.tgz', 'SHOW_PROGRESS', 'EXPECTED_MD5', 'D41D8CD98F00B204E9800998ECF8427E'],
        ),
      ].join('\n'),
    });
    expect(result.downloads).toEqual([
      { path: 'b64/base64.h', name: 'base64.h', urls: ['http://127.0.0.1:1/istio-proxy/base64.h'], fetchedBy: 'file(DOWNLOAD)' },
      {
        path: 'old/old.tgz',
        name: 'old.tgz',
        urls: ['http://h/old.tgz'],
        urlHash: 'MD5=d41d8cd98f00b204e9800998ecf8427e',
        fetchedBy: 'file(DOWNLOAD)',
      },
      {
        path: 'uthash/uthash.h',
        name: 'uthash.h',
        urls: ['https://raw.githubusercontent.com/troydhanson/uthash/v2.3.0/src/uthash.h'],
        urlHash: 'SHA256=e8a1d2f3',
        fetchedBy: 'file(DOWNLOAD)',
      },
    ]);
    expect(result.downloads[0]).not.toHaveProperty('stampDir');
  });

  it('skips trace lines that are not a placeable download', () => {
    const result = facts({
      'configure-downloads.json': [
        'not json',
        '',
        'null',
        '[1,2]',
        '{"cmd":"file","args":"DOWNLOAD"}',
        '{"cmd":"file","args":["DOWNLOAD",1,"/falco/build/x"]}',
        trace(
          ['READ', '/falco/build/x', 'var'],
          ['DOWNLOAD', 'http://h/check-only', 'STATUS', 'st'],
          ['DOWNLOAD', 'http://h/rel.tgz', 'rel.tgz'],
          ['DOWNLOAD', 'http://h/tmp.tgz', '/tmp/tmp.tgz'],
          ['DOWNLOAD', 'http://h/only-url'],
          ['DOWNLOAD', 'http://h/bad-hash.tgz', '/falco/build/bad-hash.tgz', 'EXPECTED_HASH', 'SHA256'],
        ),
        '{"args":["DOWNLOAD","http://h/trunc',
      ].join('\n'),
    });
    expect(result.downloads).toEqual([
      { path: 'bad-hash.tgz', name: 'bad-hash.tgz', urls: ['http://h/bad-hash.tgz'], fetchedBy: 'file(DOWNLOAD)' },
    ]);
  });

  it('keeps one fact per path: a script beats the trace, the last trace line beats earlier ones', () => {
    const result = facts({
      'cmake/curl-prefix/src/curl-stamp/download-curl.cmake': CURL_SCRIPT,
      'configure-downloads.json': trace(
        ['DOWNLOAD', 'http://other/curl.tar.bz2', CURL_LOCAL],
        ['DOWNLOAD', 'http://first/x.h', '/falco/build/x/x.h'],
        ['DOWNLOAD', 'http://second/x.h', '/falco/build/x/./x.h'],
      ),
    });
    expect(result.downloads.map((d) => [d.path, d.fetchedBy, d.urls[0]])).toEqual([
      ['curl-prefix/src/curl-8.0.1.tar.bz2', 'ExternalProject', CURL_URL],
      ['x/x.h', 'file(DOWNLOAD)', 'http://second/x.h'],
    ]);
  });

  it('reads a git clone with its submodules, the tag from git.txt', () => {
    const result = facts({
      'git.txt': [
        'repository /falco/build/grpc-prefix/src/grpc',
        'url http://127.0.0.1:44665/grpc/grpc.git',
        `commit ${GRPC_COMMIT}`,
        'tag v1.44.0',
        `submodule ${ABSEIL_COMMIT} third_party/abseil-cpp http://127.0.0.1:44665/abseil/abseil-cpp.git`,
        `submodule +3e2b5b7a6f8e3b1cfa0c8a3d9ab6b2d1c4e5f6a7 third_party/zlib http://127.0.0.1:44665/madler/zlib.git`,
        '',
      ].join('\n'),
    });
    expect(result.git).toEqual([
      {
        path: 'grpc-prefix/src/grpc',
        name: 'grpc',
        url: 'http://127.0.0.1:44665/grpc/grpc.git',
        commit: GRPC_COMMIT,
        tag: 'v1.44.0',
        submodules: [
          { path: 'third_party/abseil-cpp', commit: ABSEIL_COMMIT, url: 'http://127.0.0.1:44665/abseil/abseil-cpp.git' },
          { path: 'third_party/zlib', commit: '3e2b5b7a6f8e3b1cfa0c8a3d9ab6b2d1c4e5f6a7', url: 'http://127.0.0.1:44665/madler/zlib.git' },
        ],
      },
    ]);
  });

  it('takes a missing or empty tag, and the name, from the real gitclone script and gitinfo', () => {
    const block = (tagLine: string): string =>
      ['repository /falco/build/grpc-prefix/src/grpc', 'url http://127.0.0.1:44665/grpc/grpc.git', `commit ${GRPC_COMMIT}`, tagLine].join(
        '\n',
      );
    for (const tagLine of ['', 'tag', 'tag   ']) {
      const result = facts({ 'git.txt': block(tagLine), 'cmake/grpc-prefix/tmp/grpc-gitclone.cmake': GRPC_GITCLONE });
      expect(result.git.map((g) => [g.name, g.tag])).toEqual([['grpc', 'v1.44.0']]);
    }
    // A gitinfo alone names the project (its source_dir is the repository) but says no tag.
    const renamed = GRPC_GITINFO.replace('source_dir=/falco/build/grpc-prefix/src/grpc', 'source_dir=/falco/build/grpc-prefix/src/grpc/');
    const byInfo = facts({ 'git.txt': block(''), 'cmake/deps/grpc-ext-gitinfo.txt': renamed });
    expect(byInfo.git.map((g) => [g.name, g.tag])).toEqual([['grpc-ext', undefined]]);
    // No script at all: the directory's base name, and no tag.
    expect(facts({ 'git.txt': block('') }).git.map((g) => [g.name, g.tag])).toEqual([['grpc', undefined]]);
  });

  it('reads the tag and clone directory of an older, unquoted gitclone script', () => {
    const result = facts({
      'git.txt': `repository /falco/build/grpc-prefix/src/grpc\nurl https://github.com/grpc/grpc.git\ncommit ${GRPC_COMMIT}\n`,
      // Stored under another name so that only the clone line's WORKING_DIRECTORY + "grpc" can match.
      'cmake/grpc-prefix/tmp/grpc-old-gitclone.cmake': GRPC_GITCLONE_312.replace(
        /checkout v1\.25\.0 --\n {2}WORKING_DIRECTORY "[^"]*"/,
        'checkout v1.25.0 --',
      ),
    });
    expect(result.git.map((g) => [g.name, g.tag])).toEqual([['grpc-old', 'v1.25.0']]);
  });

  it('names a FetchContent clone without -populate and drops a tag that is the commit', () => {
    const clone = GRPC_GITCLONE.replaceAll('/falco/build/grpc-prefix/src/grpc', '/falco/build/_deps/grpc-src').replace(
      '"v1.44.0"',
      `"${GRPC_COMMIT.slice(0, 12)}"`,
    );
    const result = facts({
      'git.txt': `repository /falco/build/_deps/grpc-src\nurl https://github.com/grpc/grpc\ncommit ${GRPC_COMMIT}\n`,
      'cmake/_deps/grpc-subbuild/grpc-populate-prefix/tmp/grpc-populate-gitclone.cmake': clone,
    });
    expect(result.git).toEqual([
      { path: '_deps/grpc-src', name: 'grpc', url: 'https://github.com/grpc/grpc', commit: GRPC_COMMIT, submodules: [] },
    ]);
  });

  it('reads several blocks, skipping the unreadable ones and those outside the build dir', () => {
    const result = facts({
      'git.txt': [
        `repository /falco/build/z/src/z\nurl http://h/z.git\ncommit ${GRPC_COMMIT.toUpperCase()}\ntag 1.0`,
        `repository /falco/build/a/src/a\nurl http://h/a.git\ncommit not-a-commit`,
        `repository /elsewhere/b\nurl http://h/b.git\ncommit ${GRPC_COMMIT}`,
        `repository relative/c\nurl http://h/c.git\ncommit ${GRPC_COMMIT}`,
        `url http://h/d.git\ncommit ${GRPC_COMMIT}`,
        `repository /falco/build/e\ncommit ${GRPC_COMMIT}`,
        `repository /falco/build/y\r\nurl http://h/y.git\r\ncommit ${ABSEIL_COMMIT}\r\nsubmodule nothex path url\r\nsubmodule ${ABSEIL_COMMIT}\r\nsubmodule ${ABSEIL_COMMIT} ../up http://u`,
      ].join('\n\n'),
    });
    expect(result.git).toEqual([
      { path: 'y', name: 'y', url: 'http://h/y.git', commit: ABSEIL_COMMIT, submodules: [] },
      { path: 'z/src/z', name: 'z', url: 'http://h/z.git', commit: GRPC_COMMIT, tag: '1.0', submodules: [] },
    ]);
  });

  it('takes the URL from the clone script when git.txt lacks it', () => {
    const result = facts({
      'git.txt': `repository /falco/build/grpc-prefix/src/grpc\ncommit ${GRPC_COMMIT}\n`,
      'cmake/grpc-prefix/src/grpc-stamp/grpc-gitinfo.txt': GRPC_GITINFO,
    });
    expect(result.git.map((g) => [g.name, g.url])).toEqual([['grpc', 'http://127.0.0.1:44665/grpc/grpc.git']]);
  });

  it('says nothing was found for an empty or absent facts dir', () => {
    expect(parseBuildFacts(new Map())).toEqual({ buildDir: '/falco/build', downloads: [], git: [], found: false });
  });

  it('never throws on garbage', () => {
    const garbage =
      '\u0000\u0001 ) ( " execute_process( COMMAND git clone\nforeach(url )\nif("" STREQUAL "")\n  message(FATAL_ERROR "LOCAL can\'t be empty")\n';
    const result = facts({
      'build-dir': garbage,
      'git.txt': garbage,
      'configure-downloads.json': garbage,
      'cmake/x/download-x.cmake': garbage,
      'cmake/x/x-gitclone.cmake': garbage,
      'cmake/x/x-gitinfo.txt': garbage,
      'cmake/': garbage,
      'other/file': garbage,
    });
    expect(result).toEqual({ buildDir: '/falco/build', downloads: [], git: [], found: true });
  });
});
