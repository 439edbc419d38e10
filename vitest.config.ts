import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The integration tests run a second time against a throwaway PostgreSQL server
// (tests/support/pgGlobalSetup.ts), except those about the SQLite file itself: its backups and
// restore, its locks, pages and query plans, and the command line's file handling (README, "Two engines,
// one domain layer").
// A single SQLite-only case inside a shared file says so with it.skipIf(onPostgres) and why.
const SQLITE_ONLY = [
  'tests/integration/durability/**',
  'tests/integration/backups.test.ts',
  'tests/integration/restore.test.ts',
  'tests/integration/restore-hostile.test.ts',
  'tests/integration/query-plans.test.ts',
  'tests/integration/returning-customers-plans.test.ts',
  'tests/integration/one-opener.test.ts',
  'tests/integration/start-script.test.ts',
  'tests/integration/csv-import-cli.test.ts',
  'tests/integration/import-cli-real-files.test.ts',
];

// The command line the tests run speaks the terminal's language (issue 18): English here, whatever
// the machine's LANG, unless a test names another (tests/integration/new-file-language.test.ts).
const ENGLISH_TERMINAL = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };

// Three kinds: the backend against real SQLite files (node), the same backend against a real
// PostgreSQL server (postgres), and React screens (jsdom).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{unit,integration,migrations,contract}/**/*.test.ts'],
          pool: 'forks',
          env: ENGLISH_TERMINAL,
          setupFiles: ['tests/support/speak.ts'],
        },
      },
      {
        test: {
          name: 'postgres',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          exclude: SQLITE_ONLY,
          pool: 'forks',
          env: { ...ENGLISH_TERMINAL, MAKEGOOD_TEST_ENGINE: 'postgres' },
          setupFiles: ['tests/support/speak.ts'],
          globalSetup: ['tests/support/pgGlobalSetup.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
    ],
  },
});
