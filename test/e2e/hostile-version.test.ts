// The acceptance check, as a user would run it: a shell command smuggled into the version
// fails with a clear message, starts no docker command and creates no file.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_ENTRY } from '../support/action-runner.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-hostile-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function listAll(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('a hostile falco-version', () => {
  it('exits non-zero with a clear message, starts no docker command and creates no file', () => {
    // A `docker` on PATH that only records that it was called.
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    const called = path.join(tmp, 'docker-was-called');
    fs.writeFileSync(path.join(bin, 'docker'), `#!/bin/sh\ntouch '${called}'\nexit 1\n`, { mode: 0o755 });
    const cwd = path.join(tmp, 'cwd');
    fs.mkdirSync(cwd);
    const marker = path.join(tmp, 'pwned');
    const before = listAll(tmp);

    const r = spawnSync(process.execPath, [ACTION_ENTRY], {
      cwd,
      env: { PATH: `${bin}:${process.env.PATH}`, TMPDIR: tmp, 'INPUT_FALCO-VERSION': `0.35.1; touch ${marker}` },
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain(
      `::error::Input falco-version "0.35.1; touch ${marker}" is not a Falco version, latest or a version range: give X.Y.Z or X.Y.Z-rcN (for example 0.35.1), latest, or a SemVer range`,
    );
    expect(fs.existsSync(called)).toBe(false);
    expect(fs.existsSync(marker)).toBe(false);
    expect(listAll(tmp)).toEqual(before);
  });
});
