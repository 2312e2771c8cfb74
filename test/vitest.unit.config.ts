import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { sharedAlias } from '../alias.config';

// Domain, document and main-process code run here in Node; component tests opt into happy-dom per file. The slow
// tests (`*.slow.test.ts`: the 200-kill crash test, every XML part of every document through expat) have their own
// tier, test/vitest.slow.config.ts, which `npm test` runs after these.
export default defineConfig({
  resolve: { alias: sharedAlias },
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, 'test/unit/**/*.slow.test.{ts,tsx}'],
    setupFiles: ['test/setup/holidays.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
