// What a run made is recorded before it exists and removed by main's finally or, when main was cut
// short, by the post step from the saved state; nothing that could not be removed is forgotten.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Cleanup, LEFTOVERS_STATE, parseLeftovers } from '../../src/effects/cleanup.js';
import type { Engine } from '../../src/effects/engine.js';
import { runPost } from '../../src/post.js';
import { fakeEngine, recordingReporter, type CallLog } from '../support/fake-services.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fdm-cleanup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The fake engine, with removals of the named things failing. */
function engine(calls: CallLog, failing: readonly string[] = []): Engine {
  const base = fakeEngine(calls, { imageRoot: tmp });
  const check = (x: string): void => {
    if (failing.includes(x)) throw new Error(`${x} is busy`);
  };
  return {
    ...base,
    removeContainer: async (x) => {
      check(x);
      await base.removeContainer(x);
    },
    removeImage: async (x) => {
      check(x);
      await base.removeImage(x);
    },
    removeLayer: async (x) => {
      check(x);
      await base.removeLayer(x);
    },
  };
}

describe('Cleanup', () => {
  it('saves each thing in the step state before it exists, and forgets what it removed', async () => {
    const calls: CallLog = [];
    const reporter = recordingReporter();
    const dir = fs.mkdtempSync(path.join(tmp, 'scratch-'));
    const cleanup = new Cleanup(reporter, () => engine(calls));
    cleanup.dir(dir);
    cleanup.image('falco-deps-mirror:0.35.1-1-ab');
    cleanup.layer('l1');
    cleanup.layer('l2');
    cleanup.container('c1');
    expect(parseLeftovers(reporter.state.get(LEFTOVERS_STATE) ?? '')).toEqual({
      containers: ['c1'],
      images: ['falco-deps-mirror:0.35.1-1-ab'],
      layers: ['l1', 'l2'],
      dirs: [dir],
    });
    await cleanup.run(false);
    // Containers first, then the image, then step images newest first, then directories.
    expect(calls).toEqual([
      'engine.removeContainer c1',
      'engine.removeImage falco-deps-mirror:0.35.1-1-ab',
      'engine.removeLayer l2',
      'engine.removeLayer l1',
    ]);
    expect(fs.existsSync(dir)).toBe(false);
    expect(parseLeftovers(reporter.state.get(LEFTOVERS_STATE) ?? '')).toEqual({ containers: [], images: [], layers: [], dirs: [] });
  });

  it('keeps the image when asked, and forgets the step images once the build is done', async () => {
    const calls: CallLog = [];
    const cleanup = new Cleanup(recordingReporter(), () => engine(calls));
    cleanup.image('img');
    cleanup.layer('l1');
    cleanup.buildDone();
    await cleanup.run(true);
    expect(calls).toEqual([]);
  });

  it('warns about what it could not remove and keeps it recorded for the post step', async () => {
    const calls: CallLog = [];
    const reporter = recordingReporter();
    const cleanup = new Cleanup(reporter, () => engine(calls, ['c1']));
    cleanup.container('c1');
    cleanup.container('c2');
    await cleanup.run(false);
    expect(reporter.lines).toContain('warning: Could not remove container c1: c1 is busy');
    expect(parseLeftovers(reporter.state.get(LEFTOVERS_STATE) ?? '').containers).toEqual(['c1']);
  });

  it('a run that recorded nothing never starts the engine', async () => {
    let started = false;
    const cleanup = new Cleanup(recordingReporter(), () => {
      started = true;
      return engine([]);
    });
    await cleanup.run(false);
    expect(started).toBe(false);
  });
});

describe('the post step', () => {
  it('removes what main recorded but could not remove', async () => {
    const calls: CallLog = [];
    const reporter = recordingReporter();
    const dir = fs.mkdtempSync(path.join(tmp, 'left-'));
    const state = JSON.stringify({ containers: ['c1'], images: ['img'], layers: [], dirs: [dir] });
    await runPost(
      reporter,
      (name) => (name === LEFTOVERS_STATE ? state : ''),
      false,
      () => engine(calls),
    );
    expect(reporter.lines).toContain('Removing 3 leftover(s) of the main step.');
    expect(calls).toEqual(['engine.removeContainer c1', 'engine.removeImage img']);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('does nothing, and starts no engine, when nothing was left (or the state is not readable)', async () => {
    for (const state of ['', '{"containers":[]}', 'not json']) {
      const reporter = recordingReporter();
      let started = false;
      await runPost(
        reporter,
        () => state,
        false,
        () => {
          started = true;
          return engine([]);
        },
      );
      expect(reporter.lines).toEqual(['Nothing left to clean up.']);
      expect(started).toBe(false);
    }
  });

  it('leaves the image with keep-image', async () => {
    const calls: CallLog = [];
    const state = JSON.stringify({ containers: [], images: ['img'], layers: [], dirs: [] });
    const reporter = recordingReporter();
    await runPost(
      reporter,
      () => state,
      true,
      () => engine(calls),
    );
    expect(calls).toEqual([]);
    expect(reporter.lines).toEqual(['Nothing left to clean up.']);
  });
});
