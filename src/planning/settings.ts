// Settings from the environment, for what is not an input: a property of the runner's network rather
// than of the workflow. Each is documented in the README.

/** The variable that sets how long a git transfer may stall. */
export const GIT_STALL_ENV = 'FALCO_DEPS_MIRROR_GIT_STALL_SECONDS';

/**
 * How long a git transfer may stall (under 1 KB/s) before it is abandoned as a Timeout: 60 s, or
 * FALCO_DEPS_MIRROR_GIT_STALL_SECONDS (a whole number of seconds) for networks that need more patience.
 */
export function gitStallSeconds(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env[GIT_STALL_ENV]);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 60;
}
