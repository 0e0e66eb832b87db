// Proof that the mirror is complete: what a consumer does, with no network at all. A second container
// from the first build's image (so the Falco checkout comes from there, not from the network) gets a
// clean checkout of /falco, the tree restored into /falco/build, grpc.tar.gz unpacked where present,
// and the same cmake and `make package`, under `--network none`.
import { MirrorError } from '../common/errors.js';
import type { Engine } from './engine.js';
import { SEED_CMAKE_FLAGS } from '../planning/recipe.js';

/** Where the tree is copied in before the run; the script restores it into /falco/build. */
export const RESTORE_DIR = '/fdm-restore';
const NO_SOURCE_EXIT = 90;

// Values (version, jobs, extra flags) come in as environment variables; nothing here is built from input.
export const VERIFY_SCRIPT = `set -e
if [ ! -d /falco/.git ]; then echo "fdm-verify: no Falco checkout (with .git) in /falco" >&2; exit ${NO_SOURCE_EXIT}; fi
# The first build's configure trace knows where each configure-time file(DOWNLOAD) came from: CMake's own
# error for such a download names only the file, so the map is printed for the log reader.
sed -n 's/^{"args":\\["DOWNLOAD","\\([^"]*\\)","\\([^"]*\\)".*/fdm-verify: configure-time download \\2 from \\1/p' /tmp/fdm/configure-downloads.json 2>/dev/null || true
cd /falco
git -c safe.directory='*' clean -ffdxq
git -c safe.directory='*' checkout -q -- .
mkdir -p /falco/build
cp -a ${RESTORE_DIR}/. /falco/build/
cd /falco/build
if [ -f grpc.tar.gz ]; then tar -xzf grpc.tar.gz; fi
set -f; nl=$(printf '\\n_'); IFS=\${nl%_}
cmake ${SEED_CMAKE_FLAGS.join(' ')} -DFALCO_VERSION="$FALCO_VERSION" -DUSE_BUNDLED_DEPS=ON $CMAKE_EXTRA_ARGS /falco
sed -i "s/DEB;RPM;TGZ/TGZ/" ./CPackConfig.cmake
make package -j"$JOBS"
echo "fdm-verify: Falco $FALCO_VERSION built offline from the mirrored tree"
`;

/** The first download CMake attempted, read from the log as it streams. */
export class DownloadWatch {
  private dst: string | undefined;
  /** Configure-time downloads of the first build, file -> URL. */
  private readonly sources = new Map<string, string>();
  first: { url?: string; path?: string } | undefined;

  feed(line: string): void {
    if (this.first) return;
    const known = /^fdm-verify: configure-time download (\S+) from (\S+)$/.exec(line);
    if (known?.[1] && known[2]) {
      this.sources.set(known[1], known[2]);
      return;
    }
    const dst = /^\s*dst='(.+)'\s*$/.exec(line);
    if (dst?.[1]) {
      this.dst = dst[1];
      return;
    }
    const src = /^-- Using src='(.+)'\s*$/.exec(line) ?? /error: downloading '(.+)' failed/.exec(line);
    if (src?.[1]) {
      this.first = { url: src[1], ...(this.dst ? { path: this.dst } : {}) };
      return;
    }
    // A git clone that needed the network, or a configure-time file(DOWNLOAD) that failed: CMake
    // wraps long messages, so the URL and the file are looked for on their own lines.
    const clone = /Failed to clone repository: '(.+)'/.exec(line) ?? /unable to access '(.+?)'/.exec(line);
    const fileDl = /downloading (\S+:\/\/[^\s'"]+)(?: to (\S+))?/.exec(line);
    const forFile = /for file: \[(.+)\]/.exec(line);
    if (clone?.[1]) this.first = { url: clone[1] };
    else if (fileDl?.[1]) this.first = { url: fileDl[1], ...(fileDl[2] ? { path: fileDl[2] } : {}) };
    else if (forFile?.[1]) {
      const url = this.sources.get(forFile[1]);
      this.first = { path: forFile[1], ...(url ? { url } : {}) };
    }
  }
}

export interface VerifyRequest {
  readonly engine: Engine;
  readonly image: string;
  readonly container: string;
  readonly treeDir: string;
  readonly env: Readonly<Record<string, string>>;
  readonly onLine: (line: string) => void;
}

/** Resolves when the offline rebuild succeeded; throws a MirrorError naming what was missing otherwise. */
export async function verifyOffline(req: VerifyRequest): Promise<void> {
  await req.engine.createOffline(req.image, req.container, VERIFY_SCRIPT, req.env);
  await req.engine.copyIn(req.container, req.treeDir, RESTORE_DIR);
  const watch = new DownloadWatch();
  // Set by the line callback, which TypeScript's narrowing does not follow: typed boolean, not `false`.
  let stopped = false as boolean;
  const { code, tail } = await req.engine.runToEnd(req.container, (line) => {
    watch.feed(line);
    req.onLine(line);
    // With no network, the first download attempt decides it: stop rather than sit through CMake's retries.
    if (watch.first && !stopped) {
      stopped = true;
      req.onLine('fdm-verify: a download was attempted with no network; stopping the offline build.');
      void req.engine.removeContainer(req.container).catch(() => undefined);
    }
  });
  if (code === 0 && !stopped) return;
  if (code === NO_SOURCE_EXIT) {
    throw new MirrorError('Invalid', 'verify needs the Falco source checkout (with .git) in /falco, and the image has none.', {
      hint: 'A custom dockerfile must leave the Falco source in /falco, as the built-in recipe does, or run without verify.',
    });
  }
  if (watch.first) {
    const { url, path } = watch.first;
    const file = path?.replace(/^\/falco\/build\//, '');
    const what = url ? `${url}${file ? ` (to ${file})` : ''}` : `a file to ${file ?? 'the build dir'}`;
    throw new MirrorError(
      'NotFound',
      `The offline rebuild failed: the mirrored tree lacks a dependency. CMake tried to download ${what}.`,
      {
        hint: 'Nothing was pushed; the artifact holds the tree as it is.',
      },
    );
  }
  throw new MirrorError(
    'InternalError',
    `The offline rebuild failed (exit code ${code}) without trying a download. Last lines of its log:\n${tail}`,
  );
}
