// What a dry run says: that nothing is done, what a real run would do to the mirror (read from the same
// decision a real run carries out), and the recipe it would build.
import type { RealRun } from '../planning/decision.js';
import type { Config } from '../planning/inputs.js';
import type { Reporter } from './reporter.js';

export function reportDryRun(reporter: Reporter, config: Config, real: RealRun, dockerfile: string): void {
  reporter.info(`Dry run: nothing is built, uploaded or pushed.`);
  const action = wouldDo(real);
  if (action) reporter.info(`A real run would ${action} (if-exists: ${config.ifExists}).`);
  reporter.info(`The recipe:\n${dockerfile}`);
}

/** The mirror's part of a real run, or undefined when there is no mirror. */
function wouldDo(real: RealRun): string | undefined {
  if (real.kind === 'skip') return 'skip the build';
  const on = real.platforms.length ? ` for ${real.platforms.join(', ')}` : '';
  switch (real.publish.kind) {
    case 'create':
      return `build${on} and create the branch`;
    case 'patch':
      return real.publish.keep.length
        ? `build${on} and update the branch, keeping its ${real.publish.keep.join(', ')} files`
        : `rebuild${on} and replace it`;
    case 'none':
      return undefined;
  }
}
