import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_SPECS } from '../../src/inputs.js';

const cli = path.resolve(import.meta.dirname, '../../dist/cli.js');

describe('CLI', () => {
  it('documents every input in --help', () => {
    const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/^Usage: falco-deps-mirror/);
    for (const spec of INPUT_SPECS) expect(help).toContain(`--${spec.name}`);
  });

  it('refuses unknown flags with a usage error (exit 2)', () => {
    const r = spawnSync(process.execPath, [cli, '--falco-version', '0.35.1', '--no-such-flag'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown argument "--no-such-flag"/);
  });

  it('validates inputs like the action: a bad value fails before docker is touched', () => {
    // PATH without docker: if validation let it through, the error would be about docker instead.
    const r = spawnSync(process.execPath, [cli, '--falco-version=0.35.1', '--jobs', '0'], {
      encoding: 'utf8',
      env: { PATH: '/nonexistent', HOME: process.env.HOME },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: Input jobs "0" must be a whole number from 1 to 256\./);
    expect(r.stdout).toBe('error-reason=Invalid\n');
  });

  it('says clearly when docker is missing', () => {
    const r = spawnSync(process.execPath, [cli, '--falco-version=0.35.1', '--output-dir', '/tmp/fdm-cli-never'], {
      encoding: 'utf8',
      env: { PATH: '/nonexistent', HOME: process.env.HOME },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/The docker command was not found on PATH\. Install Docker/);
    expect(r.stdout).toContain('error-reason=ServiceUnavailable');
  });
});
