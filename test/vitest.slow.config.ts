import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { sharedAlias } from '../alias.config';

// The slow unit tests, kept out of the quick tier (`npm run test:unit`) and run by `npm test` after it: the unit
// tests' setup (test/vitest.unit.config.ts), only `*.slow.test.ts` files, and a longer time limit.
export default defineConfig({
  resolve: { alias: sharedAlias },
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.slow.test.{ts,tsx}'],
    setupFiles: ['test/setup/holidays.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
