// The PDF benchmark's reference: start Chromium, print a blank page to PDF, quit.
import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env.MAKEGOOD_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await (await browser.newContext()).newPage();
await page.setContent('<!doctype html><title>blank</title><p></p>');
await page.pdf();
await browser.close();
