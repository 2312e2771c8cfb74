import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { sharedAlias } from './alias.config';
import { metaContentSecurityPolicy, withDevelopmentCsp } from './electron/services/security';

/**
 * The pages carry the strict CSP. Vite's dev server needs inline styles, an inline React refresh script and its
 * websocket, so while Vite serves (`npm run dev`) the page gets the development policy instead; a build keeps the
 * strict one and fails if a page has lost it.
 */
const developmentCsp: Plugin = {
  name: 'conference-chair:development-csp',
  apply: 'serve',
  transformIndexHtml: (html) => withDevelopmentCsp(html),
};
const strictCspInBuild: Plugin = {
  name: 'conference-chair:strict-csp',
  apply: 'build',
  transformIndexHtml(html, context) {
    if (!html.includes(`content="${metaContentSecurityPolicy()}"`)) {
      throw new Error(`${context.path} does not carry the strict Content-Security-Policy.`);
    }
    return html;
  },
};

// Three builds: the main process (plus the browser host, which serves the same handlers), the preload (one
// CommonJS file, because sandboxed preloads cannot load ES modules), and the renderer pages.
export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
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
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      // Each preload must be one standalone file: a sandboxed preload cannot load a shared chunk. The two preloads
      // therefore import no module in common (see shared/api/shared-screen-channels.ts), and a test checks the output.
      // (electron-vite's isolatedEntries would do this, but it crashes when its output is not a terminal.)
      sourcemap: false,
      rollupOptions: {
        input: {
          index: resolve('electron/preload/index.ts'),
          'shared-screen': resolve('electron/preload/shared-screen.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias: sharedAlias },
    plugins: [react(), developmentCsp, strictCspInBuild],
    build: {
      outDir: resolve('out/renderer'),
      sourcemap: false,
      // electron-vite leaves the renderer unminified by default; the chair's window loads all of it at start.
      minify: 'esbuild',
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), 'shared-screen': resolve('renderer/shared-screen.html') },
      },
    },
  },
});
