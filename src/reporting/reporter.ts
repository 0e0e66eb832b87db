// Where the pipeline's words go. In a workflow: @actions/core (log groups, annotations, outputs,
// state for the post step). From the CLI: plain lines on stderr and `name=value` outputs on stdout.
import * as core from '@actions/core';
import { scrubSecrets } from '../common/secrets.js';

export interface Reporter {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string): void;
  /** Remembered for the post step (a no-op outside Actions: the CLI cleans up in-process). */
  saveState(name: string, value: string): void;
  setSecret(value: string): void;
  /** Appends to the job summary (a no-op where there is none). */
  writeSummary(markdown: string): Promise<void>;
}

/*
 * How the runner finds a workflow command (actions/runner, ActionCommandManager and ActionCommand): it
 * reads the step's stdout and stderr line by line (StreamReader.ReadLine: a line ends at LF, CR or
 * CRLF) and takes a line as a command when, after TrimStart (any white space), it starts with `::`
 * (`::name props::data`, TryParseV2), or when it holds `##[` anywhere (`##[name props]data`, the old
 * TryParse). Both comparisons are culture-aware in .NET, which may skip code points such as U+200B, so an
 * invisible character would not break a marker: a visible backslash does.
 */
const SKIPPABLE = String.raw`\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}`;
/** A line whose first visible characters are `::`. */
const COMMAND_V2 = new RegExp(String.raw`^[\s${SKIPPABLE}]*:[${SKIPPABLE}]*:`, 'u');
/** `##[` anywhere, with anything skippable between its characters. */
const COMMAND_V1 = new RegExp(String.raw`#[${SKIPPABLE}]*#[${SKIPPABLE}]*\[`, 'gu');

/**
 * `text` as the runner will never read a command in it, for text that is not the action's own (a build's
 * output, a Dockerfile, a tool's message): every line that could be one gets a backslash, before a
 * leading `::` (at the start of the line) and before the `[` of each `##[`. Anything else is unchanged.
 */
export function inert(text: string): string {
  if (!text.includes(':') && !text.includes('#')) return text;
  return text
    .split(/(\r\n|\r|\n)/)
    .map((line) => {
      const v1 = line.replace(COMMAND_V1, (marker) => `${marker.slice(0, -1)}\\[`);
      return COMMAND_V2.test(v1) ? `\\${v1}` : v1;
    })
    .join('');
}

export function actionsReporter(): Reporter {
  return {
    // Only info carries text from elsewhere as it is; notice, warning, error and group titles are
    // escaped by @actions/core into one command line whose data cannot start another.
    info: (m) => core.info(inert(m)),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    group: (title, fn) => core.group(title, fn),
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    setSecret: (value) => core.setSecret(value),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
  };
}

export interface CliReporter extends Reporter {
  readonly outputs: ReadonlyMap<string, string>;
}

export function cliReporter(write: (text: string) => void = (t) => process.stderr.write(t)): CliReporter {
  const outputs = new Map<string, string>();
  const secrets: string[] = [];
  // The CLI may run in a workflow's `run:` step, whose stdout and stderr the runner reads for commands
  // just as it reads the action's: its lines are made inert too (a terminal shows only a rare backslash).
  const line = (text: string): void => write(`${inert(scrubSecrets(text, secrets))}\n`);
  return {
    outputs,
    info: (m) => line(m),
    notice: (m) => line(`notice: ${m}`),
    warning: (m) => line(`warning: ${m}`),
    error: (m) => line(`error: ${m}`),
    async group(title, fn) {
      line(`==> ${title}`);
      return fn();
    },
    setOutput: (name, value) => void outputs.set(name, value),
    saveState: () => undefined,
    setSecret: (value) => {
      if (value !== '') secrets.push(value);
    },
    // The CLI has no job summary; its log and outputs say the same.
    writeSummary: () => Promise.resolve(),
  };
}
