import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration } from '../../src/reporting/format.js';
import { startHeartbeat } from '../../src/reporting/heartbeat.js';
import { renderSummary } from '../../src/reporting/summary.js';

const manifest = {
  entries: [
    { path: 'curl-prefix/src/curl-8.0.1.tar.bz2', size: 218, sha256: 'a'.repeat(64) },
    { path: 'odd|<name>.tar.gz', size: 5, sha256: 'b'.repeat(64) },
  ],
  fileCount: 2,
  totalBytes: 223,
  digest: 'c'.repeat(64),
  text: '',
};

describe('job summary', () => {
  it('shows the version, source, base image, stages, mirror, artifact and a collapsed file table', () => {
    const md = renderSummary({
      version: '0.35.1',
      sourceRepo: 'https://github.com',
      baseImage: 'registry.example.com/dev-alt:p10',
      recipe: 'built-in (seed 000)',
      stages: [
        { name: 'Check the mirror', seconds: 0.4, ok: true },
        { name: "Build Falco 0.35.1's dependencies", seconds: 754, ok: true },
      ],
      mirror: { resource: 'branch 0.35.1 of https://gitlab.example.com/deps.git', status: 'created', commit: 'd'.repeat(40) },
      artifact: {
        uploaded: true,
        id: 7,
        url: 'https://github.com/o/r/actions/runs/1/artifacts/7',
        size: 12_300_000,
        seconds: 3,
        name: 'falco-deps-0.35.1',
      },
      manifest,
    });
    expect(md).toContain('## ✅ Falco 0.35.1 third-party dependencies');
    expect(md).toContain('<code>https://github.com/falcosecurity/falco.git</code>');
    expect(md).toContain('<code>registry.example.com/dev-alt:p10</code>');
    expect(md).toContain("| Build Falco 0.35.1's dependencies | 12m 34s | ✅ done |");
    expect(md).toContain('| Check the mirror | 0.4s | ✅ done |');
    expect(md).toContain(`created: branch 0.35.1 of https://gitlab.example.com/deps.git at <code>${'d'.repeat(40)}</code>`);
    expect(md).toContain('<a href="https://github.com/o/r/actions/runs/1/artifacts/7">falco-deps-0.35.1</a> (12.3 MB)');
    expect(md).toMatch(/<details><summary>2 files<\/summary>[\s\S]*curl-8\.0\.1\.tar\.bz2[\s\S]*<\/details>/);
    // File names are text, never markup or table syntax.
    expect(md).toContain('<code>odd&#124;&lt;name&gt;.tar.gz</code>');
  });

  it('says what failed, and why an artifact was not uploaded', () => {
    const md = renderSummary({
      version: '0.35.1',
      stages: [{ name: 'Check the Docker engine', seconds: 0.1, ok: false }],
      artifact: { uploaded: false, why: 'not running in GitHub Actions', name: 'x' },
      error: 'The Docker engine is not reachable.',
    });
    expect(md).toContain('## ❌');
    expect(md).toContain('**Failed:** The Docker engine is not reachable.');
    expect(md).toContain('| Check the Docker engine | 0.1s | ❌ failed |');
    expect(md).toContain('not uploaded: not running in GitHub Actions');
    expect(md).not.toContain('<details>');
  });
});

describe('heartbeat', () => {
  it('speaks only after the quiet period, and starts over when something is printed', async () => {
    const lines: string[] = [];
    const hb = startHeartbeat('Build', 300, (l) => lines.push(l));
    await new Promise((r) => setTimeout(r, 200));
    hb.touch();
    await new Promise((r) => setTimeout(r, 200));
    expect(lines).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    hb.stop();
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0]).toMatch(/^… Build: still running, \d\.\ds elapsed\.$/);
  });

  it('formats durations and sizes for people', () => {
    expect([formatDuration(5.25), formatDuration(75), formatDuration(3725)]).toEqual(['5.3s', '1m 15s', '1h 2m']);
    expect([formatBytes(999), formatBytes(12_300_000), formatBytes(2_500_000_000)]).toEqual(['999 B', '12.3 MB', '2.5 GB']);
  });
});
