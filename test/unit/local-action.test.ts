// GitHub's own local runner, @github/local-action, runs the action from src/ (its entry exports run(), as
// actions/typescript-action's does) through its stand-ins for the toolkit (older majors than the
// project's), in a dry run against the mini Falco's git server on 127.0.0.1: the outputs it reports and
// the job summary it writes are the action's. No Docker: a dry run builds nothing. The runner-style
// e2e tests of dist/ stay the proof of the bundle.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveMiniFalco, type MiniFalcoServers } from '../fixtures/mini-falco.js';

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');

let servers: MiniFalcoServers;
let tmp: string;

beforeAll(async () => {
  servers = await serveMiniFalco({ versions: ['0.35.1'] });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-local-action-'));
}, 120_000);
afterAll(async () => {
  await servers.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs `local-action run . src/main.ts <env file>` with these inputs; its stdout and the summary file. */
async function localAction(name: string, inputs: Record<string, string>): Promise<{ stdout: string; summary: string; code: number }> {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });
  const summary = path.join(dir, 'summary.md');
  // The runner expands action.yml's ${{ }} defaults; local-action does not, so those inputs are given.
  const env = {
    'INPUT_OUTPUT-DIR': path.join(dir, 'falco-deps'),
    'INPUT_GITHUB-TOKEN': '',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    RUNNER_TEMP: path.join(dir, 'temp'),
    GITHUB_STEP_SUMMARY: summary,
  };
  const envFile = path.join(dir, '.env');
  fs.writeFileSync(
    envFile,
    Object.entries(env)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}\n`)
      .join(''),
  );
  const { stdout, code } = await exec(process.execPath, [BIN, 'run', ROOT, 'src/main.ts', envFile], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    maxBuffer: 32 * 1024 * 1024,
    timeout: 120_000,
  }).then(
    (r) => ({ stdout: r.stdout, code: 0 }),
    (err: unknown) => {
      const e = err as { stdout?: string; code?: number };
      return { stdout: e.stdout ?? '', code: typeof e.code === 'number' ? e.code : 1 };
    },
  );
  return { stdout, summary: fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8') : '', code };
}

/** The rows of local-action's "Action Outputs" table: output name -> value. */
function outputsOf(stdout: string): Record<string, string> {
  const table = stdout.slice(stdout.indexOf('Action Outputs'));
  const out: Record<string, string> = {};
  for (const m of table.matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']*)'\s*│/g)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

describe('@github/local-action', () => {
  it(
    'runs the action from src/ in a dry run: the version checked, the recipe shown, outputs and summary written',
    { timeout: 180_000 },
    async () => {
      const r = await localAction('dry', {
        'falco-version': '0.35.1',
        'source-repo': servers.sourceRepo,
        'release-source': 'tags',
        'dry-run': 'true',
      });
      expect(r.stdout).toContain('Running Action');
      expect(r.stdout).toContain('The recipe:');
      expect(r.stdout).not.toContain('::error::');
      expect(outputsOf(r.stdout)).toEqual({ 'falco-version': '0.35.1', skipped: 'false', 'mirror-status': 'none', verified: 'skipped' });
      expect(r.summary).toContain('## ✅ Falco 0.35.1 third-party dependencies');
      expect(r.summary).toContain('Dry run: the inputs were checked and the mirror looked at; nothing was built, uploaded or pushed.');
      expect(r.summary).toMatch(/\| Check the source repo \| [\d.ms ]+ \| ✅ done \|/);
    },
  );

  it('reports a bad input as the action does: error-reason Invalid and the message, nothing run', { timeout: 180_000 }, async () => {
    const r = await localAction('bad', { 'falco-version': '0.35', 'source-repo': servers.sourceRepo });
    expect(outputsOf(r.stdout)).toEqual({ 'error-reason': 'Invalid' });
    expect(r.stdout).toMatch(/::error::.*falco-version/);
    expect(r.summary).toContain('## ❌ Falco third-party dependencies');
  });
});
