import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('dist/', () => {
  it('is the bundle of the current src/ (run `npm run bundle` and commit dist/ when this fails)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-dist-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), out], { cwd: root });
      const fresh = fs.readdirSync(out).sort();
      expect(fs.readdirSync(path.join(root, 'dist')).sort()).toEqual(fresh);
      for (const file of fresh) {
        const same = fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(root, 'dist', file)));
        expect(same, `dist/${file} is stale`).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
