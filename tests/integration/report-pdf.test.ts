// The monthly report printed to PDF with Chromium, read back with poppler (pdftotext, pdftoppm, pdfinfo).
// Needs the built renderer (`npm run build`) and Chromium; says which is missing instead of failing.
import { callerOf } from '../../electron/main/core/rpc/dispatch';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { findChromium } from '../../electron/main/core/report/findChromium';
import { printReportPdf } from '../../electron/main/core/report/printReportPdf';
import { startBridge } from '../../electron/main/server/bridge';
import { reportPagePath } from '../../shared/report';
import { AppError } from '../../shared/result';
import type { Edition } from '../../shared/report';
import { tempCore, type TempCore } from '../support/core';
import englishCatalogue from '../../shared/i18n/messages/en.json';
import germanCatalogue from '../../shared/i18n/messages/de.json';

const german: Record<string, string> = germanCatalogue;

const staticDir = resolve('out/renderer');
const built = existsSync(join(staticDir, 'index.html'));
let chromium: string | null = null;
try {
  chromium = findChromium();
} catch {
  chromium = null;
}
const poppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();
const missing = [!built && 'the built renderer (run `npm run build`)', !chromium && 'Chromium', !poppler && 'poppler-utils'].filter(Boolean);
if (missing.length > 0) console.warn(`report-pdf tests skipped: needs ${missing.join(', ')}.`);

const now = new Date('2026-11-20T15:00:00.000Z');
const MONTH = '2026-10';
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pageSize = (file: string) => /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!.slice(1, 3).map(Number);

/** Words with their page and vertical position, from `pdftotext -bbox`. */
function words(file: string): { page: number; y: number; text: string }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: { page: number; y: number; text: string }[] = [];
  html.split('<page ').slice(1).forEach((chunk, i) => {
    for (const m of chunk.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) out.push({ page: i + 1, y: Number(m[1]), text: m[2]! });
  });
  return out;
}

/** Share of dark pixels (grey < 200) between two heights (pts) of a page rendered at 50 dpi. */
function darkShare(file: string, page: number, fromPt: number, toPt: number): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', String(page), '-l', String(page), file]);
  // Binary PGM: "P5\n<w> <h>\n255\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const scale = 50 / 72;
  const [top, bottom] = [Math.floor(fromPt * scale), Math.min(h, Math.ceil(toPt * scale))];
  let dark = 0;
  for (let y = top; y < bottom; y++) for (let x = 0; x < w; x++) if (pixels[y * w + x]! < 200) dark++;
  return dark / Math.max(1, (bottom - top) * w);
}

// Skipped only where a part is missing, with the part named above (line 30); .ci/run builds first
// and installs chromium and poppler-utils, so in CI these always run.
describe.skipIf(missing.length > 0)('the monthly report as PDF', () => {
  let t: TempCore;
  const external = () => join(t.dir, 'external.pdf');
  const internal = () => join(t.dir, 'internal.pdf');
  // A small shop's first month: a few incidents, none diagnosed, no transactions entered.
  let small: TempCore;
  const smallPdf = () => join(small.dir, 'small.pdf');
  const germanPdf = () => join(small.dir, 'small-de.pdf');
  let figures: Awaited<ReturnType<TempCore['call']>> & { incidents: number; resolved_same_day_share: number | null };

  beforeAll(async () => {
    t = tempCore(now);
    generateDemo(t.core.db, { incidents: 400, seed: 5, now });
    await t.call('settings.update', { businessName: 'Test Bakery Ltd', locale: 'en-US', currency: 'USD' });
    const zed = await t.call('staff.create', { name: 'Zed Staffname', role: 'Weekend barista', monthlyAllowance: 5000 });
    const incident = await t.call('incidents.create', {
      whatHappened: 'The cake for the party was the wrong flavour.',
      occurredAt: '2026-10-15T10:30:00.000Z',
      handledById: zed.id,
    });
    await t.call('incidents.update', { id: incident.incident.id, changes: { internalNote: 'SECRET-NOTE-123 Zed forgot to check the order slip.' } });
    // What a person typed is printed as text, never read as markup (the rows are built as HTML).
    await t.call('incidents.create', { whatHappened: 'Said <b>"fresh"</b> & <img src=x onerror=alert(1)> was stale', occurredAt: '2026-10-16T10:30:00.000Z' });
    // ... in every field the report prints: category, root cause, staff name, internal note.
    const markupCategory = await t.call('categories.create', { name: '<i>Till</i>' });
    const markupCause = await t.call('rootCauses.create', { name: '<u>No slip</u>', group: 'Process' });
    const markupStaff = await t.call('staff.create', { name: '<b>Kim</b>' });
    const marked = await t.call('incidents.create', {
      whatHappened: '<script>alert("x")</script> & the rest',
      occurredAt: '2026-10-17T10:30:00.000Z',
      categoryId: markupCategory.id,
      handledById: markupStaff.id,
    });
    await t.call('incidents.update', { id: marked.incident.id, changes: { rootCauseId: markupCause.id, internalNote: '<script>pwned()</script>' } });
    await t.call('lessons.create', { title: 'Read the order slip back to the customer', ownerId: zed.id, dueAt: '2026-12-01', status: 'in_progress' });
    figures = (await t.call('figures.month', { month: MONTH })) as typeof figures;

    const print = (edition: Edition, out: string) =>
      printReportPdf({ call: callerOf(t.core.handlers), staticDir, month: MONTH, edition, out, chromium: chromium! });
    const printedExternal = await print('external', external());
    // The internal edition on A4: the paper follows the shop's locale.
    await t.call('settings.update', { locale: 'en-GB' });
    const printedInternal = await print('internal', internal());
    small = tempCore(now);
    await small.call('settings.update', { businessName: 'Corner Shop', locale: 'en-US', currency: 'USD' });
    for (const day of [3, 9, 21]) {
      await small.call('incidents.create', { whatHappened: `Out of milk again on the ${day}th.`, occurredAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z` });
    }
    await printReportPdf({ call: callerOf(small.core.handlers), staticDir, month: MONTH, edition: 'external', out: smallPdf(), chromium: chromium! });
    // The same shop, speaking German (issue 18): the PDF prints in the shop's language.
    await small.call('settings.update', { language: 'de', locale: 'de-DE', currency: 'EUR' });
    await printReportPdf({ call: callerOf(small.core.handlers), staticDir, month: MONTH, edition: 'internal', out: germanPdf(), chromium: chromium! });
    console.log(`report-pdf: external ${printedExternal.pages} pages in ${printedExternal.ms} ms, internal ${printedInternal.pages} pages in ${printedInternal.ms} ms`);
  }, 120_000);
  afterAll(() => {
    t?.cleanup();
    small?.cleanup();
  });

  it('holds the business name, the month and the headline figures as the page shows them', () => {
    const text = pdfText(external());
    expect(text).toContain('Test Bakery Ltd');
    expect(text).toContain('October 2026');
    expect(figures.incidents).toBeGreaterThan(20);
    expect(text).toContain(`The month’s incidents (${figures.incidents})`);
    expect(text).toMatch(new RegExp(`Incidents\\s[\\s\\S]*?\\b${figures.incidents}\\b`));
    expect(text).toContain(`${Math.round(figures.resolved_same_day_share! * 100)}%`);
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('prints in the shop\'s language: a German shop\'s report is German, with no English of ours left', () => {
    const text = pdfText(germanPdf());
    expect(text).toContain('Oktober 2026');
    expect(text).toMatch(/Seite 1 von \d+/);
    expect(text).toContain(german['report.title']!);
    expect(text).toContain('Out of milk again on the 3th.');
    // Every report message without a placeholder that German says differently must not be in English.
    const english = Object.entries(englishCatalogue).filter(
      ([id, words]) => (id.startsWith('report.') || id.startsWith('domain.')) && !words.includes('{') && words.length >= 6 && german[id] !== words,
    );
    expect(english.length).toBeGreaterThan(20);
    const flat = text.replace(/\s+/g, ' ');
    expect(english.filter(([, words]) => flat.includes(words)).map(([id, words]) => `${id}: ${words}`)).toEqual([]);
  });

  it('prints markup a person typed as the text they typed', () => {
    const ext = pdfText(external());
    expect(ext).toContain('Said <b>"fresh"</b> & <img src=x onerror=alert(1)> was stale');
    for (const text of ['<script>alert("x")</script> & the rest', '<i>Till</i>', '<u>No slip</u>']) expect(ext).toContain(text);
    const int = pdfText(internal());
    for (const text of ['Internal note: <script>pwned()</script>', '<b>Kim</b>']) expect(int).toContain(text);
  });

  it('names no staff and leaves internal notes out of the external edition; the internal one has both', () => {
    const ext = pdfText(external());
    const int = pdfText(internal());
    expect(ext).not.toContain('SECRET-NOTE-123');
    expect(ext).not.toContain('Zed Staffname');
    // The lesson's owner shows by role.
    expect(ext).toContain('Weekend barista');
    expect(int).toContain('SECRET-NOTE-123');
    expect(int).toContain('Zed Staffname');
  });

  it('draws the Pareto and trend charts (the page is not blank where they are)', () => {
    const ws = words(external());
    const find = (text: string, after?: { page: number; y: number }) =>
      ws.find((w) => w.text === text && (!after || w.page > after.page || (w.page === after.page && w.y > after.y)));
    for (const [start, end] of [
      ['causes', 'Bars:'],
      ['months', 'Recurring'],
    ] as const) {
      const from = find(start);
      const to = from && find(end, from);
      expect(from, `heading word "${start}"`).toBeDefined();
      expect(to?.page, `"${end}" below the chart, on the same page`).toBe(from?.page);
      // Axes, bars and labels: a blank area would be ~0; a drawn chart is several per cent ink.
      expect(darkShare(external(), from!.page, from!.y + 20, to!.y)).toBeGreaterThan(0.03);
    }
  });

  it('prints a chart\'s legend only with its chart', () => {
    const legend = 'Bars: incidents per cause';
    expect(pdfText(external())).toContain(legend);
    const text = pdfText(smallPdf());
    expect(text).toContain('No incident this month has a root cause yet.');
    expect(text).not.toContain(legend);
    expect(text).not.toContain('Line with dots');
  });

  it('gives the external edition no instructions for the app; the internal one says where to enter transactions', () => {
    // The external edition goes to readers who do not use Makegood.
    for (const text of [pdfText(external()), pdfText(smallPdf())]) {
      expect(text).toContain('Per 1,000 transactions');
      expect(text).not.toMatch(/Reports\s+screen|enter the month|on the .* screen/i);
    }
    expect(pdfText(internal())).toMatch(/enter the month’s transactions on the Reports\s+screen/);
  });

  it('prints on Letter for a US shop and on A4 for a British one', () => {
    const [w1, h1] = pageSize(external());
    expect([Math.round(w1!), Math.round(h1!)]).toEqual([612, 792]);
    const [w2, h2] = pageSize(internal());
    expect([Math.round(w2!), Math.round(h2!)]).toEqual([595, 842]);
  });

  // The printer hands the page its data, so the page asks nothing; when it must ask (a month it was
  // not handed), the header the printer sends is the session key and the page's calls go through.
  it('lets the report page ask for its month with the printer\'s header, and refuses it without', async () => {
    const bridge = await startBridge({ call: callerOf(t.core.handlers), staticDir });
    const { chromium: browsers } = await import('playwright-core');
    const browser = await browsers.launch({ executablePath: chromium!, args: ['--no-sandbox', '--disable-gpu'] });
    const outcome = async (headers: Record<string, string>) => {
      const context = await browser.newContext({ extraHTTPHeaders: headers });
      const page = await context.newPage();
      await page.goto(new URL(reportPagePath(MONTH, 'external'), bridge.url).href);
      const state = await page.waitForFunction(
        () => (document.body.dataset.reportReady === 'true' ? 'ready' : (document.body.dataset.reportError ?? false)),
        undefined,
        { timeout: 30_000, polling: 50 },
      );
      const value = (await state.jsonValue()) as string;
      await context.close();
      return value;
    };
    try {
      expect(await outcome({ authorization: `Bearer ${bridge.sessionKey}` })).toBe('ready');
      expect(await outcome({})).toContain('Open Makegood with the address `makegood serve` printed');
    } finally {
      await browser.close();
      await bridge.close();
    }
  }, 60_000);

  it('says clearly when there is no browser to print with', () => {
    expect(() => findChromium({ flag: '/nowhere/chromium' })).toThrow(/No browser at \/nowhere\/chromium/);
    expect(() => findChromium({ env: {}, exists: () => false })).toThrow(AppError);
    expect(() => findChromium({ env: {}, exists: () => false })).toThrow(/--chromium PATH or MAKEGOOD_CHROMIUM/);
    expect(findChromium({ env: { MAKEGOOD_CHROMIUM: '/opt/c' }, exists: (p) => p === '/opt/c' })).toBe('/opt/c');
  });
});

