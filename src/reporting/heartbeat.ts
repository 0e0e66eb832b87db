// A line now and then while a stage prints nothing (a long compile, a big push), so a person
// watching the log knows the job is alive and how long it has been at it.
import { formatDuration } from './format.js';

export interface Heartbeat {
  /** Something was printed: the quiet period starts again. */
  touch(): void;
  stop(): void;
}

export function startHeartbeat(what: string, quietMs: number, print: (line: string) => void, now: () => number = Date.now): Heartbeat {
  const started = now();
  let last = started;
  const timer = setInterval(
    () => {
      const t = now();
      if (t - last < quietMs) return;
      last = t;
      print(`… ${what}: still running, ${formatDuration((t - started) / 1000)} elapsed.`);
    },
    Math.max(250, Math.min(quietMs, 10_000)),
  );
  timer.unref();
  return {
    touch: () => {
      last = now();
    },
    stop: () => clearInterval(timer),
  };
}
