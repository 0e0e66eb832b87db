import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('dist/', () => {
  it('is the bundle of the current src/, with its licenses.txt (run `npm run bundle` and commit dist/ when this fails)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-dist-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), out], { cwd: root });
      const fresh = fs.readdirSync(out).sort();
      // licenses.txt is rebuilt with the bundles (from what they contain) and compared the same way.
      expect(fresh).toContain('licenses.txt');
      expect(fs.readdirSync(path.join(root, 'dist')).sort()).toEqual(fresh);
      for (const file of fresh) {
        const same = fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(root, 'dist', file)));
        expect(same, `dist/${file} is stale`).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("targets Node 24, the action's runtime, and is the very bundle a Node 20.18 target gives (the CLI claims 20.18 and later)", async () => {
    const { build } = await import('esbuild');
    const { BUNDLE_OPTIONS } = (await import(path.join(root, 'scripts/esbuild-options.mjs'))) as {
      BUNDLE_OPTIONS: Record<string, unknown>;
    };
    expect(BUNDLE_OPTIONS.target).toBe('node24');
    const outputs: Record<string, string[]> = {};
    for (const target of ['node24', 'node20.18']) {
      const result = await build({
        ...BUNDLE_OPTIONS,
        target,
        entryPoints: { index: path.join(root, 'src/index.ts'), cli: path.join(root, 'src/cli.ts') },
        outdir: path.join(os.tmpdir(), 'fdm-target-never-written'),
        splitting: true,
        chunkNames: 'chunk-[hash]',
        write: false,
      });
      outputs[target] = result.outputFiles.map((f) => `${path.basename(f.path)}\n${f.text}`).sort();
    }
    // Nothing the Node 24 target leaves as it is would need lowering for Node 20.18.
    expect(outputs.node24).toEqual(outputs['node20.18']);
  });

  it('licenses.txt lists the bundled packages, each with its license text or a note that it ships none', () => {
    const text = fs.readFileSync(path.join(root, 'dist/licenses.txt'), 'utf8');
    const [header = '', ...blocks] = text.split(`\n\n${'='.repeat(80)}\n`);
    const packages = blocks.map((block) => {
      const [, name, version, license] = /^Package: (.+)\nVersion: (.*)\nLicense: (.+)\n/.exec(block) ?? [];
      return { name, version, license, block };
    });
    expect(header).toContain(`${packages.length} packages.`);
    expect(packages.length).toBeGreaterThan(20);
    for (const { name, version, license, block } of packages) {
      expect(name, block.slice(0, 200)).toBeDefined();
      expect(license, `${name}@${version}`).toBeDefined();
      const files = block.match(/^----- .+ -----$/gm) ?? [];
      const none = block.includes('\n\n(no license file in the package)');
      expect(files.length > 0 !== none, `${name}@${version}: a license text or the "no license file" line`).toBe(true);
    }
    // Sorted by name and listed once per name@version.
    const names = packages.map((p) => p.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const keys = packages.map((p) => `${p.name ?? ''}@${p.version ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);

    const find = (name: string) => packages.find((p) => p.name === name);
    const expected: Array<[string, string]> = [
      ['@actions/core', 'MIT'],
      ['@actions/github', 'MIT'],
      ['tar', 'BlueOak-1.0.0'],
      ['semver', 'ISC'],
      ['packageurl-js', 'MIT'],
      ['@cyclonedx/cyclonedx-library', 'Apache-2.0'],
    ];
    for (const [name, license] of expected) {
      const pkg = find(name);
      expect(pkg, name).toBeDefined();
      expect(pkg?.license, name).toBe(license);
      expect(pkg?.block, name).toMatch(/^----- (LICEN[CS]E|COPYING)[^\n]* -----$/im);
    }
    // An Apache-2.0 package's NOTICE goes with it.
    const cyclonedx = find('@cyclonedx/cyclonedx-library')?.block ?? '';
    expect(cyclonedx).toContain('----- NOTICE -----');
    expect(cyclonedx).toContain('Apache License');
    // The versions are the installed ones.
    const installed = (name: string) =>
      (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(find('@actions/core')?.version).toBe(installed('@actions/core'));
    expect(find('@cyclonedx/cyclonedx-library')?.version).toBe(installed('@cyclonedx/cyclonedx-library'));
  });
});
