import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../src/common/secrets.js';
import { cliReporter } from '../../src/reporting/reporter.js';

describe('scrubSecrets', () => {
  it('replaces every occurrence of every secret', () => {
    expect(scrubSecrets('tok here, tok there; b64 too', ['tok', 'b64'])).toBe('*** here, *** there; *** too');
  });

  it('ignores empty secrets and leaves a text without secrets as it is', () => {
    expect(scrubSecrets('abc', [''])).toBe('abc');
    expect(scrubSecrets('abc', [])).toBe('abc');
  });

  it('hides a secret that contains another one whole', () => {
    expect(scrubSecrets('key=abcdef', ['abc', 'abcdef'])).toBe('key=***');
  });
});

describe('cliReporter', () => {
  it('masks what setSecret registered in every line it writes', () => {
    const lines: string[] = [];
    const reporter = cliReporter((t) => lines.push(t));
    reporter.setSecret('s3cret');
    reporter.setSecret('');
    reporter.info('token s3cret');
    reporter.error('again s3cret');
    expect(lines).toEqual(['token ***\n', 'error: again ***\n']);
  });
});
