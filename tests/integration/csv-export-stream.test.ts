// Export CSV never holds the whole file: the core reads it in pieces on a connection of its own and
// writes them to disk (the app, `makegood export`), or `serve` streams them (GET /export.csv). The
// bytes must be exactly the whole-text export's (docs/domain.md: the export bytes never change),
// and a failed write must leave nothing behind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv } from '../../electron/main/core/data/export';
import { exportPieces, writeExportFile, writePiecesToFile } from '../../electron/main/core/data/exportFile';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { tempCore, type TempCore } from '../support/core';

const NOW = new Date('2026-11-20T12:00:00.000Z');
let t: TempCore;
let whole: ReturnType<typeof exportCsv>;

beforeAll(async () => {
  t = tempCore(NOW);
  // Enough rows for many pieces (a piece is cut every 250 rows).
  generateDemo(t.core.db, { incidents: 1500, seed: 11, now: NOW });
  const staff = await t.call('staff.create', { name: 'Zoë, "the new one"', monthlyAllowance: 10_000_000 });
  const texts = ['Line one\nline two\r\nline three', 'Café crème 🎂 — “sorry”', 'הזמנה שגויה, wrong order', '=SUM(A1:A2) typed as a complaint'];
  for (const [n, whatHappened] of texts.entries()) {
    const { incident } = await t.call('incidents.create', {
      whatHappened,
      occurredAt: `2026-11-0${n + 1}T09:00:00.000Z`,
      handledById: staff.id,
      customer: { name: 'Mariam Ø. Ñúñez', phone: '', email: '' },
    });
    // Several compensations per incident: several rows sharing its ref.
    for (const [k, kind] of (['refund', 'voucher', 'gift'] as const).entries()) {
      await t.call('compensations.add', {
        incidentId: incident.id,
        kind,
        description: `Gift ${k}, "with quotes"\nand a second line: ½ price`,
        cost: 1250 + k,
        givenById: staff.id,
        givenAt: `2026-11-0${n + 1}T10:0${k}:00.000Z`,
      });
    }
  }
  whole = exportCsv(t.core.db, {});
});
afterAll(() => t.cleanup());

describe('the streamed export', () => {
  it('is the whole-text export byte for byte, over many pieces, with several rows per incident, line breaks and non-ASCII text', async () => {
    const rowsOf = (ref: string) => whole.csv.split('\n').filter((l) => l.startsWith(`${ref},`));
    expect(whole.rows).toBeGreaterThan(whole.incidents);
    expect(whole.csv).toContain('"Line one\nline two\r\nline three"');
    expect(whole.csv).toContain('Café crème 🎂');
    expect(rowsOf('MG-1504')).toHaveLength(3);

    const pieces = [...exportPieces(t, {})];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(whole.csv);

    const path = join(t.dir, 'streamed.csv');
    expect(await writeExportFile(t, {}, path)).toEqual({ incidents: whole.incidents, rows: whole.rows });
    expect(readFileSync(path).equals(Buffer.from(whole.csv, 'utf8'))).toBe(true);
    // As the app does it: data.exportFile, where the (test) host's save dialog points.
    expect((await t.exportText()).csv).toBe(whole.csv);
  });

  it('a range reads only its days, the same as the whole-text export of that range', async () => {
    const path = join(t.dir, 'november.csv');
    const range = { from: '2026-11-01', to: '2026-11-04' };
    const expected = exportCsv(t.core.db, range);
    expect(await writeExportFile(t, range, path)).toEqual({ incidents: expected.incidents, rows: expected.rows });
    expect(readFileSync(path, 'utf8')).toBe(expected.csv);
  });

  it('makegood export writes the same bytes', () => {
    const path = join(t.dir, 'cli.csv');
    // The built command (npm run build), as a shop owner runs it.
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'makegood.js');
    const out = execFileSync(process.execPath, [bin, '--db', t.databasePath, 'export', path], { encoding: 'utf8', timeout: 60_000 });
    expect(out).toMatch(new RegExp(`^Exported ${whole.incidents.toLocaleString('en-US')} incidents in ${whole.rows.toLocaleString('en-US')} rows to `));
    expect(readFileSync(path, 'utf8')).toBe(whole.csv);
  });

  it('leaves the core’s own connection free while it is being read: other calls answer between pieces', async () => {
    const pieces = exportPieces(t, {});
    expect(pieces.next().done).toBe(false);
    const listed = await t.call('incidents.list', { limit: 5, filter: {} });
    expect(listed.items.length).toBe(5);
    await t.call('drafts.save', { key: 'quick-log', value: { whatHappened: 'typed while exporting' } });
    // A write after the export started is not in it: one snapshot, from the first piece to the last.
    const later = await t.call('incidents.create', { whatHappened: 'Logged during the export', occurredAt: NOW.toISOString() });
    expect([...pieces].join('')).not.toContain('Logged during the export');
    await t.call('incidents.remove', { id: later.incident.id });
  });
});

describe('a failed export', () => {
  const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.part'));

  it('into a folder that does not exist: a sentence, and no file', async () => {
    const path = join(t.dir, 'no-such-folder', 'export.csv');
    await expect(writeExportFile(t, {}, path)).rejects.toThrow(
      `Makegood could not write ${path}: that folder does not exist. Nothing was saved there; choose another place or name.`,
    );
    expect(existsSync(join(t.dir, 'no-such-folder'))).toBe(false);
  });

  it('stopping half-way: neither a half file nor the temporary one, and the file that was there is kept', async () => {
    const dir = join(t.dir, 'half');
    mkdirSync(dir);
    const path = join(dir, 'export.csv');
    writeFileSync(path, 'last week’s export\n');
    function* breaks() {
      const all = exportPieces(t, {});
      yield all.next().value as string;
      yield all.next().value as string;
      all.return({ incidents: 0, rows: 0 });
      throw new Error('the data stopped half-way');
    }
    await expect(writePiecesToFile(breaks(), path)).rejects.toThrow('the data stopped half-way');
    expect(readFileSync(path, 'utf8')).toBe('last week’s export\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('whose last step fails (the name is a folder): the whole temporary file is removed', async () => {
    const dir = join(t.dir, 'folder-named');
    mkdirSync(join(dir, 'export.csv', 'inside'), { recursive: true });
    await expect(writeExportFile(t, {}, join(dir, 'export.csv'))).rejects.toThrow(/Makegood could not write .*export\.csv: that name is a folder\./);
    expect(readdirSync(dir)).toEqual(['export.csv']);
    expect(readdirSync(join(dir, 'export.csv'))).toEqual(['inside']);
  });

  it('through data.exportFile: the error shape, with the sentence', async () => {
    const other = tempCore(NOW);
    try {
      // The test host's save dialog answers <dir>/export.csv: make that a folder.
      mkdirSync(join(other.dir, 'export.csv', 'inside'), { recursive: true });
      expect(await other.raw('data.exportFile', {})).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringMatching(/that name is a folder/) });
      expect(leftovers(other.dir)).toEqual([]);
    } finally {
      other.cleanup();
    }
  });
});
