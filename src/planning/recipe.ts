// The built-in recipe: seed 000's procedure (clone, configure, `make package`, collect), producing the same /falco-deps tree.
// Differences are only in robustness: explicit paths instead of relying on the base image's workdir,
// a make -j from the `jobs` input, extra cmake flags passed without shell interpretation, no failure
// when a Falco version has no gRPC (0.44 and later), and, beyond the seed's *.tar.gz/*.tar.bz2 filter,
// every other file CMake downloaded (in Falco 0.35-0.44 only 0.36's raw headers escape the seed's filter;
// the collection does not rely on that), and the unpacked sources a rebuild must not unpack again.
// With `build: downloads` (build arg FDM_BUILD=downloads) the compile is left out: configure as above
// (its nested configure-time builds and FetchContent populations download what they always do), then
// only the download step of every ExternalProject, and the same collection.
import * as fs from 'node:fs';
import { FACTS_DIR_IN_IMAGE } from './build-facts.js';
import type { Config } from './inputs.js';

/** Where every recipe, built-in or custom, must leave the tree inside the image. */
export const DEPS_DIR_IN_IMAGE = '/falco-deps';

export interface Recipe {
  /** The Dockerfile text; the build context holds this file alone. */
  readonly dockerfile: string;
  /** Build args in a stable order; values were validated by inputs.ts. */
  readonly buildArgs: ReadonlyArray<readonly [string, string]>;
  readonly custom: boolean;
}

// The seed's cmake flags, verbatim.
export const SEED_CMAKE_FLAGS = [
  '-DCMAKE_BUILD_TYPE=release',
  '-DCMAKE_INSTALL_PREFIX=/usr',
  '-DBUILD_DRIVER=OFF',
  '-DBUILD_BPF=OFF',
  '-DBUILD_FALCO_MODERN_BPF=ON',
  '-DBUILD_WARNINGS_AS_ERRORS=OFF',
] as const;

/**
 * The project include of `build: downloads`, run after every project() call. It asks every directory's
 * ExternalProjects for a <name>-download step target (the directory property is inherited by subdirectories)
 * and, once the top-level directory is done, gathers every such target of every directory under one target,
 * fdm-downloads: one make goal, so `make -j` runs the downloads side by side (CMake's top-level Makefile
 * is .NOTPARALLEL, so separate goals would run one at a time). A <name>-download counts when <name> is a
 * target too. cmake_language(DEFER) is CMake 3.19's, like CMP0114.
 */
export const DOWNLOADS_INCLUDE = [
  'set_property(DIRECTORY PROPERTY EP_STEP_TARGETS download)',
  'function(fdm_downloads_target)',
  '  set(dirs "${CMAKE_SOURCE_DIR}")',
  '  set(steps "")',
  '  while(dirs)',
  '    list(POP_FRONT dirs dir)',
  '    get_property(sub DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)',
  '    list(APPEND dirs ${sub})',
  '    get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)',
  '    foreach(target IN LISTS targets)',
  '      if(target MATCHES "^(.+)-download$")',
  '        set(project_name "${CMAKE_MATCH_1}")',
  '        if(TARGET "${project_name}")',
  '          list(APPEND steps "${target}")',
  '        endif()',
  '      endif()',
  '    endforeach()',
  '  endwhile()',
  '  add_custom_target(fdm-downloads)',
  '  if(steps)',
  '    add_dependencies(fdm-downloads ${steps})',
  '    list(JOIN steps " " shown)',
  '    message(STATUS "fdm: build: downloads: ${shown}")',
  '  else()',
  '    message(STATUS "fdm: build: downloads: no ExternalProject download step in this build")',
  '  endif()',
  'endfunction()',
  'get_property(fdm_deferred GLOBAL PROPERTY FDM_DOWNLOADS_DEFERRED)',
  'if(CMAKE_CURRENT_SOURCE_DIR STREQUAL CMAKE_SOURCE_DIR AND NOT fdm_deferred)',
  '  set_property(GLOBAL PROPERTY FDM_DOWNLOADS_DEFERRED 1)',
  '  cmake_language(DEFER CALL fdm_downloads_target)',
  'endif()',
] as const;

/** printf arguments that write these lines, each single-quoted for sh (none may hold a quote). */
function printfLines(lines: readonly string[]): string {
  for (const l of lines) if (l.includes("'")) throw new Error(`a recipe line may not hold a single quote: ${l}`);
  return lines.map((l) => `'${l}'`).join(' ');
}

export const BUILTIN_DOCKERFILE = `# falco-deps-mirror built-in recipe (seed 000). Plain Dockerfile syntax: the legacy builder and BuildKit both take it.
ARG BASE_ALT_DEV
FROM \${BASE_ALT_DEV}
# FALCO_VERSION: the tag to clone. SOURCE_REPO: the base URL of falcosecurity/falco.git. JOBS: make -j.
# CMAKE_EXTRA_ARGS: extra cmake flags, one per line; split on newlines only and never globbed, so no value
# is re-parsed by the shell. FDM_BUILD: full (the seed's \`make package\`) or downloads (configure, then
# only each ExternalProject's download step). One ARG line: the legacy builder makes a layer of each.
# FDM_PLATFORM: the Docker platform of this build, given only with the platforms input (nothing reads it here).
ARG FALCO_VERSION SOURCE_REPO JOBS=4 CMAKE_EXTRA_ARGS= FDM_BUILD=full FDM_PLATFORM=

ENV SOURCE_REPO=\${SOURCE_REPO} \\
    FALCO_VERSION=\${FALCO_VERSION}

# build: downloads needs CMake 3.19 or newer, checked before anything is cloned: it runs each
# ExternalProject's download step target, and only policy CMP0114 (new in 3.19), set NEW, keeps such a
# target from building the projects its ExternalProject DEPENDS on. Then the seed's clone, and its
# clang-15 link (ALT's dev image), only where clang-15 exists. One RUN: each step costs a layer.
RUN case "\${FDM_BUILD}" in \\
      full) ;; \\
      downloads) \\
        v=$(cmake --version 2>/dev/null | sed -n '1s/^cmake[^ ]* version \\([0-9][^ ]*\\).*/\\1/p'); \\
        set -- $(printf '%s\\n' "$v" | sed -n 's/^\\([0-9][0-9]*\\)\\.\\([0-9][0-9]*\\).*/\\1 \\2/p'); \\
        if [ $# -ne 2 ] || [ "$1" -lt 3 ] || { [ "$1" -eq 3 ] && [ "$2" -lt 19 ]; }; then \\
          echo "fdm: build: downloads needs CMake 3.19 or newer; the base image has CMake \${v:-(no cmake --version)}" >&2; exit 1; \\
        fi ;; \\
      *) echo "fdm: FDM_BUILD must be full or downloads, not '\${FDM_BUILD}'" >&2; exit 1 ;; \\
    esac && \\
    git clone --branch "\${FALCO_VERSION}" --depth 1 "\${SOURCE_REPO}/falcosecurity/falco.git" /falco && \\
    mkdir -p /falco/build && \\
    if [ -e /usr/bin/clang-15 ]; then rm -f /usr/bin/clang && ln -s /usr/bin/clang-15 /usr/bin/clang; fi

WORKDIR /falco/build

# Configure. The cmake trace (json-v1, through a FIFO, never stored) records every configure-time
# file(DOWNLOAD): 0.36's raw headers, and any other a Falco version may add. Only where cmake has --trace-redirect.
# The reader gets its end of the FIFO before it starts (fd 4) and the shell holds a writer (fd 3) until
# cmake is done, so neither side can block forever, even when cmake fails before opening the trace.
# build: downloads adds a project include that asks every directory's ExternalProjects for a
# <name>-download target (the directory property is inherited by subdirectories), and CMP0114 NEW, under
# which such a target runs the download step alone and builds none of the projects the EP DEPENDS on.
RUN set -f; nl=$(printf '\\n_'); IFS=\${nl%_}; trace=; dl=; mkdir -p /tmp/fdm && : > /tmp/fdm/configure-downloads.json; \\
    if [ "\${FDM_BUILD}" = downloads ]; then \\
      printf '%s\\n' ${printfLines(DOWNLOADS_INCLUDE)} > /tmp/fdm/downloads.cmake; \\
      dl="-DCMAKE_PROJECT_INCLUDE=/tmp/fdm/downloads.cmake\${IFS}-DCMAKE_POLICY_DEFAULT_CMP0114=NEW"; \\
    fi; \\
    if cmake --help | grep -q -e '--trace-redirect'; then \\
      rm -f /tmp/fdm/trace; mkfifo /tmp/fdm/trace; exec 3<>/tmp/fdm/trace; exec 4</tmp/fdm/trace; \\
      { grep -i '"cmd":"file"' | grep '^{"args":\\["DOWNLOAD"' >/tmp/fdm/configure-downloads.json; } <&4 3>&- 4>&- & \\
      exec 4<&-; \\
      trace="--trace-expand\${IFS}--trace-format=json-v1\${IFS}--trace-redirect=/tmp/fdm/trace"; \\
    fi; \\
    cmake \${trace} ${SEED_CMAKE_FLAGS.join(' ')} -DFALCO_VERSION="\${FALCO_VERSION}" -DUSE_BUNDLED_DEPS=ON \${dl} \${CMAKE_EXTRA_ARGS} /falco 3>&-; rc=$?; \\
    exec 3>&-; wait; rm -f /tmp/fdm/trace; exit $rc

# The build. full: the seed's CPack patch and \`make package\`. downloads: the fdm-downloads target the
# project include made (every ExternalProject's download step, in one make goal); nothing is compiled,
# installed or packaged.
RUN if [ "\${FDM_BUILD}" != downloads ]; then \\
      sed -i "s/DEB;RPM;TGZ/TGZ/" ./CPackConfig.cmake && \\
      make package -j"\${JOBS}"; \\
    else \\
      make -j"\${JOBS}" fdm-downloads; \\
    fi

# The seed's collection (its two \`find -exec rsync -aR\` lines as one find and one rsync of the list: the same
# files at the same relative paths, without an rsync per file), then every other file CMake downloaded into the build dir: each ExternalProject
# and FetchContent download script names its file (the line 'if("<file>" STREQUAL "")'; the same test
# on the URL is skipped, as is anything that is not an absolute path), and the
# configure trace names each file(DOWNLOAD) target (a file the seed's lines copied is not copied again).
# Downloads outside the build dir cannot be restored into /falco/build, so they are reported, not mirrored.
# A configure-time download into an ExternalProject's unpacked source (<dir> beside <dir>-stamp; 0.36.0-0.36.2's
# uthash.h in the libs source) would be deleted by the rebuild's unpack step, after which configure fetches it
# again: that source is kept as it is, with its stamps and their times, in <dir>-kept.tar.gz (paths relative
# to the build dir, as in grpc.tar.gz), so the rebuild finds the step done and unpacks nothing.
# The SBOM's facts go to ${FACTS_DIR_IN_IMAGE}, outside the tree: the download and git-clone scripts CMake
# wrote (each names its URL, its file and the hash CMake checked), the configure trace's file(DOWNLOAD)
# calls, Falco's own commit, and each ExternalProject git clone's URL, commit, tag and submodules, read from
# the clone itself.
RUN mkdir ${DEPS_DIR_IN_IMAGE} && \\
    rm -rf _CPack_Packages && \\
    rm -f falco*.deb falco*.tar.gz falco*.rpm && \\
    find . -type f \\( -name "*.tar.gz" -o -name "*.tar.bz2" \\) -print0 > /tmp/fdm/seed-files && \\
    rsync -a --from0 --files-from=/tmp/fdm/seed-files ./ ${DEPS_DIR_IN_IMAGE} && \\
    { find . -type f -path '*-stamp/download-*.cmake' -exec sed -n 's/^if("\\(.*\\)" STREQUAL "")$/\\1/p' {} + ; \\
      sed -n 's/^{"args":\\["DOWNLOAD","[^"]*","\\([^"]*\\)".*/\\1/p' /tmp/fdm/configure-downloads.json; } | sort -u > /tmp/fdm/downloads && \\
    while IFS= read -r f; do \\
      case "$f" in \\
        /falco/build/*) r=\${f#/falco/build/}; if [ -f "$f" ]; then \\
          if [ ! -e "${DEPS_DIR_IN_IMAGE}/$r" ]; then rsync -aR "./$r" ${DEPS_DIR_IN_IMAGE}; fi && echo "downloaded: $r"; fi ;; \\
        /*) echo "downloaded outside /falco/build, not mirrored: $f" ;; \\
      esac; \\
    done < /tmp/fdm/downloads && \\
    sed -n 's/^{"args":\\["DOWNLOAD","[^"]*","\\(\\/falco\\/build\\/[^"]*\\)".*/\\1/p' /tmp/fdm/configure-downloads.json | \\
      while IFS= read -r f; do \\
        d=\${f%/*}; \\
        while [ "$d" != /falco/build ] && [ -n "$d" ]; do \\
          if [ -d "$d-stamp" ]; then echo "$d"; break; fi; \\
          d=\${d%/*}; \\
        done; \\
      done | sort -u > /tmp/fdm/kept && \\
    while IFS= read -r d; do \\
      r=\${d#/falco/build/}; \\
      mkdir -p "${DEPS_DIR_IN_IMAGE}/\${r%/*}" && \\
      tar -czf "${DEPS_DIR_IN_IMAGE}/$r-kept.tar.gz" "$r" "$r-stamp" && \\
      echo "kept: $r and $r-stamp, as unpacked, in $r-kept.tar.gz (a configure-time download lands in it)"; \\
    done < /tmp/fdm/kept && \\
    mkdir -p ${FACTS_DIR_IN_IMAGE}/cmake && echo /falco/build > ${FACTS_DIR_IN_IMAGE}/build-dir && \\
    { git -C /falco rev-parse HEAD > ${FACTS_DIR_IN_IMAGE}/source-commit || :; } && \\
    find . -type f \\( -path '*-stamp/download-*.cmake' -o -name '*-gitinfo.txt' -o -name '*-gitclone.cmake' \\) -print0 | \\
      rsync -a --from0 --files-from=- ./ ${FACTS_DIR_IN_IMAGE}/cmake/ && \\
    cp /tmp/fdm/configure-downloads.json ${FACTS_DIR_IN_IMAGE}/ && : > ${FACTS_DIR_IN_IMAGE}/git.txt && \\
    find . -type f -path '*-stamp/*-gitinfo.txt' | while IFS= read -r f; do \\
      d=$(sed -n 's/^source_dir=//p' "$f"); \\
      if [ -z "$d" ]; then d=\${f%/*}; d=/falco/build/\${d#./}; d=\${d%-stamp}; fi; \\
      echo "$d"; \\
    done | sort -u | while IFS= read -r d; do \\
      if [ "$(git -C "$d" rev-parse --show-toplevel 2>/dev/null)" = "$d" ]; then \\
        { echo "repository $d"; echo "url $(git -C "$d" config --get remote.origin.url)"; \\
          echo "commit $(git -C "$d" rev-parse HEAD)"; echo "tag $(git -C "$d" describe --tags --exact-match 2>/dev/null)"; \\
          git -C "$d" submodule foreach --quiet --recursive 'echo "submodule $(git rev-parse HEAD) $displaypath $(git config --get remote.origin.url)"'; \\
          echo; } >> ${FACTS_DIR_IN_IMAGE}/git.txt; \\
      fi; \\
    done && \\
    if [ -d grpc-prefix/src/grpc ]; then \\
      (cd grpc-prefix/src/grpc && make clean) && \\
      tar -czf ${DEPS_DIR_IN_IMAGE}/grpc.tar.gz grpc-prefix/src; \\
    else \\
      echo "no grpc-prefix/src/grpc in this Falco version: no grpc.tar.gz"; \\
    fi
`;

/** The platform of one build and the image it starts from (the base-image input, or that platform's image of it). */
export interface BuildTarget {
  readonly platform: string | undefined;
  readonly base: string;
}

/**
 * The recipe for a validated config: the built-in Dockerfile or the user's, with the same build args. A
 * build for a platform starts from that platform's image and gets FDM_PLATFORM (BuildKit's TARGETPLATFORM
 * is not given by the legacy builder).
 */
export function planRecipe(
  config: Config,
  readFile: (file: string) => string = (f) => fs.readFileSync(f, 'utf8'),
  target: BuildTarget = { platform: undefined, base: config.baseImage },
): Recipe {
  return {
    dockerfile: config.dockerfile === undefined ? BUILTIN_DOCKERFILE : readFile(config.dockerfile),
    custom: config.dockerfile !== undefined,
    buildArgs: [
      ['BASE_ALT_DEV', target.base],
      ['FALCO_VERSION', config.falcoVersion],
      ['SOURCE_REPO', config.sourceRepo],
      ['JOBS', String(config.jobs)],
      ['CMAKE_EXTRA_ARGS', config.cmakeArgs.join('\n')],
      ['FDM_BUILD', config.build],
      ...(target.platform ? [['FDM_PLATFORM', target.platform] as const] : []),
    ],
  };
}

/** A tag unique to this run, so concurrent runs never share or remove each other's image. */
export function imageTag(falcoVersion: string, runId: string): string {
  // Docker tags allow [\w.-]: SemVer's "+" build metadata becomes "_".
  return `falco-deps-mirror:${falcoVersion.replace(/[^\w.-]/g, '_')}-${runId}`.slice(0, 128 + 'falco-deps-mirror:'.length);
}

/** `<sourceRepo>/falcosecurity/falco.git`, as the recipe clones it. */
export function falcoRepoUrl(sourceRepo: string): string {
  return `${sourceRepo.replace(/\/+$/, '')}/falcosecurity/falco.git`;
}
