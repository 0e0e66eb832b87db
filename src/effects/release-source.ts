// Where released versions come from: the source repository's tags (release-source: tags) or GitHub's
// REST API (release-source: api), behind one interface.
import type { RemoteOptions } from '../common/retry.js';
import { falcoRepoUrl } from '../planning/recipe.js';
import { pickLatest } from '../planning/version-spec.js';
import type { Git } from './git.js';
import { listApiReleases, releasesResource, type ApiOptions } from './releases-api.js';
import { listReleaseTags, tagExists, tagsResource } from './remote-refs.js';

/** Where the releases are read from: the source repository's tags, or GitHub's REST API. */
export type ReleaseSource =
  ({ readonly kind: 'tags'; readonly git: Git; readonly sourceRepo: string } & RemoteOptions) | ({ readonly kind: 'api' } & ApiOptions);

/** The release versions of a source, ascending. */
export function listReleases(source: ReleaseSource): Promise<string[]> {
  return source.kind === 'tags' ? listReleaseTags(source.git, source.sourceRepo, source) : listApiReleases(source);
}

/** The newest release (by SemVer) of either source; NotFound (get) when it has none. */
export async function resolveLatest(source: ReleaseSource): Promise<string> {
  const resource =
    source.kind === 'tags' ? tagsResource(falcoRepoUrl(source.sourceRepo)) : releasesResource(source.apiUrl.replace(/\/+$/, ''));
  return pickLatest(await listReleases(source), resource);
}

/** The Falco source as a run sees it: its released versions and its tags. Tests pass a fake. */
export interface FalcoSource {
  /** Where releases are read from, for the log: api or tags. */
  readonly origin: 'api' | 'tags';
  /** Released versions (X.Y.Z), ascending. */
  releases(): Promise<string[]>;
  /** The newest release; NotFound (get) when there is none. */
  latest(): Promise<string>;
  /** Whether the source repo, which the recipe clones, has the tag. */
  hasTag(version: string): Promise<boolean>;
}

export interface FalcoSourceOptions extends RemoteOptions {
  readonly origin: 'api' | 'tags';
  /** One git without credentials, for the source repository. */
  readonly git: Git;
  readonly sourceRepo: string;
  /** For origin api. */
  readonly token: string;
  readonly apiUrl: string;
}

export function createFalcoSource(opts: FalcoSourceOptions): FalcoSource {
  const remote: RemoteOptions = {
    ...(opts.retry ? { retry: opts.retry } : {}),
    ...(opts.onRetry ? { onRetry: opts.onRetry } : {}),
    signal: opts.signal,
  };
  const source: ReleaseSource =
    opts.origin === 'tags'
      ? { kind: 'tags', git: opts.git, sourceRepo: opts.sourceRepo, ...remote }
      : { kind: 'api', token: opts.token, apiUrl: opts.apiUrl, ...remote };
  return {
    origin: opts.origin,
    releases: () => listReleases(source),
    latest: () => resolveLatest(source),
    hasTag: (version) => tagExists(opts.git, opts.sourceRepo, version, remote),
  };
}
