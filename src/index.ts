// The action's entry, for both the main and the post step (action.yml runs this file twice): main
// saves `isPost` in the step state, so the second run knows it is the post step.
import * as core from '@actions/core';
import { cancelOnSignals } from './cancel.js';
import { parseBoolean } from './planning/inputs.js';
import { runPipeline } from './main.js';
import { runPost } from './post.js';
import { actionsReporter } from './reporting/reporter.js';

async function main(): Promise<void> {
  const reporter = actionsReporter();
  if (core.getState('isPost') === 'true') {
    let keepImage = false;
    try {
      keepImage = parseBoolean('keep-image', core.getInput('keep-image'), false);
    } catch {
      // main already reported the bad input; the post step only cleans.
    }
    await runPost(reporter, (name) => core.getState(name), keepImage);
    return;
  }
  core.saveState('isPost', 'true');
  const signal = cancelOnSignals((sig) => core.warning(`Received ${sig}: cancelling and cleaning up.`));
  const result = await runPipeline({ reporter, getInput: (name) => core.getInput(name), env: process.env, signal });
  if (result.error) core.setFailed(result.error.describe(result.language));
}

main().catch((err: unknown) => {
  core.setFailed(err instanceof Error ? err.message : String(err));
});
