// The README against the code: its Inputs and Outputs tables are action.yml's, in action.yml's order and
// with its defaults; every relative link in README.md and docs/*.md reaches a file, and every #anchor a
// heading (GitHub's slugs); the Quick start holds the two commands that set up a fresh machine and run
// the demo and the tests, which are what .ci/run runs; and every usage example is a workflow job with a
// `permissions:` block. Each check is a function returning its problems, and is shown failing on a bad
// sample first, so a check that silently finds nothing cannot pass.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), 'utf8');

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(read('action.yml')) as ActionYml;
const README = read('README.md');
const DOCS = fs
  .readdirSync(path.join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `docs/${f}`);

// ---- Markdown, as much of it as these checks need ----

interface Line {
  readonly text: string;
  readonly inFence: boolean;
}

interface Fence {
  readonly info: string;
  readonly body: string;
}

/** The lines, each marked when it is inside a fenced code block (its fence lines included), and the blocks. */
function scan(md: string): { lines: Line[]; fences: Fence[] } {
  const lines: Line[] = [];
  const fences: Fence[] = [];
  let open: { marker: string; info: string; body: string[] } | undefined;
  for (const text of md.split('\n')) {
    if (open) {
      const close = new RegExp(`^ {0,3}${open.marker.startsWith('`') ? '`' : '~'}{${open.marker.length},}\\s*$`);
      lines.push({ text, inFence: true });
      if (close.test(text)) {
        fences.push({ info: open.info, body: open.body.join('\n') });
        open = undefined;
      } else open.body.push(text);
      continue;
    }
    const start = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/.exec(text);
    if (start) {
      open = { marker: start[1] ?? '```', info: (start[2] ?? '').toLowerCase(), body: [] };
      lines.push({ text, inFence: true });
    } else lines.push({ text, inFence: false });
  }
  return { lines, fences };
}

interface Heading {
  readonly level: number;
  readonly title: string;
  readonly line: number;
}

function headings(md: string): Heading[] {
  const found: Heading[] = [];
  scan(md).lines.forEach((l, line) => {
    if (l.inFence) return;
    const m = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(l.text);
    if (m) found.push({ level: (m[1] ?? '').length, title: m[2] ?? '', line });
  });
  return found;
}

/** GitHub's anchor for a heading: its text lowercased, punctuation but `-` and `_` dropped, spaces to `-`. */
function slug(title: string): string {
  const text = title
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/`/g, '');
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a file's headings give, a repeated one numbered as GitHub numbers it (`-1`, `-2`, ...). */
function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const h of headings(md)) {
    const base = slug(h.title);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** The text under the heading `title` (any level), up to the next heading of the same or a higher level. */
function section(md: string, title: string): string {
  const all = headings(md);
  const at = all.findIndex((h) => h.title === title);
  const heading = all[at];
  if (!heading) return '';
  const next = all.slice(at + 1).find((h) => h.level <= heading.level);
  return md
    .split('\n')
    .slice(heading.line + 1, next?.line)
    .join('\n');
}

/** The first table of a piece of markdown, outside code: its header cells and its rows' cells. */
function firstTable(md: string): { header: string[]; rows: string[][] } {
  const lines = scan(md).lines.filter((l) => !l.inFence);
  const start = lines.findIndex((l) => l.text.startsWith('|'));
  if (start < 0) return { header: [], rows: [] };
  const block: string[] = [];
  for (const l of lines.slice(start)) {
    if (!l.text.startsWith('|')) break;
    block.push(l.text);
  }
  const cells = (row: string): string[] =>
    row
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
  const [header = '', , ...rows] = block;
  return { header: cells(header), rows: rows.map(cells) };
}

// ---- The checks ----

/** The default cell the README must show for an input: `required`, `empty` for '', or the value as code. */
function defaultCell(spec: { required?: boolean; default?: string }): string {
  if (spec.required === true) return 'required';
  if (spec.default === undefined || spec.default === '') return 'empty';
  return `\`${spec.default}\``;
}

function inputTableProblems(md: string, yml: ActionYml): string[] {
  const { header, rows } = firstTable(section(md, 'Inputs'));
  if (header.join('|') !== 'input|default|meaning')
    return [`the Inputs table's header is "${header.join(' | ')}", not "input | default | meaning"`];
  const want = Object.entries(yml.inputs).map(([name, spec]) => `\`${name}\` | ${defaultCell(spec)}`);
  const have = rows.map((r) => `${r[0] ?? ''} | ${r[1] ?? ''}`);
  const problems: string[] = [];
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i])
      problems.push(`Inputs row ${i + 1}: the README has "${have[i] ?? '(no row)'}", action.yml says "${want[i] ?? '(no input)'}"`);
  }
  for (const r of rows) if (!r[2]) problems.push(`Inputs row ${r[0] ?? ''} has no meaning`);
  return problems;
}

function outputTableProblems(md: string, yml: ActionYml): string[] {
  const { header, rows } = firstTable(section(md, 'Outputs'));
  if (header.join('|') !== 'output|meaning') return [`the Outputs table's header is "${header.join(' | ')}", not "output | meaning"`];
  const want = Object.keys(yml.outputs).map((name) => `\`${name}\``);
  const have = rows.map((r) => r[0] ?? '');
  const problems: string[] = [];
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i])
      problems.push(`Outputs row ${i + 1}: the README has ${have[i] ?? '(no row)'}, action.yml says ${want[i] ?? '(no output)'}`);
  }
  for (const r of rows) if (!r[1]) problems.push(`Outputs row ${r[0] ?? ''} has no meaning`);
  return problems;
}

/** The link targets of a markdown file, outside code blocks and code spans: inline links and definitions. */
function linkTargets(md: string): string[] {
  const prose = scan(md)
    .lines.filter((l) => !l.inFence)
    .map((l) => l.text)
    .join('\n')
    .replace(/(`+)[^`]*?\1/g, '');
  const targets: string[] = [];
  for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1] ?? '');
  for (const m of prose.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(m[1] ?? '');
  return targets;
}

/** Relative links of `rel` (a file under ROOT) that reach no file, and #anchors that reach no heading. */
function linkProblems(rel: string, md: string): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(md)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    const hash = target.indexOf('#');
    const file = hash < 0 ? target : target.slice(0, hash);
    const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const abs = file === '' ? path.join(ROOT, rel) : path.resolve(path.dirname(path.join(ROOT, rel)), decodeURIComponent(file));
    if (!abs.startsWith(ROOT + path.sep)) {
      problems.push(`${rel}: ${target} leaves the repository`);
      continue;
    }
    if (!fs.existsSync(abs)) {
      problems.push(`${rel}: ${target} points to ${path.relative(ROOT, abs)}, which does not exist`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!abs.endsWith('.md')) {
      problems.push(`${rel}: ${target} has an anchor on a file that is not markdown`);
      continue;
    }
    const text = abs === path.join(ROOT, rel) ? md : fs.readFileSync(abs, 'utf8');
    if (!anchors(text).has(anchor)) problems.push(`${rel}: ${target}: no heading of ${path.relative(ROOT, abs)} has the anchor #${anchor}`);
  }
  return problems;
}

const ACTION_USES = '<owner>/falco-deps-mirror@';

type Yaml = Record<string, unknown>;
const isMap = (v: unknown): v is Yaml => typeof v === 'object' && v !== null && !Array.isArray(v);
const isJob = (v: unknown): v is Yaml => isMap(v) && ('runs-on' in v || 'steps' in v);
const usesAction = (job: Yaml): boolean =>
  Array.isArray(job.steps) && job.steps.some((s) => isMap(s) && typeof s.uses === 'string' && s.uses.startsWith(ACTION_USES));

/**
 * Every yaml block that uses this action: it must be a workflow job (or a workflow, or jobs), and each job
 * using the action must say its permissions, in the job or for the whole workflow.
 */
function permissionProblems(md: string): { problems: string[]; jobs: number } {
  const problems: string[] = [];
  let jobs = 0;
  scan(md)
    .fences.filter((f) => (f.info === 'yaml' || f.info === 'yml') && /uses:\s*<owner>\/falco-deps-mirror@/.test(f.body))
    .forEach((f, i) => {
      const where = `yaml example ${i + 1} (${(f.body.split('\n').find((l) => l.trim()) ?? '').trim()} ...)`;
      let doc: unknown;
      try {
        doc = parse(f.body);
      } catch (err) {
        problems.push(`${where} is not valid YAML: ${String(err)}`);
        return;
      }
      const workflowLevel = isMap(doc) && isMap(doc.permissions);
      const candidates: unknown[] = isMap(doc) ? (isMap(doc.jobs) ? Object.values(doc.jobs) : isJob(doc) ? [doc] : Object.values(doc)) : [];
      const using = candidates.filter(isJob).filter(usesAction);
      if (using.length === 0) problems.push(`${where} uses the action outside a workflow job: show the job, with its permissions`);
      for (const job of using) {
        jobs++;
        if (!workflowLevel && !isMap(job.permissions)) problems.push(`${where}: a job using the action has no permissions: block`);
      }
    });
  return { problems, jobs };
}

/** The commands of the sh blocks of a piece of markdown: one per line, comments and prompts dropped. */
function shellCommands(md: string): string[] {
  return scan(md)
    .fences.filter((f) => f.info === 'sh' || f.info === 'bash' || f.info === 'shell')
    .flatMap((f) => f.body.split('\n'))
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
}

/** The commands a shell script runs: its lines without comments, shebang, `set` and `cd`. */
function scriptCommands(script: string): string[] {
  return script
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter((l) => l && !/^(set|cd)\s/.test(l));
}

// ---- The checks, shown failing first ----

describe('the checks themselves', () => {
  it("slug follows GitHub's rules", () => {
    expect(slug('The mirror branch and `if-exists`')).toBe('the-mirror-branch-and-if-exists');
    expect(slug("Mirror operations and git's messages")).toBe('mirror-operations-and-gits-messages');
    expect(slug('x86_64 and aarch64 in one branch')).toBe('x86_64-and-aarch64-in-one-branch');
    expect(slug('Versions, `latest` and ranges')).toBe('versions-latest-and-ranges');
    expect([...anchors('# A\n## A\n```\n# not a heading\n```\n## A')]).toEqual(['a', 'a-1', 'a-2']);
  });

  it('the Inputs and Outputs checks find a missing, a reordered and a changed row', () => {
    const yml: ActionYml = {
      inputs: { a: { description: '', required: true }, b: { description: '', default: 'x' }, c: { description: '', default: '' } },
      outputs: { o: { description: '' }, p: { description: '' } },
    };
    const good =
      '## Inputs\n\n| input | default | meaning |\n|---|---|---|\n| `a` | required | A |\n| `b` | `x` | B |\n| `c` | empty | C |\n';
    expect(inputTableProblems(good, yml)).toEqual([]);
    expect(inputTableProblems(good.replace('| `c` | empty | C |\n', ''), yml)).toHaveLength(1);
    expect(inputTableProblems(good.replace('`x`', '`y`'), yml)).toHaveLength(1);
    expect(
      inputTableProblems(good.replace('| `a` | required | A |\n| `b` | `x` | B |', '| `b` | `x` | B |\n| `a` | required | A |'), yml),
    ).toHaveLength(2);
    const outputs = '## Outputs\n\n| output | meaning |\n|---|---|\n| `o` | O |\n| `p` | P |\n';
    expect(outputTableProblems(outputs, yml)).toEqual([]);
    expect(outputTableProblems(outputs.replace('| `p` | P |\n', '| `q` | Q |\n'), yml)).toHaveLength(1);
  });

  it('the link check finds a missing file, a missing anchor and one in another file, and skips code', () => {
    const md = [
      '# Title',
      '[ok](#title) [ok](docs/testing.md) [ok](https://example.com/nothing) `[code](nowhere.md)`',
      '[gone](no-such-file.md) [bad](#no-such-heading) [bad too](docs/testing.md#no-such-heading)',
      '```',
      '[in a block](also-nowhere.md)',
      '```',
    ].join('\n');
    expect(linkProblems('README.md', md)).toEqual([
      expect.stringContaining('no-such-file.md'),
      expect.stringContaining('#no-such-heading'),
      expect.stringContaining('docs/testing.md#no-such-heading'),
    ]);
  });

  it('the permissions check finds a job without permissions and a bare step', () => {
    const job = (permissions: string): string =>
      [
        '```yaml',
        'jobs:',
        '  m:',
        '    runs-on: ubuntu-latest',
        permissions,
        '    steps:',
        '      - uses: <owner>/falco-deps-mirror@v1',
        '```',
      ].join('\n');
    expect(permissionProblems(job('    permissions:\n      contents: read'))).toEqual({ problems: [], jobs: 1 });
    expect(permissionProblems(job('')).problems).toHaveLength(1);
    expect(permissionProblems('```yaml\n- uses: <owner>/falco-deps-mirror@v1\n```').problems).toHaveLength(1);
  });
});

// ---- The README and docs/ ----

describe('README.md against action.yml', () => {
  it("the Inputs table lists action.yml's inputs, in its order, each with its default", () => {
    expect(Object.keys(action.inputs).length).toBeGreaterThan(10);
    expect(inputTableProblems(README, action)).toEqual([]);
  });

  it("the Outputs table lists action.yml's outputs, in its order", () => {
    expect(Object.keys(action.outputs).length).toBeGreaterThan(10);
    expect(outputTableProblems(README, action)).toEqual([]);
  });
});

describe('links', () => {
  it.each(['README.md', ...DOCS])('every relative link and anchor of %s reaches its target', (rel) => {
    const md = read(rel);
    expect(linkTargets(md).length).toBeGreaterThan(0);
    expect(linkProblems(rel, md)).toEqual([]);
  });

  it("the README's Contents lists every section", () => {
    const contents = new Set(
      linkTargets(section(README, 'Contents'))
        .filter((t) => t.startsWith('#'))
        .map((t) => t.slice(1)),
    );
    const sections = headings(README).filter((h) => h.level === 2 && h.title !== 'Contents');
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.map((h) => slug(h.title)).filter((s) => !contents.has(s))).toEqual([]);
  });

  it("docs/ holds the maintainers' pages the README links to", () => {
    const linked = linkTargets(README).filter((t) => t.startsWith('docs/'));
    for (const doc of DOCS)
      expect(
        linked.some((t) => t === doc || t.startsWith(`${doc}#`)),
        `${doc} is not linked from the README`,
      ).toBe(true);
  });
});

describe('the Quick start and .ci/run', () => {
  const quick = section(README, 'Quick start');

  it('the Quick start holds the two commands that set up a fresh machine and run the demo and the tests', () => {
    const commands = shellCommands(quick);
    expect(commands).toContain('bash scripts/setup.sh && npm run demo');
    expect(commands).toContain('npm test');
  });

  it('.ci/run runs exactly those: bash scripts/setup.sh, then npm test', () => {
    expect(scriptCommands(read('.ci/run'))).toEqual(['bash scripts/setup.sh', 'npm test']);
  });
});

describe('usage examples', () => {
  it('every example that uses the action is a workflow job with a permissions: block', () => {
    const { problems, jobs } = permissionProblems(README);
    expect(problems).toEqual([]);
    // The Quick start and the usage examples: build only, GitLab, GitHub, the two platform forms, the
    // schedule's two jobs, workflow_dispatch, attestation, the stall setting.
    expect(jobs).toBeGreaterThanOrEqual(10);
  });

  it('no docs/ page shows the action outside a job with permissions', () => {
    for (const doc of DOCS) expect(permissionProblems(read(doc)).problems, doc).toEqual([]);
  });
});
