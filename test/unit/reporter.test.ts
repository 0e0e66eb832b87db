// The CLI's reporter: plain lines on stderr with the level as a prefix, secrets masked in every line,
// outputs kept for printing at the end.
import { describe, expect, it } from 'vitest';
import { cliReporter } from '../../src/reporting/reporter.js';

describe('cliReporter', () => {
  it('prefixes each level, names groups, and masks every registered secret', async () => {
    let text = '';
    const r = cliReporter((t) => (text += t));
    r.setSecret('s3cret');
    r.setSecret('');
    r.info('token s3cret in a line');
    r.notice('n');
    r.warning('w s3cret');
    r.error('e');
    const value = await r.group('Build', async () => 42);
    expect(value).toBe(42);
    expect(text).toBe('token *** in a line\nnotice: n\nwarning: w ***\nerror: e\n==> Build\n');
  });

  it('keeps outputs in the order they were first set', () => {
    const r = cliReporter(() => undefined);
    r.setOutput('a', '1');
    r.setOutput('b', '2');
    r.setOutput('a', '3');
    expect([...r.outputs]).toEqual([
      ['a', '3'],
      ['b', '2'],
    ]);
  });
});
