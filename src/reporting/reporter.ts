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

export function actionsReporter(): Reporter {
  return {
    info: (m) => core.info(m),
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
  const line = (text: string): void => write(`${scrubSecrets(text, secrets)}\n`);
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
