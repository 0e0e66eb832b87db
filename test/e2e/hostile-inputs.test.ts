// Every input, attacked: shell metacharacters, command-file injection after a newline, control
// characters, ".." segments, option-looking values, Unicode look-alikes, oversized values, URLs with
// credentials or other schemes, malformed numbers and booleans. Each row runs the bundled action once,
// as the runner does, with fake `docker` and `git` first on PATH that only record being called, and
// checks that the run stops at the input check: exit 1, error-reason Invalid, one bounded `::error::`
// line naming the input, no docker or git call, no file written outside the step's own files, and a
// secret never echoed: not a token input's value, and not a URL, image or flag that holds a token.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INPUT_SPECS } from '../../src/planning/inputs.js';
import { runAction } from '../support/action-runner.js';

const RUN = randomBytes(6).toString('hex');
/** The file the payloads try to create; it must never exist. */
const PWNED = `/tmp/fdm-pwned-${RUN}`;
/** The recognisable part of every secret a row passes; it must never be printed or written. */
const SECRET = `ghp_fdmSecret${RUN}`;
const VALID_VERSION = '0.35.1';
const MIRROR = 'https://mirror.example.com/falco-deps.git';
const LONG = 10_000;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-hostile-inputs-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  // Only ours, and only if a payload got through (the rows would have failed already).
  fs.rmSync(PWNED, { recursive: true, force: true });
});

interface Row {
  /** The input under attack; the `::error::` line must name it. */
  readonly input: string;
  readonly label: string;
  readonly value: string;
  /** Other inputs the row needs to reach the rule (e.g. mirror-repo for mirror-token). */
  readonly with?: Readonly<Record<string, string>>;
  /** Files the workspace holds before the run (created before the snapshot). */
  readonly setup?: (workspace: string) => void;
  /**
   * The value holds a secret: neither the value nor SECRET may appear in any output or file, and the
   * message says what is wrong "(its value is not shown)".
   */
  readonly secret?: boolean;
}

const rows: Row[] = [];
const add = (
  input: string,
  cases: ReadonlyArray<readonly [label: string, value: string, extra?: Partial<Omit<Row, 'input' | 'label' | 'value'>>]>,
): void => {
  for (const [label, value, extra] of cases) rows.push({ input, label, value, ...extra });
};

add('falco-version', [
  ['`;` command', `${VALID_VERSION}; touch ${PWNED}`],
  ['`&&` command', `${VALID_VERSION} && touch ${PWNED}`],
  ['`|` pipe', `${VALID_VERSION} | tee ${PWNED}`],
  ['`$()` substitution', `$(touch ${PWNED})`],
  ['backticks', `\`touch ${PWNED}\``],
  ['`>` redirection', `${VALID_VERSION} > ${PWNED}`],
  ['newline + ::set-output', `${VALID_VERSION}\n::set-output name=falco-version::pwned`],
  ['CRLF + ::add-mask::', `${VALID_VERSION}\r\n::add-mask::${VALID_VERSION}`],
  ['tab inside', `${VALID_VERSION}\tlatest`],
  ['ESC sequence', `${VALID_VERSION}\u001b[31m`],
  ['DEL', `${VALID_VERSION}\u007f`],
  ['C1 control NEL (U+0085)', `${VALID_VERSION}\u0085`],
  ['`..` segments', '../../../etc/passwd'],
  ['absolute path', '/etc/passwd'],
  ['option --output=/etc', '--output=/etc'],
  ['option -rf', '-rf'],
  ['fullwidth digits', '０.３５.１'],
  ['Cyrillic Ze for 3', '0.З5.1'],
  ['right-to-left override', `${VALID_VERSION}\u202e`],
  ['zero-width space', '0.35\u200b.1'],
  ['non-breaking space inside', '0.35.\u00a01'],
  ['10 000 characters', '9'.repeat(LONG)],
  ['empty (required)', ''],
  ['only spaces', '   '],
  ['"v" prefix', `v${VALID_VERSION}`],
  ['latest + command', `latest; touch ${PWNED}`],
  ['build metadata with a path', `${VALID_VERSION}+build/../../x`],
  ['range without dry-run', '>=0.35.1'],
  ['range with dry-run: false', '0.35.x || >=0.40.0', { with: { 'dry-run': 'false' } }],
]);

add('source-repo', [
  ['credentials user:token', 'https://user:tok@github.com'],
  ['credentials token only', 'https://tok@github.com'],
  ['credentials with a real-looking token', `https://x-access-token:${SECRET}@github.com`, { secret: true }],
  ['ssh:// with a user', 'ssh://git@github.com/falcosecurity'],
  ['ssh://', 'ssh://github.com/falcosecurity'],
  ['file://', 'file:///etc'],
  ['git://', 'git://github.com'],
  ['ext:: transport', `ext::sh -c touch% ${PWNED}`],
  ['http:// to a non-loopback host', 'http://example.com'],
  ['http:// to localhost.<domain>', 'http://localhost.evil.example'],
  ['http:// to 127.0.0.1.<domain>', 'http://127.0.0.1.nip.io'],
  ['`..` segments', 'https://github.com/../../etc'],
  ['`;` command', `https://github.com; touch ${PWNED}`],
  ['`$()` in the path', `https://github.com/$(touch ${PWNED})`],
  ['option --upload-pack', `--upload-pack=touch ${PWNED}`],
  ['query', 'https://github.com/?x=1'],
  ['fragment', 'https://github.com/#x'],
  ['space in the path', 'https://github.com/a b'],
  ['newline + ::add-mask::', 'https://github.com\n::add-mask::github'],
  ['absolute path', '/etc/passwd'],
  ['right-to-left override in the host', 'https://github.com\u202e'],
  ['10 000 characters', `https://github.com/${'a'.repeat(LONG)}`],
  ['Cyrillic і in the host (homograph)', 'https://gіthub.com'],
  ['percent-encoded `..` segments', 'https://github.com/%2e%2e/%2e%2e/etc'],
]);

add('base-image', [
  ['`;` command', `alpine; touch ${PWNED}`],
  ['`&&` command', `alpine && touch ${PWNED}`],
  ['`|` pipe', 'alpine|sh'],
  ['`$()` substitution', `$(touch ${PWNED})`],
  ['backticks', '`id`'],
  ['`>` redirection', `alpine > ${PWNED}`],
  ['option --privileged', '--privileged'],
  ['option -rf', '-rf'],
  ['trailing option', 'alpine:latest --privileged'],
  ['newline + ::set-output', 'alpine\n::set-output name=x::y'],
  ['`..` segments', '../../etc/passwd'],
  ['absolute path', '/etc/passwd'],
  ['URL', 'https://registry.example.com/alpine'],
  ['upper case', 'ALPINE'],
  ['Cyrillic а', 'аlpine'],
  ['fullwidth digits in the tag', 'alpine:３.１９'],
  ['right-to-left override', 'alpine\u202e'],
  ['zero-width space', 'alp\u200bine'],
  ['10 000 characters', 'a'.repeat(LONG)],
]);

add('jobs', [
  ['0', '0'],
  ['-1', '-1'],
  ['1e3', '1e3'],
  ['0x10', '0x10'],
  ['257', '257'],
  ['four digits', '1000'],
  ['1.5', '1.5'],
  ['Infinity', 'Infinity'],
  ['option -j4', '-j4'],
  ['fullwidth ４', '４'],
  ['`;` command', `4; touch ${PWNED}`],
  ['`$()` substitution', '$(nproc)'],
  ['newline + ::set-output', '4\n::set-output name=x::y'],
  ['zero-width space', '4\u200b'],
  ['10 000 characters', '4'.repeat(LONG)],
]);

add('cmake-args', [
  ['`;` command', `-DFOO=bar; touch ${PWNED}`],
  ['`$()` substitution', `-DFOO=$(touch ${PWNED})`],
  ['backticks', '-DFOO=`id`'],
  ['`|` pipe', '-DFOO=a|sh'],
  ['`&&` command', '-DFOO=a&&id'],
  ['`>` redirection', `-DFOO=x>${PWNED}`],
  ['$VAR expansion', '-DFOO=$HOME'],
  ['two flags on a line', '-DFOO=1 -DBAR=2'],
  ['option --output=/etc', '--output=/etc'],
  ['option -rf', '-rf'],
  ['newline + ::set-output', '-DFOO=bar\n::set-output name=x::y'],
  ['command on a later line', `-DCMAKE_BUILD_TYPE=Release\n-DX=1\nrm -rf ${PWNED}`],
  ['bare CR inside a line', '-DFOO=a\r-DBAR=b'],
  ['ESC sequence', '-DFOO=a\u001b[31m'],
  ['`..` in the name', '-D../../x=1'],
  ['fullwidth letter in the name', '-DＦOO=1'],
  ['right-to-left override', '-DFOO=\u202e1'],
  ['10 000 characters', `-DFOO=${'a'.repeat(LONG)}`],
]);

add('dockerfile', [
  ['`..` segment', '../Dockerfile'],
  ['`..` inside', 'sub/../../Dockerfile'],
  ['option -rf', '-rf'],
  ['option --output=/etc', '--output=/etc'],
  ['`;` command', `Dockerfile; touch ${PWNED}`],
  ['`$()` substitution', `$(touch ${PWNED})`],
  ['backticks', `\`touch ${PWNED}\``],
  ['`>` redirection', `Dockerfile > ${PWNED}`],
  ['`|` pipe', 'Dockerfile|sh'],
  ['newline + ::add-mask::', 'Dockerfile\n::add-mask::Dockerfile'],
  ['a directory (the workspace)', '.'],
  ['an absolute directory', '/etc'],
  ['a missing file', 'missing/Dockerfile'],
  ['right-to-left override', 'Dockerfile\u202e'],
  ['10 000 characters', 'D'.repeat(LONG)],
  ['absolute path outside the workspace', '/etc/passwd'],
  ['a 400-character missing path', `${'d/'.repeat(200)}Dockerfile`],
]);

add('network', [
  ['`;` command', `host; touch ${PWNED}`],
  ['`&&` command', `host && touch ${PWNED}`],
  ['`$()` substitution', `$(touch ${PWNED})`],
  ['backticks', '`id`'],
  ['`|` pipe', 'bridge|host'],
  ['option --privileged', '--privileged'],
  ['option -rf', '-rf'],
  ["another container's namespace", 'container:victim'],
  ['newline + ::set-output', 'host\n::set-output name=x::y'],
  ['`..`', '..'],
  ['absolute path', '/etc'],
  ['Cyrillic о', 'hоst'],
  ['zero-width space', 'host\u200b'],
  ['129 characters', `n${'x'.repeat(128)}`],
  ['10 000 characters', 'n'.repeat(LONG)],
]);

add('output-dir', [
  ['`..` segment', '../escape'],
  ['`..` inside', 'out/../../escape'],
  ['option -rf', '-rf'],
  ['option --output=/etc', '--output=/etc'],
  ['`;` command', `out; touch ${PWNED}`],
  ['`$()` substitution', `$(touch ${PWNED})`],
  ['backticks', `\`touch ${PWNED}\``],
  ['`>` redirection', `out > ${PWNED}`],
  ['`|` pipe', 'out|sh'],
  ['glob', 'out*'],
  ['quotes', '"out"'],
  ['backslash', 'C:\\out'],
  ['newline + ::add-mask::', 'out\n::add-mask::out'],
  ['the file-system root', '/'],
  ['an existing non-empty directory (/etc)', '/etc'],
  ['an existing file (/etc/passwd)', '/etc/passwd'],
  [
    'a non-empty directory in the workspace',
    'previous',
    {
      setup: (ws) => {
        fs.mkdirSync(path.join(ws, 'previous'));
        fs.writeFileSync(path.join(ws, 'previous', 'keep.txt'), 'mine');
      },
    },
  ],
  ['a file in the workspace', 'a-file', { setup: (ws) => fs.writeFileSync(path.join(ws, 'a-file'), 'mine') }],
  ['10 000 characters', 'o'.repeat(LONG)],
]);

const booleanRows = (extra: ReadonlyArray<readonly [string, string]> = []): Array<readonly [string, string]> => [
  ['yes', 'yes'],
  ['1', '1'],
  ['on', 'on'],
  ['mixed case tRuE', 'tRuE'],
  ['`;` command', `true; touch ${PWNED}`],
  ['newline + ::set-output', 'true\n::set-output name=x::y'],
  ['fullwidth ｔｒｕｅ', 'ｔｒｕｅ'],
  ...extra,
];
add('keep-image', booleanRows([['option --privileged', '--privileged']]));
add(
  'dry-run',
  booleanRows([
    ['zero-width space', 'true\u200b'],
    ['`$()` substitution', '$(true)'],
    ['y', 'y'],
  ]),
);
add(
  'upload-artifact',
  booleanRows([
    ['0', '0'],
    ['off', 'off'],
    ['no', 'no'],
  ]),
);
add(
  'verify',
  booleanRows([
    ['no', 'no'],
    ['`&&` command', `true && touch ${PWNED}`],
  ]),
);

add('mirror-repo', [
  ['credentials user:token', 'https://user:tok@mirror.example.com/m.git'],
  ['credentials token only', `https://${SECRET}@mirror.example.com/m.git`, { secret: true }],
  ['ssh:// with a user', 'ssh://git@mirror.example.com/m.git'],
  ['git://', 'git://mirror.example.com/m.git'],
  ['file://', 'file:///tmp/m.git'],
  ['ext:: transport', `ext::sh -c touch% ${PWNED}`],
  ['http:// to a non-loopback host', 'http://mirror.example.com/m.git'],
  ['option --upload-pack', `--upload-pack=touch ${PWNED}`],
  ['`;` command', `${MIRROR}; touch ${PWNED}`],
  ['`..` segment', 'https://mirror.example.com/../m.git'],
  ['query', `${MIRROR}?ref=x`],
  ['newline + ::set-output', `${MIRROR}\n::set-output name=mirror-status::created`],
  ['absolute path', '/srv/mirror.git'],
  ['10 000 characters', `https://mirror.example.com/${'m'.repeat(LONG)}`],
  ['Cyrillic е in the host (homograph)', 'https://mirror.еxample.com/m.git'],
]);

/**
 * A token in a URL's userinfo next to each fault a URL check reports, as `user:token@` and `token@`: the
 * credentials are found before any rule that shows the value, so neither is ever printed.
 */
const URL_FAULTS: ReadonlyArray<readonly [kind: string, url: (auth: string) => string]> = [
  ['`$`', (auth) => `https://${auth}@mirror.example.com/m$.git`],
  ['a space', (auth) => `https://${auth}@mirror.example.com/m x.git`],
  ['a query', (auth) => `https://${auth}@mirror.example.com/m.git?q`],
  ['a fragment', (auth) => `https://${auth}@mirror.example.com/m.git#f`],
  ['`%2e`', (auth) => `https://${auth}@mirror.example.com/%2e%2e/m.git`],
  ['`..`', (auth) => `https://${auth}@mirror.example.com/../m.git`],
  ['non-ASCII (Cyrillic о in the host)', (auth) => `https://${auth}@mirrоr.example.com/m.git`],
];
const credentialRows = (): Array<readonly [string, string, { secret: true }]> =>
  URL_FAULTS.flatMap(([kind, url]) => [
    [`user:token@ with ${kind}`, url(`user:${SECRET}`), { secret: true }] as const,
    [`token@ with ${kind}`, url(SECRET), { secret: true }] as const,
  ]);
add('mirror-repo', [
  ...credentialRows(),
  ['a token in the query', `${MIRROR}?private_token=${SECRET}`, { secret: true }],
  ['a token in the fragment', `${MIRROR}#${SECRET}`, { secret: true }],
  ['a token in the path', `https://mirror.example.com/${SECRET}.git`, { secret: true }],
]);
add('source-repo', [
  ...credentialRows(),
  ['a token pasted as the URL', SECRET, { secret: true }],
  ['a token in the query', `https://github.com/?access_token=${SECRET}`, { secret: true }],
]);
add('base-image', [['a registry password (user:password@registry)', `user:${SECRET}@registry.example.com/alpine:3`, { secret: true }]]);
add('cmake-args', [['a token in a bad line', `-DTOKEN=${SECRET} x`, { secret: true }]]);

const withMirror = { with: { 'mirror-repo': MIRROR } } as const;
const secretMirror = { ...withMirror, secret: true } as const;
add('mirror-token', [
  ['a space', `${SECRET} x`, secretMirror],
  ['newline + ::add-mask::', `${SECRET}\n::add-mask::x`, secretMirror],
  ['CR inside', `${SECRET}\rx`, secretMirror],
  ['tab inside', `${SECRET}\tx`, secretMirror],
  ['ESC sequence', `${SECRET}\u001b[0m`, secretMirror],
  ['non-breaking space inside', `${SECRET}\u00a0x`, secretMirror],
  ['line separator U+2028', `${SECRET}\u2028x`, secretMirror],
  ['`$()` substitution', `${SECRET}$(touch ${PWNED})`, secretMirror],
  ['over 1024 characters', `${SECRET}${'x'.repeat(2000)}`, secretMirror],
  ['10 000 characters', `${SECRET}${'x'.repeat(LONG)}`, secretMirror],
  ['without mirror-repo, with a newline', `${SECRET}\n::add-mask::x`, { secret: true }],
  ['C1 control NEL (U+0085)', `${SECRET}\u0085x`, { ...secretMirror }],
]);

add('mirror-username', [
  ['a colon', 'oauth2:tok', withMirror],
  ['a space', 'user name', withMirror],
  ['`$()` substitution', `$(touch ${PWNED})`, withMirror],
  ['`;` command', `user; touch ${PWNED}`, withMirror],
  ['backticks', '`id`', withMirror],
  ['option --upload-pack', `--upload-pack=touch`, withMirror],
  ['newline + ::add-mask::', 'user\n::add-mask::user', withMirror],
  ['`..` path', '../../etc', withMirror],
  ['Cyrillic е', 'usеr', withMirror],
  ['101 characters', 'u'.repeat(101), withMirror],
  ['10 000 characters', 'u'.repeat(LONG), withMirror],
]);

add('if-exists', [
  ['`;` command', 'overwrite; rm -rf ~'],
  ['upper case', 'SKIP'],
  ['yes', 'yes'],
  ['option --force', '--force'],
  ['newline + ::set-output', 'skip\n::set-output name=mirror-status::created'],
  ['fullwidth ｓｋｉｐ', 'ｓｋｉｐ'],
  ['zero-width space', 'skip\u200b'],
  ['`..` path', '../skip'],
]);

add('language', [
  ['unknown', 'de'],
  ['upper case', 'EN'],
  ['`;` command', `en; touch ${PWNED}`],
  ['`..` path', '../../etc/passwd'],
  ['newline + ::add-mask::', 'ru\n::add-mask::ru'],
  ['Cyrillic у', 'rу'],
  ['right-to-left override', 'en\u202e'],
]);

add('artifact-name', [
  ['`..` segment', '../escape'],
  ['a slash', 'a/b'],
  ['absolute path', '/etc/passwd'],
  ['backslash', 'a\\b'],
  ['`;` command', `name; touch ${PWNED}`],
  ['`$()` substitution', `$(touch ${PWNED})`],
  ['`|` pipe', 'a|sh'],
  ['`>` redirection', 'a > b'],
  ['a colon', 'a:b'],
  ['glob', 'a*'],
  ['question mark', 'a?'],
  ['double quotes', '"a"'],
  ['newline + ::set-output', 'name\n::set-output name=artifact-id::1'],
  ['257 characters', 'n'.repeat(257)],
  ['10 000 characters', 'n'.repeat(LONG)],
]);

add('retention-days', [
  ['0', '0'],
  ['91', '91'],
  ['-1', '-1'],
  ['1e1', '1e1'],
  ['0x10', '0x10'],
  ['3.5', '3.5'],
  ['with a unit', '7 days'],
  ['three digits', '007'],
  ['fullwidth ７', '７'],
  ['`$()` substitution', '$(id)'],
  ['`;` command', `7; touch ${PWNED}`],
  ['newline + ::set-output', '7\n::set-output name=x::y'],
  ['10 000 characters', '7'.repeat(LONG)],
]);

add('github-token', [
  ['newline + ::add-mask::', `${SECRET}\n::add-mask::x`, { secret: true }],
  ['CRLF + ::set-output', `${SECRET}\r\n::set-output name=x::y`, { secret: true }],
  ['ESC OSC hyperlink', `${SECRET}\u001b]8;;http://evil.example\u0007x`, { secret: true }],
  ['DEL', `${SECRET}\u007fx`, { secret: true }],
  ['tab inside', `${SECRET}\tx`, { secret: true }],
  ['10 000 characters', `${SECRET}${'x'.repeat(LONG)}`, { secret: true }],
  ['C1 control NEL (U+0085)', `${SECRET}\u0085x`, { secret: true }],
]);

add('release-source', [
  ['unknown', 'git'],
  ['upper case', 'API'],
  ['`;` command', `tags; touch ${PWNED}`],
  ['option --upload-pack', `--upload-pack=touch ${PWNED}`],
  ['ext:: transport', `ext::sh -c touch% ${PWNED}`],
  ['newline + ::add-mask::', 'tags\n::add-mask::tags'],
  ['a URL', 'file:///etc'],
]);

add('build', [
  ['unknown', 'compile'],
  ['upper case', 'DOWNLOADS'],
  ['`;` command', `downloads; touch ${PWNED}`],
  ['`$()` substitution', `$(touch ${PWNED})`],
  ['option-like', '--target=all'],
  ['newline + ::add-mask::', 'full\n::add-mask::full'],
  ['a make target', 'grpc-download'],
]);

add('platforms', [
  ['not Linux', 'windows/amd64'],
  ['no architecture', 'linux'],
  ['`;` command', `linux/amd64; touch ${PWNED}`],
  ['`$()` substitution', `linux/$(touch ${PWNED})`],
  ['option-like', '--platform=linux/amd64'],
  ['path traversal', 'linux/../../etc'],
  ['newline + ::add-mask::', 'linux/amd64\n::add-mask::linux'],
  ['four parts', 'linux/arm/v7/extra'],
]);

add('large-files', [
  ['unknown', 'git-lfs'],
  ['upper case', 'LFS'],
  ['`;` command', `lfs; touch ${PWNED}`],
  ['newline + ::add-mask::', 'lfs\n::add-mask::lfs'],
]);

add('lfs-threshold', [
  ['zero', '0'],
  ['negative', '-1'],
  ['exponent', '1e6'],
  ['with a unit', '100MB'],
  ['hexadecimal', '0x100'],
  ['beyond a safe integer', '99999999999999999999'],
  ['`$()` substitution', '$(id)'],
]);

// ---------------------------------------------------------------------------------------------------

interface Entry {
  readonly kind: 'file' | 'dir' | 'other';
  /** Size and modification time of a file; directories are compared by their entries only. */
  readonly stamp: string;
}

/** Every entry below `dir`, by relative path. */
function snapshot(dir: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = fs.lstatSync(path.join(dir, rel));
    const kind = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
    out.set(rel, { kind, stamp: kind === 'file' ? `${st.size}:${st.mtimeMs}:${st.mode}` : `${st.mode}` });
  }
  return out;
}

/** Paths added, removed or changed between two snapshots. */
function changes(before: Map<string, Entry>, after: Map<string, Entry>): string[] {
  const changed: string[] = [];
  for (const [rel, entry] of after) {
    const old = before.get(rel);
    if (old?.kind !== entry.kind || old.stamp !== entry.stamp) changed.push(rel);
  }
  for (const rel of before.keys()) if (!after.has(rel)) changed.push(`${rel} (removed)`);
  return changed.sort();
}

/** The message of a `::error::` line as @actions/core escaped it (% CR LF). */
function unescapeCommand(data: string): string {
  return data.replace(/%(25|0D|0A)/g, (_, code: string) => ({ '25': '%', '0D': '\r', '0A': '\n' })[code] ?? '');
}

/** Category Cc: C0, DEL and C1. */
const CONTROL = /\p{Cc}/u;

let rowIndex = 0;
async function runRow(row: Row): Promise<void> {
  const dir = path.join(root, `row-${rowIndex++}`);
  const bin = path.join(dir, 'bin');
  const calls = path.join(dir, 'calls');
  // HOME, TMPDIR, RUNNER_TEMP, GITHUB_WORKSPACE, the cwd and the step's files all live here.
  const workspace = path.join(dir, 'workspace');
  for (const d of [bin, calls, workspace]) fs.mkdirSync(d, { recursive: true });
  for (const tool of ['docker', 'git']) {
    const marker = path.join(calls, tool);
    fs.writeFileSync(path.join(bin, tool), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${marker}'\nexit 1\n`, { mode: 0o755 });
  }
  row.setup?.(workspace);
  const before = snapshot(dir);

  const inputs: Record<string, string> = { 'falco-version': VALID_VERSION, ...row.with, [row.input]: row.value };
  const r = await runAction({
    workDir: workspace,
    inputs,
    env: {
      PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: workspace,
      TMPDIR: workspace,
      // Nothing may talk to an engine; if something did, it would not be the shared one.
      DOCKER_HOST: `unix://${path.join(dir, 'no-docker.sock')}`,
    },
    timeoutMs: 25_000,
  });

  const context = `${row.input} = ${JSON.stringify(row.value.length > 120 ? `${row.value.slice(0, 120)}…` : row.value)}\nstdout:\n${r.stdout.slice(0, 2000)}\nstderr:\n${r.stderr.slice(0, 2000)}`;

  // Nothing ran: no docker, no git, no payload.
  expect(fs.existsSync(path.join(calls, 'docker')), `docker was called\n${context}`).toBe(false);
  expect(fs.existsSync(path.join(calls, 'git')), `git was called\n${context}`).toBe(false);
  expect(fs.existsSync(PWNED), `${PWNED} exists\n${context}`).toBe(false);

  // It failed at the input check.
  expect(r.signal, context).toBeNull();
  expect(r.code, context).toBe(1);
  expect(r.outputs, context).toEqual({ 'error-reason': 'Invalid' });
  // Only main's own marker for the post step: no leftovers (no scratch directory, no credentials file) were recorded.
  expect(Object.keys(r.state), context).toEqual(['isPost']);
  expect(r.stderr, context).toBe('');

  // One workflow command, the error; no injected ::set-output / ::add-mask:: or anything else.
  const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  expect(commands, context).toHaveLength(1);
  const line = commands[0] ?? '';
  expect(line.startsWith('::error::'), context).toBe(true);
  const message = unescapeCommand(line.slice('::error::'.length));
  expect(message, context).toContain(`Input ${row.input} `);
  expect(CONTROL.test(message), `raw control character in the message\n${context}`).toBe(false);
  expect(message.length, `message of ${message.length} characters\n${context}`).toBeLessThanOrEqual(400);

  if (row.secret) {
    const everything = [r.stdout, r.stderr, r.files.output, r.files.state, r.files.summary].join('\n');
    expect(everything.includes(SECRET), `the secret was printed or written\n${context}`).toBe(false);
    expect(everything.includes(row.value), `the value was printed or written\n${context}`).toBe(false);
    // Said without the value, whichever input held it.
    expect(message, context).toContain('(its value is not shown)');
  }

  // Only the step's output, state and summary files (named by runAction) were written.
  const changed = changes(before, snapshot(dir));
  const stepFiles = changed.filter((rel) => /^workspace\/(output|state|summary)-\d+-\d+$/.test(rel));
  expect(stepFiles, context).toHaveLength(3);
  expect(new Set(stepFiles.map((rel) => rel.replace(/^workspace\/[a-z]+-/, ''))).size, context).toBe(1);
  expect(
    changed.filter((rel) => !stepFiles.includes(rel)),
    `files written outside the step's files\n${context}`,
  ).toEqual([]);
}

describe('hostile and malformed inputs', () => {
  it('covers every input of INPUT_SPECS with at least 70 rows', () => {
    const covered = new Set(rows.map((r) => r.input));
    expect(INPUT_SPECS.map((s) => s.name).filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !INPUT_SPECS.some((s) => s.name === name))).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(70);
  });

  for (const row of rows) {
    it(`${row.input}: ${row.label}`, { concurrent: true, timeout: 30_000 }, () => runRow(row));
  }

  it('no payload created its marker file', () => {
    expect(fs.existsSync(PWNED)).toBe(false);
  });
});
