// Prints the report page to PDF with Chromium (through playwright-core): the CLI, browser mode and
// the tests. The page is the renderer's report.html, served by the loopback bridge on a free port.
import type { Browser } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName, Request, Response } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { startBridge, type Bridge } from '../../server/bridge';
import type { CoreCall } from '../service/protocol';
import { type Edition, HANDED_REPORT_DATA, loadReportData, type ReportCall, reportPagePath } from '../../../../shared/report';
import { footerTemplate } from './footer';
import { say } from '../i18n/speak';

export interface PrintReportOptions {
  /** The core: in this thread (the CLI) or in a worker (`serve`). */
  call: CoreCall;
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

/** The report's channel calls answered by the core, validated as over the bridge. */
const callThroughDispatch =
  (call: CoreCall): ReportCall =>
  async <C extends ChannelName>(channel: C, request: Request<C>) => {
    const result = await call(channel, request);
    if (!result.ok) throw new AppError(result.code, result.message, result.issues);
    // dispatch checked the value against the channel's response schema.
    return result.value as Response<C>;
  };

export async function printReportPdf(options: PrintReportOptions): Promise<PrintedReport> {
  const started = performance.now();
  const timeout = options.timeout ?? 60_000;
  let bridge: Bridge | undefined;
  let browser: Browser | undefined;
  try {
    // Three things at once: the browser starts, the bridge starts, and the report's data is read
    // from the core. playwright-core is loaded here, not at the top: it takes half a second to load.
    const launch = async () => {
      const { chromium } = await import('playwright-core');
      return chromium.launch({
        executablePath: options.chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      });
    };
    const [served, launched, read] = await Promise.allSettled([
      startBridge({ call: options.call, staticDir: options.staticDir, port: 0 }),
      launch(),
      loadReportData(options.month, callThroughDispatch(options.call)),
    ]);
    if (served.status === 'fulfilled') bridge = served.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const outcome of [served, launched, read]) if (outcome.status === 'rejected') throw outcome.reason;
    if (!bridge || !browser || read.status !== 'fulfilled') throw new AppError('INTERNAL', say('storage.report.printerDidNotStart'));
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${bridge.sessionKey}` } });
    // Handed to the page before its scripts run: it draws at once instead of asking the bridge.
    await context.addInitScript(([key, data]) => Object.assign(window, { [key]: data }), [HANDED_REPORT_DATA, read.value] as const);
    const page = await context.newPage();
    // Laid out for print from the start: page.pdf then lays the 3,000 rows out twice, not three times (measured).
    await page.emulateMedia({ media: 'print' });
    await page.goto(new URL(reportPagePath(options.month, options.edition), bridge.url).href, { waitUntil: 'domcontentloaded', timeout });
    const outcome = await page.waitForFunction(
      () => document.body.dataset.reportReady === 'true' ? 'ready' : (document.body.dataset.reportError ?? false),
      undefined,
      { timeout, polling: 50 },
    );
    const state = (await outcome.jsonValue()) as string;
    if (state !== 'ready') throw new AppError('BAD_REQUEST', say('storage.report.notMade', { reason: state }));
    const { businessName, monthWords, pageWords } = await page.evaluate(() => ({
      businessName: document.querySelector('.report h1')?.textContent ?? '',
      monthWords: document.querySelector('.report-sub strong')?.textContent ?? '',
      pageWords: document.body.dataset.footerPage,
    }));
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(businessName, monthWords, pageWords),
    });
    await writeFile(options.out, pdf);
    return { out: options.out, bytes: pdf.length, pages: countPdfPages(pdf), ms: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (/Executable doesn't exist|ENOENT|spawn/i.test(message ?? '')) {
      throw new AppError('NOT_FOUND', say('storage.report.browserDidNotStart', { path: options.chromium, reason: message ?? '' }));
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
