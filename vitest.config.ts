import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Two kinds: the backend against real SQLite files (node), and React screens (jsdom).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{unit,integration,migrations,contract}/**/*.test.ts'],
          pool: 'forks',
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
