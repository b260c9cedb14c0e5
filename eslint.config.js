// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * LAYERING RULE: src/engine is a framework-free KMS engine. It must not depend on React,
 * state/graph/i18n libraries, the app layers around it, or the DOM. Enforced below and
 * proven by test/lint-layering.test.ts.
 */
const ENGINE = 'src/engine';
const FORBIDDEN_PACKAGES = [
  'react',
  'react-dom',
  'zustand',
  '@xyflow/react',
  'i18next',
  'react-i18next',
];
const FORBIDDEN_LAYERS = ['ui', 'store', 'graph', 'i18n', 'lessons'];
const FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'HTMLElement',
];
const layers = FORBIDDEN_LAYERS.join('|');

/**
 * A relative import leaves src/engine only after climbing depth+1 levels, so each folder depth
 * gets its own regex: `../store/x` from src/engine/operations/ is engine-internal and allowed,
 * `../../store/x` from the same folder is the app's store and is not.
 * @param {number} depth folders below src/engine (0 = src/engine itself)
 * @returns {import('eslint').Linter.RuleEntry}
 */
function engineImportRule(depth) {
  const up = `(\\.\\./){${depth + 1}}`;
  return [
    'error',
    {
      paths: FORBIDDEN_PACKAGES.map((name) => ({
        name,
        message: 'src/engine must stay framework-free (layering rule).',
      })),
      patterns: [
        {
          group: FORBIDDEN_PACKAGES.map((name) => `${name}/*`),
          message: 'src/engine must stay framework-free (layering rule).',
        },
        {
          regex: `^${up}(\\.\\./src/)?(${layers})(/|$)`,
          message: `src/engine may not import from src/{${FORBIDDEN_LAYERS.join(',')}} (layering rule).`,
        },
        {
          regex: `^(@|~|src)/(${layers})(/|$)`,
          message: `src/engine may not import from src/{${FORBIDDEN_LAYERS.join(',')}} (layering rule).`,
        },
      ],
    },
  ];
}

const MAX_ENGINE_DEPTH = 8;
/** @type {import('eslint').Linter.Config[]} */
const engineLayering = Array.from({ length: MAX_ENGINE_DEPTH + 1 }, (_, depth) => ({
  name: `kms-lab/engine-layering-depth-${depth}`,
  files: [`${ENGINE}/${'*/'.repeat(depth)}*.{ts,tsx,js,mjs}`],
  rules: {
    'no-restricted-imports': engineImportRule(depth),
    'no-restricted-globals': [
      'error',
      ...FORBIDDEN_GLOBALS.map((name) => ({
        name,
        message: 'src/engine may not touch the DOM or browser storage (layering rule).',
      })),
    ],
  },
}));

/**
 * The other layers (ARCHITECTURE.md): graph is pure (no React, store, UI or i18n), the store
 * knows nothing of the UI, and the UI reaches the engine's values only through the store.
 * @param {string} message
 * @param {string[]} packages
 * @param {string} layerRegex
 * @returns {import('eslint').Linter.RuleEntry}
 */
const layerRule = (message, packages, layerRegex) => [
  'error',
  {
    paths: packages.map((name) => ({ name, message })),
    patterns: [{ regex: layerRegex, message }],
  },
];

/** @type {import('eslint').Linter.Config[]} */
const appLayering = [
  {
    name: 'kms-lab/graph-layering',
    files: ['src/graph/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule(
        'src/graph holds pure functions: no React, store, UI or i18n (layering rule).',
        ['react', 'react-dom', 'zustand', 'i18next', 'react-i18next'],
        '^(\\.\\./)+(ui|store|i18n)(/|$)',
      ),
    },
  },
  {
    name: 'kms-lab/store-layering',
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule(
        'src/store may not import the UI (layering rule).',
        ['react-dom', '@xyflow/react'],
        '^(\\.\\./)+ui(/|$)',
      ),
    },
  },
  {
    name: 'kms-lab/ui-layering',
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+engine(/|$)',
              allowTypeImports: true,
              message: 'src/ui reaches the engine through the store (layering rule).',
            },
          ],
        },
      ],
    },
  },
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'coverage/',
    'playwright-report/',
    'test-results/',
    'blob-report/',
    'bench/results/',
    'node_modules/',
    // Personal scratch space (git-ignored): throwaway scripts, run artifacts.
    '.scratch/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'kms-lab/browser',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'kms-lab/node',
    files: ['*.{js,mjs,ts}', 'scripts/**', 'test/**', 'e2e/**', 'bench/**'],
    languageOptions: { globals: globals.node },
  },
  {
    ...reactHooks.configs.flat.recommended,
    name: 'kms-lab/react-hooks',
    files: ['src/**/*.{ts,tsx}'],
    ignores: [`${ENGINE}/**`],
  },
  {
    name: 'kms-lab/unused-vars',
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  ...engineLayering,
  ...appLayering,
]);
