#!/usr/bin/env node
// Renders icon.svg to icon.png (512×512) with a local Chromium: `node resources/render-icon.mjs`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<body style="margin:0">${readFileSync(join(here, 'icon.svg'), 'utf8')}</body>`);
  await page.locator('svg').screenshot({ path: join(here, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
