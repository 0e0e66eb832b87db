#!/usr/bin/env node
// The same pipeline outside GitHub Actions: flags named like the action's inputs instead of INPUT_*
// variables, plain log lines on stderr, and the outputs as `name=value` lines on stdout.
import { cancelOnSignals } from './cancel.js';
import { asMirrorError } from './common/errors.js';
import { parseArgs, TOKEN_ENV, usage } from './cli-args.js';
import { runDelete } from './delete.js';
import { runDiff } from './diff.js';
import { runPipeline } from './main.js';
import { cliReporter } from './reporting/reporter.js';

const USAGE_EXIT = 2;

async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`falco-deps-mirror: ${(err as Error).message}\n`);
    return USAGE_EXIT;
  }
  if (parsed.help) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const reporter = cliReporter();
  const getInput = (name: string): string => {
    const value = parsed.inputs.get(name) ?? (name === 'mirror-token' ? process.env[TOKEN_ENV] : undefined) ?? '';
    return value.trim();
  };
  let result: { error?: { describe(language: 'en' | 'ru'): string }; language: 'en' | 'ru' };
  if (parsed.command === 'delete') {
    result = await runDelete(reporter, getInput, process.env);
  } else if (parsed.command === 'diff') {
    result = await runDiff(reporter, getInput, process.env, parsed.versions, (text) =>
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    );
  } else {
    const signal = cancelOnSignals((sig) => reporter.warning(`received ${sig}: cancelling and cleaning up`));
    result = await runPipeline({ reporter, getInput, env: process.env, signal });
  }
  for (const [name, value] of reporter.outputs) process.stdout.write(`${name}=${value}\n`);
  if (result.error) {
    reporter.error(result.error.describe(result.language));
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`falco-deps-mirror: ${asMirrorError(err).message}\n`);
    process.exitCode = 1;
  },
);
