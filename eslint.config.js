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

const sharedForbidden = [
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
];

/** A rule inside shared/ keeps the runtime rule too: a later flat-config block replaces a rule's options whole. */
const restrictWithin = (patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: sharedForbidden, message: 'shared/ is the pure domain: no Electron, Node, DOM, React or lowdb.' },
        { group: patterns, message },
      ],
    },
  ],
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
      sharedForbidden,
      'shared/ is the pure domain: it may not import Electron, Node, the DOM, React, lowdb, or the electron/ and renderer/ layers.',
    ),
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/documents/**', 'shared/api/**'],
    rules: restrictWithin(
      ['**/documents', '**/documents/**'],
      'Only the export contract may depend on shared/documents: the model, audiences and the shared screen sit below the documents.',
    ),
  },
  // Inside shared/: who may see what (audience/) sits under everything that shows or prints text, so the shared
  // screen and the documents are computed from it and it can never depend on them.
  {
    files: ['shared/audience/**/*.ts'],
    rules: restrictWithin(
      [
        '**/documents',
        '**/documents/**',
        '**/presenter',
        '**/presenter/**',
        '**/plan/**',
        '**/procedure/**',
        '**/agenda/**',
        '**/api/**',
        '**/meeting/**',
      ],
      'shared/audience/ depends only on shared/model and shared/format: documents and the shared screen are built on it, not the other way round.',
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
