import { defineConfig } from 'vitest/config';
import { sharedAlias } from '../alias.config';

// `npm run bench`: measurements, not pass/fail tests. Run one file at a time so figures do not disturb each other.
export default defineConfig({
  resolve: { alias: sharedAlias },
  test: {
    include: ['test/bench/**/*.bench.ts'],
    setupFiles: ['test/setup/holidays.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
