import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Docker builds take a while on two cores; each e2e test sets its own timeout too.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // The e2e files share one Docker engine; running them in parallel only makes them fight for two cores.
    fileParallelism: false,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
