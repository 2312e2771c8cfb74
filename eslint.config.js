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

/**
 * Any path to shared/documents or a file in it: by the alias (`@shared/documents/guard`), or relatively however many
 * folders up (`../../shared/documents/guard`).
 */
const documentsPath = '(^@|/)shared/documents(/.*)?$';

/**
 * no-restricted-imports sees import and export declarations only. These no-restricted-syntax entries refuse the other
 * ways to name a module: a dynamic `import('…')` (a string or a template) and a type written `import('…').Name`. The
 * path is a regex source, given to esquery as a /regex/ in which each `/` is escaped.
 */
const loadsOf = (path, message) => {
  const pattern = `/${path.replaceAll('/', '\\/')}/`;
  return [
    `ImportExpression Literal[value=${pattern}]`,
    `ImportExpression TemplateElement[value.raw=${pattern}]`,
    `TSImportType Literal[value=${pattern}]`,
  ].map((selector) => ({ selector, message }));
};

/** The project's own use of no-restricted-syntax; a block that adds to it must repeat it (flat config replaces). */
const namedExportsOnly = [{ selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }];

/**
 * electron/, renderer/ and test/ import shared/ by its alias, `@shared/…` (alias.config.ts, tsconfig.base.json). Inside
 * shared/ the imports stay relative: the folder order below is written for relative paths, and an alias would pass it.
 */
const sharedImportsRelatively = {
  regex: '^@shared(/.*)?$',
  message: 'Inside shared/, import relatively (`../model/conference`): the alias `@shared/…` is for the other layers.',
};

const restrict = (patterns, message, ...more) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...more] }],
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

/**
 * The folders inside shared/ are layers too, from the bottom up. A folder may import the layers below it, never one
 * above it or beside it, so that each concept has one home and nothing low down can come to depend on how it is shown:
 *
 *   model                     the conference and settings schemas: depends on nothing else here
 *   format                    dates, UK time, readability
 *   wording                   every label and the pieces of sentences, for the chair's window, the shared screen and the documents
 *   audience                  who may see what: the shared screen and the documents are computed from it
 *   procedure                 each nation's rules, timescales and dates
 *   meeting, plan             who took part; the plan and the decisions, in words and checks
 *   agenda                    the agenda, built from the procedure and the plan
 *   shared-screen, documents  the two ways the conference is shown: the shared screen, and the Word documents
 *   api                       the contract between the windows and the main process
 */
const sharedLayers = [
  ['model'],
  ['format'],
  ['wording'],
  ['audience'],
  ['procedure'],
  ['meeting', 'plan'],
  ['agenda'],
  ['shared-screen', 'documents'],
  ['api'],
];

/** A rule inside shared/ keeps the runtime rule too: a later flat-config block replaces a rule's options whole. */
const restrictWithin = (...patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: sharedForbidden, message: 'shared/ is the pure domain: no Electron, Node, DOM, React or lowdb.' },
        sharedImportsRelatively,
        ...patterns,
      ],
    },
  ],
});

/**
 * One block for each folder of shared/: it may not import a folder at its own level or above. Matched on the path
 * (`../plan/…`, `../../plan/…` from a subfolder), not on a last name, so that model/audience.ts is not taken for the
 * audience folder.
 */
const sharedLayerBlocks = sharedLayers.flatMap((level, index) =>
  level.map((folder) => {
    const notBelow = sharedLayers
      .slice(index)
      .flat()
      .filter((other) => other !== folder);
    const below = sharedLayers.slice(0, index).flat();
    return {
      files: [`shared/${folder}/**/*.ts`],
      rules: restrictWithin(
        {
          regex: `^(\\.\\./)+(${notBelow.join('|')})(/.*)?$`,
          message:
            `shared/${folder}/ may import only ${below.length ? below.join(', ') : 'nothing else in shared/'}: ` +
            'the order of the folders inside shared/ is in eslint.config.js.',
        },
        // The Word library is the documents' own: nothing under them may need it.
        ...(folder === 'documents' || folder === 'api'
          ? []
          : [{ group: ['docx', 'docx/*'], message: 'Only shared/documents/ may use the Word library (docx).' }]),
      ),
    };
  }),
);

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
      'no-restricted-syntax': ['error', ...namedExportsOnly],
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
    rules: {
      ...restrict(
        sharedForbidden,
        'shared/ is the pure domain: it may not import Electron, Node, the DOM, React, lowdb, or the electron/ and renderer/ layers.',
        sharedImportsRelatively,
      ),
      'no-restricted-syntax': [
        'error',
        ...namedExportsOnly,
        ...loadsOf(sharedImportsRelatively.regex, sharedImportsRelatively.message),
      ],
    },
  },
  ...sharedLayerBlocks,
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'lowdb', 'lowdb/*', ...nodeBuiltins, '**/electron/**'],
              message:
                'renderer/ may not import Electron, Node or the electron/ layer: talk to the main process through the bridge.',
            },
            {
              // The Word library, the holiday tables and the document builders are heavy and belong to the main
              // process, which writes the files.
              group: ['docx', 'docx/*', 'date-holidays', 'date-holidays/*', '**/procedure/date-holidays-source'],
              message:
                'renderer/ may not import docx or date-holidays: the main process builds and writes the documents.',
            },
            {
              // Nothing of shared/documents, not even a type: the main process builds, checks and writes the
              // documents, and answers the window's questions about them over the bridge (checkExport). What the
              // window needs of their shapes comes from shared/api.
              regex: documentsPath,
              message:
                'renderer/ may not import shared/documents: the main process builds and checks the documents; ask it over ' +
                'the bridge (checkExport), and take their types from shared/api.',
            },
          ],
        },
      ],
      // A dynamic import() is not an import declaration, so no-restricted-imports does not see it; the export check
      // once loaded the document builders into the chair's window exactly this way.
      'no-restricted-syntax': [
        'error',
        ...namedExportsOnly,
        ...loadsOf(
          documentsPath,
          'renderer/ may not load shared/documents, even with import(): the main process builds and checks the ' +
            'documents; ask it over the bridge (checkExport).',
        ),
      ],
    },
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
