import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_SPECS } from '../../src/planning/inputs.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post: string; 'post-if'?: string };
}

const action = parse(fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs the bundled entry on node24 for main and post', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js', 'post-if': 'always()' });
  });

  it('declares exactly the implemented inputs, with the same defaults as the code', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_SPECS.map((s) => s.name));
    for (const spec of INPUT_SPECS) {
      const input = action.inputs[spec.name];
      expect(input?.description, spec.name).toBe(spec.description);
      expect(input?.required ?? false, spec.name).toBe(spec.required ?? false);
      expect(input?.default ?? '', spec.name).toBe(spec.default ?? '');
    }
  });

  it('declares every output the pipeline sets, each with a description', () => {
    const outputs = [
      'falco-version',
      'skipped',
      'deps-path',
      'file-count',
      'total-bytes',
      'manifest',
      'mirror-status',
      'mirror-commit',
      'artifact-id',
      'artifact-url',
      'versions',
      'verified',
      'platforms',
      'sbom',
      'error-reason',
    ];
    expect(Object.keys(action.outputs).sort()).toEqual([...outputs].sort());
    for (const name of outputs) expect(action.outputs[name]?.description.length).toBeGreaterThan(10);
    // Every output is set in one place, derived from the run's outcome.
    const source = fs.readFileSync(new URL('../../src/reporting/outputs.ts', import.meta.url), 'utf8');
    const set = [...source.matchAll(/set\('([a-z-]+)'/g)].map((m) => m[1]);
    expect([...new Set(set)].sort()).toEqual([...outputs].sort());
  });
});
