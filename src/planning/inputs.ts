// Every input is read and validated here, before anything runs: a bad value ends the run with one
// sentence naming the input and what is allowed, and no container command or file write has happened.
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { MirrorError, quote, t, type Language, type Text } from '../common/errors.js';
import { GITHUB_FILE_LIMIT, type LargeFiles } from './large-files.js';
import { parsePlatforms, type Platform } from './platforms.js';
import { parseVersionSpec, type VersionSpec } from './version-spec.js';

export interface Config {
  /** What was asked for: an exact version, latest, or a range (dry-run only). */
  readonly versionSpec: VersionSpec;
  /** The exact version; for latest, main fills it in once resolved. Empty for a range. */
  readonly falcoVersion: string;
  /** Base URL without a trailing slash; the recipe clones `<sourceRepo>/falcosecurity/falco.git`. */
  readonly sourceRepo: string;
  readonly baseImage: string;
  readonly jobs: number;
  /** `-DNAME=VALUE` flags, one per entry, appended to the recipe's cmake command. */
  readonly cmakeArgs: readonly string[];
  /** Absolute path of a custom Dockerfile, or undefined for the built-in recipe. */
  readonly dockerfile: string | undefined;
  readonly network: string | undefined;
  /** Absolute path the tree is written to; it must not exist or be empty. */
  readonly outputDir: string;
  readonly keepImage: boolean;
  /** Where the tree is pushed; undefined: no push. */
  readonly mirror: MirrorConfig | undefined;
  readonly ifExists: IfExists;
  readonly dryRun: boolean;
  /** Rebuild Falco offline from the tree before publishing. */
  readonly verify: boolean;
  readonly githubToken: string;
  readonly releaseSource: 'api' | 'tags';
  /** full: the seed's make package; downloads: configure and the download steps only. */
  readonly build: BuildKind;
  /** Docker platforms to build, normalised, none twice; empty: the engine's own, as one build. */
  readonly platforms: readonly Platform[];
  /** How big files reach the mirror: as they are, or with Git LFS from a size on. */
  readonly largeFiles: LargeFiles;
  readonly language: Language;
  readonly artifact: ArtifactConfig | undefined;
}

export interface ArtifactConfig {
  /** Undefined: falco-deps-<resolved version>. */
  readonly name: string | undefined;
  /** Undefined: the repository's default retention. */
  readonly retentionDays: number | undefined;
}

export type IfExists = 'skip' | 'fail' | 'overwrite';

export type BuildKind = 'full' | 'downloads';

export interface MirrorConfig {
  /** The repository URL, validated: https (or http on loopback), no credentials. */
  readonly url: string;
  /** Empty when the mirror needs no authentication. */
  readonly token: string;
  readonly username: string;
}

export interface InputSpec {
  readonly name: string;
  readonly description: string;
  /** Default as shown in action.yml; `undefined` means required or empty. */
  readonly default?: string;
  readonly required?: boolean;
  readonly boolean?: boolean;
  readonly multiline?: boolean;
}

export const DEFAULT_BASE_IMAGE = 'registry.deckhouse.io/base_images/dev-alt:p10';

/** The inputs this version implements; action.yml and the CLI's --help are checked against it. */
export const INPUT_SPECS: readonly InputSpec[] = [
  {
    name: 'falco-version',
    required: true,
    description:
      'Falco release to mirror: X.Y.Z or X.Y.Z-rcN (SemVer 2.0, no "v" prefix), latest (the newest release), or a SemVer range such as >=0.35.1 together with dry-run: true, which lists the released versions the mirror lacks.',
  },
  {
    name: 'source-repo',
    default: 'https://github.com',
    description:
      'Base URL the recipe clones <source-repo>/falcosecurity/falco.git from. https only (plain http for loopback hosts); no credentials in it.',
  },
  {
    name: 'base-image',
    default: DEFAULT_BASE_IMAGE,
    description: 'Builder base image with git, cmake, make, rsync and a toolchain (the BASE_ALT_DEV build arg).',
  },
  { name: 'jobs', default: '4', description: 'Parallelism for make -j (1 to 256).' },
  {
    name: 'cmake-args',
    multiline: true,
    description: "Extra cmake flags, one -DNAME=VALUE (or -DNAME:TYPE=VALUE) per line, appended to the recipe's cmake command.",
  },
  {
    name: 'dockerfile',
    description:
      'Path of a custom Dockerfile replacing the built-in recipe. It gets the same build args (BASE_ALT_DEV, FALCO_VERSION, SOURCE_REPO, JOBS, CMAKE_EXTRA_ARGS, FDM_BUILD, and with platforms FDM_PLATFORM) and must leave the tree in /falco-deps.',
  },
  { name: 'network', description: 'Network for the build (docker build --network), for example host.' },
  {
    name: 'output-dir',
    default: '${{ runner.temp }}/falco-deps',
    description: 'Directory the extracted tree is written to. It must not exist yet or be empty. Defaults to $RUNNER_TEMP/falco-deps.',
  },
  {
    name: 'keep-image',
    default: 'false',
    boolean: true,
    description: 'Keep the built image instead of removing it at the end.',
  },
  {
    name: 'mirror-repo',
    description:
      'HTTPS URL of the mirror git repository (plain http only for loopback hosts); the tree is pushed to a branch named after the version. Empty: no push.',
  },
  {
    name: 'mirror-token',
    description:
      'Token for HTTPS Basic auth to the mirror. Passed to git in a private config file, masked in logs, never in a URL or argument.',
  },
  {
    name: 'mirror-username',
    default: 'oauth2',
    description: 'User name sent with mirror-token (oauth2 suits GitLab; GitHub accepts any).',
  },
  {
    name: 'if-exists',
    default: 'skip',
    description:
      'When the mirror branch exists: skip (no build at all), fail (AlreadyExists before building), or overwrite (build, then replace only the commit that was checked; unchanged content is not pushed).',
  },
  {
    name: 'dry-run',
    default: 'false',
    boolean: true,
    description: 'Validate the inputs, render the recipe and check the mirror; build, upload and push nothing.',
  },
  { name: 'language', default: 'en', description: 'Language of error messages: en or ru.' },
  { name: 'upload-artifact', default: 'true', boolean: true, description: 'Upload the extracted tree as a workflow artifact.' },
  {
    name: 'artifact-name',
    description: 'Name of the workflow artifact; defaults to falco-deps-<version>. It must be unique in the workflow run.',
  },
  { name: 'retention-days', description: 'Days to keep the artifact (1 to 90); empty: the repository default.' },
  {
    name: 'verify',
    default: 'false',
    boolean: true,
    description:
      'After extraction, rebuild Falco from the tree in a second container with no network at all, as a consumer would; the mirror is pushed only if that succeeds. Repeats the build, so it doubles the time.',
  },
  {
    name: 'build',
    default: 'full',
    description:
      "What the recipe runs: full (the seed's procedure: configure, then make package, compiling everything) or downloads (configure, then only each ExternalProject's download step, gRPC's clone included: no compile; needs CMake 3.19 or newer in the base image).",
  },
  {
    name: 'platforms',
    description:
      "Comma-separated Docker platforms to build, for example linux/amd64,linux/arm64: the recipe runs once per platform (docker build --platform, on the base image's image for that platform) and one branch holds every platform's files side by side; if-exists is then judged per platform. Empty: the engine's own platform, one build.",
  },
  {
    name: 'large-files',
    default: 'plain',
    description:
      "How big files reach the mirror: plain (pushed as they are; for a github.com mirror a file over GitHub's 100 MiB limit stops the run before any push) or lfs (files of lfs-threshold bytes or more are stored with Git LFS at the mirror's <mirror-repo>/info/lfs, with the same token; the runner needs git-lfs, which GitHub's hosted runners have).",
  },
  {
    name: 'lfs-threshold',
    default: String(GITHUB_FILE_LIMIT),
    description:
      "With large-files: lfs, the size in bytes from which a file is stored with Git LFS (default 104857600, GitHub's 100 MiB per-file limit).",
  },
  {
    name: 'github-token',
    default: '${{ github.token }}',
    description: 'Token for the GitHub releases API (at GITHUB_API_URL), used to resolve latest and ranges.',
  },
  {
    name: 'release-source',
    default: 'api',
    description:
      'Where released versions come from: api (releases of falcosecurity/falco through the GitHub API) or tags (release tags of the source repo, git ls-remote).',
  },
];

export type InputGetter = (name: string) => string;

/** Parses and validates every input. Pure apart from reading whether two paths exist. */
export function parseInputs(get: InputGetter, env: NodeJS.ProcessEnv = process.env): Config {
  const read = (name: string, multiline = false): string => {
    const value = get(name);
    // Reject what no legitimate value contains, before any specific rule (newlines only where an
    // input is a list of lines).
    // Control characters (C0, DEL, C1) and invisible format characters (zero-width, bidi overrides) can
    // forge log lines or hide what a value really is; newlines only where an input is a list of lines.
    const control = multiline ? /[\p{Cc}\p{Cf}\u2028\u2029]/u : /[\p{Cc}\p{Cf}\u2028\u2029]/u;
    const offending = multiline ? value.replace(/\r?\n/g, '') : value;
    // A secret is never echoed, not even when it is malformed; nor a URL with a part that may hold one.
    const hidden = SECRET_INPUTS.has(name) || (URL_INPUTS.has(name) && secretPart(name, value) !== undefined);
    if (control.test(offending)) {
      const rule = t('must not contain control or invisible characters', 'не должно содержать управляющих или невидимых символов');
      if (hidden) failHidden(name, rule);
      else fail(name, value, rule);
    }
    if (value.length > 4096) {
      const rule = t('is longer than 4096 characters', 'длиннее 4096 символов');
      if (hidden) failHidden(name, rule);
      else fail(name, value, rule);
    }
    return value;
  };
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const versionSpec = parseVersionSpec(read('falco-version'));
  const dryRun = parseBoolean('dry-run', read('dry-run'), false);
  if (versionSpec.kind === 'range' && !dryRun) {
    const range = quote(versionSpec.range);
    throw new MirrorError(
      'Invalid',
      t(
        `Input falco-version ${range} is a range: with dry-run: true the action lists the released versions the mirror lacks (output versions); mirror each one in a matrix job (see the README's scheduled workflow).`,
        `Параметр falco-version: значение ${range} — это диапазон: при dry-run: true действие выводит выпущенные версии, которых нет в зеркале (выходной параметр versions); зеркалируйте каждую из них в задании матрицы (см. рабочий процесс по расписанию в README).`,
      ),
    );
  }
  return {
    versionSpec,
    falcoVersion: versionSpec.kind === 'exact' ? versionSpec.version : '',
    sourceRepo: parseSourceRepo(read('source-repo') || 'https://github.com'),
    baseImage: parseImageRef('base-image', read('base-image') || DEFAULT_BASE_IMAGE),
    jobs: parseJobs(read('jobs') || '4'),
    cmakeArgs: parseCmakeArgs(read('cmake-args', true)),
    dockerfile: parseDockerfile(read('dockerfile'), workspace),
    network: parseNetwork(read('network')),
    outputDir: parseOutputDir(read('output-dir'), workspace, env),
    keepImage: parseBoolean('keep-image', read('keep-image'), false),
    mirror: parseMirror(read('mirror-repo'), read('mirror-token'), read('mirror-username')),
    ifExists: parseChoice('if-exists', read('if-exists'), ['skip', 'fail', 'overwrite'] as const, 'skip'),
    dryRun,
    verify: parseBoolean('verify', read('verify'), false),
    githubToken: read('github-token'),
    releaseSource: parseChoice('release-source', read('release-source'), ['api', 'tags'] as const, 'api'),
    build: parseChoice('build', read('build'), ['full', 'downloads'] as const, 'full'),
    platforms: parsePlatforms(read('platforms', true), (item, rule) => fail('platforms', item, rule)),
    largeFiles: {
      mode: parseChoice('large-files', read('large-files'), ['plain', 'lfs'] as const, 'plain'),
      threshold: parseLfsThreshold(read('lfs-threshold')),
    },
    language: parseChoice('language', read('language'), ['en', 'ru'] as const, 'en'),
    artifact: parseBoolean('upload-artifact', read('upload-artifact'), true)
      ? { name: parseArtifactName(read('artifact-name')), retentionDays: parseRetentionDays(read('retention-days')) }
      : undefined,
  };
}

/** The characters the artifact service refuses, and path separators. */
export function parseArtifactName(value: string): string | undefined {
  if (value === '') return undefined;
  const name = value;
  if (/[":<>|*?\\/\r\n]/.test(name) || name.length > 256 || name.trim() !== name) {
    fail(
      'artifact-name',
      name,
      t(
        'must be 1 to 256 characters without " : < > | * ? \\ / or surrounding spaces',
        'должно содержать от 1 до 256 символов, без " : < > | * ? \\ / и без пробелов по краям',
      ),
    );
  }
  return name;
}

export function parseRetentionDays(value: string): number | undefined {
  if (value === '') return undefined;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 90)
    fail('retention-days', value, t('must be a whole number of days from 1 to 90', 'должно быть целым числом дней от 1 до 90'));
  return Number(value);
}

/** The language alone, read before everything else so that even an input error speaks it. */
export function parseLanguage(get: InputGetter): Language {
  const value = get('language');
  return value === 'ru' ? 'ru' : 'en';
}

export function parseMirror(repo: string, token: string, username: string): MirrorConfig | undefined {
  if (repo === '') return undefined;
  const url = parseHttpsUrl('mirror-repo', repo);
  // Never echo a token, even a malformed one: the message only says what is wrong with it.
  if (/\s/u.test(token) || token.length > 1024) {
    failHidden(
      'mirror-token',
      t(
        'must be a single token without spaces or newlines, at most 1024 characters',
        'должно быть одним токеном без пробелов и переводов строк, не длиннее 1024 символов',
      ),
    );
  }
  const user = username || 'oauth2';
  if (!/^[A-Za-z0-9._@+-]{1,100}$/.test(user)) {
    fail(
      'mirror-username',
      user,
      t('must be 1 to 100 letters, digits or . _ @ + - (no colon)', 'должно состоять из 1–100 букв, цифр или . _ @ + - (без двоеточия)'),
    );
  }
  return { url: `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`, token, username: user };
}

export function parseChoice<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return fail(name, value, t(`must be one of ${allowed.join(', ')}`, `должно быть одним из: ${allowed.join(', ')}`));
}

const SECRET_INPUTS = new Set(['mirror-token', 'github-token']);
/** The inputs read by parseHttpsUrl: their whole-value checks (control characters, length) hide what it would. */
const URL_INPUTS = new Set(['mirror-repo', 'source-repo']);

function failHidden(name: string, rule: Text): never {
  throw new MirrorError(
    'Invalid',
    t(`Input ${name} ${rule.en} (its value is not shown).`, `Параметр ${name}: значение ${rule.ru} (само значение не показано).`),
  );
}

function fail(name: string, value: string, rule: Text): never {
  // Whatever input it is, a value that may hold a credential is not echoed either.
  if (maySecret(value)) failHidden(name, rule);
  const q = quote(value);
  throw new MirrorError('Invalid', t(`Input ${name} ${q} ${rule.en}.`, `Параметр ${name}: значение ${q} ${rule.ru}.`));
}

/** A rule with more after it, in both languages: `<rule>; <more>` and the like. */
function joined(first: Text, glue: string, more: Text): Text {
  return t(`${first.en}${glue}${more.en}`, `${first.ru}${glue}${more.ru}`);
}

// Tokens with a recognisable prefix: GitHub (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_) and GitLab
// (glpat-, gldt-, glrt- and the like), long enough not to be part of an ordinary name.
const TOKEN_LIKE = /(?:gh[pousr]_|github_pat_|gl(?:pat|dt|rt|cbt|ptt|ft|imt|oas|soat|agent|ffct)-)[A-Za-z0-9_-]{12,}/;

/**
 * A value that may hold a credential, and so is never echoed in a rejection: userinfo before a host
 * (`user:token@host`, `token@host`, the same form as an image registry's `user:pass@registry`; no
 * rejected value needs its `@` shown), or a token with a known prefix pasted into the wrong input.
 */
function maySecret(value: string): boolean {
  return value.includes('@') || TOKEN_LIKE.test(value);
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * An http(s) URL for a remote the build or the mirror talks to: https, or http for loopback hosts
 * (test servers, a local mirror); no credentials (they would end up in logs and image layers).
 */
export function parseHttpsUrl(name: string, value: string): URL {
  const rule = t(
    'must be an https:// URL (plain http only for 127.0.0.1, localhost or [::1]) without credentials, query or fragment',
    'должно быть URL вида https:// (простой http — только для 127.0.0.1, localhost или [::1]) без учётных данных, строки запроса и фрагмента',
  );
  // The parts that may carry a secret come first, before any rule that would echo the value: each is
  // named, never shown (a token next to a `$`, a space or a ".." would otherwise be printed whole).
  const hidden = secretPart(name, value);
  if (hidden) failHidden(name, joined(hidden, '; ', rule));
  if (value.startsWith('-') || /\s/u.test(value) || /[;&|`$<>(){}'"\\!*^]/u.test(value)) fail(name, value, rule);
  // Non-ASCII letters make look-alike hosts (a Cyrillic "і" in github.com); encoded dots and slashes
  // would slip ".." past the check below.
  if (/[^\x21-\x7e]/.test(value)) {
    const ascii = t('must be plain ASCII (no look-alike letters)', 'должно состоять только из символов ASCII (без букв-двойников)');
    fail(name, value, joined(ascii, '; ', rule));
  }
  if (/%(2e|2f|5c)/i.test(value)) {
    const encoded = t('must not contain percent-encoded dots or slashes', 'не должно содержать точек и слэшей, закодированных через %');
    fail(name, value, joined(encoded, '; ', rule));
  }
  // URL() silently resolves "..": look at the raw text first.
  if (/(^|\/)\.\.?(\/|$)/.test(value.replace(/^[a-z]+:\/\//i, '')))
    fail(name, value, joined(rule, ', ', t('and without "." or ".." segments', 'а также без сегментов "." и ".."')));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(name, value, rule);
  }
  // Caught by secretPart already; kept so that no parse of the URL ever lets userinfo or a query through.
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') failHidden(name, rule);
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      const http = t('uses plain http for a host that is not loopback', 'использует простой http для нелокального хоста');
      fail(name, value, joined(http, '; ', rule));
    }
  } else if (url.protocol !== 'https:') {
    fail(name, value, rule);
  }
  if (!/^[A-Za-z0-9._~/%+-]*$/.test(url.pathname)) {
    const chars = t('has characters outside [A-Za-z0-9._~/%+-] in its path', 'содержит в пути символы вне [A-Za-z0-9._~/%+-]');
    fail(name, value, joined(chars, '; ', rule));
  }
  return url;
}

/**
 * Which part of a URL may hold a secret, in words (undefined: none): userinfo before the host, an `@`
 * elsewhere, a query (`?private_token=…`), a fragment, or a token-like string anywhere.
 */
function secretPart(name: string, value: string): Text | undefined {
  const where =
    name === 'mirror-repo'
      ? t('give the token in mirror-token instead', 'укажите токен в mirror-token')
      : t('the source must be readable without credentials', 'источник должен быть доступен без учётных данных');
  // The authority: after the scheme's `//`, up to the first `/`, `\`, `?` or `#`.
  const authority = value.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '').split(/[/\\?#]/)[0] ?? '';
  if (authority.includes('@'))
    return t(`contains credentials before the host (${where.en})`, `содержит учётные данные перед хостом (${where.ru})`);
  if (value.includes('@'))
    return t(
      'contains an @ after the host, which may carry a credential',
      'содержит @ после хоста, а с ним могут передаваться учётные данные',
    );
  if (value.includes('?'))
    return t(
      'has a query (the part from ?), which may carry a credential',
      'содержит строку запроса (часть начиная с ?), в которой могут быть учётные данные',
    );
  if (value.includes('#'))
    return t(
      'has a fragment (the part from #), which may carry a credential',
      'содержит фрагмент (часть начиная с #), в котором могут быть учётные данные',
    );
  if (TOKEN_LIKE.test(value)) return t(`contains what looks like a token (${where.en})`, `содержит что-то похожее на токен (${where.ru})`);
  return undefined;
}

export function parseSourceRepo(value: string): string {
  const url = parseHttpsUrl('source-repo', value);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

// The distribution reference grammar (github.com/distribution/reference), without IPv6 hosts.
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?)`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const IMAGE_REF = new RegExp(
  `^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

export function parseImageRef(name: string, value: string): string {
  const nameLength = value.split(/[:@]/)[0]?.length ?? 0;
  // A domain with a port ("host:5000/x") is split above too; the regex is the real check.
  if (!IMAGE_REF.test(value) || nameLength > 255 || value.length > 512) {
    fail(
      name,
      value,
      t(
        'is not a valid image reference: expected [registry[:port]/]name[:tag][@sha256:digest] with a lowercase name',
        'не является корректной ссылкой на образ: ожидается [registry[:port]/]name[:tag][@sha256:digest] с именем в нижнем регистре',
      ),
    );
  }
  return value;
}

/** Bytes, a whole number from 1 up; empty: GitHub's limit. */
export function parseLfsThreshold(value: string): number {
  if (value === '') return GITHUB_FILE_LIMIT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    return fail(
      'lfs-threshold',
      value,
      t(
        'must be a whole number of bytes, 1 or more (for example 104857600, 100 MiB)',
        'должно быть целым числом байтов, 1 или больше (например, 104857600, то есть 100 MiB)',
      ),
    );
  }
  return n;
}

export function parseJobs(value: string): number {
  if (!/^[0-9]{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    fail('jobs', value, t('must be a whole number from 1 to 256', 'должно быть целым числом от 1 до 256'));
  }
  return Number(value);
}

// NAME[:TYPE]=VALUE; VALUE is kept to characters that no shell or make treats specially.
const CMAKE_ARG = /^-D[A-Za-z_][A-Za-z0-9_.+-]*(?::(?:BOOL|FILEPATH|PATH|STRING|INTERNAL))?=[A-Za-z0-9_.,:/+=@%^-]*$/;

export function parseCmakeArgs(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const line of lines) {
    if (!CMAKE_ARG.test(line)) {
      fail(
        'cmake-args',
        line,
        t(
          'has a line that is not -DNAME=VALUE: give one flag per line, NAME of letters, digits and _ (an optional :TYPE), VALUE of letters, digits and _ . , : / + = @ % ^ -',
          'не имеет вида -DNAME=VALUE: укажите по одному флагу на строку; NAME — из букв, цифр и _ (с необязательным :TYPE), VALUE — из букв, цифр и _ . , : / + = @ % ^ -',
        ),
      );
    }
  }
  return lines;
}

/** A path input relative to the workspace; ".." segments and option-looking values are refused. */
function parsePath(name: string, value: string, workspace: string): string {
  if (value.startsWith('-')) fail(name, value, t('must be a path, not an option', 'должно быть путём, а не опцией'));
  if (value.split(/[\\/]+/).includes('..')) fail(name, value, t('must not contain ".." segments', 'не должно содержать сегментов ".."'));
  if (/[\n\r]/.test(value) || /[;&|`$<>*?"'\\]/.test(value)) {
    const rule = t(
      'must be a plain path without shell metacharacters or quotes',
      'должно быть простым путём без метасимволов оболочки и кавычек',
    );
    fail(name, value, rule);
  }
  return path.resolve(workspace, value);
}

export function parseDockerfile(value: string, workspace: string): string | undefined {
  if (value === '') return undefined;
  const file = parsePath('dockerfile', value, workspace);
  // Only the workspace's files: a dry run prints the recipe, so /etc/shadow must never be one.
  const root = path.resolve(workspace);
  if (file !== root && !file.startsWith(root + path.sep)) {
    fail(
      'dockerfile',
      value,
      t(
        `must be a file in the workspace (${quote(root)}); give a path relative to it`,
        `должно указывать на файл в рабочем каталоге (${quote(root)}); укажите путь относительно него`,
      ),
    );
  }
  let stat: fs.Stats;
  let real: string;
  try {
    stat = fs.statSync(file);
    real = fs.realpathSync(file);
  } catch {
    fail(
      'dockerfile',
      value,
      t(
        'does not exist in the workspace; give the path of a Dockerfile there or leave it empty for the built-in recipe',
        'не найдено в рабочем каталоге; укажите путь к Dockerfile в нём или оставьте параметр пустым для встроенного рецепта',
      ),
    );
  }
  if (!stat.isFile()) fail('dockerfile', value, t('is not a file', 'указывает не на файл'));
  // A link inside the workspace must not lead out of it either.
  const realRoot = fs.realpathSync(root);
  if (!real.startsWith(realRoot + path.sep))
    fail(
      'dockerfile',
      value,
      t(
        `must be a file in the workspace (${quote(root)}), and it links outside`,
        `должно указывать на файл в рабочем каталоге (${quote(root)}), а оно ведёт по ссылке за его пределы`,
      ),
    );
  return file;
}

export function parseNetwork(value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/.test(value)) {
    fail(
      'network',
      value,
      t(
        'must be a Docker network name such as host, none, bridge or a user network (letters, digits, _ . -)',
        'должно быть именем сети Docker, например host, none, bridge, или пользовательской сети (буквы, цифры, _ . -)',
      ),
    );
  }
  return value;
}

export function parseOutputDir(value: string, workspace: string, env: NodeJS.ProcessEnv): string {
  const dir = value === '' ? path.resolve(env.RUNNER_TEMP || os.tmpdir(), 'falco-deps') : parsePath('output-dir', value, workspace);
  if (dir === path.parse(dir).root)
    fail('output-dir', value, t('must not be the file-system root', 'не должно быть корнем файловой системы'));
  let entries: string[] | undefined;
  try {
    entries = fs.readdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR')
      fail('output-dir', value || dir, t('exists and is not a directory', 'указывает на существующий объект, и это не каталог'));
    if (code !== 'ENOENT')
      fail(
        'output-dir',
        value || dir,
        t(`cannot be read (${code ?? 'error'})`, `указывает на каталог, который не удаётся прочитать (${code ?? 'ошибка'})`),
      );
  }
  // Never mix a new tree with old files, and never delete what someone put there.
  if (entries !== undefined && entries.length > 0) {
    fail(
      'output-dir',
      value || dir,
      t(
        'already exists and is not empty; choose a new or empty directory, or remove it first',
        'указывает на существующий непустой каталог; выберите новый или пустой каталог либо сначала удалите этот',
      ),
    );
  }
  return dir;
}

export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  // The YAML 1.2 core-schema spellings, like @actions/core's getBooleanInput.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  return fail(name, value, t('must be true or false', 'должно быть true или false'));
}
