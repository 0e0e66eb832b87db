// The outside world a run talks to, behind interfaces: the container engine, the Falco source (releases
// and tags), the mirror and the artifact service. The real ones are made here; tests pass fakes.
import { uploadArtifact, type ArtifactOutcome, type ArtifactRequest } from '../effects/artifact.js';
import { createDockerEngine, type Engine } from '../effects/engine.js';
import { createGit } from '../effects/git.js';
import { openMirror, type Mirror, type MirrorOptions } from '../effects/mirror.js';
import { createFalcoSource, type FalcoSource, type FalcoSourceOptions } from '../effects/release-source.js';
import { apiUrlFromEnv } from '../effects/releases-api.js';
import { falcoRepoUrl } from '../planning/recipe.js';

export interface FalcoSourceRequest extends Omit<FalcoSourceOptions, 'git' | 'apiUrl'> {
  readonly env: NodeJS.ProcessEnv;
  readonly scratch: string;
  readonly stallSeconds: number;
}

export interface Services {
  /** Made on first use, so that a run that ends early never calls docker. */
  engine(): Engine;
  falcoSource(request: FalcoSourceRequest): Promise<FalcoSource>;
  openMirror(options: MirrorOptions): Mirror;
  uploadArtifact(request: ArtifactRequest): Promise<ArtifactOutcome>;
}

export function realServices(signal: AbortSignal | undefined): Services {
  let engine: Engine | undefined;
  return {
    engine: () => (engine ??= createDockerEngine(signal)),
    falcoSource(req) {
      const git = createGit({
        url: falcoRepoUrl(req.sourceRepo),
        auth: undefined,
        tempDir: req.scratch,
        signal,
        stallSeconds: req.stallSeconds,
      });
      return Promise.resolve(createFalcoSource({ ...req, git, apiUrl: apiUrlFromEnv(req.env) }));
    },
    openMirror,
    uploadArtifact,
  };
}
