import js from '@eslint/js';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Code that must run without Electron: the core (shared by the app, the CLI and the
// browser bridge), the bridge, the CLI, and what main and renderer share.
const electronFree = ['electron/main/core/**', 'electron/main/server/**', 'electron/cli/**', 'shared/**'];

// Every screen's words come from the message catalogues (shared/i18n, issue 18): literal text in
// the renderer's JSX, or in a prop a person reads, is an error.
const translated = ['renderer/**/*.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-results/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: electronFree,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core, the bridge, the CLI and shared/ must run without Electron.' }],
          patterns: [{ group: ['electron/*'], message: 'The core, the bridge, the CLI and shared/ must run without Electron.' }],
        },
      ],
    },
  },
  {
    // One opener (electron/main/core/db/connect.ts) loads better-sqlite3, so every connection gets
    // the addon built for its process (inside Electron, the Electron build). Its types stay free to use.
    files: ['electron/**', 'shared/**', 'renderer/**', 'scripts/**', 'bench/**', 'tests/**'],
    ignores: ['electron/main/core/db/connect.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'better-sqlite3',
              allowTypeImports: true,
              message: 'Open SQLite through connect() in electron/main/core/db/connect.ts (or openDatabase), which passes the Electron build of the addon.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Warns that the React Compiler skips hooks such as useVirtualizer; we do not run the compiler.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/electron/**', 'electron', 'node:*', 'better-sqlite3'], message: 'The renderer reaches the backend only through invoke.' }] },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they use none of it.
    files: ['tests/e2e-*/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: translated,
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{label,description,placeholder,title,alt,nothingFoundMessage,aria-label,aria-description}']] } },
      ],
    },
  },
);
