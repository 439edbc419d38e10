// The import screen at the connection seam: a stand-in `window.makegood.invoke` plays the core
// (the app's open dialog, the checks, the import, its progress) and records what the screen sends.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { InEnglish } from '../support/intl';
import { IMPORT_FIELD_LABELS, type ImportField, type ImportRequest, type ImportResult } from '../../shared/schemas/data';
import { ImportSection } from '../../renderer/src/data/ImportSection';

const FILE = '0123456789abcdef01234567';
const calls: { channel: string; request: unknown }[] = [];
const imports = () => calls.filter((c) => c.channel === 'data.import').map((c) => c.request as ImportRequest);
const lastImport = () => imports().at(-1)!;

const HEADERS = ['Date', 'Complaint', 'Customer', 'Notes', 'Refund'];
const GUESSED: ImportResult['mapping'] = { occurred_at: 'Date', what_happened: 'Complaint', customer_name: 'Customer', compensation_cost: 'Refund' };
const LINES = [
  { line: 2, date: '2026-03-04T09:00:00.000Z', what: 'Cold soup', customer: 'Dana Whitfield', refund: 450 },
  { line: 3, date: '2026-05-06T12:30:00.000Z', what: 'Wrong cake', customer: 'Sam Ortiz', refund: null },
  { line: 4, date: '2026-07-08T16:15:00.000Z', what: 'Waited 40 minutes', customer: '', refund: null },
];

/** What a core would answer for this request: the dates undecided until an order is chosen. */
function answer(request: ImportRequest): ImportResult {
  const mapping: ImportResult['mapping'] = { ...GUESSED };
  const matchedBy: ImportResult['matchedBy'] = { occurred_at: 'synonym', what_happened: 'synonym', customer_name: 'synonym', compensation_cost: 'synonym' };
  for (const [field, header] of Object.entries(request.mapping) as [ImportField, string][]) {
    if (header === '') {
      delete mapping[field];
      delete matchedBy[field];
    } else {
      mapping[field] = header;
      matchedBy[field] = 'chosen';
    }
  }
  const used = new Set(Object.values(mapping));
  const dated = request.dateOrder !== undefined;
  return {
    file: { kind: 'xlsx', sheets: ['Log'], sheet: 'Log' },
    headers: HEADERS,
    mapping,
    matchedBy,
    dateOrder: dated ? { used: request.dateOrder!, how: 'chosen', choices: ['dmy', 'mdy'] } : { used: null, how: 'undecided', choices: ['dmy', 'mdy'] },
    ignoredColumns: HEADERS.filter((h) => !used.has(h)),
    rows: 3,
    incidents: 3,
    compensations: 1,
    open: request.historic ? 0 : 3,
    overAllowanceUnapproved: 0,
    preview: LINES.map((l) => ({
      line: l.line,
      ref: null,
      occurredAt: dated ? l.date : null,
      whatHappened: l.what,
      customer: l.customer,
      channel: null,
      category: null,
      severity: null,
      handledBy: null,
      resolvedAt: dated && request.historic ? l.date : null,
      outcome: null,
      compensation: l.refund === null ? null : { kind: 'refund', cost: l.refund, description: '', givenBy: null },
      problems: [],
    })),
    problems: [],
    problemCount: 0,
    written: !request.dryRun,
    created: { categories: [], rootCauses: [], staff: [] },
  };
}

// jsdom does not lay out: Mantine's Select scrolls its chosen option into view.
Element.prototype.scrollIntoView ??= () => {};

beforeEach(() => {
  calls.length = 0;
  const invoke = vi.fn(async (channel: string, request: unknown) => {
    calls.push({ channel, request });
    switch (channel) {
      case 'settings.get':
        return { ok: true, value: { businessName: 'Corner Café', currency: 'EUR', locale: 'en-IE', theme: 'light' } };
      case 'data.chooseImportFile':
        return { ok: true, value: { outcome: 'chosen', file: FILE, name: 'paper-log.xlsx', bytes: 48_213 } };
      case 'data.importProgress':
        return { ok: true, value: { phase: 'checking', done: 0.45, rows: 2 } };
      case 'data.import':
        // Long enough for the bar to show what it was told.
        await new Promise((r) => setTimeout(r, 150));
        return { ok: true, value: answer(request as ImportRequest) };
      default:
        return { ok: true, value: null };
    }
  });
  window.makegood = { invoke: invoke as unknown as Invoke };
});
afterEach(() => {
  cleanup(); // Vitest runs without globals, so Testing Library cannot clean up by itself.
  delete window.makegood;
});

function renderScreen() {
  render(
    // env="test": no transitions, so a Select's options show as soon as it opens.
    <InEnglish>
      <MantineProvider env="test">
        <QueryClientProvider client={new QueryClient()}>
          <Notifications />
          <ImportSection />
        </QueryClientProvider>
      </MantineProvider>
    </InEnglish>,
  );
}

async function chooseField(header: string, label: string) {
  await userEvent.click(screen.getByRole('combobox', { name: `Field for “${header}”` }));
  await userEvent.click(await screen.findByRole('option', { name: label }));
}

it('from the app’s dialog to the preview: dates to settle, a column to change, past incidents, then the import with the same choices', async () => {
  const user = userEvent.setup();
  renderScreen();
  await user.click(screen.getByRole('button', { name: 'Choose a file…' }));

  // While the check runs, the bar says how far it has got.
  expect(await screen.findByRole('progressbar', { name: 'Checking the file' })).toBeInTheDocument();
  expect(await screen.findByText('Checking rows… 45% · 2 rows so far')).toBeInTheDocument();
  const preview = await screen.findByRole('table', { name: 'Preview' });
  expect(screen.getByText('paper-log.xlsx')).toBeInTheDocument();
  expect(within(preview).getAllByRole('row')).toHaveLength(4);
  expect(within(preview).getByText('Cold soup')).toBeInTheDocument();
  expect(within(preview).getByText('Refund · €4.50')).toBeInTheDocument();
  expect(imports()).toEqual([{ file: FILE, mapping: {}, historic: false, skipBadRows: false, dryRun: true }]);
  expect(calls.some((c) => c.channel === 'data.importProgress')).toBe(true);

  // The guesses, by column; the column nothing reads from is "Not imported".
  expect(screen.getByRole('combobox', { name: 'Field for “Complaint”' })).toHaveValue(IMPORT_FIELD_LABELS.what_happened);
  expect(screen.getByRole('combobox', { name: 'Field for “Notes”' })).toHaveValue('Not imported');

  // Every date could be read two ways: nothing is imported until the person says which.
  const importButton = screen.getByRole('button', { name: 'Import 3 incidents' });
  expect(importButton).toBeDisabled();
  const dates = screen.getByRole('radiogroup', { name: /Dates in this file/ });
  expect(screen.getByText('Every date in this file could be read two ways; which is it?')).toBeInTheDocument();
  await user.click(within(dates).getByRole('radio', { name: 'Day first: 03/10/2026 is 3 October' }));
  await waitFor(() => expect(lastImport()).toMatchObject({ dateOrder: 'dmy', dryRun: true }));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Import 3 incidents' })).toBeEnabled());

  // A column's field changed: the next check sends it, and a field moved from another column leaves that one.
  await chooseField('Notes', IMPORT_FIELD_LABELS.internal_note);
  await waitFor(() => expect(lastImport().mapping).toEqual({ internal_note: 'Notes' }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Field for “Notes”' })).toHaveValue(IMPORT_FIELD_LABELS.internal_note));
  await chooseField('Customer', IMPORT_FIELD_LABELS.what_happened);
  await waitFor(() => expect(lastImport().mapping).toEqual({ internal_note: 'Notes', what_happened: 'Customer', customer_name: '' }));
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Field for “Complaint”' })).toHaveValue('Not imported'));

  // Past incidents: sent as such, and Home's consequence is spelled out.
  expect(screen.getByText('Home will show 3 open incidents from this file.')).toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: /These are past incidents that were dealt with/ }));
  await waitFor(() => expect(lastImport()).toMatchObject({ historic: true, dryRun: true }));
  expect(await screen.findByText('Home will show none of this file’s incidents as open.')).toBeInTheDocument();

  // Enter on the button imports, with exactly the choices the preview was made with.
  const checked = lastImport();
  const button = await screen.findByRole('button', { name: 'Import 3 incidents' });
  await waitFor(() => expect(button).toBeEnabled());
  button.focus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(imports().some((r) => r.dryRun === false)).toBe(true));
  expect(imports().find((r) => r.dryRun === false)).toEqual({ ...checked, dryRun: false });
  expect(await screen.findByText('Imported 3 incidents with 1 compensation from paper-log.xlsx.')).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByRole('table', { name: 'Preview' })).not.toBeInTheDocument());
}, 20_000);

it('a closed dialog leaves the screen as it was', async () => {
  window.makegood = {
    invoke: (async (channel: string) => {
      calls.push({ channel, request: {} });
      return channel === 'data.chooseImportFile' ? { ok: true, value: { outcome: 'canceled' } } : { ok: true, value: null };
    }) as unknown as Invoke,
  };
  renderScreen();
  await userEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
  await waitFor(() => expect(calls.some((c) => c.channel === 'data.chooseImportFile')).toBe(true));
  expect(imports()).toEqual([]);
  expect(screen.queryByRole('table', { name: 'Columns' })).not.toBeInTheDocument();
});
