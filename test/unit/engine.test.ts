import { describe, expect, it } from 'vitest';
import { buildFailure, LayerTracker } from '../../src/effects/engine.js';

// A legacy-builder log as dockerd 20.10 prints it: the base image, a cached step, two steps that ran.
const LEGACY_LOG = `Step 1/4 : FROM fdm-test-base:bookworm
 ---> 816f362d453c
Step 2/4 : ARG JOBS
 ---> Using cache
 ---> 2ed78d68669a
Step 3/4 : RUN echo one
 ---> Running in 5d1e0c0b9f11
one
Removing intermediate container 5d1e0c0b9f11
 ---> 34e7072921ac
Step 4/4 : RUN false
 ---> Running in 8a7c3a4b1b22
The command '/bin/sh -c false' returned a non-zero code: 1`;

describe('docker engine log reading', () => {
  it('lists only the step images a build created, not the base image or cached steps', () => {
    const tracker = new LayerTracker();
    const ids = LEGACY_LOG.split('\n').flatMap((l) => tracker.feed(l) ?? []);
    expect(ids).toEqual(['34e7072921ac']);
  });

  it('names the failing step and the last lines of a failed build', () => {
    const err = buildFailure({ code: 1, stdout: LEGACY_LOG, stderr: '', aborted: false, timedOut: false, signal: null });
    expect(err.reason).toBe('InternalError');
    expect(err.message).toContain('at step "RUN false"');
    expect(err.message).toContain('returned a non-zero code: 1');
  });

  it('reports a missing tag as NotFound', () => {
    const err = buildFailure({
      code: 1,
      stdout: 'warning: Could not find remote branch 9.9.9 to clone.\nfatal: Remote branch 9.9.9 not found in upstream origin',
      stderr: '',
      aborted: false,
      timedOut: false,
      signal: null,
    });
    expect(err.reason).toBe('NotFound');
    expect(err.message).toContain('no tag 9.9.9');
  });

  it('reports an old CMake for build: downloads as Invalid, naming the version, and not the script text', () => {
    const script = `Step 3/12 : RUN echo "fdm: build: downloads needs CMake 3.19 or newer; the base image has CMake \${v:-(no cmake --version)}" >&2`;
    const fail = (stdout: string) => buildFailure({ code: 1, stdout, stderr: '', aborted: false, timedOut: false, signal: null });
    const err = fail(
      `${script}\n ---> Running in 0123456789ab\n\u001b[91mfdm: build: downloads needs CMake 3.19 or newer; the base image has CMake 3.18.4\n\u001b[0m`,
    );
    expect(err.reason).toBe('Invalid');
    expect(err.message).toBe(
      'build: downloads needs CMake 3.19 or newer, and the base image has CMake 3.18.4. Use a base image with CMake 3.19 or newer, or build: full.',
    );
    // The step's own text alone is no such report.
    expect(fail(script).reason).toBe('InternalError');
  });
});
