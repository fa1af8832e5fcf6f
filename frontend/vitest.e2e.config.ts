import { defineConfig } from 'vitest/config';

// End-to-end: builds the binary once (e2e/global-setup.ts); each file starts
// its own server, SMTP receiver and Chromium (e2e/harness.ts). One file at a
// time, generous timeouts.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
  },
});
