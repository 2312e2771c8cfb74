import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Folders are runtime layers (after VS Code's code-layering rule):
 *   shared/   pure domain: no electron, no node:*, no DOM, no React, no lowdb
 *   renderer/ the UI: never electron/ or node:*; the outside world only through the bridge
 *   electron/ main process: never renderer/
 */
const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'zlib',
];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'docs/**', 'test-results/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      [
        'electron',
        'electron/*',
        'react',
        'react-dom',
        'react/*',
        'react-dom/*',
        'lowdb',
        'lowdb/*',
        'zustand',
        ...nodeBuiltins,
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ is the pure domain: it may not import Electron, Node, the DOM, React, lowdb, or the electron/ and renderer/ layers.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      ['electron', 'electron/*', 'lowdb', 'lowdb/*', ...nodeBuiltins, '**/electron/**'],
      'renderer/ may not import Electron, Node or the electron/ layer: talk to the main process through the bridge.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      ['**/renderer/**', 'react', 'react-dom', 'zustand'],
      'electron/ may not import the renderer/ layer.',
    ),
  },
  {
    files: ['test/**/*.{ts,tsx,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off', 'no-restricted-syntax': 'off' },
  },
);
