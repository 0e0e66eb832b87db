// withRetry: transient catalog reasons are retried with bounded, jittered exponential backoff (or the
// server's Retry-After), at most policy.attempts tries in all; anything else fails at once.
import { describe, expect, it } from 'vitest';
import { MirrorError, type Reason } from '../../src/common/errors.js';
import { DEFAULT_RETRY, retryDelay, withRetry, type RetryPolicy } from '../../src/common/retry.js';

const POLICY: RetryPolicy = { attempts: 4, baseMs: 100, maxMs: 1000 };

const fail = (reason: Reason, retryAfterMs?: number): MirrorError =>
  new MirrorError(reason, `the ${reason} failure.`, {
    verb: 'get',
    resource: 'branch 0.35.1 of https://mirror.example/deps.git',
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });

/** A function that fails with the given errors in turn, then returns 'done'; and what happened. */
function script(errors: Error[]): { fn: (attempt: number) => Promise<string>; attempts: number[] } {
  const attempts: number[] = [];
  return {
    attempts,
    fn: async (attempt) => {
      attempts.push(attempt);
      const err = errors[attempts.length - 1];
      if (err !== undefined) throw err;
      return 'done';
    },
  };
}

function hooks(random = 0.5): {
  sleeps: number[];
  retries: Array<[Reason, number, number]>;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onRetry: (err: MirrorError, attempt: number, delayMs: number) => void;
} {
  const sleeps: number[] = [];
  const retries: Array<[Reason, number, number]> = [];
  return {
    sleeps,
    retries,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => random,
    onRetry: (err, attempt, delayMs) => retries.push([err.reason, attempt, delayMs]),
  };
}

describe('withRetry', () => {
  for (const reason of ['TooManyRequests', 'ServerTimeout', 'ServiceUnavailable', 'Timeout'] as const) {
    it(`retries ${reason} up to policy.attempts, then throws the last error`, async () => {
      const errors = [fail(reason), fail(reason), fail(reason), fail(reason), fail(reason)];
      const s = script(errors);
      const h = hooks();
      const thrown = await withRetry(s.fn, POLICY, h).catch((e: unknown) => e);
      expect(thrown).toBe(errors[3]);
      expect(s.attempts).toEqual([1, 2, 3, 4]);
      expect(h.sleeps).toHaveLength(3);
      expect(h.retries.map(([r, a]) => [r, a])).toEqual([
        [reason, 1],
        [reason, 2],
        [reason, 3],
      ]);
    });
  }

  it('returns the value of the first try that succeeds', async () => {
    const s = script([fail('ServiceUnavailable'), fail('TooManyRequests')]);
    const h = hooks();
    await expect(withRetry(s.fn, POLICY, h)).resolves.toBe('done');
    expect(s.attempts).toEqual([1, 2, 3]);
    expect(h.retries.map(([r]) => r)).toEqual(['ServiceUnavailable', 'TooManyRequests']);
  });

  it('does not wait or retry when the first try succeeds', async () => {
    const s = script([]);
    const h = hooks();
    await expect(withRetry(s.fn, POLICY, h)).resolves.toBe('done');
    expect(s.attempts).toEqual([1]);
    expect(h.sleeps).toEqual([]);
    expect(h.retries).toEqual([]);
  });

  for (const reason of [
    'BadRequest',
    'Unauthorized',
    'Forbidden',
    'NotFound',
    'AlreadyExists',
    'Conflict',
    'RequestEntityTooLarge',
    'Invalid',
    'InternalError',
  ] as const) {
    it(`fails at once on ${reason}: one call, no wait`, async () => {
      const err = fail(reason);
      const s = script([err, err, err]);
      const h = hooks();
      await expect(withRetry(s.fn, POLICY, h)).rejects.toBe(err);
      expect(s.attempts).toEqual([1]);
      expect(h.sleeps).toEqual([]);
      expect(h.retries).toEqual([]);
    });
  }

  it('fails at once on anything that is not a MirrorError', async () => {
    const err = new Error('ECONNRESET');
    const s = script([err, err]);
    const h = hooks();
    await expect(withRetry(s.fn, POLICY, h)).rejects.toBe(err);
    expect(s.attempts).toEqual([1]);
    expect(h.sleeps).toEqual([]);
  });

  it('stops at a non-transient error met after transient ones', async () => {
    const last = fail('Forbidden');
    const s = script([fail('ServiceUnavailable'), last, fail('ServiceUnavailable')]);
    const h = hooks();
    await expect(withRetry(s.fn, POLICY, h)).rejects.toBe(last);
    expect(s.attempts).toEqual([1, 2]);
    expect(h.sleeps).toHaveLength(1);
  });

  it('with attempts: 1 never retries, even a transient error', async () => {
    const err = fail('ServiceUnavailable');
    const s = script([err]);
    const h = hooks();
    await expect(withRetry(s.fn, { ...POLICY, attempts: 1 }, h)).rejects.toBe(err);
    expect(s.attempts).toEqual([1]);
    expect(h.sleeps).toEqual([]);
  });

  it("waits the server's Retry-After instead of the backoff", async () => {
    const s = script([fail('TooManyRequests', 750), fail('ServiceUnavailable', 0), fail('TooManyRequests', 2500)]);
    const h = hooks(0);
    await expect(withRetry(s.fn, { attempts: 5, baseMs: 100, maxMs: 1000 }, h)).resolves.toBe('done');
    expect(h.sleeps).toEqual([750, 0, 2500]);
    expect(h.retries).toEqual([
      ['TooManyRequests', 1, 750],
      ['ServiceUnavailable', 2, 0],
      ['TooManyRequests', 3, 2500],
    ]);
  });

  it('bounds a huge Retry-After by four times maxMs', async () => {
    const s = script([fail('TooManyRequests', 3_600_000)]);
    const h = hooks();
    await expect(withRetry(s.fn, POLICY, h)).resolves.toBe('done');
    expect(h.sleeps).toEqual([4 * POLICY.maxMs]);
  });

  it('grows the backoff exponentially from baseMs and bounds it by maxMs', async () => {
    const policy: RetryPolicy = { attempts: 8, baseMs: 100, maxMs: 1000 };
    const errors = Array.from({ length: 7 }, () => fail('ServiceUnavailable'));

    const high = hooks(1); // the top of the jitter range: the ceiling itself
    await expect(withRetry(script(errors).fn, policy, high)).resolves.toBe('done');
    expect(high.sleeps).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);

    const low = hooks(0); // the bottom: half the ceiling, never zero
    await expect(withRetry(script(errors).fn, policy, low)).resolves.toBe('done');
    expect(low.sleeps).toEqual([50, 100, 200, 400, 500, 500, 500]);

    // onRetry is told the delay actually waited, before the wait.
    expect(high.retries.map(([, , d]) => d)).toEqual(high.sleeps);
    expect(high.retries.map(([, a]) => a)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('calls onRetry before each wait, with the error, the attempt that failed and the delay', async () => {
    const order: string[] = [];
    const first = fail('Timeout');
    let calls = 0;
    const fn = async (attempt: number): Promise<number> => {
      order.push(`try ${attempt}`);
      if (++calls === 1) throw first;
      return attempt;
    };
    const seen: Array<[MirrorError, number, number]> = [];
    const result = await withRetry(fn, POLICY, {
      random: () => 1,
      sleep: async (ms) => {
        order.push(`sleep ${ms}`);
      },
      onRetry: (err, attempt, delay) => {
        order.push(`onRetry ${attempt}`);
        seen.push([err, attempt, delay]);
      },
    });
    expect(result).toBe(2);
    expect(order).toEqual(['try 1', 'onRetry 1', 'sleep 100', 'try 2']);
    expect(seen).toEqual([[first, 1, 100]]);
  });

  it('does not retry once the signal is aborted', async () => {
    const controller = new AbortController();
    const err = fail('ServiceUnavailable');
    const s = script([err, err, err]);
    const h = hooks();
    controller.abort();
    await expect(withRetry(s.fn, POLICY, { ...h, signal: controller.signal })).rejects.toBe(err);
    expect(s.attempts).toEqual([1]);
    expect(h.sleeps).toEqual([]);
  });

  it('an abort ends the real wait early', async () => {
    const controller = new AbortController();
    const err = fail('ServiceUnavailable');
    const s = script([err, err, err, err]);
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    // Without the abort the first wait alone would be 30 s or more.
    await expect(withRetry(s.fn, { attempts: 4, baseMs: 60_000, maxMs: 60_000 }, { signal: controller.signal })).rejects.toBe(err);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(s.attempts).toEqual([1]);
  });

  it('uses the real sleep by default', async () => {
    const s = script([fail('ServiceUnavailable')]);
    const started = Date.now();
    await expect(withRetry(s.fn, { attempts: 2, baseMs: 200, maxMs: 200 }, { random: () => 1 })).resolves.toBe('done');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe('retryDelay', () => {
  it('is within [ceiling/2, ceiling] for any jitter and never above maxMs', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(POLICY.maxMs, POLICY.baseMs * 2 ** (attempt - 1));
      for (const r of [0, 0.1, 0.5, 0.9, 0.999999]) {
        const d = retryDelay(POLICY, attempt, undefined, () => r);
        expect(d).toBeGreaterThanOrEqual(ceiling / 2);
        expect(d).toBeLessThanOrEqual(ceiling);
        expect(d).toBeLessThanOrEqual(POLICY.maxMs);
      }
    }
  });

  it('takes Retry-After when given, ignores a negative one', () => {
    expect(retryDelay(POLICY, 3, 1000, () => 0)).toBe(1000);
    expect(retryDelay(POLICY, 1, 0, () => 1)).toBe(0);
    expect(retryDelay(POLICY, 1, -5, () => 1)).toBe(100);
    expect(retryDelay(POLICY, 1, 10_000, () => 1)).toBe(4000);
  });

  it('the default policy: 4 tries, from 1 s up to 30 s', () => {
    expect(DEFAULT_RETRY).toEqual({ attempts: 4, baseMs: 1000, maxMs: 30_000 });
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => retryDelay(DEFAULT_RETRY, a, undefined, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });
});
