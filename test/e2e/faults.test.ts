// Faults a user's job meets, through the bundled action: the output disk filling up during extraction,
// the job cancelled during the push, and a mirror that stops answering. Each ends with a clear error,
// nothing half-written (no partial tree, no partial branch), no credentials left on disk, and the post
// step finding (or removing) whatever main could not.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ActionRun } from '../support/action-runner.js';
import { dockerSnapshot } from '../support/docker.js';
import { setupE2e } from '../support/e2e.js';
import { expectNoSecrets, secretForms } from '../support/secrets.js';

const exec = promisify(execFile);
const TOKEN = 'glpat-FDM-faults-9c1e7b';
const VERSION = '0.35.1';

let hangPush = false;
let hangAll = false;

const e2e = setupE2e({
  prefix: 'fdm-faults-',
  versions: [VERSION],
  mirror: {
    auth: { username: 'oauth2', password: TOKEN },
    fault: (req) =>
      hangAll || (hangPush && req.service === 'git-receive-pack' && req.method === 'POST') ? { status: 0, hang: true } : undefined,
  },
  inputs: () => ({ 'falco-version': VERSION }),
});

const credentialFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.gitconfig'));

describe('faults', () => {
  it('reports a full disk during extraction and leaves no partial tree', { timeout: 600_000 }, async () => {
    const work = e2e.workDir('disk');
    const small = path.join(work, 'small');
    fs.mkdirSync(small);
    // 16 KiB: less than the mini Falco's tree (about 26 KB), so extraction fails part-way.
    await exec('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', small]);
    try {
      const before = await dockerSnapshot();
      const run = await e2e.runIn(work, { inputs: { 'output-dir': path.join(small, 'falco-deps') } });
      expect(run.code).toBe(1);
      expect(run.outputs['error-reason']).toBe('InternalError');
      expect(run.stdout).toMatch(
        /::error::Could not write the deps tree to .*small\/falco-deps: the disk is full\. Nothing was left behind\./,
      );
      expect(fs.readdirSync(small)).toEqual([]);
      expect(await dockerSnapshot()).toEqual(before);
    } finally {
      await exec('umount', [small]);
    }
  });

  it('leaves no branch, no container and no credentials when cancelled during the push', { timeout: 600_000 }, async () => {
    const work = e2e.workDir('cancel-push');
    const before = await dockerSnapshot();
    hangPush = true;
    let run: ActionRun;
    let signalled = 0;
    try {
      run = await e2e.runIn(work, {
        inputs: { 'mirror-repo': e2e.mirror.url, 'mirror-token': TOKEN },
        onStart: (pid, output) => {
          const poll = setInterval(() => {
            if (
              output().includes('::group::Publish to branch') &&
              e2e.mirror.server.requests.some((r) => r.path.endsWith('/git-receive-pack') && r.status === 0)
            ) {
              clearInterval(poll);
              signalled = Date.now();
              process.kill(pid, 'SIGTERM');
            }
          }, 100);
        },
      });
    } finally {
      hangPush = false;
    }
    // The push stops at once (git's HTTP helper too), not when the transfer times out a minute later.
    expect(signalled).toBeGreaterThan(0);
    expect(Date.now() - signalled).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Received SIGTERM: cancelling and cleaning up/);
    expect(run.outputs['mirror-status']).toBe('none');
    // The push never completed: the mirror has no branch at all, let alone half of one.
    expect((await exec('git', ['--git-dir', e2e.mirror.bare, 'for-each-ref'])).stdout.trim()).toBe('');
    expect(credentialFiles(work)).toEqual([]);
    const post = await e2e.runIn(work, { state: run.state });
    expect(post.code, post.stdout).toBe(0);
    expect(await dockerSnapshot()).toEqual(before);
    expect(credentialFiles(work)).toEqual([]);
    expectNoSecrets(run, secretForms(TOKEN));
    expectNoSecrets(post, secretForms(TOKEN));
  });

  it('gives Timeout when the mirror stops answering, before building anything', { timeout: 300_000 }, async () => {
    const work = e2e.workDir('hang');
    hangAll = true;
    const started = Date.now();
    let run: ActionRun;
    try {
      run = await e2e.runIn(work, {
        inputs: { 'mirror-repo': e2e.mirror.url, 'mirror-token': TOKEN },
        env: { FALCO_DEPS_MIRROR_GIT_STALL_SECONDS: '2' },
      });
    } finally {
      hangAll = false;
    }
    expect(run.code).toBe(1);
    expect(run.outputs['error-reason']).toBe('Timeout');
    expect(run.stdout).toMatch(/::error::Timeout \(HTTP 504\) on get of branch 0\.35\.1 of http:\/\/127\.0\.0\.1:\d+\/deps\.git/);
    // Retried, then given up in bounded time; the long build never started.
    expect(run.stdout).toMatch(/Retrying in/);
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(run.stdout).not.toMatch(/::group::Build/);
    expect(credentialFiles(work)).toEqual([]);
    expectNoSecrets(run, secretForms(TOKEN));
  });
});
