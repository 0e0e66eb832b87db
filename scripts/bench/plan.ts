// The synthetic deps trees of scripts/bench.ts: about 20 files of random (incompressible) bytes at the
// nested paths a Falco build leaves in /falco-deps, written by `head -c N /dev/urandom` in RUN steps of
// a Dockerfile. grpc.tar.gz takes 60 % of the tree (over 500 MiB of a 1 GiB tree, 60 MiB of a 100 MiB
// one); the other 19 share the rest, spread log-evenly (1 : 50) like real tarballs.
export const MiB = 1024 * 1024;

export interface PlannedFile {
  /** Relative to /falco-deps. */
  readonly rel: string;
  readonly bytes: number;
}

export const BIG_FILE = 'grpc-prefix/src/grpc.tar.gz';
const BIG_SHARE = 0.6;

const OTHER_FILES = [
  'cxxopts-prefix/src/v3.1.1.tar.gz',
  'b64-prefix/src/v2.0.0.1.tar.gz',
  'valijson-prefix/src/v1.0.tar.gz',
  'cpp-httplib-prefix/src/v0.13.1.tar.gz',
  'njson-prefix/src/v3.11.2.tar.gz',
  'yamlcpp-prefix/src/yaml-cpp-0.7.0.tar.gz',
  'zlib-prefix/src/zlib-1.2.13.tar.gz',
  'jq-prefix/src/jq-1.6.tar.gz',
  'oniguruma-prefix/src/onig-6.9.8.tar.gz',
  're2-prefix/src/re2-2022-06-01.tar.gz',
  'c-ares-prefix/src/c-ares-1.19.1.tar.gz',
  'libbpf-prefix/src/v1.2.0.tar.gz',
  'tbb-prefix/src/v2021.9.0.tar.gz',
  'curl-prefix/src/curl-8.0.1.tar.bz2',
  'libelf-prefix/src/elfutils-0.189.tar.bz2',
  'driver-repo/driver-prefix/src/5.0.1+driver.tar.gz',
  'openssl-prefix/src/openssl-3.1.0.tar.gz',
  'protobuf-prefix/src/protobuf-cpp-3.20.3.tar.gz',
  'falcosecurity-libs-repo/falcosecurity-libs-prefix/src/0.11.3.tar.gz',
] as const;

/** The files of a tree of `mib` MiB, summing to exactly mib * 2^20 bytes, sorted by path. */
export function planTree(mib: number): PlannedFile[] {
  const total = Math.round(mib * MiB);
  const big = Math.round(total * BIG_SHARE);
  const rest = total - big;
  const n = OTHER_FILES.length;
  const weights = OTHER_FILES.map((_, i) => Math.pow(50, i / (n - 1)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const files: PlannedFile[] = [];
  let left = rest;
  OTHER_FILES.forEach((rel, i) => {
    const bytes = i === n - 1 ? left : Math.floor((rest * (weights[i] ?? 0)) / sum);
    left -= bytes;
    files.push({ rel, bytes });
  });
  files.push({ rel: BIG_FILE, bytes: big });
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * FROM the base image, then RUN steps (the small files in groups of five, the big one alone) that
 * write each file with head -c from /dev/urandom into /falco-deps.
 */
export function dockerfileFor(base: string, files: readonly PlannedFile[]): string {
  const lines = [`# falco-deps-mirror benchmark tree (scripts/bench.ts): ${files.length} files of random bytes.`, `FROM ${base}`];
  const small = files.filter((f) => f.rel !== BIG_FILE);
  const bigOnes = files.filter((f) => f.rel === BIG_FILE);
  const groups: PlannedFile[][] = [];
  for (let i = 0; i < small.length; i += 5) groups.push(small.slice(i, i + 5));
  groups.push(bigOnes);
  for (const group of groups) {
    if (group.length === 0) continue;
    const cmds = group.flatMap((f) => [
      `mkdir -p ${q(`/falco-deps/${f.rel.split('/').slice(0, -1).join('/')}`)}`,
      `head -c ${f.bytes} /dev/urandom > ${q(`/falco-deps/${f.rel}`)}`,
    ]);
    lines.push(`RUN set -e; \\\n    ${cmds.join('; \\\n    ')}`);
  }
  // Everything in the tree must be exactly the planned size (head -c stops early only if urandom does).
  const bytes = files.reduce((a, f) => a + f.bytes, 0);
  lines.push(
    `RUN n=0; s=0; for f in $(find /falco-deps -type f); do n=$((n + 1)); s=$((s + $(stat -c %s "$f"))); done; ` +
      `test "$n $s" = "${files.length} ${bytes}" || { echo "expected ${files.length} files, ${bytes} bytes; got $n, $s" >&2; exit 1; }`,
  );
  return `${lines.join('\n')}\n`;
}
