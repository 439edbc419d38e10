import { defineConfig } from '@playwright/test';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  workers: 1,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'e2e-web',
      testMatch: /e2e-web\/.*\.spec\.ts/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1366, height: 768 },
        launchOptions: { executablePath: process.env.MAKEGOOD_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs },
      },
    },
    // Slot for the Electron engineer: fill in its `use` (or fixtures) in tests/e2e-electron.
    { name: 'e2e-electron', testMatch: /e2e-electron\/.*\.spec\.ts/ },
  ],
});
