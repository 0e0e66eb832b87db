// `falco-deps-mirror delete`: the branch is deleted with the lease of the commit get saw; a missing
// branch is NotFound; bad input fails before the mirror is opened.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDelete } from '../../src/delete.js';
import type { MirrorOptions } from '../../src/effects/mirror.js';
import { fakeMirror, recordingReporter, type CallLog, type FakeMirrorOptions } from '../support/fake-services.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-delete-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const OLD = 'a'.repeat(40);

async function del(inputs: Record<string, string>, mirror: FakeMirrorOptions = {}) {
  const calls: CallLog = [];
  const reporter = recordingReporter();
  const opened: MirrorOptions[] = [];
  const result = await runDelete(
    reporter,
    (name) => inputs[name] ?? '',
    { RUNNER_TEMP: tmp },
    (options) => {
      opened.push(options);
      return fakeMirror(calls, mirror);
    },
  );
  return { result, calls, reporter, opened };
}

const MIRROR = { 'falco-version': '0.35.1', 'mirror-repo': 'https://mirror.example.com/deps.git', 'mirror-token': 'tok' };

describe('runDelete', () => {
  it('deletes the branch over the commit it saw, and says which commit that was', async () => {
    const { result, calls, reporter, opened } = await del(MIRROR, { branches: { '0.35.1': OLD }, secrets: ['tok'] });
    expect(result.error).toBeUndefined();
    expect(calls).toEqual(['mirror.get 0.35.1', `mirror.delete 0.35.1 ${OLD}`, 'mirror.close']);
    expect(Object.fromEntries(reporter.outputs)).toEqual({ 'mirror-status': 'deleted', 'mirror-commit': OLD });
    expect(reporter.secrets).toEqual(['tok']);
    expect(opened[0]?.config).toEqual({ url: 'https://mirror.example.com/deps.git', token: 'tok', username: 'oauth2' });
    // Its scratch directory is gone.
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('a branch that is not there is NotFound on delete, and nothing is pushed', async () => {
    const { result, calls, reporter } = await del(MIRROR);
    expect(result.error?.reason).toBe('NotFound');
    expect(result.error?.verb).toBe('delete');
    expect(calls).toEqual(['mirror.get 0.35.1', 'mirror.close']);
    expect(reporter.outputs.get('error-reason')).toBe('NotFound');
  });

  it.each([
    [{ ...MIRROR, 'falco-version': 'latest' }, /falco-version/],
    [{ ...MIRROR, 'mirror-repo': '' }, /mirror-repo is required/],
    [{ ...MIRROR, language: 'fr' }, /language/],
  ])('refuses %j before opening the mirror', async (inputs, message) => {
    const { result, opened } = await del(inputs);
    expect(result.error?.reason).toBe('Invalid');
    expect(result.error?.message).toMatch(message);
    expect(opened).toEqual([]);
  });

  it('speaks Russian when asked', async () => {
    const { result } = await del({ ...MIRROR, language: 'ru' });
    expect(result.language).toBe('ru');
    expect(result.error?.describe('ru')).toContain('при операции delete');
  });
});
