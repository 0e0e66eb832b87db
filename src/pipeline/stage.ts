// Running one stage: a log group named for it, a heartbeat while it is silent, and a record of how long
// it took and whether it succeeded, kept in the run's outcome.
import { startHeartbeat, type Heartbeat } from '../reporting/heartbeat.js';
import type { Reporter } from '../reporting/reporter.js';
import type { StageRecord } from './outcome.js';

export type Stage = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

export interface StageRunner {
  /** The reporter to use during the run: every line it prints restarts the heartbeat's quiet period. */
  readonly reporter: Reporter;
  readonly stage: Stage;
}

export function createStageRunner(reporter: Reporter, quietMs: number, records: StageRecord[]): StageRunner {
  let heartbeat: Heartbeat | undefined;
  const touched = onActivity(reporter, () => heartbeat?.touch());
  const stage: Stage = (name, fn) => {
    const started = Date.now();
    let ok = false;
    return touched.group(name, async () => {
      // The heartbeat prints through the plain reporter: its own line must not count as activity.
      heartbeat = startHeartbeat(name, quietMs, (line) => reporter.info(line));
      try {
        const value = await fn();
        ok = true;
        return value;
      } finally {
        heartbeat.stop();
        heartbeat = undefined;
        records.push({ name, seconds: (Date.now() - started) / 1000, ok });
      }
    });
  };
  return { reporter: touched, stage };
}

/** The same reporter, calling `touch` whenever it prints. */
function onActivity(r: Reporter, touch: () => void): Reporter {
  const say =
    (fn: (m: string) => void) =>
    (m: string): void => {
      touch();
      fn(m);
    };
  return {
    ...r,
    info: say((m) => r.info(m)),
    notice: say((m) => r.notice(m)),
    warning: say((m) => r.warning(m)),
    error: say((m) => r.error(m)),
  };
}
