// Cancellation: the runner sends SIGINT (then SIGTERM) when a job is cancelled. The signal aborts the
// running child (the build), the pipeline's finally removes what it made, and the post step removes
// whatever is still recorded if even that was cut short.
export function cancelOnSignals(onCancel: (signal: NodeJS.Signals) => void): AbortSignal {
  const controller = new AbortController();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (!controller.signal.aborted) {
        onCancel(sig);
        controller.abort(new Error(`received ${sig}`));
      }
    });
  }
  return controller.signal;
}
