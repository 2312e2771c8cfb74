import { defineConfig } from 'vitest/config';
import { sharedAlias } from '../alias.config';

// Real Chromium against the real host and store, and the packaging check. Needs `npm run build` first
// (test/run.mjs does it). One file at a time: two cores, and each file starts its own browser and host.
export default defineConfig({
  resolve: { alias: sharedAlias },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
