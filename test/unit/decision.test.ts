// Every combination of the inputs the decision reads, against what the README promises for each.
import { describe, expect, it } from 'vitest';
import { decide, isSkipped, type Decision, type DecisionInputs, type RealRun, type RemoteState } from '../../src/planning/decision.js';
import type { IfExists } from '../../src/planning/inputs.js';
import type { VersionSpec } from '../../src/planning/version-spec.js';

const SHA = 'a'.repeat(40);
const specs: VersionSpec[] = [{ kind: 'exact', version: '0.35.1' }, { kind: 'latest' }];
const branches = [
  { name: 'no mirror', mirror: false, commit: undefined },
  { name: 'branch absent', mirror: true, commit: undefined },
  { name: 'branch exists', mirror: true, commit: SHA },
] as const;
const ifExistsValues: IfExists[] = ['skip', 'fail', 'overwrite'];
const bools = [false, true];

/** The README's rules, written out case by case rather than the way decide() computes them. */
function expected(b: (typeof branches)[number], ifExists: IfExists, dryRun: boolean, verify: boolean, artifact: boolean): Decision {
  if (b.commit !== undefined && ifExists === 'fail') return { kind: 'fail-exists', commit: SHA };
  let real: RealRun;
  if (b.commit !== undefined && ifExists === 'skip') real = { kind: 'skip', commit: SHA };
  else if (!b.mirror) real = { kind: 'build', platforms: [], verify, upload: artifact, publish: { kind: 'none' } };
  else if (b.commit === undefined) real = { kind: 'build', platforms: [], verify, upload: artifact, publish: { kind: 'create' } };
  else real = { kind: 'build', platforms: [], verify, upload: artifact, publish: { kind: 'patch', over: SHA, keep: [] } };
  return dryRun ? { kind: 'dry-run', real } : real;
}

const cases = specs.flatMap((versionSpec) =>
  branches.flatMap((b) =>
    ifExistsValues.flatMap((ifExists) =>
      bools.flatMap((dryRun) =>
        bools.flatMap((verify) =>
          bools.map((artifact) => ({
            title: `${versionSpec.kind}, ${b.name}, if-exists ${ifExists}, dry-run ${dryRun}, verify ${verify}, artifact ${artifact}`,
            inputs: { versionSpec, mirror: b.mirror, ifExists, dryRun, verify, artifact, platforms: [] } satisfies DecisionInputs,
            remote: { kind: 'branch', commit: b.commit } satisfies RemoteState,
            want: expected(b, ifExists, dryRun, verify, artifact),
          })),
        ),
      ),
    ),
  ),
);

describe('decide: one version', () => {
  it('covers every combination (2 specs × 3 mirror states × 3 if-exists × dry-run × verify × artifact)', () => {
    expect(cases).toHaveLength(2 * 3 * 3 * 2 * 2 * 2);
  });

  it.each(cases)('$title', ({ inputs, remote, want }) => {
    expect(decide(inputs, remote)).toEqual(want);
  });

  it('ignores a commit reported without a mirror', () => {
    const inputs: DecisionInputs = {
      versionSpec: specs[0] as VersionSpec,
      mirror: false,
      ifExists: 'fail',
      dryRun: false,
      verify: false,
      artifact: true,
      platforms: [],
    };
    expect(decide(inputs, { kind: 'branch', commit: SHA })).toEqual({
      kind: 'build',
      platforms: [],
      verify: false,
      upload: true,
      publish: { kind: 'none' },
    });
  });
});

describe('decide: a range', () => {
  const range: VersionSpec = { kind: 'range', range: '>=0.35.0' };
  const base = { versionSpec: range, ifExists: 'skip', dryRun: true, verify: false, artifact: true, platforms: [] } as const;

  it.each([
    { mirror: true, mirrored: ['0.35.1'], want: ['0.36.0', '0.37.1'] },
    { mirror: true, mirrored: ['0.35.1', '0.36.0', '0.37.1', 'main'], want: [] },
    { mirror: false, mirrored: [], want: ['0.35.1', '0.36.0', '0.37.1'] },
  ])('lists the releases the mirror lacks, ascending (mirrored: $mirrored)', ({ mirror, mirrored, want }) => {
    const remote: RemoteState = { kind: 'releases', inRange: ['0.37.1', '0.35.1', '0.36.0', '0.36.0'], mirrored: new Set(mirrored) };
    expect(decide({ ...base, mirror }, remote)).toEqual({ kind: 'plan-range', range: '>=0.35.0', versions: want });
  });

  it('refuses to decide a range on one branch, or one version on a release list', () => {
    expect(() => decide({ ...base, mirror: true }, { kind: 'branch', commit: undefined })).toThrow();
    const exact = { ...base, versionSpec: specs[0] as VersionSpec, mirror: true };
    expect(() => decide(exact, { kind: 'releases', inRange: [], mirrored: new Set() })).toThrow();
  });
});

describe('isSkipped (the skipped output)', () => {
  it.each<[Decision, boolean]>([
    [{ kind: 'plan-range', range: '*', versions: [] }, true],
    [{ kind: 'skip', commit: SHA }, true],
    [{ kind: 'dry-run', real: { kind: 'skip', commit: SHA } }, true],
    [{ kind: 'dry-run', real: { kind: 'build', platforms: [], verify: false, upload: true, publish: { kind: 'create' } } }, false],
    [{ kind: 'build', platforms: ['linux/amd64'], verify: false, upload: true, publish: { kind: 'create' } }, false],
    [{ kind: 'fail-exists', commit: SHA }, false],
  ])('%j -> %s', (decision, want) => {
    expect(isSkipped(decision)).toBe(want);
  });
});

describe('decide: if-exists per platform (platforms asked for, and the branch says what it holds)', () => {
  const BOTH = ['linux/amd64', 'linux/arm64'];
  const inputs = (ifExists: IfExists, platforms: readonly string[], dryRun = false): DecisionInputs => ({
    versionSpec: specs[0] as VersionSpec,
    mirror: true,
    ifExists,
    dryRun,
    verify: true,
    artifact: false,
    platforms,
  });
  const branch = (held: readonly string[] | undefined): RemoteState => ({ kind: 'branch', commit: SHA, held });
  const build = (platforms: readonly string[], keep: readonly string[]): RealRun => ({
    kind: 'build',
    platforms,
    verify: true,
    upload: false,
    publish: { kind: 'patch', over: SHA, keep },
  });

  it('skip builds only the platforms the branch lacks, and keeps the ones it holds', () => {
    expect(decide(inputs('skip', BOTH), branch(['linux/amd64']))).toEqual(build(['linux/arm64'], ['linux/amd64']));
    // A platform held but not asked for stays too.
    expect(decide(inputs('skip', ['linux/arm64']), branch(['linux/amd64', 'linux/ppc64le']))).toEqual(
      build(['linux/arm64'], ['linux/amd64', 'linux/ppc64le']),
    );
  });

  it('skip skips when the branch holds every platform asked for, and more', () => {
    expect(decide(inputs('skip', BOTH), branch(BOTH))).toEqual({ kind: 'skip', commit: SHA });
    expect(decide(inputs('skip', ['linux/arm64']), branch(BOTH))).toEqual({ kind: 'skip', commit: SHA });
  });

  it('fail stops with the platforms asked for that the branch holds, and only those', () => {
    expect(decide(inputs('fail', BOTH), branch(['linux/arm64', 'linux/ppc64le']))).toEqual({
      kind: 'fail-exists',
      commit: SHA,
      platforms: ['linux/arm64'],
    });
    expect(decide(inputs('fail', BOTH), branch(BOTH))).toEqual({ kind: 'fail-exists', commit: SHA, platforms: BOTH });
  });

  it('fail builds what the branch lacks when it holds none of the platforms asked for, keeping the others', () => {
    expect(decide(inputs('fail', ['linux/arm64']), branch(['linux/amd64']))).toEqual(build(['linux/arm64'], ['linux/amd64']));
  });

  it('overwrite rebuilds every platform asked for, held or not, and keeps the rest', () => {
    expect(decide(inputs('overwrite', BOTH), branch(['linux/amd64']))).toEqual(build(BOTH, []));
    expect(decide(inputs('overwrite', ['linux/arm64']), branch(BOTH))).toEqual(build(['linux/arm64'], ['linux/amd64']));
    expect(decide(inputs('overwrite', BOTH), branch(BOTH))).toEqual(build(BOTH, []));
  });

  it('a branch that holds no platform at all: every platform is built, nothing kept', () => {
    expect(decide(inputs('skip', BOTH), branch([]))).toEqual(build(BOTH, []));
    expect(decide(inputs('fail', BOTH), branch([]))).toEqual(build(BOTH, []));
  });

  it('a branch that does not say what it holds (made before platforms) falls back to the whole-branch rules', () => {
    expect(decide(inputs('skip', BOTH), branch(undefined))).toEqual({ kind: 'skip', commit: SHA });
    expect(decide(inputs('fail', BOTH), branch(undefined))).toEqual({ kind: 'fail-exists', commit: SHA });
    expect(decide(inputs('overwrite', BOTH), branch(undefined))).toEqual(build(BOTH, []));
    expect(decide(inputs('overwrite', BOTH), { kind: 'branch', commit: SHA })).toEqual(build(BOTH, []));
  });

  it('with no platforms asked for, what the branch holds is not looked at: the whole branch is judged', () => {
    expect(decide(inputs('skip', []), branch(['linux/amd64']))).toEqual({ kind: 'skip', commit: SHA });
    expect(decide(inputs('fail', []), branch(['linux/amd64']))).toEqual({ kind: 'fail-exists', commit: SHA });
    expect(decide(inputs('overwrite', []), branch(['linux/amd64']))).toEqual(build([], []));
  });

  it('an absent branch is created with every platform asked for; no mirror publishes nothing', () => {
    const want = { kind: 'build', platforms: BOTH, verify: true, upload: false, publish: { kind: 'create' } };
    expect(decide(inputs('fail', BOTH), { kind: 'branch', commit: undefined, held: ['linux/amd64'] })).toEqual(want);
    expect(decide({ ...inputs('fail', BOTH), mirror: false }, branch(BOTH))).toEqual({ ...want, publish: { kind: 'none' } });
  });

  it('dry-run wraps what the real run would do, and still stops at fail-exists', () => {
    expect(decide(inputs('skip', BOTH, true), branch(['linux/amd64']))).toEqual({
      kind: 'dry-run',
      real: build(['linux/arm64'], ['linux/amd64']),
    });
    expect(decide(inputs('skip', BOTH, true), branch(BOTH))).toEqual({ kind: 'dry-run', real: { kind: 'skip', commit: SHA } });
    expect(decide(inputs('overwrite', ['linux/arm64'], true), branch(BOTH))).toEqual({
      kind: 'dry-run',
      real: build(['linux/arm64'], ['linux/amd64']),
    });
    expect(decide(inputs('fail', BOTH, true), branch(['linux/amd64']))).toEqual({
      kind: 'fail-exists',
      commit: SHA,
      platforms: ['linux/amd64'],
    });
    expect(isSkipped(decide(inputs('skip', BOTH, true), branch(BOTH)))).toBe(true);
    expect(isSkipped(decide(inputs('skip', BOTH, true), branch(['linux/amd64'])))).toBe(false);
  });
});
