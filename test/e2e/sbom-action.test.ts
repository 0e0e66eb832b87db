// The SBOM on the mirror and the dependency diff, as a user meets them: the bundled action mirrors
// 0.35.1, plans a range (naming the SBOM its first build will be compared with), mirrors 0.36.1 and shows
// in the job summary exactly the dependencies the bump changed; the CLI prints the same diff from the
// two branches' SBOMs alone.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SBOM_FILE } from '../../src/planning/sbom.js';
import { runCli } from '../support/action-runner.js';
import { setupE2e } from '../support/e2e.js';
import { expectFixtureSbom } from '../support/sbom.js';

const TOKEN = 'sbom-e2e-Secret-41d7';
const FROM = '0.35.1';
const TO = '0.36.1';

const e2e = setupE2e({
  prefix: 'fdm-sbom-e2e-',
  versions: [FROM, TO],
  mirror: { auth: { username: 'oauth2', password: TOKEN } },
  inputs: () => ({ build: 'downloads', 'mirror-repo': e2e.mirror.url, 'mirror-token': TOKEN, 'release-source': 'tags' }),
});

const onBranch = (version: string): string =>
  execFileSync('git', ['--git-dir', e2e.mirror.bare, 'show', `refs/heads/${version}:${SBOM_FILE}`], { encoding: 'utf8' });

// What the bump from the mini Falco's 0.35.1 to 0.36.1 changes (test/fixtures/mini-falco.ts), on this
// engine's platform, as the CLI prints it: b64 becomes a raw base64.h, jsoncpp arrives, uthash.h is
// downloaded into the libs source, which is then kept (with that header inside), and every dependency
// whose version moved is changed; the test tarball inside the libs source has other bytes. c-ares,
// njson, the k8saudit plugin, gRPC and its abseil submodule stay as they are.
const diffLines = (files: string): Array<string | RegExp> => [
  `- b64 [linux/amd64] 1.4.1 ${files}/b64/v1.4.1.tar.gz`,
  `+ base64.h [linux/amd64] (no version) ${files}/istio-proxy/base64.h`,
  '~ curl [linux/amd64] 8.0.1 -> 8.4.0',
  '~ driver [linux/amd64] 5.0.1+driver -> 6.0.1+driver',
  '~ falco_rules [linux/amd64] 1.0.1 -> 2.0.0',
  '~ falcoctl [linux/amd64] 0.5.1 -> 0.6.2',
  '~ falcosecurity-libs [linux/amd64] 0.11.3 -> 0.13.1',
  `+ falcosecurity-libs-kept [linux/amd64] 0.13.1 ${files}/falcosecurity-libs/0.13.1.tar.gz`,
  `+ falcosecurity-libs-kept/uthash.h [linux/amd64] (no version) ${files}/uthash/uthash.h`,
  `+ jsoncpp [linux/amd64] 1.9.5 ${files}/jsoncpp/1.9.5.tar.gz`,
  '~ libelf [linux/amd64] 0.187 -> 0.189',
  '~ openssl [linux/amd64] 1.1.1t -> 3.1.4',
  /^~ sample \[linux\/amd64\] sha256 [0-9a-f]{12} -> [0-9a-f]{12}$/,
  `+ uthash.h [linux/amd64] (no version) ${files}/uthash/uthash.h`,
  `${FROM} -> ${TO}: 5 added, 1 removed, 8 changed, 5 unchanged.`,
];

describe('the SBOM on the mirror and the dependency diff', () => {
  it(
    'mirrors the first version with its SBOM at the branch root; there is nothing below it to compare with',
    { timeout: 600_000 },
    async () => {
      const run = await e2e.run('from', { inputs: { 'falco-version': FROM } });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs['mirror-status']).toBe('created');
      const text = fs.readFileSync(run.outputs.sbom ?? '', 'utf8');
      expect(onBranch(FROM)).toBe(text);
      await expectFixtureSbom(text, fs.readFileSync(run.outputs.manifest ?? '', 'utf8'), e2e.servers.fixture, FROM, e2e.servers.git.url);
      expect(run.files.summary).toContain(`The mirror has no version below ${FROM} to compare with.`);
    },
  );

  it(
    "plans a range and names the SBOM its first build will be compared with, reading only that branch's SBOM",
    { timeout: 120_000 },
    async () => {
      const before = e2e.mirror.server.requests.length;
      const run = await e2e.run('plan', { inputs: { 'falco-version': '>=0.36.0', 'dry-run': 'true' } });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.versions).toBe(JSON.stringify([TO]));
      const note = `The first build, ${TO}, will be compared with the SBOM of the mirror's ${FROM} (${SBOM_FILE} on branch ${FROM}).`;
      expect(run.stdout).toContain(note);
      expect(run.files.summary).toContain(note);
      // A partial fetch of one branch: no pack of the tarballs crossed the wire.
      const fetched = e2e.mirror.server.requests.slice(before).filter((r) => r.path.endsWith('/git-upload-pack'));
      expect(fetched.length).toBeGreaterThan(0);
      // Less than grpc.tar.gz alone (about 7 KB against 23 KB here): its SBOM, commit and trees only.
      const grpcBytes = Number(
        execFileSync('git', ['--git-dir', e2e.mirror.bare, 'cat-file', '-s', `refs/heads/${FROM}:grpc.tar.gz`], { encoding: 'utf8' }),
      );
      expect(fetched.reduce((sum, r) => sum + (r.responseBytes ?? 0), 0)).toBeLessThan(grpcBytes);
    },
  );

  it('mirrors the bump and shows exactly the dependencies it changed in the job summary', { timeout: 600_000 }, async () => {
    const run = await e2e.run('to', { inputs: { 'falco-version': TO } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const text = fs.readFileSync(run.outputs.sbom ?? '', 'utf8');
    expect(onBranch(TO)).toBe(text);
    await expectFixtureSbom(text, fs.readFileSync(run.outputs.manifest ?? '', 'utf8'), e2e.servers.fixture, TO, e2e.servers.git.url);
    const summary = run.files.summary;
    expect(summary).toContain(`### Dependencies since ${FROM}`);
    expect(summary).toContain(`5 added, 1 removed, 8 changed, 5 unchanged (Falco ${FROM} → ${TO}).`);
    const rows = summary.split('\n').filter((l) => /^\| (added|removed|changed) \|/.test(l));
    expect(rows).toHaveLength(14);
    const files = e2e.servers.files.url;
    expect(rows).toContain(
      `| changed | openssl (linux/amd64) | <code>1.1.1t</code> <code>${files}/openssl/OpenSSL&#95;1&#95;1&#95;1t.tar.gz</code> | <code>3.1.4</code> <code>${files}/openssl/openssl-3.1.4.tar.gz</code> |`,
    );
    expect(rows).toContain(`| added | base64.h (linux/amd64) | | no version <code>${files}/istio-proxy/base64.h</code> |`);
  });

  it('prints the same diff from the CLI, reading the two branches, with the token from the environment', { timeout: 120_000 }, async () => {
    const env = { FALCO_DEPS_MIRROR_TOKEN: TOKEN };
    const result = await runCli(['diff', FROM, TO, '--mirror-repo', e2e.mirror.url], env);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const expected = diffLines(e2e.servers.files.url);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((want, i) => (typeof want === 'string' ? expect(lines[i]).toBe(want) : expect(lines[i]).toMatch(want)));
    expect(result.stdout + result.stderr).not.toContain(TOKEN);

    // A version the mirror does not have is a clear NotFound.
    const missing = await runCli(['diff', FROM, '0.44.0', '--mirror-repo', e2e.mirror.url], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/NotFound.*The mirror has no branch 0\.44\.0\./);
  });
});
