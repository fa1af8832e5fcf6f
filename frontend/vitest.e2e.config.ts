import { defineConfig } from 'vitest/config';

// End-to-end: builds and starts the real server, drives Chromium with
// playwright-core. One file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
  },
});
