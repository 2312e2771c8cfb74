import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Three builds: the main process (plus the browser host, which serves the same handlers), the preload (one
// CommonJS file, because sandboxed preloads cannot load ES modules), and the renderer pages.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      sourcemap: false,
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          host: resolve('electron/host/cli.ts'),
          export: resolve('electron/host/export-cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      // Each preload must be one standalone file: a sandboxed preload cannot load a shared chunk. The two preloads
      // therefore import no module in common (see shared/api/presenter-channels.ts), and a test checks the output.
      // (electron-vite's isolatedEntries would do this, but it crashes when its output is not a terminal.)
      sourcemap: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts'), presenter: resolve('electron/preload/presenter.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      sourcemap: false,
      // electron-vite leaves the renderer unminified by default; the chair's window loads all of it at start.
      minify: 'esbuild',
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), presenter: resolve('renderer/presenter.html') },
      },
    },
  },
});
