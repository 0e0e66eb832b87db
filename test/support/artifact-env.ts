// The environment a GitHub-hosted runner gives a step, as far as @actions/artifact (v2+) and the
// action's artifact step read it, pointed at a fake results service (test/support/results-service.ts).
// For runAction({ env }) (the bundled action as a child process) or to put into process.env around an
// in-process call.

export interface ArtifactEnvOptions {
  /** The workflow run's backend id: the middle part of the token's Actions.Results scope. */
  runId: string;
  /** The job's backend id: the last part of that scope. */
  jobId: string;
  /** GITHUB_REPOSITORY; default falcosecurity/falco-deps-mirror-test. */
  repository?: string;
  /** GITHUB_RUN_ID (the number in the run's URL, not the backend id); default 4242. */
  githubRunId?: string;
  /** GITHUB_RUN_ATTEMPT; default 1. */
  runAttempt?: string;
  /** GITHUB_SERVER_URL; default https://github.com. */
  serverUrl?: string;
  /** GITHUB_WORKSPACE; left unset when not given (the action runner sets its own). */
  workspace?: string;
  /** GITHUB_RETENTION_DAYS, the repository's maximum retention; default 90. */
  retentionDays?: string;
  /** Token lifetime in seconds (the `exp` claim); default 6 hours. */
  tokenLifetimeSeconds?: number;
}

/**
 * ACTIONS_RUNTIME_TOKEN-shaped JWT: claims like the runner's, `scp` holding
 * `Actions.Results:<runId>:<jobId>`, and no signature (nobody here checks one).
 */
export function runtimeToken(runId: string, jobId: string, lifetimeSeconds = 6 * 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'none' };
  const claims = {
    nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
    scp: [
      'Actions.ExampleScope',
      'Actions.GenericRead:00000000-0000-0000-0000-000000000000',
      `Actions.UploadArtifacts:00000000-0000-0000-0000-000000000000/1:${runId}/${jobId}`,
      `Actions.Results:${runId}:${jobId}`,
    ].join(' '),
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:00000000-0000-0000-0000-000000000000',
    nbf: now - 60,
    iat: now - 60,
    exp: now + lifetimeSeconds,
  };
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
  return `${b64(header)}.${b64(claims)}.`;
}

/** The runner's variables for the artifact step; serviceUrl is the fake's url (http://127.0.0.1:PORT/). */
export function artifactEnv(serviceUrl: string, opts: ArtifactEnvOptions): Record<string, string> {
  const repository = opts.repository ?? 'falcosecurity/falco-deps-mirror-test';
  const serverUrl = opts.serverUrl ?? 'https://github.com';
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    ACTIONS_RUNTIME_TOKEN: runtimeToken(opts.runId, opts.jobId, opts.tokenLifetimeSeconds),
    ACTIONS_RESULTS_URL: serviceUrl,
    // The v1 (pipelines) endpoint the runner also sets; @actions/artifact v2+ does not use it.
    ACTIONS_RUNTIME_URL: serviceUrl,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_API_URL: serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl.replace(/\/$/, '')}/api/v3`,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_RUN_ID: opts.githubRunId ?? '4242',
    GITHUB_RUN_ATTEMPT: opts.runAttempt ?? '1',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_JOB: 'mirror',
    GITHUB_WORKFLOW: 'falco-deps',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_RETENTION_DAYS: opts.retentionDays ?? '90',
  };
  if (opts.workspace !== undefined) env.GITHUB_WORKSPACE = opts.workspace;
  return env;
}
