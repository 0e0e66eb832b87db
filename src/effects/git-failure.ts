// git reports HTTP failures as text; this maps that text to the seed's catalog, per operation.
import { MirrorError, reasonForStatus, reasonsFor, t, textOf, type Reason, type Text, type TextLike, type Verb } from '../common/errors.js';
import { lastLines } from '../common/text.js';
import type { RunResult } from './exec.js';

/** Lines of git's that say nothing about why it failed. */
const GIT_CHATTER = /^(hint:|To |Everything up-to-date)/;

// Every check below reads git's output in time linear in its length, whatever a server sends (it
// controls the remote: lines): plain substring searches on the lowercased text, and for the patterns
// "A, then B later on the same line" one search for B in the rest of the line after the first A.

/** A rejected ref update: the lease did not hold, or the server refused a non-fast-forward. */
const REJECTED = ['[rejected]', '(fetch first)', '(stale info)', '(non-fast-forward)'];
/** What follows `[remote rejected]` on its line when the server's ref update lost a race. */
const REMOTE_REJECTED = ['already exists', 'failed to update ref', 'failed to lock ref', 'cannot lock ref', 'stale'];

const TOO_LARGE = ['large files detected', "exceeds github's file size limit", 'gh001', 'file size limit', 'too large'];
// GitHub's GH006 and GitLab's pre-receive refusals: the token may not write to this branch.
const REFUSED = [
  'protected branch',
  'not allowed to push',
  'not allowed to force push',
  'not allowed to delete',
  'pre-receive hook declined',
  'gh006',
];
const UNAUTHORIZED = [
  'authentication failed',
  'could not read username',
  'could not read password',
  'terminal prompts disabled',
  'invalid username or password',
];
const FORBIDDEN = ['permission denied', 'access denied', 'forbidden'];
const NOT_FOUND = ['repository not found', 'does not appear to be a git repository'];
const TIMEOUT = ['operation too slow', 'timed out', 'timeout was reached'];
const SERVER_TIMED_OUT = ['timeout', 'time out', 'timedout', 'timed out'];
const UNAVAILABLE = [
  'could not resolve host',
  'failed to connect',
  'connection refused',
  'connection reset',
  'empty reply from server',
  'unexpected disconnect',
  'the remote end hung up',
  'early eof',
  'ssl_error',
  'gnutls_handshake',
];

const anyOf = (text: string, needles: readonly string[]): boolean => needles.some((n) => text.includes(n));

/**
 * Whether some line holds `first` and, after it, one of `then`. Only a line's first `first` is
 * looked at (the rest of the line after it holds every later one), and each line is searched once.
 */
function onOneLine(text: string, first: string, then: readonly string[]): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(first, from);
    if (at < 0) return false;
    const end = text.indexOf('\n', at);
    const rest = text.slice(at + first.length, end < 0 ? text.length : end);
    if (anyOf(rest, then)) return true;
    if (end < 0) return false;
    from = end + 1;
  }
}

const RPC_FAILED = 'error: RPC failed; ';

/**
 * The first HTTP status git names ("returned error: 403", "HTTP 413", "error: RPC failed; HTTP 500"),
 * or 0. Three digits must follow; after "HTTP " the number must end there ("HTTP 4041" is none),
 * except right after "error: RPC failed; ", where the first three digits always counted.
 */
function statusOf(text: string): number {
  const found = [firstCode(text, 'returned error: ', false), firstCode(text, 'HTTP ', true)].filter((c) => c.at >= 0);
  found.sort((a, b) => a.at - b.at);
  return found[0]?.code ?? 0;
}

function firstCode(text: string, prefix: string, wholeNumber: boolean): { at: number; code: number } {
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    const digits = text.slice(at + prefix.length, at + prefix.length + 4);
    if (!/^\d{3}/.test(digits)) continue;
    if (wholeNumber && /^\d{3}\w/.test(digits) && !text.endsWith(RPC_FAILED, at)) continue;
    return { at, code: Number(digits.slice(0, 3)) };
  }
  return { at: -1, code: 0 };
}

export function isLeaseRejection(text: string): boolean {
  return rejected(text.toLowerCase());
}

function rejected(lower: string): boolean {
  return anyOf(lower, REJECTED) || onOneLine(lower, '[remote rejected]', REMOTE_REJECTED);
}

/** The catalog reason for a failed git command, or undefined when the text names none. */
export function reasonOf(verb: Verb, text: string): Reason | undefined {
  const lower = text.toLowerCase();
  if (rejected(lower)) return verb === 'create' ? 'AlreadyExists' : 'Conflict';
  if (anyOf(lower, TOO_LARGE)) return 'RequestEntityTooLarge';
  if (anyOf(lower, REFUSED)) return 'Forbidden';
  const byStatus = reasonForCode(verb, statusOf(text), text);
  if (byStatus) return byStatus;
  if (anyOf(lower, UNAUTHORIZED)) return 'Unauthorized';
  if (anyOf(lower, FORBIDDEN) || onOneLine(lower, 'permission to ', [' denied'])) return 'Forbidden';
  if (anyOf(lower, NOT_FOUND) || onOneLine(lower, "repository '", ["' not found"])) return 'NotFound';
  if (anyOf(lower, TIMEOUT)) return 'Timeout';
  if (anyOf(lower, UNAVAILABLE)) return 'ServiceUnavailable';
  return undefined;
}

function reasonForCode(verb: Verb, code: number, text: string): Reason | undefined {
  // A 500 whose server text says it timed out; "returned error: 500" itself is not that text.
  if (code === 500)
    return anyOf(text.split('returned error: 500').join('').toLowerCase(), SERVER_TIMED_OUT) ? 'ServerTimeout' : 'InternalError';
  if (code === 409) return 'Conflict';
  if (code === 410) return verb === 'delete' ? 'Expired' : 'Gone';
  return reasonForStatus(code);
}

/** The error for a failed git command on the mirror: reason, code, operation and branch, and git's own words. */
export function gitFailure(verb: Verb, resource: TextLike, result: RunResult, whatText: TextLike): MirrorError {
  const text = `${result.stderr}\n${result.stdout}`;
  const what = textOf(whatText);
  if (result.timedOut) {
    return new MirrorError('Timeout', t(`${what.en} did not finish in time.`, `Команда ${what.ru} не завершилась вовремя.`), {
      verb,
      resource,
    });
  }
  const reason = reasonOf(verb, text) ?? 'InternalError';
  const said = lastLines(result.stderr || result.stdout, 3, { trim: true, skip: GIT_CHATTER, separator: ' / ', maxChars: 500 });
  // A push starts with a GET of the repository's refs; a 404 or 410 there is that get failing.
  const op = reasonsFor(verb).includes(reason) ? verb : 'get';
  const gitSaid = said ? ` (git: ${said})` : '';
  const detail = t(`${what.en} failed${gitSaid}.`, `Не удалось выполнить ${what.ru}${gitSaid}.`);
  return new MirrorError(reason, detail, { verb: op, resource, hint: hintFor(reason) });
}

function hintFor(reason: Reason): Text | undefined {
  switch (reason) {
    case 'Unauthorized':
      return t(
        'Check mirror-token (and mirror-username: GitLab wants oauth2, GitHub any name with a token that has contents:write).',
        'Проверьте mirror-token (и mirror-username: GitLab ждёт oauth2, GitHub — любое имя с токеном, у которого есть право contents:write).',
      );
    case 'Forbidden':
      return t(
        'The token is valid but may not write to this repository or branch (protected branch, missing scope).',
        'Токен действителен, но не может писать в этот репозиторий или ветку (защищённая ветка, нет нужного права).',
      );
    case 'NotFound':
      return t(
        'Check mirror-repo: the repository must exist and the token must see it.',
        'Проверьте mirror-repo: репозиторий должен существовать, и токен должен иметь к нему доступ.',
      );
    case 'RequestEntityTooLarge':
      return t(
        "A file is over the server's per-file limit (GitHub refuses files over 100 MiB; grpc.tar.gz often is): set large-files: lfs, or use a mirror whose limit fits.",
        'Файл превышает ограничение сервера на размер файла (GitHub не принимает файлы больше 100 MiB, а grpc.tar.gz часто больше): задайте large-files: lfs или используйте зеркало с подходящим ограничением.',
      );
    case 'AlreadyExists':
      return t(
        'Another run created the branch first; run again with if-exists: skip or overwrite.',
        'Другой запуск успел создать ветку раньше; запустите снова с if-exists: skip или overwrite.',
      );
    case 'Conflict':
      return t(
        'The branch changed since it was checked; run again to build on the new state.',
        'Ветка изменилась после проверки; запустите снова, чтобы собрать поверх нового состояния.',
      );
    default:
      return undefined;
  }
}

/** git-lfs's trace line for an HTTP answer (GIT_TRACE=1): the status it got. */
const LFS_STATUS = /^\S+ trace git-lfs: HTTP: (\d{3})\s*$/;

/**
 * The error for a failed `git lfs push`. git-lfs prints only the server's message for most HTTP
 * failures, so the push runs with GIT_TRACE=1 and the status is read from its trace; the trace is never
 * shown (a batch response can carry a storage token in its action headers), only git-lfs's own lines.
 */
export function lfsFailure(resource: TextLike, result: RunResult): MirrorError {
  const lines = `${result.stderr}\n${result.stdout}`.split('\n');
  const statuses = lines
    .map((l) => LFS_STATUS.exec(l.trim())?.[1])
    .filter((s): s is string => s !== undefined)
    .map(Number);
  const failing = statuses.filter((s) => s >= 400).pop();
  const own = lines.filter((l) => !/^\S+ (trace|run-command\.c|git\.c)/.test(l.trim()) && !/trace git-lfs:|trace: /.test(l));
  const text = own.join('\n');
  const lower = text.toLowerCase();
  const said = lastLines(own.join('\n'), 3, { trim: true, separator: ' / ', maxChars: 500 });
  const lfsSaid = said ? ` (git-lfs: ${said})` : '';
  const what = t(`git lfs push failed${lfsSaid}.`, `Не удалось выполнить \`git lfs push\`${lfsSaid}.`);
  if (result.timedOut) {
    const late = t('git lfs push did not finish in time.', 'Команда `git lfs push` не завершилась вовремя.');
    return new MirrorError('Timeout', late, { verb: 'create', resource });
  }
  let reason: Reason | undefined;
  if (failing !== undefined)
    reason = failing === 500 ? 'InternalError' : (reasonForStatus(failing) ?? (failing >= 500 ? 'ServiceUnavailable' : undefined));
  // git-lfs 3.3 exits 0 after a 422 on an upload, having stored nothing: never a success.
  if (lower.includes('uploading failed due to unsupported content-type')) reason = 'Invalid';
  reason ??= anyOf(lower, ['credentials for', 'terminal prompts disabled', 'authentication required'])
    ? 'Unauthorized'
    : anyOf(lower, ['i/o timeout', 'use of closed network connection', 'timeout'])
      ? 'Timeout'
      : anyOf(lower, UNAVAILABLE) || lower.includes('connection refused')
        ? 'ServiceUnavailable'
        : 'InternalError';
  return new MirrorError(reason, what, { verb: 'create', resource, hint: lfsHint(reason) });
}

function lfsHint(reason: Reason): Text | undefined {
  switch (reason) {
    case 'Unauthorized':
      return t(
        'The LFS endpoint refused the credentials: check mirror-token (it is sent to <mirror-repo>/info/lfs as to git).',
        'Сервер LFS не принял учётные данные: проверьте mirror-token (он передаётся на <mirror-repo>/info/lfs так же, как для git).',
      );
    case 'Forbidden':
      return t(
        'The token may not write LFS objects to this repository (GitHub: contents: write; an LFS quota that is used up also answers 403).',
        'Токену нельзя записывать объекты LFS в этот репозиторий (GitHub: нужно право `contents: write`; исчерпанная квота LFS тоже даёт 403).',
      );
    case 'NotFound':
      return t(
        'The mirror has no LFS endpoint at <mirror-repo>/info/lfs, or the token cannot see the repository.',
        'У зеркала нет сервера LFS по адресу <mirror-repo>/info/lfs, или токен не имеет доступа к репозиторию.',
      );
    case 'RequestEntityTooLarge':
      return t(
        "An object is over the LFS server's size limit (GitHub: 2 GB on Free and Pro, up to 5 GB on larger plans).",
        'Объект превышает ограничение размера сервера LFS (GitHub: 2 GB на тарифах Free и Pro, до 5 GB на старших тарифах).',
      );
    case 'Invalid':
      return t(
        'The LFS server refused an upload as invalid (HTTP 422): nothing was stored and the branch was not pushed.',
        'Сервер LFS отклонил загрузку как недопустимую (HTTP 422): ничего не сохранено, и ветка не отправлена.',
      );
    case 'Timeout':
      return t(
        'The upload stalled: the LFS server stopped taking bytes. Run again; objects already stored are not sent again.',
        'Загрузка зависла: сервер LFS перестал принимать данные. Запустите снова; уже сохранённые объекты повторно не отправляются.',
      );
    default:
      return undefined;
  }
}
