// The token scan every test with a token runs: the token, its Base64 form and the Basic header value
// must not appear in anything a user or a log collector could see. The one exception is the
// `::add-mask::` command, which is how the runner learns what to hide.
import { expect } from 'vitest';
import type { ActionRun } from './action-runner.js';

export function secretForms(token: string, username = 'oauth2'): string[] {
  const basic = Buffer.from(`${username}:${token}`).toString('base64');
  return [token, Buffer.from(token).toString('base64'), basic, `basic ${basic}`];
}

/** Fails the test if any form of a secret shows up in the run's outputs, files or errors. */
export function expectNoSecrets(run: Pick<ActionRun, 'stdout' | 'stderr' | 'files'>, secrets: readonly string[]): void {
  const leaking = (text: string): string[] => secrets.filter((s) => s !== '' && text.includes(s));
  const stdoutLines = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(leaking(stdoutLines.join('\n')), 'stdout').toEqual([]);
  expect(leaking(run.stderr), 'stderr').toEqual([]);
  expect(leaking(run.files.output), 'output file').toEqual([]);
  expect(leaking(run.files.state), 'state file').toEqual([]);
  expect(leaking(run.files.summary), 'job summary').toEqual([]);
}
