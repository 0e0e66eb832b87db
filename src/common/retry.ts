// The one retry helper for every remote call: transient catalog reasons are retried with exponential
// backoff and full jitter (honouring a server's Retry-After when the caller could read one), a bounded
// number of times; everything else fails at once.
import { MirrorError } from './errors.js';

export interface RetryPolicy {
  /** Total tries, the first included. */
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 1000, maxMs: 30_000 };

export interface RetryHooks {
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Told before each wait, e.g. to log "retrying in 2.3 s". */
  readonly onRetry?: (err: MirrorError, attempt: number, delayMs: number) => void;
  readonly signal?: AbortSignal;
}

/** How long to wait before retry number `attempt` (1-based): Retry-After wins, else jittered backoff. */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined, random: () => number): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(retryAfterMs, policy.maxMs * 4);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  // Full jitter, with a floor so that a retry never hammers the server at once.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  hooks: RetryHooks = {},
): Promise<T> {
  const sleep = hooks.sleep ?? ((ms: number) => abortableSleep(ms, hooks.signal));
  const random = hooks.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!(err instanceof MirrorError) || !err.transient || attempt >= policy.attempts || hooks.signal?.aborted) throw err;
      const delay = retryDelay(policy, attempt, err.retryAfterMs, random);
      hooks.onRetry?.(err, attempt, delay);
      await sleep(delay);
      if (hooks.signal?.aborted) throw err;
    }
  }
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** What every remote call takes: its retry policy, a place to say it is retrying, and cancellation. */
export interface RemoteOptions {
  readonly retry?: RetryPolicy;
  /** Told before each retry, e.g. to log it. */
  readonly onRetry?: (message: string) => void;
  readonly signal?: AbortSignal | undefined;
}

/** withRetry for a remote call, telling onRetry in one wording: the failure, the wait and the attempt. */
export function retryRemote<T>(fn: (attempt: number) => Promise<T>, opts: RemoteOptions): Promise<T> {
  return withRetry(fn, opts.retry ?? DEFAULT_RETRY, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    onRetry: (err, attempt, delay) => opts.onRetry?.(`${err.message} Retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1}).`),
  });
}
