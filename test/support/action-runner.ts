// Runs the bundled action the way the runner does: `node dist/index.js` with INPUT_* variables and
// GITHUB_OUTPUT / GITHUB_STATE files, then (optionally) the post step with the saved state.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { node24 } from './node24.js';

export const ACTION_ENTRY = path.resolve(import.meta.dirname, '../../dist/index.js');

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  /** The raw text of the output, state and step-summary files, as the runner would read them. */
  files: { output: string; state: string; summary: string };
}

export interface ActionRunOptions {
  /** Working files (output and state files, RUNNER_TEMP) go here. */
  workDir: string;
  inputs: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** STATE_* values for a post-step run. */
  state?: Record<string, string>;
  /** Called once the process has started, e.g. to send it a signal later. */
  onStart?: (pid: number, output: () => string) => void;
  timeoutMs?: number;
}

/** Reads a GITHUB_OUTPUT/GITHUB_STATE file (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseCommandFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(file)) return out;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (m?.[1] && m[2]) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
      out[m[1]] = value.join('\n');
    } else {
      const kv = /^([^=]+)=(.*)$/.exec(lines[i] ?? '');
      if (kv?.[1]) out[kv[1]] = kv[2] ?? '';
    }
  }
  return out;
}

let counter = 0;

export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const id = `${process.pid}-${counter++}`;
  const outputFile = path.join(options.workDir, `output-${id}`);
  const stateFile = path.join(options.workDir, `state-${id}`);
  const summaryFile = path.join(options.workDir, `summary-${id}`);
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(stateFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: options.workDir,
    GITHUB_WORKSPACE: options.workDir,
    GITHUB_RUN_ID: '4242',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  return new Promise((resolve, reject) => {
    // As the runner does: node24, whatever node runs the tests.
    const child = spawn(node24(), [ACTION_ENTRY], { env, cwd: options.workDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    if (child.pid !== undefined) options.onStart?.(child.pid, () => stdout);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const read = (f: string): string => fs.readFileSync(f, 'utf8');
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(outputFile),
        state: parseCommandFile(stateFile),
        files: { output: read(outputFile), state: read(stateFile), summary: read(summaryFile) },
      });
    });
  });
}

export const CLI_ENTRY = path.resolve(import.meta.dirname, '../../dist/cli.js');

/** Runs the bundled CLI with a minimal environment (PATH, HOME and `env`), as a user's shell would (on Node 24 unless told). */
export function runCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  node: string = node24(),
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(node, [CLI_ENTRY, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
