// The CLI's reporter: plain lines on stderr with the level as a prefix, secrets masked in every line,
// outputs kept for printing at the end. The Actions reporter, with the real @actions/core: text from
// elsewhere (a build's lines, a Dockerfile) never reaches the runner as a workflow command.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createStageRunner } from '../../src/pipeline/stage.js';
import { parseInputs } from '../../src/planning/inputs.js';
import { reportDryRun } from '../../src/reporting/dry-run.js';
import { actionsReporter, cliReporter, inert } from '../../src/reporting/reporter.js';

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

/**
 * The runner's reading of a step's output (actions/runner ActionCommandManager, ActionCommand): lines end
 * at LF, CR or CRLF; a line is a command when, after leading white space, it starts with `::`, or when it
 * holds `##[` anywhere. Code points a culture-aware .NET comparison may skip are dropped first, so a
 * zero-width space does not count as breaking a marker.
 */
function runnerCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => {
    const seen = line.replace(/[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '');
    return seen.trimStart().startsWith('::') || seen.includes('##[');
  });
}

/** What `fn` writes to the process's stdout, where @actions/core writes (and the runner reads). */
async function stdoutOf(fn: () => unknown): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const HOSTILE: ReadonlyArray<readonly [text: string, readable: string]> = [
  ['::add-mask::x', 'add-mask::x'],
  ['::warning file=a::b', 'warning file=a::b'],
  ['::stop-commands::t', 'stop-commands::t'],
  ['##[group]x', 'group]x'],
  ['  ::error::y', 'error::y'],
  ['\t::debug::tab', 'debug::tab'],
  ['\u00a0\u3000::notice::unicode spaces', 'notice::unicode spaces'],
  ['\u200b::add-mask::zero-width before', 'add-mask::zero-width before'],
  [':\u200b:add-mask::zero-width inside', 'add-mask::zero-width inside'],
  ['#7 0.52 ##[error]mid-line, old syntax', 'error]mid-line, old syntax'],
  ['#\u200b#[error]zero-width inside', 'error]zero-width inside'],
  ['progress 10%\r::add-mask::after a CR', 'add-mask::after a CR'],
  ['first line\n::set-output name=a::b\nlast line', 'set-output name=a::b\nlast line'],
  ['CRLF\r\n##[endgroup]\r\nend', 'endgroup]'],
];

describe('actionsReporter', () => {
  it('relays text that looks like a workflow command so that the runner never reads one, and keeps it readable', async () => {
    const r = actionsReporter();
    for (const [text, readable] of HOSTILE) {
      const out = await stdoutOf(() => r.info(text));
      expect(runnerCommands(out), JSON.stringify(text)).toEqual([]);
      expect(out, JSON.stringify(text)).toContain(readable);
    }
  });

  it('leaves ordinary lines exactly as they are', async () => {
    const lines = [
      '#5 [2/3] RUN make -j4',
      'make[2]: Entering directory',
      "-- Using src='http://x/a.tgz'",
      'a::b',
      'fdm-verify: ok',
      '# comment',
    ];
    const out = await stdoutOf(() => lines.forEach((l) => actionsReporter().info(l)));
    expect(out).toBe(lines.map((l) => `${l}${os.EOL}`).join(''));
  });

  it("keeps the action's own commands: annotations, groups, masks", async () => {
    const r = actionsReporter();
    const out = await stdoutOf(async () => {
      r.notice('n ::add-mask::x');
      r.warning('w\n::add-mask::y');
      r.error('e');
      r.setSecret('s3cret');
      await r.group('Build', async () => r.info('::endgroup::'));
    });
    expect(runnerCommands(out)).toEqual([
      '::notice::n ::add-mask::x',
      '::warning::w%0A::add-mask::y',
      '::error::e',
      '::add-mask::s3cret',
      '::group::Build',
      '::endgroup::',
    ]);
  });

  it('relays through the stage runner and the dry run the same way', async () => {
    const { reporter } = createStageRunner(actionsReporter(), 60_000, []);
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-reporter-'));
    const config = parseInputs((name) => (name === 'falco-version' ? '0.35.1' : ''), { RUNNER_TEMP: temp, GITHUB_WORKSPACE: temp });
    fs.rmSync(temp, { recursive: true, force: true });
    const dockerfile = 'FROM scratch\n::add-mask::FROM\n  ::warning file=Dockerfile::x\nRUN echo ##[error]e';
    const out = await stdoutOf(() => {
      reporter.info('::add-mask::stage line');
      reportDryRun(reporter, config, { kind: 'build', platforms: [], verify: false, upload: false, publish: { kind: 'none' } }, dockerfile);
    });
    expect(runnerCommands(out)).toEqual([]);
    expect(out).toContain('add-mask::stage line');
    expect(out).toContain('FROM scratch\n\\::add-mask::FROM\n\\  ::warning file=Dockerfile::x\nRUN echo ##\\[error]e');
  });
});

describe('inert', () => {
  it('adds a backslash before a leading :: and the [ of each ##[, and changes nothing else', () => {
    expect(inert('::add-mask::x')).toBe('\\::add-mask::x');
    expect(inert('  ::error::y')).toBe('\\  ::error::y');
    expect(inert('a ##[group]b ###[c')).toBe('a ##\\[group]b ###\\[c');
    expect(inert('x\r\n::a::b\ry')).toBe('x\r\n\\::a::b\ry');
    expect(inert('plain: text # and more')).toBe('plain: text # and more');
  });
});

describe('cliReporter in a workflow step', () => {
  it('makes command-looking lines inert too: the runner reads a run step’s stderr for commands', () => {
    let text = '';
    const r = cliReporter((t) => (text += t));
    r.info('::add-mask::x\n##[group]y');
    r.warning('w ##[error]z');
    expect(runnerCommands(text)).toEqual([]);
    expect(text).toBe('\\::add-mask::x\n##\\[group]y\nwarning: w ##\\[error]z\n');
  });
});
