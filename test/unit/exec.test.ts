import * as fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run, runStreaming, SpawnError } from '../../src/effects/exec.js';

const node = (script: string): [string, string[]] => [process.execPath, ['-e', script]];

/** Whether a process still runs (a zombie, which nobody may reap in a container, counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

async function until(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) {
    if (test()) return true;
  }
  return test();
}

describe('run', () => {
  it('stops the child and its whole process group when the signal aborts', async () => {
    const controller = new AbortController();
    let grandchild = 0;
    const started = Date.now();
    // The grandchild holds the pipes too: if it survived, the run would not end before it does.
    const result = await run('sh', ['-c', 'sleep 30 & echo $!; sleep 30; wait'], {
      signal: controller.signal,
      onLine: (line) => {
        grandchild = Number(line);
        controller.abort();
      },
    });
    expect(result.aborted).toBe(true);
    expect(result.signal).toBe('SIGTERM');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(grandchild).toBeGreaterThan(0);
    expect(await until(() => !alive(grandchild), 2000)).toBe(true);
  });

  it('stops the child at once for a signal that has already aborted', async () => {
    const result = await run('sleep', ['30'], { signal: AbortSignal.abort() });
    expect(result.aborted).toBe(true);
    expect(result.code).toBe(128);
  });

  it('keeps a tail bounded in bytes that starts on a character boundary', async () => {
    // 1 MB of a two-byte character; 999 bytes end in the middle of one, which must be left out.
    const result = await run(...node("process.stdout.write('é'.repeat(500_000))"), { keepBytes: 999 });
    expect(result.code).toBe(0);
    expect(Buffer.byteLength(result.stdout)).toBeLessThanOrEqual(999);
    expect(result.stdout).toBe('é'.repeat(499));
  });

  it('keeps all of the last keepBytes bytes, even when the chunks are larger', async () => {
    const text = Array.from({ length: 300_000 }, (_, i) => String(i % 7)).join('');
    const script = "process.stderr.write(Array.from({ length: 300_000 }, (_, i) => String(i % 7)).join(''))";
    const result = await run(...node(script), { keepBytes: 100_000 });
    expect(result.stderr).toBe(text.slice(-100_000));
  });

  it('decodes a character whose bytes arrive in two chunks', async () => {
    const lines: Array<[string, string]> = [];
    const script = [
      'process.stdout.write(Buffer.from([0xe2]));',
      'process.stderr.write(Buffer.from([0xf0, 0x9f]));',
      'setTimeout(() => { process.stdout.write(Buffer.from([0x82, 0xac, 0x0a])); process.stderr.write(Buffer.from([0x98, 0x80, 0x0a])); }, 150);',
    ].join('');
    const result = await run(...node(script), { onLine: (line, stream) => lines.push([stream, line]) });
    expect(result.stdout).toBe('€\n');
    expect(result.stderr).toBe('😀\n');
    expect(lines.sort()).toEqual([
      ['stderr', '😀'],
      ['stdout', '€'],
    ]);
  });

  it('gives onLine one line for a \\r\\n split across chunks, and the last line without a newline', async () => {
    const lines: string[] = [];
    const script = "process.stdout.write('one\\r'); setTimeout(() => process.stdout.write('\\ntwo\\rthree'), 150)";
    await run(...node(script), { onLine: (line) => lines.push(line) });
    expect(lines).toEqual(['one', 'two', 'three']);
  });

  it('flushes an unfinished character at close', async () => {
    const lines: string[] = [];
    const result = await run(...node('process.stdout.write(Buffer.from([0x61, 0xe2, 0x82]))'), { onLine: (line) => lines.push(line) });
    expect(lines).toEqual(['a\uFFFD']);
    expect(result.stdout).toBe('a\uFFFD');
  });

  it('kills a child that runs past timeoutMs and reports timedOut', async () => {
    const started = Date.now();
    const result = await run('sleep', ['30'], { timeoutMs: 200 });
    expect(result.timedOut).toBe(true);
    expect(result.aborted).toBe(false);
    expect(result.signal).toBe('SIGTERM');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a normal exit as neither timed out nor aborted', async () => {
    const result = await run('sh', ['-c', 'echo out; echo err >&2; exit 3'], { timeoutMs: 10_000 });
    expect(result).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n', signal: null, timedOut: false, aborted: false });
  });

  it('rejects with SpawnError ENOENT for a command that does not exist', async () => {
    const error = await run('fdm-no-such-command', []).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SpawnError);
    expect((error as SpawnError).code).toBe('ENOENT');
    expect((error as SpawnError).command).toBe('fdm-no-such-command');
  });

  it('writes input to the child and closes its stdin', async () => {
    const result = await run('cat', [], { input: 'hello\nwörld' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('hello\nwörld');
  });

  it('merges env into the inherited environment', async () => {
    const result = await run('sh', ['-c', 'echo "$FDM_TEST_VALUE:${PATH:+path}"'], { env: { FDM_TEST_VALUE: 'set' } });
    expect(result.stdout).toBe('set:path\n');
  });
});

describe('the environment of a child', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  // As on a runner: the action's inputs, the runner's tokens, a token the workflow exported, and
  // what git and docker need. Values holding "secret-" must reach no child.
  const RUNNER_ENV: Record<string, string> = {
    'INPUT_MIRROR-TOKEN': 'secret-input-mirror',
    'INPUT_GITHUB-TOKEN': 'secret-input-github',
    FALCO_DEPS_MIRROR_TOKEN: 'secret-cli-token',
    ACTIONS_RUNTIME_TOKEN: 'secret-runtime',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://secret-oidc.invalid/',
    GITHUB_TOKEN: 'secret-github',
    GITHUB_WORKSPACE: '/home/runner/work/secret-workspace',
    AWS_SECRET_ACCESS_KEY: 'secret-aws',
    DOCKER_AUTH_CONFIG: '{"auths":{"secret-registry":{}}}',
    DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'secret-passphrase',
    // Would point git at another repository, or add settings of their own.
    GIT_DIR: '/home/runner/work/secret-repo/.git',
    GIT_CONFIG_PARAMETERS: "'http.extraheader'='secret-header'",
    HOME: '/home/runner',
    DOCKER_HOST: 'unix:///run/fdm-test-docker.sock',
    DOCKER_CONFIG: '/home/runner/.docker-fdm-test',
    DOCKER_TLS_VERIFY: '1',
    BUILDX_BUILDER: 'fdm-test',
    HTTPS_PROXY: 'http://proxy.invalid:3128',
    https_proxy: 'http://proxy.invalid:3128',
    no_proxy: 'localhost,127.0.0.1',
    LC_ALL: 'C.UTF-8',
    TZ: 'UTC',
    GIT_CONFIG_GLOBAL: '/home/runner/fdm-test.gitconfig',
    SSL_CERT_FILE: '/etc/ssl/certs/fdm-test.pem',
  };
  const INHERITED = Object.keys(RUNNER_ENV).filter((name) => !RUNNER_ENV[name]?.includes('secret-'));

  const childEnv = async (env?: NodeJS.ProcessEnv): Promise<Record<string, string>> => {
    for (const [name, value] of Object.entries(RUNNER_ENV)) vi.stubEnv(name, value);
    const result = await run(...node('process.stdout.write(JSON.stringify(process.env))'), env ? { env } : {});
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Record<string, string>;
  };

  it('holds what git and docker need, and no input, runner token or other secret', async () => {
    const env = await childEnv();
    expect(env.PATH).toBe(process.env.PATH);
    for (const name of INHERITED) expect(env[name], name).toBe(RUNNER_ENV[name]);
    for (const name of Object.keys(RUNNER_ENV).filter((n) => !INHERITED.includes(n))) expect(Object.keys(env), name).not.toContain(name);
    expect(JSON.stringify(env)).not.toContain('secret-');
  });

  it('adds what the caller gives, whatever its name, and removes a name given as undefined', async () => {
    const env = await childEnv({ FDM_ADDED: 'yes', GIT_CONFIG_KEY_0: 'credential.helper', GIT_TERMINAL_PROMPT: '0', TZ: undefined });
    expect(env).toMatchObject({ FDM_ADDED: 'yes', GIT_CONFIG_KEY_0: 'credential.helper', GIT_TERMINAL_PROMPT: '0', HOME: '/home/runner' });
    expect(env).not.toHaveProperty('TZ');
  });
});

describe('runStreaming', () => {
  it('hands over stdout as a stream and still collects stderr', async () => {
    const child = runStreaming('sh', ['-c', 'printf abc; echo oops >&2']);
    const chunks: Buffer[] = [];
    for await (const chunk of child.stdout) chunks.push(chunk as Buffer);
    const result = await child.done;
    expect(Buffer.concat(chunks).toString()).toBe('abc');
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('oops\n');
  });

  it('keeps the output of a child that ended before anyone read it', async () => {
    // Node drains an unread stdout when its child exits; the bytes must still reach a late reader.
    const child = runStreaming('sh', ['-c', 'printf late-but-whole']);
    const result = await child.done;
    await new Promise((r) => setTimeout(r, 50));
    const chunks: Buffer[] = [];
    for await (const chunk of child.stdout) chunks.push(chunk as Buffer);
    expect(result.code).toBe(0);
    expect(Buffer.concat(chunks).toString()).toBe('late-but-whole');
  });

  it('stops a child that is still writing when the reader destroys the stream', async () => {
    const child = runStreaming('yes', []);
    for await (const chunk of child.stdout) {
      expect((chunk as Buffer).length).toBeGreaterThan(0);
      break;
    }
    const result = await child.done;
    expect(result.signal === 'SIGPIPE' || result.code !== 0).toBe(true);
  });
});
