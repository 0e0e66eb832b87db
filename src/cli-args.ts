// The CLI's arguments: flags named like the action's inputs (`--name value` or `--name=value`), boolean
// flags alone, repeatable --cmake-args, and the `delete` command with its own few flags. Pure, so it is
// unit-tested apart from the entry point, which runs as soon as it is loaded.
import { DELETE_INPUTS } from './delete.js';
import { DIFF_INPUTS } from './diff.js';
import { INPUT_SPECS, type InputSpec } from './planning/inputs.js';

/** The environment variable the token may come from instead of --mirror-token (kept out of the process list). */
export const TOKEN_ENV = 'FALCO_DEPS_MIRROR_TOKEN';

export function usage(): string {
  const width = Math.max(...INPUT_SPECS.map((s) => s.name.length)) + 4;
  const lines = INPUT_SPECS.map((s: InputSpec) => {
    // Expression defaults (${{ ... }}) only mean something in a workflow; the description says the rest.
    const def = s.default === undefined || s.default.startsWith('${{') ? '' : ` (default: ${s.default})`;
    const req = s.required ? ' (required)' : '';
    return `  --${s.name.padEnd(width)}${s.description}${req}${def}`;
  });
  return [
    'Usage: falco-deps-mirror [build] --falco-version X.Y.Z [options]',
    '       falco-deps-mirror delete --falco-version X.Y.Z --mirror-repo URL',
    '       falco-deps-mirror diff FROM TO --mirror-repo URL',
    '',
    "Builds Falco's bundled third-party dependencies in Docker and extracts the falco-deps tree,",
    'as the GitHub Action does. Options are named like the action inputs; --name=value also works.',
    'Boolean options may be given alone (--keep-image). --cmake-args may be repeated.',
    '',
    '`delete` removes the mirror branch of a version (with a lease on the commit it saw), and takes',
    `only ${DELETE_INPUTS.map((n) => `--${n}`).join(', ')}.`,
    '',
    "`diff` prints the dependency diff between two mirrored versions, read from their branches' SBOMs",
    `(falco-deps.cdx.json), and takes only ${DIFF_INPUTS.map((n) => `--${n}`).join(', ')}.`,
    '',
    `The token may come from the environment variable ${TOKEN_ENV} instead of --mirror-token,`,
    'which keeps it out of the process list.',
    '',
    'Options:',
    ...lines,
    `  --${'help'.padEnd(width)}Show this help.`,
    '',
    'Outputs are printed on stdout as name=value lines; the log goes to stderr.',
    'Exit status: 0 on success, 1 when the run failed, 2 for a usage error.',
  ].join('\n');
}

export class UsageError extends Error {}

/** Parses argv into input values. Only known flags are accepted. */
export type Command = 'build' | 'delete' | 'diff';

export function parseArgs(argv: readonly string[]): { command: Command; help: boolean; inputs: Map<string, string>; versions: string[] } {
  const inputs = new Map<string, string>();
  const versions: string[] = [];
  const args = [...argv];
  let command: Command = 'build';
  if (args[0] === 'build' || args[0] === 'delete' || args[0] === 'diff') command = args.shift() as Command;
  const only: readonly string[] | undefined = command === 'delete' ? DELETE_INPUTS : command === 'diff' ? DIFF_INPUTS : undefined;
  const allowed = (s: InputSpec): boolean => only === undefined || only.includes(s.name);
  const specs = new Map(INPUT_SPECS.filter(allowed).map((s) => [s.name, s]));
  let help = false;
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    // diff's two versions are its positional arguments.
    if (command === 'diff' && !arg.startsWith('-')) {
      versions.push(arg);
      continue;
    }
    const m = /^--([a-z][a-z-]*)(?:=([\s\S]*))?$/.exec(arg);
    const spec = m?.[1] ? specs.get(m[1]) : undefined;
    if (!m || !spec)
      throw new UsageError(`unknown argument ${JSON.stringify(arg)}${command === 'build' ? '' : ` for ${command}`}; see --help`);
    let value = m[2];
    if (value === undefined) {
      if (spec.boolean && (args[0] === undefined || args[0].startsWith('--'))) value = 'true';
      else {
        const next = args.shift();
        if (next === undefined) throw new UsageError(`--${spec.name} needs a value`);
        value = next;
      }
    }
    const previous = inputs.get(spec.name);
    if (previous !== undefined && !spec.multiline) throw new UsageError(`--${spec.name} given twice`);
    inputs.set(spec.name, previous === undefined ? value : `${previous}\n${value}`);
  }
  if (command === 'diff' && !help && versions.length !== 2)
    throw new UsageError(`diff takes two versions (diff 0.40.0 0.41.1), not ${versions.length}; see --help`);
  return { command, help, inputs, versions };
}
