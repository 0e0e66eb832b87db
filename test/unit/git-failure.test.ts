// git reports a failed request to the mirror only as text on stderr (and, with --porcelain, stdout).
// These are the texts git 2.39 really prints (the ones against 127.0.0.1 captured from the test git
// server, the forge ones as GitHub and GitLab send them), mapped to the catalog per operation.
import { describe, expect, it } from 'vitest';
import { MirrorError, type Reason, type Verb } from '../../src/common/errors.js';
import type { RunResult } from '../../src/effects/exec.js';
import { gitFailure, isLeaseRejection, reasonOf } from '../../src/effects/git-failure.js';

const URL = 'https://gitlab.example.com/falco/deps-mirror.git';
const RESOURCE = `branch 0.35.1 of ${URL}`;
const ACCESS = `fatal: unable to access '${URL}/': The requested URL returned error:`;

function result(stderr: string, extra: Partial<RunResult> = {}): RunResult {
  return { code: 128, stdout: '', stderr, signal: null, timedOut: false, aborted: false, ...extra };
}

// Texts that name the same reason whatever the operation.
const TEXTS: Array<{ name: string; text: string; reason: Reason; code: number; transient: boolean }> = [
  {
    name: '403 (GitHub: permission denied)',
    text: `remote: Permission to falco/deps-mirror.git denied to ci-bot.\n${ACCESS} 403\n`,
    reason: 'Forbidden',
    code: 403,
    transient: false,
  },
  { name: '403 (bare status)', text: `remote: injected fault 403\n${ACCESS} 403\n`, reason: 'Forbidden', code: 403, transient: false },
  { name: '401 status', text: `${ACCESS} 401\n`, reason: 'Unauthorized', code: 401, transient: false },
  {
    name: 'Authentication failed (GitHub)',
    text: `remote: Invalid username or password.\nfatal: Authentication failed for '${URL}/'\n`,
    reason: 'Unauthorized',
    code: 401,
    transient: false,
  },
  {
    name: 'Authentication failed (GitLab: "HTTP Basic: Access denied")',
    text:
      'remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password.\n' +
      `fatal: Authentication failed for '${URL}/'\n`,
    reason: 'Unauthorized',
    code: 401,
    transient: false,
  },
  {
    name: 'no credentials and prompts disabled',
    text: "fatal: could not read Username for 'https://gitlab.example.com': terminal prompts disabled\n",
    reason: 'Unauthorized',
    code: 401,
    transient: false,
  },
  { name: '404 status', text: `${ACCESS} 404\n`, reason: 'NotFound', code: 404, transient: false },
  {
    name: 'Repository not found (GitHub)',
    text: `remote: Repository not found.\nfatal: repository '${URL}/' not found\n`,
    reason: 'NotFound',
    code: 404,
    transient: false,
  },
  {
    name: 'repository not found (smart HTTP 404)',
    text: `remote: injected fault 404\nfatal: repository '${URL}/' not found\n`,
    reason: 'NotFound',
    code: 404,
    transient: false,
  },
  {
    name: '413 on the pack POST',
    text:
      'error: RPC failed; HTTP 413 curl 22 The requested URL returned error: 413\n' +
      'send-pack: unexpected disconnect while reading sideband packet\n' +
      'fatal: the remote end hung up unexpectedly\n',
    reason: 'RequestEntityTooLarge',
    code: 413,
    transient: false,
  },
  {
    name: 'GH001: Large files detected',
    text:
      'remote: error: Trace: 5b0a8c5e3f1d2e4a\n' +
      'remote: error: See https://gh.io/lfs for more information.\n' +
      "remote: error: File grpc.tar.gz is 180.52 MB; this exceeds GitHub's file size limit of 100.00 MB\n" +
      'remote: error: GH001: Large files detected. You may want to try Git Large File Storage - https://git-lfs.github.com.\n' +
      `To ${URL}\n` +
      ' ! [remote rejected] 0123456789abcdef0123456789abcdef01234567 -> 0.35.1 (pre-receive hook declined)\n' +
      `error: failed to push some refs to '${URL}'\n`,
    reason: 'RequestEntityTooLarge',
    code: 413,
    transient: false,
  },
  {
    name: '429',
    text: `remote: injected fault 429\n${ACCESS} 429\n`,
    reason: 'TooManyRequests',
    code: 429,
    transient: true,
  },
  {
    name: '500',
    text: `remote: injected fault 500\n${ACCESS} 500\n`,
    reason: 'InternalError',
    code: 500,
    transient: false,
  },
  {
    name: '500 on the pack POST',
    text: 'error: RPC failed; HTTP 500 curl 22 The requested URL returned error: 500\nfatal: the remote end hung up unexpectedly\n',
    reason: 'InternalError',
    code: 500,
    transient: false,
  },
  {
    name: '500 whose server text says it timed out',
    text: `remote: upstream request timed out\n${ACCESS} 500\n`,
    reason: 'ServerTimeout',
    code: 500,
    transient: true,
  },
  {
    name: '502',
    text: `${ACCESS} 502\n`,
    reason: 'ServiceUnavailable',
    code: 503,
    transient: true,
  },
  {
    name: '503',
    text: `remote: injected fault 503\n${ACCESS} 503\n`,
    reason: 'ServiceUnavailable',
    code: 503,
    transient: true,
  },
  {
    name: '503 on the pack POST',
    text:
      'error: RPC failed; HTTP 503 curl 22 The requested URL returned error: 503\n' +
      'send-pack: unexpected disconnect while reading sideband packet\n' +
      'fatal: the remote end hung up unexpectedly\n',
    reason: 'ServiceUnavailable',
    code: 503,
    transient: true,
  },
  {
    name: 'protected branch (GitHub GH006)',
    text:
      'remote: error: GH006: Protected branch update failed for refs/heads/0.35.1.\n' +
      `To ${URL}\n ! [remote rejected] 0.35.1 -> 0.35.1 (protected branch hook declined)\nerror: failed to push some refs to '${URL}'\n`,
    reason: 'Forbidden',
    code: 403,
    transient: false,
  },
  {
    name: 'protected branch (GitLab pre-receive)',
    text:
      'remote: GitLab: You are not allowed to force push code to a protected branch on this project.\n' +
      `To ${URL}\n ! [remote rejected] 0.35.1 -> 0.35.1 (pre-receive hook declined)\nerror: failed to push some refs to '${URL}'\n`,
    reason: 'Forbidden',
    code: 403,
    transient: false,
  },
  { name: '504', text: `remote: injected fault 504\n${ACCESS} 504\n`, reason: 'Timeout', code: 504, transient: true },
  {
    name: 'Operation too slow (http.lowSpeedTime)',
    text: `fatal: unable to access '${URL}/': Operation too slow. Less than 1000 bytes/sec transferred the last 60 seconds\n`,
    reason: 'Timeout',
    code: 504,
    transient: true,
  },
  {
    name: 'connection refused',
    text: `fatal: unable to access '${URL}/': Failed to connect to gitlab.example.com port 443 after 3 ms: Connection refused\n`,
    reason: 'ServiceUnavailable',
    code: 503,
    transient: true,
  },
];

describe('reasonOf and gitFailure on what git 2.39 prints', () => {
  for (const t of TEXTS) {
    for (const verb of ['get', 'patch', 'delete'] as const) {
      it(`${t.name} -> ${t.reason} on ${verb}`, () => {
        expect(reasonOf(verb, t.text)).toBe(t.reason);
        const err = gitFailure(verb, RESOURCE, result(t.text), `git op (${verb})`);
        expect(err).toBeInstanceOf(MirrorError);
        expect(err.reason).toBe(t.reason);
        expect(err.code).toBe(t.code);
        expect(err.transient).toBe(t.transient);
        expect(err.verb).toBe(verb);
        expect(err.resource).toBe(RESOURCE);
        expect(err.message.startsWith(`${t.reason} (HTTP ${t.code}) on ${verb} of ${RESOURCE}: git op (${verb}) failed (git: `)).toBe(true);
      });
    }
  }

  it('the message names reason, code, verb and resource, quotes git, and gives the hint', () => {
    const text = `remote: Permission to falco/deps-mirror.git denied to ci-bot.\n${ACCESS} 403\n`;
    const err = gitFailure('create', RESOURCE, result(text), 'git push (create)');
    expect(err.message).toBe(
      `Forbidden (HTTP 403) on create of ${RESOURCE}: git push (create) failed ` +
        `(git: remote: Permission to falco/deps-mirror.git denied to ci-bot. / ${ACCESS} 403). ` +
        'The server is reachable and the request is valid, but the server refuses to take any further action. ' +
        'The token is valid but may not write to this repository or branch (protected branch, missing scope).',
    );
    expect(err.detail).toBe(
      `git push (create) failed (git: remote: Permission to falco/deps-mirror.git denied to ci-bot. / ${ACCESS} 403).`,
    );
    expect(err.describe('en')).toBe(err.message);
  });

  it("describe('ru') is the Russian sentence: the verb, the resource and the catalog's Russian text", () => {
    const err = gitFailure('create', RESOURCE, result(`${ACCESS} 403\n`), 'git push (create)');
    const ru = err.describe('ru');
    expect(ru.startsWith(`Forbidden (HTTP 403) при операции создание (${RESOURCE}): `)).toBe(true);
    expect(ru).toContain('Сервер доступен и запрос корректный, но сервер отказывается предпринимать какие-либо дальнейшие действия.');
    expect(ru).not.toContain('The server is reachable');

    const patch = gitFailure('patch', RESOURCE, result(`remote: injected fault 503\n${ACCESS} 503\n`), 'git push (patch)');
    expect(patch.describe('ru')).toContain(`ServiceUnavailable (HTTP 503) при операции patch (${RESOURCE})`);
    expect(patch.describe('ru')).toContain('Сам запрос был корректным, но запрашиваемый сервис в данный момент недоступен.');
    // Cyrillic is really there, not just the English text.
    expect(/[А-Яа-яЁё]{5,}/.test(patch.describe('ru'))).toBe(true);
  });

  it('keeps only the last three meaningful lines of git, without hints or the "To <url>" line', () => {
    const text =
      `To ${URL}\n` +
      'hint: Updates were rejected because the tip of your current branch is behind\n' +
      'remote: line one\nremote: line two\nremote: line three\n' +
      `${ACCESS} 500\n`;
    const err = gitFailure('get', RESOURCE, result(text), 'git ls-remote of the mirror');
    expect(err.detail).toBe(`git ls-remote of the mirror failed (git: remote: line two / remote: line three / ${ACCESS} 500).`);
  });
});

describe('NotFound on create', () => {
  // Seed 000: create never yields NotFound; the push's first request (the GET of the refs) is a get.
  for (const [name, text] of [
    ['404 status', `${ACCESS} 404\n`],
    ['Repository not found', `remote: Repository not found.\nfatal: repository '${URL}/' not found\n`],
  ] as const) {
    it(`${name} is reported as NotFound on get`, () => {
      expect(reasonOf('create', text)).toBe('NotFound');
      const err = gitFailure('create', RESOURCE, result(text), 'git push (create)');
      expect(err.reason).toBe('NotFound');
      expect(err.code).toBe(404);
      expect(err.verb).toBe('get');
      expect(err.resource).toBe(RESOURCE);
      expect(err.message.startsWith(`NotFound (HTTP 404) on get of ${RESOURCE}: git push (create) failed`)).toBe(true);
      expect(err.describe('ru').startsWith(`NotFound (HTTP 404) при операции get (${RESOURCE}): `)).toBe(true);
    });
  }

  it('410 on create is Gone on get; 410 on delete is Expired', () => {
    const text = `${ACCESS} 410\n`;
    const onCreate = gitFailure('create', RESOURCE, result(text), 'git push (create)');
    expect([onCreate.reason, onCreate.verb, onCreate.code]).toEqual(['Gone', 'get', 410]);
    const onDelete = gitFailure('delete', RESOURCE, result(text), 'git push (delete)');
    expect([onDelete.reason, onDelete.verb, onDelete.code]).toEqual(['Expired', 'delete', 410]);
  });

  it('every other reason on create keeps the verb create', () => {
    for (const t of TEXTS.filter((x) => x.reason !== 'NotFound')) {
      const err = gitFailure('create', RESOURCE, result(t.text), 'git push (create)');
      expect([t.name, err.reason, err.verb]).toEqual([t.name, t.reason, 'create']);
    }
  });
});

describe('rejected ref updates: the lease did not hold', () => {
  const REJECTIONS: Array<{ name: string; stdout: string; stderr: string }> = [
    {
      name: 'stale info (human form)',
      stdout: '',
      stderr:
        `To ${URL}\n` +
        ' ! [rejected]        0123456789abcdef0123456789abcdef01234567 -> 0.35.1 (stale info)\n' +
        `error: failed to push some refs to '${URL}'\n`,
    },
    {
      name: 'stale info (porcelain)',
      stdout: `To ${URL}\n!\t0123456789abcdef0123456789abcdef01234567:refs/heads/0.35.1\t[rejected] (stale info)\nDone\n`,
      stderr: `error: failed to push some refs to '${URL}'\n`,
    },
    {
      name: 'fetch first',
      stdout: '',
      stderr:
        `To ${URL}\n` +
        ' ! [rejected]        0123456789abcdef0123456789abcdef01234567 -> 0.35.1 (fetch first)\n' +
        `error: failed to push some refs to '${URL}'\n` +
        'hint: Updates were rejected because the remote contains work that you do\nhint: not have locally.\n',
    },
    {
      // Two creates raced and both passed the client's lease check; the server refused the second.
      name: 'remote rejected: cannot lock ref, reference already exists (a race lost on the server)',
      stdout: `To ${URL}\n!\t0123456789abcdef0123456789abcdef01234567:refs/heads/0.35.1\t[remote rejected] (failed to update ref)\nDone\n`,
      stderr: `remote: error: cannot lock ref 'refs/heads/0.35.1': reference already exists\nerror: failed to push some refs to '${URL}'\n`,
    },
  ];

  for (const r of REJECTIONS) {
    it(`${r.name}: Conflict for patch and delete, AlreadyExists for create`, () => {
      const text = `${r.stderr}\n${r.stdout}`;
      expect(isLeaseRejection(text)).toBe(true);
      for (const verb of ['patch', 'delete'] as const) {
        expect(reasonOf(verb, text)).toBe('Conflict');
        const err = gitFailure(verb, RESOURCE, result(r.stderr, { code: 1, stdout: r.stdout }), `git push (${verb})`);
        expect([err.reason, err.code, err.verb, err.resource, err.transient]).toEqual(['Conflict', 409, verb, RESOURCE, false]);
        expect(err.message.startsWith(`Conflict (HTTP 409) on ${verb} of ${RESOURCE}: `)).toBe(true);
        expect(err.describe('ru')).toContain('Запрос не может быть выполнен из-за конфликта с текущим состоянием ресурса.');
      }
      expect(reasonOf('create', text)).toBe('AlreadyExists');
      const err = gitFailure('create', RESOURCE, result(r.stderr, { code: 1, stdout: r.stdout }), 'git push (create)');
      expect([err.reason, err.code, err.verb, err.resource, err.transient]).toEqual(['AlreadyExists', 409, 'create', RESOURCE, false]);
      expect(err.message.startsWith(`AlreadyExists (HTTP 409) on create of ${RESOURCE}: `)).toBe(true);
      expect(err.describe('ru')).toContain('при операции создание');
      expect(err.describe('ru')).toContain('Создаваемый ресурс уже существует.');
    });
  }

  it('is not a rejection when the server refused for another reason', () => {
    for (const t of TEXTS) expect([t.name, isLeaseRejection(t.text)]).toEqual([t.name, false]);
  });
});

describe('a git that did not finish in time', () => {
  it('is a Timeout on the verb, whatever it printed', () => {
    for (const verb of ['get', 'create', 'patch', 'delete'] as Verb[]) {
      const err = gitFailure(
        verb,
        RESOURCE,
        result('remote: Counting objects: 12% (3/25)\n', { code: 128, signal: 'SIGTERM', timedOut: true }),
        'git push',
      );
      expect([err.reason, err.code, err.verb, err.resource, err.transient]).toEqual(['Timeout', 504, verb, RESOURCE, true]);
      expect(err.message.startsWith(`Timeout (HTTP 504) on ${verb} of ${RESOURCE}: git push did not finish in time.`)).toBe(true);
      expect(err.describe('ru')).toContain('Запрос не может быть выполнен в разумное время.');
    }
  });

  it('an unknown failure is an InternalError that still quotes git', () => {
    const err = gitFailure('patch', RESOURCE, result('fatal: something nobody expected\n'), 'git push (patch)');
    expect([err.reason, err.verb, err.transient]).toEqual(['InternalError', 'patch', false]);
    expect(err.message).toContain('(git: fatal: something nobody expected)');
  });
});

describe('the line rules, read in linear time', () => {
  it('"Permission to ... denied" and "repository \'...\' not found" hold only within one line', () => {
    expect(reasonOf('patch', 'remote: Permission to a/b.git denied to bot.\n')).toBe('Forbidden');
    expect(reasonOf('patch', 'remote: Permission to a/b.git\n denied to bot.\n')).toBeUndefined();
    expect(reasonOf('get', "fatal: repository 'https://x/y.git/' not found\n")).toBe('NotFound');
    expect(reasonOf('get', "fatal: repository 'https://x/y.git/'\n not found\n")).toBeUndefined();
  });

  it('"[remote rejected]" is a lost race only when its own line says so', () => {
    expect(isLeaseRejection(' ! [remote rejected] 0.35.1 -> 0.35.1 (failed to lock ref)\n')).toBe(true);
    expect(isLeaseRejection(' ! [REMOTE REJECTED] 0.35.1 -> 0.35.1 (Cannot Lock Ref)\n')).toBe(true);
    expect(isLeaseRejection(' ! [remote rejected] 0.35.1 -> 0.35.1 (pre-receive hook declined)\nremote: already exists\n')).toBe(false);
  });

  it('the first status git names counts; after "HTTP " it must be a whole three-digit number', () => {
    expect(reasonOf('get', `${ACCESS} 404\nerror: RPC failed; HTTP 500 curl 22\n`)).toBe('NotFound');
    expect(reasonOf('get', 'error: RPC failed; HTTP 503 curl 22 The requested URL returned error: 500\n')).toBe('ServiceUnavailable');
    expect(reasonOf('get', 'remote: HTTP 4041 HTTP/2 stream\n')).toBeUndefined();
    expect(reasonOf('get', 'error: RPC failed; HTTP 5000\n')).toBe('InternalError');
    expect(reasonOf('get', 'returned error: 50x\nHTTP 429 Too Many Requests\n')).toBe('TooManyRequests');
  });

  // Server-controlled text (remote: lines) shaped to make backtracking regexes quadratic: the old ones
  // took seconds on 250 KB and minutes on these 2 MB. No timing is asserted (performance is a benchmark's
  // job); the generous test timeout is what such a regression would hit.
  const MB = 1 << 20;
  const repeat = (fragment: string): string => fragment.repeat(Math.ceil((2 * MB) / fragment.length));
  const ADVERSARIAL: Array<{ name: string; text: string; reason: Reason | undefined; rejection: boolean }> = [
    {
      name: '"[remote rejected] " repeated on one line',
      text: `${repeat(' ! [remote rejected] ')}\n${ACCESS} 500\n`,
      reason: 'InternalError',
      rejection: false,
    },
    {
      name: '"[remote rejected] " and a long line',
      text: `[remote rejected] ${'a'.repeat(2 * MB)}\n${ACCESS} 403\n`,
      reason: 'Forbidden',
      rejection: false,
    },
    {
      name: '"[remote rejected] " repeated, the reason at the end of the line',
      text: `${repeat('[remote rejected] ')}(failed to update ref)\n`,
      reason: 'Conflict',
      rejection: true,
    },
    {
      name: '"Permission to " without " denied"',
      text: `${repeat('remote: Permission to ')}\nfatal: the remote end hung up unexpectedly\n`,
      reason: 'ServiceUnavailable',
      rejection: false,
    },
    {
      name: '"Permission to " with " denied" far away',
      text: `Permission to ${'a'.repeat(2 * MB)} denied to bot.\n`,
      reason: 'Forbidden',
      rejection: false,
    },
    { name: '"Permission to " on every line', text: `${repeat('Permission to x\n')} denied\n`, reason: undefined, rejection: false },
    {
      name: '"repository \'" without "\' not found"',
      text: `${repeat("repository '")}\nConnection refused\n`,
      reason: 'ServiceUnavailable',
      rejection: false,
    },
    {
      name: '"returned error: " and "HTTP " followed by junk',
      text: `${repeat('returned error: x HTTP 12x ')}\n${ACCESS} 503\n`,
      reason: 'ServiceUnavailable',
      rejection: false,
    },
    {
      name: 'a 500 with a long text to search for "timed out"',
      text: `${repeat('returned error: 500 time d ')}\n`,
      reason: 'InternalError',
      rejection: false,
    },
  ];

  for (const t of ADVERSARIAL) {
    it(`2 MB of ${t.name} is classified (${t.reason ?? 'no reason'})`, { timeout: 10_000 }, () => {
      expect(reasonOf('patch', t.text)).toBe(t.reason);
      expect(isLeaseRejection(t.text)).toBe(t.rejection);
      const err = gitFailure('patch', RESOURCE, result(t.text), 'git push (patch)');
      expect(err.reason).toBe(t.reason ?? 'InternalError');
    });
  }
});
