// The CLI's argument parsing: flags named like the action's inputs, boolean flags alone, repeatable
// cmake-args, and a usage error for anything else; delete takes only its own flags.
import { describe, expect, it } from 'vitest';
import { parseArgs, usage, UsageError } from '../../src/cli-args.js';
import { INPUT_SPECS } from '../../src/planning/inputs.js';

describe('parseArgs', () => {
  it('reads --name value and --name=value, booleans alone, and joins repeated cmake-args with newlines', () => {
    const parsed = parseArgs([
      '--falco-version',
      '0.35.1',
      '--jobs=8',
      '--keep-image',
      '--cmake-args',
      '-DA=1',
      '--cmake-args=-DB=2',
      '--dry-run',
    ]);
    expect(parsed.command).toBe('build');
    expect(parsed.help).toBe(false);
    expect(Object.fromEntries(parsed.inputs)).toEqual({
      'falco-version': '0.35.1',
      jobs: '8',
      'keep-image': 'true',
      'cmake-args': '-DA=1\n-DB=2',
      'dry-run': 'true',
    });
  });

  it('keeps a value that starts with -- when given with =', () => {
    expect(parseArgs(['--network=--x']).inputs.get('network')).toBe('--x');
  });

  it.each([
    [['--no-such-flag'], /unknown argument "--no-such-flag"/],
    [['--jobs'], /--jobs needs a value/],
    [['--jobs', '1', '--jobs', '2'], /--jobs given twice/],
    [['falco'], /unknown argument "falco"/],
    [['delete', '--jobs', '2'], /unknown argument "--jobs" for delete/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('takes diff with its two versions and the mirror flags only', () => {
    const parsed = parseArgs(['diff', '0.40.0', '--mirror-repo', 'https://m.example.com/d.git', '0.41.1']);
    expect(parsed).toMatchObject({ command: 'diff', versions: ['0.40.0', '0.41.1'] });
    expect(parsed.inputs.get('mirror-repo')).toBe('https://m.example.com/d.git');
    expect(() => parseArgs(['diff', '0.40.0', '--mirror-repo', 'x'])).toThrow('diff takes two versions (diff 0.40.0 0.41.1), not 1');
    expect(() => parseArgs(['diff', '0.40.0', '0.41.1', '--jobs', '2'])).toThrow('unknown argument "--jobs" for diff');
    // A version is not a positional argument of a build.
    expect(() => parseArgs(['0.40.0'])).toThrow(UsageError);
    expect(usage()).toContain('falco-deps-mirror diff FROM TO --mirror-repo URL');
  });

  it('takes the delete command with its own flags, and --help anywhere', () => {
    const parsed = parseArgs(['delete', '--falco-version', '0.35.1', '--mirror-repo', 'https://m.example.com/d.git', '-h']);
    expect(parsed.command).toBe('delete');
    expect(parsed.help).toBe(true);
    expect(parsed.inputs.get('mirror-repo')).toBe('https://m.example.com/d.git');
  });
});

describe('usage', () => {
  it('lists every input with its default, but not workflow expressions', () => {
    const text = usage();
    for (const spec of INPUT_SPECS) expect(text).toContain(`--${spec.name}`);
    expect(text).toMatch(/--jobs\s+Parallelism for make -j \(1 to 256\)\. \(default: 4\)/);
    expect(text).not.toContain('${{');
  });
});
