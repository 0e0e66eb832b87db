import { describe, expect, it } from 'vitest';
import { lastLines } from '../../src/common/text.js';

const GIT_PUSH = [
  'To https://git.example/mirror.git',
  ' ! [rejected]        HEAD -> deps (stale info)',
  "error: failed to push some refs to 'https://git.example/mirror.git'",
  'hint: Updates were rejected because the tip of your current branch is behind',
  '',
].join('\n');

describe('lastLines', () => {
  it('keeps the last non-blank lines as they are, indentation included, joined by newlines', () => {
    expect(lastLines('a\n\n  b\r\n \nc\n\n', 2)).toBe('  b\nc');
    expect(lastLines('one\ntwo', 5)).toBe('one\ntwo');
    expect(lastLines('', 3)).toBe('');
  });

  it('gives nothing for a count of zero', () => {
    expect(lastLines('a\nb', 0)).toBe('');
  });

  it('trims, skips, joins and cuts as asked', () => {
    const said = lastLines(GIT_PUSH, 3, { trim: true, skip: /^(hint:|To )/, separator: ' / ' });
    expect(said).toBe(
      "! [rejected]        HEAD -> deps (stale info) / error: failed to push some refs to 'https://git.example/mirror.git'",
    );
    expect(lastLines('x'.repeat(20), 1, { maxChars: 5 })).toBe('xxxxx');
    expect(lastLines('  a  \nb', 2, { trim: true, separator: '|' })).toBe('a|b');
  });

  it('tests skip against the trimmed line when trimming', () => {
    expect(lastLines('  hint: x\nfatal: y', 3, { trim: true, skip: /^hint:/ })).toBe('fatal: y');
    expect(lastLines('  hint: x\nfatal: y', 3, { skip: /^hint:/ })).toBe('  hint: x\nfatal: y');
  });

  // The expressions the call sites used before: the same words for what git and docker print.
  it("matches the commit builder's former trim-split-join", () => {
    const former = (t: string): string => t.trim().split('\n').slice(-3).join(' / ');
    for (const stderr of [
      GIT_PUSH,
      '  fatal: not a valid object name deadbeef  \n',
      'error: one\nerror: two\nerror: three\nfatal: four\n',
      '',
    ]) {
      expect(lastLines(stderr.trim(), 3, { separator: ' / ' })).toBe(former(stderr));
    }
  });
});
