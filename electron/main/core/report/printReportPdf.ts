// Prints the report page to PDF with Chromium (through playwright-core): the CLI, browser mode and
// the tests. The page is the app's own `#/report`, served by the loopback bridge on a free port.
import type { Browser } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../../shared/result';
import { startBridge, type Bridge } from '../../server/bridge';
import type { Handlers } from '../handlers';
import { footerTemplate } from './footer';

export type Edition = 'external' | 'internal';

export interface PrintReportOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  month: string;
  edition: Edition;
  /** Where to write the PDF. */
  out: string;
  /** The browser executable (see findChromium). */
  chromium: string;
  /** How long the page may take to draw, ms. */
  timeout?: number;
}

export interface PrintedReport {
  out: string;
  bytes: number;
  pages: number;
  ms: number;
}

/** Counts `/Type /Page` objects: enough for a PDF Chromium just wrote. */
export const countPdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

export async function printReportPdf(options: PrintReportOptions): Promise<PrintedReport> {
  const started = performance.now();
  const timeout = options.timeout ?? 60_000;
  let bridge: Bridge | undefined;
  let browser: Browser | undefined;
  try {
    bridge = await startBridge({ handlers: options.handlers, staticDir: options.staticDir, port: 0 });
    // Loaded here, not at the top: playwright-core takes half a second to load, and only printing needs it.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: options.chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    // The token as a header on every request: opening the token link would first load the whole app.
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${bridge.token}` } });
    const page = await context.newPage();
    // Laid out for print from the start, so page.pdf need not lay 3,000 rows out again (−0.3 to −0.5 s, measured).
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${bridge.url}#/report?month=${options.month}&edition=${options.edition}`, { waitUntil: 'domcontentloaded', timeout });
    const outcome = await page.waitForFunction(
      () => document.body.dataset.reportReady === 'true' ? 'ready' : (document.body.dataset.reportError ?? false),
      undefined,
      { timeout, polling: 50 },
    );
    const state = (await outcome.jsonValue()) as string;
    if (state !== 'ready') throw new AppError('BAD_REQUEST', `The report could not be made: ${state}`);
    const { businessName, monthWords } = await page.evaluate(() => ({
      businessName: document.querySelector('.report h1')?.textContent ?? '',
      monthWords: document.querySelector('.report-sub strong')?.textContent ?? '',
    }));
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(businessName, monthWords),
    });
    await writeFile(options.out, pdf);
    return { out: options.out, bytes: pdf.length, pages: countPdfPages(pdf), ms: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (/Executable doesn't exist|ENOENT|spawn/i.test(message ?? '')) {
      throw new AppError('NOT_FOUND', `Chromium could not be started from ${options.chromium}: ${message}`);
    }
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    await bridge?.close();
  }
}

/** The same, handed back as bytes (browser mode's download): printed to a temp file that is removed after. */
export async function printReportToBuffer(options: Omit<PrintReportOptions, 'out'>): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'makegood-report-'));
  try {
    const out = join(dir, `makegood-report-${options.month}.pdf`);
    await printReportPdf({ ...options, out });
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
