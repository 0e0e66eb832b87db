// A line now and then while a stage prints nothing (a long compile, a big push), so a person
// watching the log knows the job is alive and how long it has been at it.

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

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m < 60 ? `${m}m ${s}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
