import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_SPECS } from '../../src/planning/inputs.js';
import { cliNodes } from '../support/node24.js';

const cli = path.resolve(import.meta.dirname, '../../dist/cli.js');

// package.json's engines claims Node 20.18 and later: the CLI is run on the machine's node and on Node 24.
describe.each(cliNodes())('CLI on $name', ({ node }) => {
  it('documents every input in --help', () => {
    const help = execFileSync(node, [cli, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/^Usage: falco-deps-mirror/);
    for (const spec of INPUT_SPECS) expect(help).toContain(`--${spec.name}`);
  });

  it('refuses unknown flags with a usage error (exit 2)', () => {
    const r = spawnSync(node, [cli, '--falco-version', '0.35.1', '--no-such-flag'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown argument "--no-such-flag"/);
  });

  it('validates inputs like the action: a bad value fails before docker is touched', () => {
    // PATH without docker: if validation let it through, the error would be about docker instead.
    const r = spawnSync(node, [cli, '--falco-version=0.35.1', '--jobs', '0'], {
      encoding: 'utf8',
      env: { PATH: '/nonexistent', HOME: process.env.HOME },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: Input jobs "0" must be a whole number from 1 to 256\./);
    expect(r.stdout).toBe('error-reason=Invalid\n');
  });

  it('says clearly when docker is missing', () => {
    // A PATH with git but no docker; a stand-in git answers the tag check as a source repo would.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-no-docker-'));
    fs.writeFileSync(path.join(bin, 'git'), '#!/bin/sh\necho "1111111111111111111111111111111111111111\trefs/tags/0.35.1"\n', {
      mode: 0o755,
    });
    const r = spawnSync(
      node,
      [cli, '--falco-version=0.35.1', '--source-repo', 'http://127.0.0.1:9', '--output-dir', '/tmp/fdm-cli-never'],
      {
        encoding: 'utf8',
        env: { PATH: bin, HOME: process.env.HOME },
      },
    );
    fs.rmSync(bin, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/The docker command was not found on PATH\. Install Docker/);
    expect(r.stdout).toContain('error-reason=ServiceUnavailable');
  });
});
