// `falco-deps-mirror diff`: the two branches' SBOMs read and compared; a version the mirror lacks, a branch
// without an SBOM and bad input are clear errors, the last before the mirror is opened.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../src/diff.js';
import { describeTree, renderSbom } from '../../src/planning/sbom.js';
import { fakeMirror, recordingReporter, type CallLog, type FakeMirrorOptions } from '../support/fake-services.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-diff-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** An SBOM holding one ExternalProject download of curl at `version`. */
const sbomWith = (falco: string, version: string): string =>
  renderSbom(
    describeTree({
      falcoVersion: falco,
      sourceUrl: 'https://github.com/falcosecurity/falco.git',
      custom: false,
      digest: version.repeat(8),
      facts: new Map([
        [
          'linux/amd64',
          {
            buildDir: '/falco/build',
            found: true,
            git: [],
            downloads: [
              {
                path: `curl-prefix/src/curl-${version}.tar.bz2`,
                name: 'curl',
                urls: [`https://curl.se/download/curl-${version}.tar.bz2`],
                fetchedBy: 'ExternalProject' as const,
              },
            ],
          },
        ],
      ]),
      files: [{ path: `curl-prefix/src/curl-${version}.tar.bz2`, sha256: '1'.repeat(64), platforms: ['linux/amd64'] }],
    }),
  );

async function diff(versions: string[], inputs: Record<string, string>, mirror: FakeMirrorOptions = {}) {
  const calls: CallLog = [];
  const reporter = recordingReporter();
  let printed = '';
  let opened = 0;
  const result = await runDiff(
    reporter,
    (name) => inputs[name] ?? '',
    { RUNNER_TEMP: tmp },
    versions,
    (t) => (printed += t),
    () => {
      opened++;
      return fakeMirror(calls, mirror);
    },
  );
  return { result, calls, printed, opened };
}

const MIRROR = { 'mirror-repo': 'https://mirror.example.com/deps.git' };

describe('runDiff', () => {
  it('prints what changed between the two branches, reading one SBOM blob from each', async () => {
    const { result, calls, printed } = await diff(['0.40.0', '0.41.1'], MIRROR, {
      branches: { '0.40.0': A, '0.41.1': B },
      sboms: { '0.40.0': sbomWith('0.40.0', '8.0.1'), '0.41.1': sbomWith('0.41.1', '8.4.0') },
    });
    expect(result.error).toBeUndefined();
    expect(calls).toEqual(['mirror.get 0.40.0', `mirror.sbom 0.40.0 ${A}`, 'mirror.get 0.41.1', `mirror.sbom 0.41.1 ${B}`, 'mirror.close']);
    expect(printed).toBe('~ curl [linux/amd64] 8.0.1 -> 8.4.0\n0.40.0 -> 0.41.1: 0 added, 0 removed, 1 changed, 0 unchanged.\n');
  });

  it('names a missing branch, and a branch mirrored before SBOMs', async () => {
    const missing = await diff(['0.40.0', '0.41.1'], MIRROR, {
      branches: { '0.40.0': A },
      sboms: { '0.40.0': sbomWith('0.40.0', '8.0.1') },
    });
    expect(missing.result.error?.reason).toBe('NotFound');
    expect(missing.result.error?.message).toContain('on get of branch 0.41.1 of fake: The mirror has no branch 0.41.1.');
    const old = await diff(['0.40.0', '0.41.1'], MIRROR, { branches: { '0.40.0': A, '0.41.1': B } });
    expect(old.result.error?.reason).toBe('NotFound');
    expect(old.result.error?.message).toContain("The mirror's 0.40.0 has no falco-deps.cdx.json (it was mirrored before SBOMs).");
  });

  it('refuses bad input before the mirror is opened', async () => {
    for (const [versions, inputs, reason] of [
      [['0.40.0'], MIRROR, /two versions/],
      [['0.40.0', 'latest'], MIRROR, /latest/],
      [['0.40.0', '0.41.1'], {}, /mirror-repo is required/],
    ] as const) {
      const r = await diff([...versions], inputs);
      expect(r.result.error?.reason).toBe('Invalid');
      expect(r.result.error?.message).toMatch(reason);
      expect(r.opened).toBe(0);
    }
  });
});
