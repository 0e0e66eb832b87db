// What every stage of one run shares: where to report, how to run a stage, the services, the cleanup
// record, and the run's name and private scratch directory.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RemoteOptions } from '../common/retry.js';
import { Cleanup } from '../effects/cleanup.js';
import type { InputGetter } from '../planning/inputs.js';
import type { Reporter } from '../reporting/reporter.js';
import type { StageRecord } from './outcome.js';
import { realServices, type Services } from './services.js';
import { createStageRunner, type Stage } from './stage.js';

export interface RunContext {
  readonly reporter: Reporter;
  readonly getInput: InputGetter;
  readonly env: NodeJS.ProcessEnv;
  readonly signal?: AbortSignal;
  /** Replaces some of the real services (engine, Falco source, mirror, artifact), as tests do. */
  readonly services?: Partial<Services>;
  /** Seconds of silence in a stage before a heartbeat line; 30 by default. */
  readonly heartbeatSeconds?: number;
}

export interface Run {
  readonly reporter: Reporter;
  readonly stage: Stage;
  readonly services: Services;
  readonly cleanup: Cleanup;
  readonly env: NodeJS.ProcessEnv;
  readonly signal: AbortSignal | undefined;
  /** Unique to this run: names its image, container and directories. */
  readonly id: string;
  /** Private (0700) and removed at the end: credentials, the commit's repository, the build context. */
  readonly scratch: string;
  /** For every remote call: retries are told in the log, and cancellation stops them. */
  readonly remote: RemoteOptions;
}

export function createRun(ctx: RunContext, records: StageRecord[]): Run {
  const { reporter, stage } = createStageRunner(ctx.reporter, (ctx.heartbeatSeconds ?? 30) * 1000, records);
  const services: Services = { ...realServices(ctx.signal), ...ctx.services };
  const id = `${ctx.env.GITHUB_RUN_ID ?? 'local'}-${randomBytes(4).toString('hex')}`;
  return {
    reporter,
    stage,
    services,
    cleanup: new Cleanup(reporter, () => services.engine()),
    env: ctx.env,
    signal: ctx.signal,
    id,
    // Absolute: git runs in a directory of its own, so relative paths would point elsewhere.
    scratch: path.resolve(ctx.env.RUNNER_TEMP || os.tmpdir(), `falco-deps-mirror-${id}`),
    remote: { signal: ctx.signal, onRetry: (m) => reporter.warning(m) },
  };
}

/** Makes the scratch directory, recorded for cleanup before it exists. */
export async function makeScratch(run: Run): Promise<void> {
  run.cleanup.dir(run.scratch);
  await fs.mkdir(run.scratch, { recursive: true, mode: 0o700 });
}
