// Proof that the mirror is complete: what a consumer does, with no network at all. A second container
// from the first build's image (so the Falco checkout comes from there, not from the network) gets a
// clean checkout of /falco, the tree restored into /falco/build, grpc.tar.gz unpacked where present, then
// every *-kept.tar.gz of the tree (nested sources with their stamps, members relative to /falco/build),
// and the same cmake and `make package`, under `--network none`.
//
// A download the rebuild attempts means the mirror lacks a file. Most show as a failed download, which
// DownloadWatch reads from the log and stops the build at. One does not: a configure-time
// file(DOWNLOAD) with no STATUS and no EXPECTED_HASH (Falco 0.36's uthash.h, fetched when missing)
// leaves an empty file offline and configure succeeds; the compile fails much later. So before cmake
// the script records what each configure-time download target of the first build (its configure
// trace) holds, and after cmake compares: a target whose content changed was downloaded again,
// offline. Each is printed ("fdm-verify: configure downloaded <file> again from <url>") and the script
// exits with REDOWNLOAD_EXIT before make; verifyOffline names the first of them.
import { MirrorError, ruPlural, t } from '../common/errors.js';
import type { Engine } from './engine.js';
import { SEED_CMAKE_FLAGS } from '../planning/recipe.js';

/** Where the tree is copied in before the run; the script restores it into /falco/build. */
export const RESTORE_DIR = '/fdm-restore';
const NO_SOURCE_EXIT = 90;
/** The script's exit code when configure downloaded a file again (the log names each one). */
export const REDOWNLOAD_EXIT = 91;

/**
 * Shell (POSIX sh, coreutils and sed), run before configure: each configure-time download target of the
 * first build that lies in the build dir, once per path (sorted), with what it holds now: its sha256,
 * `absent`, or `other` (not a regular file), into a temporary file named by $fdm_dl_before (empty when
 * the first build left no configure trace: then nothing is checked). The build dir and the trace come
 * from FDM_VERIFY_BUILD_DIR and FDM_VERIFY_DOWNLOADS_JSON, /falco/build and the recipe's trace by
 * default (the tests point them elsewhere). Every value comes from those files, none from this text.
 * A record is `<state> <path>"<url>`: neither path nor URL holds a `"` (the sed pattern stops at one).
 */
export const REDOWNLOAD_RECORD = `fdm_dl_dir=\${FDM_VERIFY_BUILD_DIR:-/falco/build}
fdm_dl_json=\${FDM_VERIFY_DOWNLOADS_JSON:-/tmp/fdm/configure-downloads.json}
fdm_dl_state() {
  if [ -f "$1" ]; then
    if fdm_dl_sum=$(sha256sum < "$1"); then echo "\${fdm_dl_sum%% *}"; else echo unreadable; fi
  elif [ -e "$1" ] || [ -L "$1" ]; then echo other
  else echo absent
  fi
}
fdm_dl_before=
if [ -f "$fdm_dl_json" ]; then
  fdm_dl_before=$(mktemp)
  fdm_dl_targets=$(mktemp)
  sed -n 's/^{"args":\\["DOWNLOAD","\\([^"]*\\)","\\([^"]*\\)".*/\\2"\\1/p' "$fdm_dl_json" > "$fdm_dl_targets"
  LC_ALL=C sort -u -t '"' -k1,1 -o "$fdm_dl_targets" "$fdm_dl_targets"
  while IFS= read -r fdm_dl_line; do
    fdm_dl_path=\${fdm_dl_line%%\\"*}
    case "$fdm_dl_path" in
      "$fdm_dl_dir"/*) printf '%s %s\\n' "$(fdm_dl_state "$fdm_dl_path")" "$fdm_dl_line" ;;
    esac
  done < "$fdm_dl_targets" > "$fdm_dl_before"
  rm -f "$fdm_dl_targets"
  echo "fdm-verify: $(($(wc -l < "$fdm_dl_before"))) configure-time download target(s) in the build dir recorded before configure"
fi
`;

/**
 * Shell, run after configure succeeded (REDOWNLOAD_RECORD ran before it): every recorded target whose
 * state changed (created, emptied, rewritten, removed) was downloaded again, with no network. Each is
 * printed as `fdm-verify: configure downloaded <path relative to the build dir> again from <url>`, and
 * then the script exits with REDOWNLOAD_EXIT. Comparisons are `if` conditions, so `set -e` never stops
 * the loop halfway.
 */
export const REDOWNLOAD_CHECK = `if [ -n "$fdm_dl_before" ]; then
  fdm_dl_again=0
  while IFS= read -r fdm_dl_rec; do
    fdm_dl_was=\${fdm_dl_rec%% *}
    fdm_dl_line=\${fdm_dl_rec#* }
    fdm_dl_path=\${fdm_dl_line%%\\"*}
    fdm_dl_url=\${fdm_dl_line#*\\"}
    fdm_dl_rel=\${fdm_dl_path#"$fdm_dl_dir"/}
    if [ "$(fdm_dl_state "$fdm_dl_path")" != "$fdm_dl_was" ]; then
      echo "fdm-verify: configure downloaded $fdm_dl_rel again from $fdm_dl_url"
      fdm_dl_again=$((fdm_dl_again + 1))
    fi
  done < "$fdm_dl_before"
  rm -f "$fdm_dl_before"
  if [ "$fdm_dl_again" -gt 0 ]; then exit ${REDOWNLOAD_EXIT}; fi
fi
`;

/**
 * Shell, run in the build dir once the tree is restored there: grpc.tar.gz (gRPC's clone and its stamps),
 * then every *-kept.tar.gz of the tree (nested sources with their stamps), each from the build dir, in
 * sorted order. The list is taken before grpc.tar.gz is unpacked: only the tree's own tarballs count.
 */
export const UNPACK_TARBALLS = `fdm_kept=$(mktemp)
find . -type f -name '*-kept.tar.gz' > "$fdm_kept"
LC_ALL=C sort -o "$fdm_kept" "$fdm_kept"
if [ -f grpc.tar.gz ]; then tar -xzf grpc.tar.gz; fi
while IFS= read -r fdm_k; do echo "fdm-verify: unpacking $fdm_k"; tar -xzf "$fdm_k"; done < "$fdm_kept"
rm -f "$fdm_kept"
`;

// Values (version, jobs, extra flags) come in as environment variables; nothing here is built from input.
export const VERIFY_SCRIPT = `set -e
unset FDM_VERIFY_BUILD_DIR FDM_VERIFY_DOWNLOADS_JSON
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
${UNPACK_TARBALLS}${REDOWNLOAD_RECORD}set -f; nl=$(printf '\\n_'); IFS=\${nl%_}
cmake ${SEED_CMAKE_FLAGS.join(' ')} -DFALCO_VERSION="$FALCO_VERSION" -DUSE_BUNDLED_DEPS=ON $CMAKE_EXTRA_ARGS /falco
${REDOWNLOAD_CHECK}sed -i "s/DEB;RPM;TGZ/TGZ/" ./CPackConfig.cmake
make package -j"$JOBS"
echo "fdm-verify: Falco $FALCO_VERSION built offline from the mirrored tree"
`;

/** A configure-time download target that configure wrote again: its path in the build dir, and its URL. */
export interface Redownload {
  readonly path: string;
  readonly url: string;
}

/** The first download CMake attempted, read from the log as it streams; and every file configure downloaded again. */
export class DownloadWatch {
  private dst: string | undefined;
  /** Configure-time downloads of the first build, file -> URL. */
  private readonly sources = new Map<string, string>();
  first: { url?: string; path?: string } | undefined;
  /**
   * The script's own report, after a configure that succeeded, of targets it wrote again. Not an attempt
   * to stop at (the script exits right after its report): it never sets `first`.
   */
  readonly redownloaded: Redownload[] = [];

  feed(line: string): void {
    const again = /^fdm-verify: configure downloaded (.+) again from (.+)$/.exec(line);
    if (again?.[1] && again[2]) {
      this.redownloaded.push({ path: again[1], url: again[2] });
      return;
    }
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

const NOTHING_PUSHED = t(
  'Nothing was pushed; the artifact holds the tree as it is.',
  'Ничего не отправлено; артефакт содержит дерево как есть.',
);

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
    throw new MirrorError(
      'Invalid',
      t(
        'verify needs the Falco source checkout (with .git) in /falco, and the image has none.',
        'Для verify нужны исходники Falco (с .git) в /falco, а в образе их нет.',
      ),
      {
        hint: t(
          'A custom dockerfile must leave the Falco source in /falco, as the built-in recipe does, or run without verify.',
          'Собственный dockerfile должен оставлять исходники Falco в /falco, как это делает встроенный рецепт; иначе запускайте без verify.',
        ),
      },
    );
  }
  const [again, ...others] = watch.redownloaded;
  if (code === REDOWNLOAD_EXIT && !stopped && again) {
    const n = others.length;
    const more = t(
      n ? ` It did the same for ${n} more file${n > 1 ? 's' : ''}, each named in the log.` : '',
      n ? ` То же произошло ещё с ${n} ${ruPlural(n, 'файлом', 'файлами', 'файлами')}, каждый назван в журнале.` : '',
    );
    throw new MirrorError(
      'NotFound',
      t(
        `The offline rebuild failed: configure downloaded ${again.path} again from ${again.url}, offline: the mirrored tree does not keep it where the rebuild needs it (a rebuild step, such as an unpack, removed it).${more.en}`,
        `Офлайн-пересборка не удалась: на этапе конфигурации CMake заново скачал ${again.path} с ${again.url}, хотя сети нет: зеркалированное дерево не хранит его там, где он нужен пересборке (его удалил какой-то шаг пересборки, например распаковка).${more.ru}`,
      ),
      { hint: NOTHING_PUSHED },
    );
  }
  if (watch.first) {
    const { url, path } = watch.first;
    const file = path?.replace(/^\/falco\/build\//, '');
    const what = t(
      url ? `${url}${file ? ` (to ${file})` : ''}` : `a file to ${file ?? 'the build dir'}`,
      url ? `${url}${file ? ` (в ${file})` : ''}` : `файл в ${file ?? 'каталог сборки'}`,
    );
    throw new MirrorError(
      'NotFound',
      t(
        `The offline rebuild failed: the mirrored tree lacks a dependency. CMake tried to download ${what.en}.`,
        `Офлайн-пересборка не удалась: в зеркалированном дереве не хватает зависимости. CMake пытался скачать ${what.ru}.`,
      ),
      {
        hint: NOTHING_PUSHED,
      },
    );
  }
  throw new MirrorError(
    'InternalError',
    t(
      `The offline rebuild failed (exit code ${code}) without trying a download. Last lines of its log:\n${tail}`,
      `Офлайн-пересборка не удалась (код выхода ${code}), не пытаясь ничего скачать. Последние строки её журнала:\n${tail}`,
    ),
  );
}
