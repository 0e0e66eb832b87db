// The setup every e2e file of the bundled action shares: a Docker engine and the base image (a
// missing one fails the file, never skips it), a temp dir, the mini Falco's servers and, when asked,
// a mirror and an artifact backend, all stopped and removed after the file; and a way to run the
// action in a fresh work dir with the file's usual inputs.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { serveMiniFalco, type MiniFalcoServers } from '../fixtures/mini-falco.js';
import { runAction, type ActionRun, type ActionRunOptions } from './action-runner.js';
import { startAzurite, type Azurite } from './azurite.js';
import { requireBaseImage, requireDocker } from './docker.js';
import { startGitServer, type GitServer, type GitServerOptions } from './git-server.js';
import { startResultsService, type ResultsService } from './results-service.js';

const exec = promisify(execFile);

export interface E2eOptions {
  /** Name prefix of the temp dir under os.tmpdir(), so that a leftover one tells which file made it. */
  prefix: string;
  /** The mini Falco versions served; default all of them. */
  versions?: string[];
  /** Serve an empty bare repo over smart HTTP as the mirror, with these server options (auth, faults). */
  mirror?: Omit<GitServerOptions, 'root'>;
  /** Start Azurite and a fake results service, for the artifact upload. */
  artifacts?: boolean;
  /** The file's own default inputs, over the shared ones. Called per run: server URLs exist only then. */
  inputs?: (work: string) => Record<string, string>;
}

export interface Mirror {
  server: GitServer;
  /** The bare repo on disk, to look at what was pushed. */
  bare: string;
  /** The mirror-repo input for it. */
  url: string;
}

export interface E2eRunOptions extends Omit<ActionRunOptions, 'workDir' | 'inputs'> {
  /** Merged over the defaults. */
  inputs?: Record<string, string>;
  /** Files to write into the work dir before the run (a custom Dockerfile), by relative path. */
  files?: Record<string, string>;
}

export type E2eRun = ActionRun & { work: string };

export interface E2e {
  readonly tmp: string;
  readonly baseImage: string;
  readonly servers: MiniFalcoServers;
  readonly mirror: Mirror;
  readonly azurite: Azurite;
  readonly service: ResultsService;
  /** A new, empty directory under tmp, named after name. */
  workDir(name: string): string;
  /** Runs the action in work with the default inputs and opts.inputs over them. */
  runIn(work: string, opts?: E2eRunOptions): Promise<E2eRun>;
  /** runIn a new workDir(name). */
  run(name: string, opts?: E2eRunOptions): Promise<E2eRun>;
}

interface Started {
  tmp: string;
  baseImage: string;
  servers: MiniFalcoServers;
  mirror: Mirror;
  azurite: Azurite;
  service: ResultsService;
}

/** Registers the file's beforeAll and afterAll; read the result's fields in tests and hooks only. */
export function setupE2e(opts: E2eOptions): E2e {
  const started: Partial<Started> = {};
  const get = <K extends keyof Started>(key: K): Started[K] => {
    const value = started[key];
    // At import time nothing has started yet; a mirror or Azurite exists only when asked for.
    if (value === undefined) throw new Error(`e2e.${key} is not there: read it in a test, and ask setupE2e for it`);
    return value;
  };

  beforeAll(async () => {
    await requireDocker();
    started.baseImage = await requireBaseImage();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), opts.prefix));
    started.tmp = tmp;
    started.servers = await serveMiniFalco({ versions: opts.versions });
    if (opts.mirror) {
      const root = path.join(tmp, 'mirror');
      fs.mkdirSync(root);
      const bare = path.join(root, 'deps.git');
      await exec('git', ['init', '--quiet', '--bare', bare]);
      const server = await startGitServer({ ...opts.mirror, root });
      started.mirror = { server, bare, url: `${server.url}/deps.git` };
    }
    if (opts.artifacts) {
      const azurite = await startAzurite();
      started.azurite = azurite;
      started.service = await startResultsService({ azurite });
    }
  });

  afterAll(async () => {
    await started.service?.close();
    await started.azurite?.close();
    await started.mirror?.server.close();
    await started.servers?.close();
    if (started.tmp) fs.rmSync(started.tmp, { recursive: true, force: true });
  });

  const e2e: E2e = {
    get tmp() {
      return get('tmp');
    },
    get baseImage() {
      return get('baseImage');
    },
    get servers() {
      return get('servers');
    },
    get mirror() {
      return get('mirror');
    },
    get azurite() {
      return get('azurite');
    },
    get service() {
      return get('service');
    },
    workDir: (name) => fs.mkdtempSync(path.join(get('tmp'), `${name}-`)),
    async runIn(work, { inputs, files, ...rest } = {}) {
      for (const [rel, text] of Object.entries(files ?? {})) fs.writeFileSync(path.join(work, rel), text);
      const defaults = {
        'source-repo': get('servers').sourceRepo,
        'base-image': get('baseImage'),
        network: 'host',
        'output-dir': path.join(work, 'falco-deps'),
      };
      const run = await runAction({ ...rest, workDir: work, inputs: { ...defaults, ...opts.inputs?.(work), ...inputs } });
      return { ...run, work };
    },
    run: (name, runOpts) => e2e.runIn(e2e.workDir(name), runOpts),
  };
  return e2e;
}
