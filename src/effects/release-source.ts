// Where released versions come from: the source repository's tags (release-source: tags) or GitHub's
// REST API (release-source: api), behind one interface.
import type { RemoteOptions } from '../common/retry.js';
import { falcoRepoUrl } from '../planning/recipe.js';
import { pickLatest } from '../planning/version-spec.js';
import type { Git } from './git.js';
import { listApiReleases, releasesResource, type ApiOptions } from './releases-api.js';
import { listReleaseTags } from './remote-refs.js';

/** Where the releases are read from: the source repository's tags, or GitHub's REST API. */
export type ReleaseSource =
  | ({ readonly kind: 'tags'; readonly git: Git; readonly sourceRepo: string } & RemoteOptions)
  | ({ readonly kind: 'api' } & ApiOptions);

/** The release versions of a source, ascending. */
export function listReleases(source: ReleaseSource): Promise<string[]> {
  return source.kind === 'tags' ? listReleaseTags(source.git, source.sourceRepo, source) : listApiReleases(source);
}

/** The newest release (by SemVer) of either source; NotFound (get) when it has none. */
export async function resolveLatest(source: ReleaseSource): Promise<string> {
  const resource = source.kind === 'tags' ? `tags of ${falcoRepoUrl(source.sourceRepo)}` : releasesResource(source.apiUrl.replace(/\/+$/, ''));
  return pickLatest(await listReleases(source), resource);
}
