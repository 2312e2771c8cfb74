import { fileURLToPath } from 'node:url';

/**
 * `@shared/…` is shared/, for electron/, renderer/ and test/ (inside shared/, imports stay relative). Every Vite-based
 * build imports this one object: electron.vite.config.ts (main, preload, renderer) and each test/vitest.*.config.ts.
 * TypeScript and esbuild read the same alias from `paths` in tsconfig.base.json.
 */
export const sharedAlias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };
