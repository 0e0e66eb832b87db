// Every combination of the inputs the decision reads, against what the README promises for each.
import { describe, expect, it } from 'vitest';
import { decide, isSkipped, type Decision, type DecisionInputs, type RemoteState } from '../../src/planning/decision.js';
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
  let real: Decision;
  if (b.commit !== undefined && ifExists === 'skip') real = { kind: 'skip', commit: SHA };
  else if (!b.mirror) real = { kind: 'build', verify, upload: artifact, publish: { kind: 'none' } };
  else if (b.commit === undefined) real = { kind: 'build', verify, upload: artifact, publish: { kind: 'create' } };
  else real = { kind: 'build', verify, upload: artifact, publish: { kind: 'patch', over: SHA } };
  return dryRun ? { kind: 'dry-run', real } : real;
}

const cases = specs.flatMap((versionSpec) =>
  branches.flatMap((b) =>
    ifExistsValues.flatMap((ifExists) =>
      bools.flatMap((dryRun) =>
        bools.flatMap((verify) =>
          bools.map((artifact) => ({
            title: `${versionSpec.kind}, ${b.name}, if-exists ${ifExists}, dry-run ${dryRun}, verify ${verify}, artifact ${artifact}`,
            inputs: { versionSpec, mirror: b.mirror, ifExists, dryRun, verify, artifact } satisfies DecisionInputs,
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
    };
    expect(decide(inputs, { kind: 'branch', commit: SHA })).toEqual({
      kind: 'build',
      verify: false,
      upload: true,
      publish: { kind: 'none' },
    });
  });
});

describe('decide: a range', () => {
  const range: VersionSpec = { kind: 'range', range: '>=0.35.0' };
  const base = { versionSpec: range, ifExists: 'skip', dryRun: true, verify: false, artifact: true } as const;

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
    [{ kind: 'dry-run', real: { kind: 'build', verify: false, upload: true, publish: { kind: 'create' } } }, false],
    [{ kind: 'build', verify: false, upload: true, publish: { kind: 'create' } }, false],
    [{ kind: 'fail-exists', commit: SHA }, false],
  ])('%j -> %s', (decision, want) => {
    expect(isSkipped(decision)).toBe(want);
  });
});
