// Platforms: the `platforms` input, which base image each platform builds on, and the small metadata
// file at the mirror branch's root that says which platforms the branch holds and which files belong to
// only some of them. Pure: the engine and the mirror gather the facts, the rules are here.
import { MirrorError, quote, t, type Text } from '../common/errors.js';
import { byCodeUnit } from '../common/text.js';

/** A Docker platform, normalised: `os/arch` or `os/arch/variant`, for example linux/amd64. */
export type Platform = string;

/** The metadata file at the branch's root; a Falco build never reads it. */
export const METADATA_FILE = '.falco-deps-mirror.json';

// Docker's own aliases, so that `linux/x86_64` and `linux/amd64` name one platform.
const ARCH_ALIASES: Readonly<Record<string, string>> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm' };

/** One platform as the user wrote it, normalised; undefined when it is not `os/arch[/variant]`. */
export function normalizePlatform(value: string): Platform | undefined {
  const parts = value.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9][a-z0-9_-]*$/.test(p))) return undefined;
  const [os = '', rawArch = '', variant] = parts;
  const arch = ARCH_ALIASES[rawArch] ?? rawArch;
  // arm64's only variant is v8, the default: linux/arm64/v8 and linux/arm64 are one platform.
  if (arch === 'arm64' && variant === 'v8') return `${os}/${arch}`;
  return variant ? `${os}/${arch}/${variant}` : `${os}/${arch}`;
}

/** How a rejected item of the input is reported: `Input platforms "<item>" <rule>.` */
export type RejectItem = (item: string, rule: Text) => never;

const rejectItem: RejectItem = (item, rule) => {
  throw new MirrorError(
    'Invalid',
    t(`Input platforms ${quote(item)} ${rule.en}.`, `Параметр platforms: значение ${quote(item)} ${rule.ru}.`),
  );
};

/** The `platforms` input: comma- (or newline-) separated, each a Linux platform, none twice. Empty: []. */
export function parsePlatforms(value: string, reject: RejectItem = rejectItem): Platform[] {
  const items = value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const out: Platform[] = [];
  for (const item of items) {
    const p = normalizePlatform(item);
    if (!p) {
      reject(
        item,
        t(
          'is not a Docker platform; write os/arch, for example linux/amd64 or linux/arm64',
          'не является платформой Docker; пишите os/arch, например linux/amd64 или linux/arm64',
        ),
      );
    }
    if (!p.startsWith('linux/')) {
      reject(
        item,
        t(
          'is not a Linux platform; Falco builds on Linux only (linux/amd64, linux/arm64)',
          'не является платформой Linux; Falco собирается только под Linux (linux/amd64, linux/arm64)',
        ),
      );
    }
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** A platform as a path or tag component: linux/arm64 -> linux-arm64. */
export function platformSlug(p: Platform): string {
  return p.replace(/\//g, '-');
}

/** What an image or a registry says about itself (OCI's field names). */
export interface ImagePlatform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string | undefined;
}

/** The platform an image reports, normalised like the input. */
export function platformOf(image: ImagePlatform): Platform {
  const raw = [image.os, image.architecture, image.variant].filter((s): s is string => !!s).join('/');
  return normalizePlatform(raw) ?? raw;
}

/** Whether an image of `image` serves a build for `wanted` (a variant asked for must match). */
export function servesPlatform(wanted: Platform, image: ImagePlatform): boolean {
  const have = platformOf(image);
  if (have === wanted) return true;
  // linux/arm asks for any variant; linux/arm/v7 for that one only.
  return wanted.split('/').length === 2 && have.startsWith(`${wanted}/`);
}

/** One entry of a registry's manifest list (or the single manifest of a one-platform image). */
export interface RegistryImage {
  readonly platform: ImagePlatform;
  readonly digest: string;
}

/**
 * The image each platform builds on. A local image serves when it is the only platform asked for and
 * it is of that platform (no registry is asked); otherwise each platform's image is taken by its digest
 * from the registry's list, because the classic image store keeps one platform per tag and a build would
 * silently use whichever was pulled last. Throws NotFound naming the image and the platforms it lacks.
 */
export function baseImagesFor(
  image: string,
  wanted: readonly Platform[],
  local: ImagePlatform | undefined,
  registry: readonly RegistryImage[] | undefined,
  registryError?: string,
): Map<Platform, string> {
  const chosen = new Map<Platform, string>();
  const [only] = wanted;
  if (wanted.length === 1 && only && local && servesPlatform(only, local)) return chosen.set(only, image);
  if (!registry) {
    const localPlatform = local ? platformOf(local) : '';
    const said = registryError ? ` (${registryError})` : '';
    throw new MirrorError(
      'NotFound',
      t(
        `Could not read the platforms of the base image ${image} from its registry${said}.${local ? ` The local image ${image} is ${localPlatform}.` : ''}`,
        `Не удалось прочитать платформы базового образа ${image} из его реестра${said}.${local ? ` Локальный образ ${image} — ${localPlatform}.` : ''}`,
      ),
      {
        verb: 'get',
        resource: baseImageResource(image),
        hint: t(
          `platforms: ${wanted.join(',')} needs a base image that a registry serves for each of them (one multi-arch tag), or a local image of the one platform asked for. Check base-image, and docker login for a private registry.`,
          `Для platforms: ${wanted.join(',')} нужен базовый образ, который реестр отдаёт для каждой из них (один мультиархитектурный тег), или локальный образ единственной запрошенной платформы. Проверьте base-image, а для закрытого реестра — \`docker login\`.`,
        ),
      },
    );
  }
  const missing: Platform[] = [];
  for (const p of wanted) {
    const match = registry.find((r) => platformOf(r.platform) === p) ?? registry.find((r) => servesPlatform(p, r.platform));
    if (match) chosen.set(p, `${repositoryOf(image)}@${match.digest}`);
    else missing.push(p);
  }
  if (missing.length > 0) {
    const has = [...new Set(registry.map((r) => platformOf(r.platform)))].join(', ');
    const detail = t(
      `The base image ${image} has no ${missing.join(' or ')} image (it has ${has || 'no platform'}); nothing was built.`,
      `У базового образа ${image} нет образа для ${missing.join(' или ')} (${has ? `есть ${has}` : 'нет ни одной платформы'}); ничего не собрано.`,
    );
    throw new MirrorError('NotFound', detail, {
      verb: 'get',
      resource: baseImageResource(image),
      hint: t(
        'Use a base image published for every platform in platforms (a multi-arch tag), or leave the platform out.',
        'Используйте базовый образ, опубликованный для каждой платформы из platforms (мультиархитектурный тег), или уберите эту платформу.',
      ),
    });
  }
  return chosen;
}

function baseImageResource(image: string): Text {
  return t(`base image ${image}`, `базовый образ ${image}`);
}

/** The image reference without its tag or digest: registry/name. */
export function repositoryOf(image: string): string {
  const noDigest = image.split('@')[0] ?? image;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

/** Whether an image's registry is on this machine: Docker's engine treats 127.0.0.0/8 as insecure (plain http) by default. */
export function isLoopbackRegistry(image: string): boolean {
  const first = image.split('/')[0] ?? '';
  if (!image.includes('/') || !/[.:]|^localhost$/.test(first)) return false;
  const host = first.startsWith('[') ? first.slice(0, first.indexOf(']') + 1) : (first.split(':')[0] ?? '');
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The metadata file's content: the platforms the branch holds, and for each file that is not on every
 * one of them, the platforms it belongs to. A file not listed belongs to all.
 */
export interface BranchMetadata {
  readonly platforms: readonly Platform[];
  readonly files: Readonly<Record<string, readonly Platform[]>>;
  /**
   * For tarballs stored with Git LFS that are compared by their members (grpc.tar.gz, *-kept.tar.gz):
   * the digest of their members, so a later run tells an unchanged one without downloading it.
   */
  readonly members?: Readonly<Record<string, string>>;
}

/** Path -> the platforms whose tree holds it; every path of the merged tree is a key. */
export type PlatformsByPath = ReadonlyMap<string, readonly Platform[]>;

/** The metadata of a tree whose paths came from these platforms. Deterministic: sorted, fixed layout. */
export function metadataOf(
  platforms: readonly Platform[],
  byPath: PlatformsByPath,
  members: ReadonlyMap<string, string> = new Map(),
): BranchMetadata {
  const all = [...platforms].sort();
  const files: Record<string, Platform[]> = {};
  for (const rel of [...byPath.keys()].sort()) {
    const ps = [...new Set(byPath.get(rel) ?? [])].sort();
    if (ps.length < all.length) files[rel] = ps;
  }
  if (members.size === 0) return { platforms: all, files };
  return { platforms: all, files, members: Object.fromEntries([...members].sort(([a], [b]) => byCodeUnit(a, b))) };
}

export function renderMetadata(m: BranchMetadata): string {
  const members = m.members && Object.keys(m.members).length > 0 ? { members: m.members } : {};
  return `${JSON.stringify({ platforms: m.platforms, files: m.files, ...members }, null, 2)}\n`;
}

/** The metadata read from a branch; undefined when the text is not ours (a branch made before platforms). */
export function parseMetadata(text: string): BranchMetadata | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { platforms, files, members } = value as { platforms?: unknown; files?: unknown; members?: unknown };
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (!isList(platforms) || typeof files !== 'object' || files === null) return undefined;
  const out: Record<string, Platform[]> = {};
  for (const [rel, ps] of Object.entries(files)) {
    if (!isList(ps)) return undefined;
    out[rel] = ps;
  }
  if (members === undefined) return { platforms, files: out };
  if (typeof members !== 'object' || members === null) return undefined;
  const digests: Record<string, string> = {};
  for (const [rel, d] of Object.entries(members)) {
    if (typeof d !== 'string') return undefined;
    digests[rel] = d;
  }
  return { platforms, files: out, members: digests };
}

/** The platforms a path of the branch belongs to. */
export function platformsOfPath(m: BranchMetadata, rel: string): readonly Platform[] {
  return m.files[rel] ?? m.platforms;
}
