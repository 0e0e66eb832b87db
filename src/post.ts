// The post step: runs after the job's steps, also when the job failed or was cancelled, and removes
// whatever main recorded but could not remove itself (container, image, temporary directories).
import { parseLeftovers, removeLeftovers, LEFTOVERS_STATE } from './effects/cleanup.js';
import { createDockerEngine, type Engine } from './effects/engine.js';
import type { Reporter } from './reporting/reporter.js';

/** `engine` is made only if there is something to remove; tests pass a fake. */
export async function runPost(
  reporter: Reporter,
  getState: (name: string) => string,
  keepImage: boolean,
  engine: () => Engine = createDockerEngine,
): Promise<void> {
  const left = parseLeftovers(getState(LEFTOVERS_STATE));
  const count = left.containers.length + (keepImage ? 0 : left.images.length) + left.layers.length + left.dirs.length;
  if (count === 0) {
    reporter.info('Nothing left to clean up.');
    return;
  }
  reporter.info(`Removing ${count} leftover(s) of the main step.`);
  let made: Engine | undefined;
  await removeLeftovers(left, () => (made ??= engine()), reporter, keepImage);
}
