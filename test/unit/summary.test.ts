import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration } from '../../src/reporting/format.js';
import { startHeartbeat } from '../../src/reporting/heartbeat.js';
import { renderSummary, summaryOf } from '../../src/reporting/summary.js';
import type { SbomDoc } from '../../src/planning/sbom.js';

/** The SBOM part of a tree result: an empty SBOM beside the tree. */
const sbomOf = (dir: string): { sbomPath: string; sbom: SbomDoc } => ({
  sbomPath: `${dir}/falco-deps.cdx.json`,
  sbom: {
    falcoVersion: '0.35.1',
    source: { url: 'https://github.com/falcosecurity/falco.git' },
    custom: false,
    components: [],
    digest: 'd',
  },
});

const manifest = {
  entries: [
    { kind: 'file' as const, path: 'curl-prefix/src/curl-8.0.1.tar.bz2', size: 218, sha256: 'a'.repeat(64) },
    { kind: 'file' as const, path: 'odd|<name>.tar.gz', size: 5, sha256: 'b'.repeat(64) },
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

  it('says which platforms were built, and what the branch holds when that is more', () => {
    const row = (md: string): string | undefined => md.split('\n').find((l) => l.startsWith('| Platforms |'));
    expect(
      row(renderSummary({ stages: [], platforms: { built: ['linux/amd64', 'linux/arm64'], held: ['linux/amd64', 'linux/arm64'] } })),
    ).toBe('| Platforms | built <code>linux/amd64</code>, <code>linux/arm64</code> |');
    expect(row(renderSummary({ stages: [], platforms: { built: ['linux/arm64'], held: ['linux/amd64', 'linux/arm64'] } }))).toBe(
      '| Platforms | built <code>linux/arm64</code>; the branch holds <code>linux/amd64</code>, <code>linux/arm64</code> |',
    );
    // Skipped: nothing built, the branch's platforms still said.
    expect(row(renderSummary({ stages: [], platforms: { built: [], held: ['linux/amd64'] } }))).toBe(
      '| Platforms | built none; the branch holds <code>linux/amd64</code> |',
    );
    expect(row(renderSummary({ stages: [] }))).toBeUndefined();
  });

  it('takes the platforms from the tree and the mirror of the outcome', () => {
    const tree = { dir: '/w/falco-deps', manifestPath: '/w/m', manifest, platforms: ['linux/arm64'], byPath: new Map(), ...sbomOf('/w') };
    const mirror = {
      resource: 'branch 0.35.1',
      status: 'updated' as const,
      commit: 'd'.repeat(40),
      platforms: ['linux/amd64', 'linux/arm64'],
    };
    expect(summaryOf({ language: 'en', stages: [], tree, mirror }).platforms).toEqual({
      built: ['linux/arm64'],
      held: ['linux/amd64', 'linux/arm64'],
    });
    expect(summaryOf({ language: 'en', stages: [], mirror: { ...mirror, status: 'skipped' } }).platforms).toEqual({
      built: [],
      held: ['linux/amd64', 'linux/arm64'],
    });
    expect(
      summaryOf({ language: 'en', stages: [], mirror: { resource: 'r', status: 'skipped', commit: 'd'.repeat(40) } }).platforms,
    ).toBeUndefined();
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

describe('job summary with hostile or many file names', () => {
  const entry = (p: string, i = 0) => ({ kind: 'file' as const, path: p, size: i, sha256: 'e'.repeat(64) });
  const manifestOf = (entries: Array<ReturnType<typeof entry>>) => ({
    entries,
    fileCount: entries.length,
    totalBytes: 0,
    digest: 'f'.repeat(64),
    text: '',
  });
  const HOSTILE = "evil\n\n# Heading\n[link](http://x)\r\n'`<b>|&";

  /** The lines between <table> and </table>, which must be one HTML block. */
  function tableLines(md: string): string[] {
    const lines = md.split('\n');
    return lines.slice(
      lines.findIndex((l) => l.startsWith('<table>')),
      lines.indexOf('</table>') + 1,
    );
  }

  it('keeps a file name with newlines, a heading and a link inside its table cell, shown as text', () => {
    const md = renderSummary({ version: '0.35.1', stages: [], manifest: manifestOf([entry('a.tar.gz'), entry(HOSTILE)]) });
    const lines = md.split('\n');
    // The only heading is the summary's own title; nothing starts a link.
    expect(lines.filter((l) => l.startsWith('#'))).toEqual(['## ✅ Falco 0.35.1 third-party dependencies']);
    expect(lines.filter((l) => l.startsWith('['))).toEqual([]);
    // No blank line inside the table: a blank line would end the HTML block and let markdown in.
    const table = tableLines(md);
    expect(table.at(-1)).toBe('</table>');
    expect(table.filter((l) => l.trim() === '')).toEqual([]);
    expect(table).toContain(
      `<tr><td><code>evil␊␊# Heading␊[link](http://x)␍␊&#39;&#96;&lt;b&gt;&#124;&amp;</code></td><td align="right">0</td><td><code>${'e'.repeat(64)}</code></td></tr>`,
    );
  });

  it('keeps an error message with newlines, headings and links in its paragraph', () => {
    const md = renderSummary({ stages: [], error: `Unexpected failure: ${HOSTILE}\n![img](http://x/p.png)` });
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toEqual(['## ❌ Falco third-party dependencies']);
    expect(lines.filter((l) => l.startsWith('[') || l.startsWith('!'))).toEqual([]);
    expect(md).toContain('**Failed:** Unexpected failure: evil<br><br># Heading<br>&#91;link&#93;(http://x)<br>');
    expect(md).not.toMatch(/!\[|\]\(/);
  });

  it('caps the table at 1,000 rows, names how many were left out and where the full list is, and stays under 1 MiB', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => entry(`${String(i).padStart(5, '0')}/${'n'.repeat(194)}`, i));
    const md = renderSummary({
      version: '0.35.1',
      stages: [],
      manifest: manifestOf(entries),
      manifestPath: '/runner/tmp/falco-deps.SHA256SUMS',
    });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(tableLines(md).filter((l) => l.startsWith('<tr><td>'))).toHaveLength(1000);
    expect(md).toContain('<details><summary>10000 files</summary>');
    expect(md).toContain(
      '<p>9000 more files are not shown; the full list is in the manifest <code>/runner/tmp/falco-deps.SHA256SUMS</code> (the manifest output).</p>',
    );
    // The line is inside the details block, right after the table.
    expect(md).toMatch(/<\/table>\n<p>9000 more files[^\n]*<\/p>\n\n<\/details>/);
  });

  it('caps the table by its bytes too: long names that escape to several times their length', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => entry(`${i}/${'&'.repeat(4000)}`, i));
    const md = renderSummary({ stages: [], manifest: manifestOf(entries), manifestPath: '/m.SHA256SUMS' });
    expect(Buffer.byteLength(md)).toBeLessThan(512 * 1024);
    const shown = tableLines(md).filter((l) => l.startsWith('<tr><td>')).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(1000);
    expect(md).toContain(`<p>${2000 - shown} more files are not shown; the full list is in the manifest <code>/m.SHA256SUMS</code>`);
  });

  it('says nothing is left out when everything fits, and takes the manifest path from the outcome', () => {
    expect(renderSummary({ stages: [], manifest: manifestOf([entry('a')]) })).not.toContain('not shown');
    const entries = Array.from({ length: 1001 }, (_, i) => entry(`f${i}`, i));
    const data = summaryOf({
      language: 'en',
      stages: [],
      tree: {
        dir: '/w/falco-deps',
        manifestPath: '/w/falco-deps.SHA256SUMS',
        manifest: manifestOf(entries),
        platforms: ['linux/amd64'],
        byPath: new Map(),
        ...sbomOf('/w'),
      },
    });
    expect(renderSummary(data)).toContain(
      '1 more file is not shown; the full list is in the manifest <code>/w/falco-deps.SHA256SUMS</code>',
    );
  });
});
