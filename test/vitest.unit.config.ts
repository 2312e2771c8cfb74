import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Domain, document and main-process code run here in Node; component tests opt into happy-dom per file.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup/holidays.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
