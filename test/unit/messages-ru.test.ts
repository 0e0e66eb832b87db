// Every failure message exists in English and Russian (issue 19, point 6): the catalog, every input
// validation error and a sample of the effects' errors are read in both, and each sentence of the
// Russian text must be Russian, apart from the names and values a message quotes as they are.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { asMirrorError, CATALOG, MirrorError, reasonsFor, t, type Reason, type Verb } from '../../src/common/errors.js';
import { artifactFailure } from '../../src/effects/artifact.js';
import { buildFailure } from '../../src/effects/engine.js';
import { notInstalled, SpawnError, type RunResult } from '../../src/effects/exec.js';
import { extractTree } from '../../src/effects/extract.js';
import { gitFailure, lfsFailure } from '../../src/effects/git-failure.js';
import type { Git } from '../../src/effects/git.js';
import { createMirrorBranch } from '../../src/effects/mirror-branch.js';
import { releasesResource } from '../../src/effects/releases-api.js';
import { overGitHubLimit } from '../../src/planning/large-files.js';
import { INPUT_SPECS, parseInputs } from '../../src/planning/inputs.js';
import { baseImagesFor, parsePlatforms } from '../../src/planning/platforms.js';
import { depsOf } from '../../src/planning/sbom-diff.js';
import { parseFalcoVersion, pickLatest } from '../../src/planning/version-spec.js';
import { makeTar } from './tar-builder.js';

const INPUT_NAMES = new Set(INPUT_SPECS.map((s) => s.name));
const REASONS = new Set(Object.keys(CATALOG));

/**
 * Latin words a Russian sentence may hold: the names of things (products, tools, formats), the
 * values of inputs (choices, booleans), the operations' names (get, create, patch, delete, which the
 * seed keeps in Russian text too), and JavaScript's type names an SBOM error can name.
 */
const NAMES = new Set([
  // products and tools
  'Falco',
  'Docker',
  'Dockerfile',
  'git',
  'Git',
  'GitHub',
  'Debian',
  'Ubuntu',
  'Linux',
  'Enterprise',
  'Server',
  'Free',
  'Pro',
  'falco-deps-mirror',
  'git-lfs',
  // input values
  'latest',
  'true',
  'false',
  'skip',
  'fail',
  'overwrite',
  'api',
  'tags',
  'full',
  'downloads',
  'plain',
  'lfs',
  'en',
  'ru',
  'host',
  'none',
  'bridge',
  'x',
  'http',
  'https',
  'localhost',
  // an output's name
  'versions',
  // the seed's operation names
  'get',
  'create',
  'patch',
  'delete',
  // JavaScript's type names
  'null',
  'undefined',
  'bigint',
  'symbol',
]);

/** A token that is a word of Latin letters (hyphens inside allowed, as in "fine-grained"). */
const LATIN_WORD = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/;
const CYRILLIC = /[А-Яа-яЁё]/;

/** Whether a Latin word is a name rather than prose: an input, a reason, an acronym, a CamelCase identifier, a listed name. */
function isName(word: string): boolean {
  return (
    INPUT_NAMES.has(word) ||
    REASONS.has(word) ||
    NAMES.has(word) ||
    /^[A-Z][A-Z0-9]*s?$/.test(word) || // HTTP, URL, SBOM, NAME, SBOMs
    /^[A-Za-z][a-z]*[A-Z]/.test(word) // CamelCase: CMake, gRPC, SemVer, MiB, CycloneDX, SymbolicLink, bomFormat
  );
}

export interface LanguageOptions {
  /** Text from elsewhere (a tool's output) that the message quotes as it is: left out of the check. */
  readonly verbatim?: readonly string[];
}

/**
 * The sentences of `text` that are not all in `language`: after removing quoted values ("…", `…`),
 * URLs and the verbatim text, a Russian sentence must have no Latin word but names (see isName), and
 * an English one no Cyrillic letter. Returns the offending sentences, each with the words at fault.
 */
export function sentencesInOneLanguage(text: string, language: 'en' | 'ru', options: LanguageOptions = {}): string[] {
  let rest = text;
  for (const v of options.verbatim ?? []) rest = rest.split(v).join(' ');
  rest = rest
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, ' ');
  const problems: string[] = [];
  for (const sentence of rest.split(/(?<=[.!?])\s+|\n+/)) {
    if (sentence.trim() === '') continue;
    if (language === 'en') {
      if (CYRILLIC.test(sentence)) problems.push(`${sentence.trim()}  [Cyrillic in an English sentence]`);
      continue;
    }
    const words = sentence
      .split(/\s+/)
      .map((w) => w.replace(/^[([{«"'.,;:!?—–]+|[)\]}»"'.,;:!?—–]+$/g, ''))
      .filter((w) => LATIN_WORD.test(w) && !isName(w));
    if (words.length > 0) problems.push(`${sentence.trim()}  [${words.join(', ')}]`);
  }
  return problems;
}

/** The error's two texts are each in their own language, and differ. */
function expectBilingual(err: unknown, options: LanguageOptions = {}): MirrorError {
  expect(err).toBeInstanceOf(MirrorError);
  const e = err as MirrorError;
  const en = e.describe('en');
  const ru = e.describe('ru');
  expect(en).toBe(e.message);
  expect(sentencesInOneLanguage(en, 'en', options), en).toEqual([]);
  expect(sentencesInOneLanguage(ru, 'ru', options), ru).toEqual([]);
  expect(ru, 'the Russian text is a translation, not the English one').not.toBe(en);
  expect(CYRILLIC.test(ru), ru).toBe(true);
  return e;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('nothing was thrown');
}

async function rejected(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('nothing was thrown');
}

describe('sentencesInOneLanguage (the rule the tests below apply)', () => {
  it('accepts a Russian sentence whose Latin words are names, quoted values, URLs and paths', () => {
    const ru =
      'Параметр mirror-repo: значение "https://x" должно быть URL вида https:// без учётных данных. Проверьте `git push` на https://example.com/a, /falco и Invalid (HTTP 422).';
    expect(sentencesInOneLanguage(ru, 'ru')).toEqual([]);
  });

  it('fails on an English word left in a Russian sentence, and on Cyrillic in an English one', () => {
    expect(sentencesInOneLanguage('Параметр jobs: значение "0" must be a whole number.', 'ru')).toHaveLength(1);
    expect(sentencesInOneLanguage('Проверьте mirror-token. The token is wrong.', 'ru')).toHaveLength(1);
    expect(sentencesInOneLanguage('Input jobs "0" должно быть целым.', 'en')).toHaveLength(1);
  });

  it('catches an error whose detail or hint was left untranslated', () => {
    const plain = new MirrorError('Invalid', 'The deps tree holds a stray file.');
    expect(sentencesInOneLanguage(plain.describe('ru'), 'ru')).toHaveLength(1);
    const hint = new MirrorError('Invalid', t('Bad.', 'Плохо.'), { hint: 'Check mirror-repo.' });
    expect(sentencesInOneLanguage(hint.describe('ru'), 'ru')).toHaveLength(1);
    const resource = new MirrorError('NotFound', t('Gone.', 'Нет.'), { verb: 'get', resource: 'branch 1.0.0 of https://x' });
    expect(sentencesInOneLanguage(resource.describe('ru'), 'ru')).toEqual([expect.stringContaining('branch')]);
  });
});

describe('the catalog in both languages', () => {
  const verbFor = (reason: Reason): Verb =>
    (['get', 'create', 'patch', 'delete'] as const).find((v) => reasonsFor(v).includes(reason)) ?? 'get';

  it.each(Object.keys(CATALOG) as Reason[])('%s: the Russian text has the Russian sentence and no English one', (reason) => {
    const entry = CATALOG[reason];
    const err = new MirrorError(reason, t('The thing failed.', 'Что-то не получилось.'), {
      verb: verbFor(reason),
      resource: releasesResource('https://api.github.com'),
      hint: t('Run again.', 'Запустите снова.'),
    });
    const en = err.describe('en');
    const ru = err.describe('ru');
    expect(en).toContain(entry.en);
    expect(ru).toContain(entry.ru);
    expect(ru).not.toContain(entry.en);
    expect(ru.startsWith(`${reason} (HTTP ${entry.code}) при операции `)).toBe(true);
    expect(CYRILLIC.test(entry.ru) && !CYRILLIC.test(entry.en)).toBe(true);
    expectBilingual(err);
  });

  it('onPlatform names the platform in the language of the text', () => {
    const err = new MirrorError('NotFound', t('Nothing there.', 'Ничего нет.'), { hint: t('Look.', 'Посмотрите.') }).onPlatform(
      'linux/arm64',
    );
    expect(err.message).toBe('On linux/arm64: Nothing there. Look.');
    expect(err.describe('ru')).toBe('На платформе linux/arm64: Ничего нет. Посмотрите.');
    expect(err.detail).toBe('On linux/arm64: Nothing there.');
    expect(err.hint).toBe('Look.');
  });

  it('an unexpected failure keeps the thrown text as it is inside a Russian sentence', () => {
    const err = asMirrorError(new Error('boom went the disk'));
    expect(err.describe('ru')).toBe('Непредвиденный сбой: boom went the disk.');
    expectBilingual(err, { verbatim: ['boom went the disk'] });
  });
});

describe('every input validation error in both languages', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-messages-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const env = { GITHUB_WORKSPACE: tmp, RUNNER_TEMP: path.join(tmp, 'runner') };
  fs.mkdirSync(path.join(tmp, 'a-dir'));
  fs.writeFileSync(path.join(tmp, 'a-file'), 'x');
  fs.mkdirSync(path.join(tmp, 'full'));
  fs.writeFileSync(path.join(tmp, 'full', 'x'), 'x');
  fs.symlinkSync('/etc/hostname', path.join(tmp, 'outside-link'));
  const mirror = { 'mirror-repo': 'https://example.com/m.git' };

  /** Bad values, each breaking one rule; an input given alone, or with what makes its rule apply. */
  const BAD: ReadonlyArray<[string, string, Record<string, string>?]> = [
    ['falco-version', ''],
    ['falco-version', 'v0.35.1'],
    ['falco-version', 'banana'],
    ['falco-version', '>=0.35.1'],
    ['source-repo', 'http://example.com'],
    ['source-repo', 'ftp://example.com'],
    ['source-repo', 'https://user:secret@example.com'],
    ['source-repo', 'https://example.com/a?x=1'],
    ['source-repo', 'https://example.com/a#frag'],
    ['source-repo', 'https://example.com/x@y'],
    ['source-repo', `https://example.com/ghp_${'a'.repeat(20)}`],
    ['source-repo', 'https://exa mple.com'],
    ['source-repo', 'https://gіthub.com'],
    ['source-repo', 'https://example.com/%2e%2e/x'],
    ['source-repo', 'https://example.com/../x'],
    ['source-repo', 'https://example.com/a:b'],
    ['mirror-repo', 'https://user:secret@example.com/m.git'],
    ['mirror-repo', `https://example.com/glpat-${'a'.repeat(20)}`],
    ['mirror-token', 'two words', mirror],
    ['mirror-username', 'a:b', mirror],
    ['base-image', 'UPPER/Case'],
    ['jobs', '0'],
    ['jobs', 'x@y'],
    ['cmake-args', 'not-a-flag'],
    ['dockerfile', '-x'],
    ['dockerfile', '../x'],
    ['dockerfile', 'a;b'],
    ['dockerfile', '/etc/hostname'],
    ['dockerfile', 'missing.Dockerfile'],
    ['dockerfile', 'a-dir'],
    ['dockerfile', 'outside-link'],
    ['network', 'bad name!'],
    ['output-dir', '/'],
    ['output-dir', 'a-file'],
    ['output-dir', 'full'],
    ['keep-image', 'yes'],
    ['dry-run', 'yes'],
    ['verify', 'yes'],
    ['upload-artifact', 'yes'],
    ['if-exists', 'bogus'],
    ['release-source', 'bogus'],
    ['build', 'bogus'],
    ['large-files', 'bogus'],
    ['language', 'bogus'],
    ['artifact-name', 'a/b'],
    ['retention-days', '91'],
    ['lfs-threshold', '0'],
    ['platforms', 'nonsense'],
    ['platforms', 'windows/amd64'],
  ];

  function rejection(values: Record<string, string>): unknown {
    return thrown(() => parseInputs((name) => values[name] ?? '', env));
  }

  it('covers every input the action has', () => {
    const covered = new Set(BAD.map(([name]) => name));
    // Every input also gets a control character and an over-long value below.
    expect([...INPUT_NAMES].filter((n) => !covered.has(n) && !['github-token', 'mirror-repo'].includes(n))).toEqual([]);
  });

  it.each(BAD)('%s %j', (name, value, extra) => {
    const values = { 'falco-version': '0.35.1', ...extra, [name]: value };
    const e = expectBilingual(rejection(values));
    expect(e.reason).toBe('Invalid');
    expect(e.describe('ru')).toMatch(/^Параметр /);
    expect(e.describe('ru')).toContain(name);
  });

  it.each(INPUT_SPECS.map((s) => s.name))('%s with a control character, and too long', (name) => {
    const base = { 'falco-version': '0.35.1', ...mirror };
    for (const value of ['a\u0007b', 'a'.repeat(4097)]) {
      const e = expectBilingual(rejection({ ...base, [name]: value }));
      expect(e.describe('ru')).toContain(`Параметр ${name}: значение`);
    }
  });

  it('the errors of the version rules met outside the inputs (a tag, the CLI) and of the platforms on their own', () => {
    for (const value of ['', 'v1.2.3', 'x']) expectBilingual(thrown(() => parseFalcoVersion(value)));
    expectBilingual(thrown(() => parsePlatforms('linux/amd64,freebsd/amd64')));
    expectBilingual(thrown(() => parsePlatforms('what')));
  });
});

describe("the effects' errors in both languages", () => {
  const URL = 'https://git.example.com/mirror.git';
  const result = (stderr: string, extra: Partial<RunResult> = {}): RunResult => ({
    code: 128,
    stdout: '',
    stderr,
    signal: null,
    timedOut: false,
    aborted: false,
    ...extra,
  });

  /** A git whose every command fails with this stderr. */
  const failingGit = (stderr: string): Git => ({
    run: () => Promise.resolve(result(stderr)),
    stream: () => {
      throw new Error('not used');
    },
    scrub: (s) => s,
    secrets: [],
    dispose: () => Promise.resolve(),
  });

  it("git-failure's mapping: the branch's ls-remote and push, with git's words kept as they are", async () => {
    const said = `fatal: Authentication failed for '${URL}/'`;
    const branch = createMirrorBranch({ git: failingGit(said), url: URL, branch: '0.35.1', workDir: os.tmpdir() });
    const get = expectBilingual(await rejected(branch.get()), { verbatim: [said] });
    expect(get.reason).toBe('Unauthorized');
    expect(get.describe('ru')).toContain(
      `при операции get (ветка 0.35.1 в ${URL}): Не удалось выполнить \`git ls-remote\` зеркала (git: ${said}).`,
    );
    expect(get.describe('ru')).toContain('Проверьте mirror-token');

    const push = gitFailure(
      'create',
      branch.resourceText ?? branch.resource,
      result(`To ${URL}\n ! [rejected] x (fetch first)`),
      t('git push (create)', '`git push` (create)'),
    );
    expectBilingual(push, { verbatim: [`! [rejected] x (fetch first)`] });
    expect(push.reason).toBe('AlreadyExists');

    const late = gitFailure(
      'get',
      branch.resourceText ?? branch.resource,
      result('', { timedOut: true }),
      t('git ls-remote of the mirror', '`git ls-remote` зеркала'),
    );
    expectBilingual(late);
  });

  it('git-lfs failures, with their hints', () => {
    for (const status of [401, 403, 404, 413, 422]) {
      const trace = `12:00:00.000000 trace git-lfs: HTTP: ${status}`;
      const err = lfsFailure(t(`the LFS storage of ${URL}`, `хранилище LFS в ${URL}`), result(`${trace}\nbatch response: nope`));
      expectBilingual(err, { verbatim: ['batch response: nope'] });
      expect(err.hint).toBeDefined();
    }
  });

  it('the engine: a missing tag, an old CMake, a failed step, docker not installed', () => {
    const tag = buildFailure(result('fatal: Remote branch 9.9.9 not found in upstream origin'));
    expectBilingual(tag);
    expect(tag.describe('ru')).toContain('В репозитории исходников нет тега 9.9.9');
    expectBilingual(buildFailure(result('fdm: build: downloads needs CMake 3.19 or newer; the base image has CMake 3.16.3')));
    const log = 'Step 3/9 : RUN make\nmake: *** [all] Error 2';
    const step = expectBilingual(buildFailure(result(log, { code: 2 })), { verbatim: ['make: *** [all] Error 2', 'Step 3/9 : RUN make'] });
    expect(step.describe('ru')).toContain('на шаге "RUN make" (код выхода 2)');
    const missing = notInstalled(new SpawnError('docker', 'ENOENT', undefined), t('Install Docker.', 'Установите Docker.'));
    expectBilingual(missing);
  });

  it('the artifact service: quota, name taken, unreachable, any other answer', () => {
    expectBilingual(artifactFailure('falco-deps-0.35.1', new Error('Artifact storage quota has been hit')));
    expectBilingual(
      artifactFailure('falco-deps-0.35.1', new Error('Failed request: (409) Conflict: an artifact with this name already exists')),
    );
    expectBilingual(artifactFailure('falco-deps-0.35.1', new Error('Unable to make request: ECONNREFUSED')));
    const other = 'Failed request: (500) Internal Server Error: upstream gave up';
    const err = expectBilingual(artifactFailure('falco-deps-0.35.1', new Error(other)), { verbatim: [other] });
    expect(err.describe('ru')).toContain('при операции создание (артефакт falco-deps-0.35.1)');
  });

  it('an extraction refused for a hostile entry, and for a link out of the tree', async () => {
    const dest = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-messages-x-')), 'out');
    const extract = (entries: Parameters<typeof makeTar>[0]): Promise<unknown> =>
      rejected(extractTree(Readable.from([makeTar(entries)]), dest, { root: 'falco-deps' }));
    const device = expectBilingual(await extract([{ path: 'falco-deps/dev', type: 'CharacterDevice' }]));
    expect(device.describe('ru')).toMatch(/^Извлечение дерева зависимостей отклонено: "falco-deps\/dev" имеет тип CharacterDevice/);
    expectBilingual(await extract([{ path: 'falco-deps/l', type: 'SymbolicLink', linkpath: '../../etc' }]));
    expectBilingual(await extract([{ path: 'elsewhere/x', type: 'File', body: 'x' }]));
  });

  it('the releases, the base image, a file over the limit, an SBOM that is not one', () => {
    const latest = expectBilingual(thrown(() => pickLatest([], releasesResource('https://api.github.com'))));
    expect(latest.describe('ru')).toContain('(релизы falcosecurity/falco в https://api.github.com)');
    expectBilingual(
      thrown(() => baseImagesFor('alt:p10', ['linux/amd64', 'linux/arm64'], undefined, undefined, 'manifest unknown')),
      {
        verbatim: ['manifest unknown'],
      },
    );
    const only = [{ platform: { os: 'linux', architecture: 'amd64' }, digest: `sha256:${'a'.repeat(64)}` }];
    expectBilingual(thrown(() => baseImagesFor('alt:p10', ['linux/arm64', 'linux/ppc64le'], undefined, only)));
    const big = overGitHubLimit('https://github.com/o/m.git', { mode: 'plain', threshold: 104_857_600 }, [
      { path: 'grpc.tar.gz', size: 200_000_000 },
      { path: 'b.tar.gz', size: 150_000_000 },
    ]);
    expect(expectBilingual(big).describe('ru')).toContain('(и ещё 1 файл сверх него)');
    expectBilingual(thrown(() => depsOf([])));
    expectBilingual(thrown(() => depsOf({ bomFormat: 'SPDX' })));
    expectBilingual(thrown(() => depsOf({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ name: 'a', version: 1 }] })));
  });
});
