// Fakes of the services a run talks to (engine, Falco source, mirror, artifact service) and a reporter
// that records everything, for testing the pipeline's orchestration without Docker or a network. The
// engine's copyOut streams a real tar of a real directory, so extraction and the manifest run for real.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ArtifactOutcome, ArtifactRequest } from '../../src/effects/artifact.js';
import type { TreePlatforms } from '../../src/effects/commit-builder.js';
import type { BuildRequest, Engine } from '../../src/effects/engine.js';
import { runStreaming } from '../../src/effects/exec.js';
import type { MirrorBranch } from '../../src/effects/mirror-branch.js';
import type { Mirror } from '../../src/effects/mirror.js';
import type { FalcoSource } from '../../src/effects/release-source.js';
import { MirrorError } from '../../src/common/errors.js';
import {
  normalizePlatform,
  type BranchMetadata,
  type ImagePlatform,
  type Platform,
  type RegistryImage,
} from '../../src/planning/platforms.js';
import type { Reporter } from '../../src/reporting/reporter.js';
import type { Services } from '../../src/pipeline/services.js';

/** Every call any fake received, in order, as "service.method arg". */
export type CallLog = string[];

export interface RecordingReporter extends Reporter {
  readonly lines: string[];
  readonly outputs: Map<string, string>;
  readonly state: Map<string, string>;
  readonly secrets: string[];
  summary: string;
}

export function recordingReporter(): RecordingReporter {
  const r: RecordingReporter = {
    lines: [],
    outputs: new Map(),
    state: new Map(),
    secrets: [],
    summary: '',
    info: (m) => void r.lines.push(m),
    notice: (m) => void r.lines.push(`notice: ${m}`),
    warning: (m) => void r.lines.push(`warning: ${m}`),
    error: (m) => void r.lines.push(`error: ${m}`),
    group: async (title, fn) => {
      r.lines.push(`==> ${title}`);
      return fn();
    },
    setOutput: (name, value) => void r.outputs.set(name, value),
    saveState: (name, value) => void r.state.set(name, value),
    setSecret: (value) => void r.secrets.push(value),
    writeSummary: async (markdown) => {
      r.summary += markdown;
    },
  };
  return r;
}

export interface FakeEngineOptions {
  /** The directory whose `falco-deps` folder the image "holds". */
  readonly imageRoot: string;
  /** Lines the build prints, and how long it stays silent after them. */
  readonly buildLines?: readonly string[];
  readonly buildSilenceMs?: number;
  /** Called when the build starts (e.g. to cancel the run then). */
  readonly onBuild?: (request: BuildRequest) => void;
  /** The offline rebuild's exit code and log; code 0 when not given. */
  readonly verify?: { readonly code: number; readonly lines: readonly string[] };
  /**
   * What imagePlatform says of a local image (by tag), overriding the default: an image built with a
   * platform is of that platform, any other image is linux/amd64. A key whose value is undefined: no such image.
   */
  readonly images?: Readonly<Record<string, ImagePlatform | undefined>>;
  /** The platform every image built reports, whatever was asked (as the classic image store can do). */
  readonly builtAs?: ImagePlatform;
  /** What registryImages answers; REGISTRY_LIST (linux/amd64 and linux/arm64/v8) when not given. */
  readonly registry?: { readonly images?: readonly RegistryImage[]; readonly error?: string };
}

export const AMD64: ImagePlatform = { os: 'linux', architecture: 'amd64' };

/** A multi-arch tag as a registry lists it: one image per platform, by digest. */
export const REGISTRY_LIST: readonly RegistryImage[] = [
  { platform: AMD64, digest: `sha256:${'1'.repeat(64)}` },
  { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }, digest: `sha256:${'2'.repeat(64)}` },
];

/** An ImagePlatform of a platform string (linux/arm64/v8 -> os linux, architecture arm64, variant v8). */
export function imagePlatformOf(platform: Platform): ImagePlatform {
  const [os = '', architecture = '', variant] = platform.split('/');
  return { os, architecture, variant };
}

export function fakeEngine(calls: CallLog, opts: FakeEngineOptions): Engine {
  // Tag -> the platform it was built for (the engine's own, amd64, when none was asked).
  const built = new Map<string, ImagePlatform>();
  return {
    check: async () => {
      calls.push('engine.check');
      return '99.0.0-fake';
    },
    build: async (req) => {
      calls.push(`engine.build ${req.tag}${req.platform ? ` ${req.platform}` : ''}`);
      built.set(req.tag, opts.builtAs ?? (req.platform ? imagePlatformOf(normalizePlatform(req.platform) ?? req.platform) : AMD64));
      opts.onBuild?.(req);
      for (const line of opts.buildLines ?? []) req.onLine(line);
      await sleep(opts.buildSilenceMs ?? 0, req.signal);
      if (req.signal?.aborted) throw new MirrorError('Timeout', 'The build was cancelled.');
    },
    imagePlatform: async (image) => {
      calls.push(`engine.imagePlatform ${image}`);
      if (opts.images && Object.hasOwn(opts.images, image)) return opts.images[image];
      return built.get(image) ?? AMD64;
    },
    registryImages: async (image) => {
      calls.push(`engine.registryImages ${image}`);
      return opts.registry ?? { images: REGISTRY_LIST };
    },
    create: async (image, name) => {
      calls.push(`engine.create ${image} ${name}`);
      return name;
    },
    copyOut: (container, where) => {
      calls.push(`engine.copyOut ${container} ${where}`);
      // A real tar of a real directory, as docker cp streams it (top folder named after the path).
      const child = runStreaming('tar', ['-c', '-C', opts.imageRoot, path.posix.basename(where)]);
      // As the real engine: a path the image lacks is NotFound (a custom recipe that left no SBOM facts).
      const done = child.done.then((r) => {
        if (r.code !== 0) throw new MirrorError('NotFound', `The build left no ${where} in the image.`);
      });
      return { stream: child.stdout, done };
    },
    removeContainer: async (name) => void calls.push(`engine.removeContainer ${name}`),
    removeImage: async (tag) => void calls.push(`engine.removeImage ${tag}`),
    removeLayer: async (id) => void calls.push(`engine.removeLayer ${id}`),
    createOffline: async (image, name) => void calls.push(`engine.createOffline ${image} ${name}`),
    copyIn: async (container, dir) => void calls.push(`engine.copyIn ${container} ${dir}`),
    runToEnd: async (container, onLine) => {
      calls.push(`engine.runToEnd ${container}`);
      const { code, lines } = opts.verify ?? { code: 0, lines: ['fdm-verify: built offline'] };
      for (const line of lines) onLine(line);
      return { code, tail: lines.slice(-15).join('\n'), log: lines.join('\n') };
    },
  };
}

export interface FakeSourceOptions {
  readonly releases?: readonly string[];
  readonly tags?: readonly string[];
}

export function fakeSource(calls: CallLog, opts: FakeSourceOptions = {}): FalcoSource {
  const releases = [...(opts.releases ?? ['0.35.1'])];
  return {
    origin: 'api',
    releases: async () => {
      calls.push('source.releases');
      return releases;
    },
    latest: async () => {
      calls.push('source.latest');
      return releases.at(-1) ?? '';
    },
    hasTag: async (version) => {
      calls.push(`source.hasTag ${version}`);
      return (opts.tags ?? releases).includes(version);
    },
  };
}

export interface FakeMirrorOptions {
  /** Branch name -> commit. */
  readonly branches?: Readonly<Record<string, string>>;
  /** What snapshot finds: content unchanged from the parent. */
  readonly unchanged?: boolean;
  readonly secrets?: readonly string[];
  /** Branch name -> what its metadata file says; a branch not listed has none (made before platforms). */
  readonly metadata?: Readonly<Record<string, BranchMetadata>>;
  /** Branch name -> the text of its SBOM; a branch not listed has none. */
  readonly sboms?: Readonly<Record<string, string>>;
  /** Called with what each snapshot was asked to hold. */
  readonly onSnapshot?: (branch: string, platforms: TreePlatforms) => void;
}

export const NEW_COMMIT = 'c'.repeat(40);

export function fakeMirror(calls: CallLog, opts: FakeMirrorOptions = {}): Mirror {
  const heads = new Map(Object.entries(opts.branches ?? {}));
  const branch = (name: string): MirrorBranch => ({
    ref: `refs/heads/${name}`,
    resource: `branch ${name} of fake`,
    get: async () => {
      calls.push(`mirror.get ${name}`);
      return heads.get(name);
    },
    metadata: async (commit) => {
      calls.push(`mirror.metadata ${name} ${commit}`);
      return opts.metadata?.[name];
    },
    sbom: async (commit) => {
      calls.push(`mirror.sbom ${name} ${commit}`);
      return opts.sboms?.[name];
    },
    snapshot: async (treeDir, _message, parent, platforms) => {
      calls.push(`mirror.snapshot ${name} ${fs.readdirSync(treeDir).length} ${parent ?? '-'}`);
      opts.onSnapshot?.(name, platforms);
      // As the commit builder does: the commit holds the platforms built and those kept, sorted.
      const held = [...new Set([...platforms.built, ...platforms.keep])].sort();
      return opts.unchanged && parent
        ? { commit: parent, tree: 't', unchanged: true, platforms: held, lfsObjects: [] }
        : { commit: NEW_COMMIT, tree: 't', unchanged: false, platforms: held, lfsObjects: [] };
    },
    uploadLfs: async (objects) => void calls.push(`mirror.uploadLfs ${name} ${String(objects.length)}`),
    create: async (commit) => void calls.push(`mirror.create ${name} ${commit}`),
    patch: async (commit, expected) => void calls.push(`mirror.patch ${name} ${commit} over ${expected}`),
    delete: async (expected) => void calls.push(`mirror.delete ${name} ${expected}`),
  });
  return {
    secrets: [...(opts.secrets ?? [])],
    branches: async () => {
      calls.push('mirror.branches');
      return new Map(heads);
    },
    branch,
    lfsVersion: async () => {
      calls.push('mirror.lfsVersion');
      return 'git-lfs/3.3.0 (fake)';
    },
    pause: async () => void calls.push('mirror.pause'),
    close: async () => void calls.push('mirror.close'),
  };
}

export function fakeArtifacts(calls: CallLog): (request: ArtifactRequest) => Promise<ArtifactOutcome> {
  return async (req) => {
    const extras = (req.extras ?? []).map((e) => ` +${e.name}`).join('');
    calls.push(`artifact.upload ${req.name} ${req.files.length}${extras}`);
    return { uploaded: true, id: 7, url: 'https://github.com/o/r/actions/runs/1/artifacts/7', size: 123, seconds: 1 };
  };
}

/** Services made only of fakes; the engine factory is logged, so a test can see docker never started. */
export function fakeServices(
  calls: CallLog,
  parts: { engine: Engine; source: FalcoSource; mirror: Mirror; upload: (request: ArtifactRequest) => Promise<ArtifactOutcome> },
): Services {
  return {
    engine: () => {
      if (!calls.includes('engine()')) calls.push('engine()');
      return parts.engine;
    },
    falcoSource: async () => parts.source,
    openMirror: () => parts.mirror,
    uploadArtifact: parts.upload,
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
