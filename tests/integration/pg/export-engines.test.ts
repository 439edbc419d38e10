// The same records export to the same bytes on both engines (issue 17, "the same export bytes"):
// a SQLite data file in a temp folder beside a database on the test PostgreSQL server, given the
// same file to import, or the same calls at the counter on the same clock.
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../shared/schemas/data';
import { tempCore, type TempCore } from '../../support/core';
import { onPostgres } from '../../support/pgTest';

const NOW = new Date('2026-10-15T12:00:00.000Z');
const open: TempCore[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.cleanup();
});
/** One SQLite core and one PostgreSQL core, on the same clock. */
function pair(): { sqlite: TempCore; pg: TempCore } {
  const sqlite = tempCore(NOW, 'sqlite');
  open.push(sqlite);
  const pg = tempCore(NOW, 'postgres');
  open.push(pg);
  return { sqlite, pg };
}

const exportBytes = async (t: TempCore) => Buffer.from((await t.exportText({})).csv, 'utf8');

// An old log as a shop would hand it over: refs and rows without one, several rows per ref,
// quotes, line breaks, emoji, right-to-left text, a formula-looking cell, vouchers with codes.
const CSV = [
  CSV_COLUMNS.join(','),
  'MG-7,2026-09-01 09:30,in_person,"Dana, Lee",+1 (555) 0101,dana@example.com,"Latte, then ""extra hot""",Drinks,2,Wrong temperature,Process,Sam,yes,2026-09-01 09:45,,,4,9,retained,"Note: ""see CCTV"",\nthen call",voucher,"10% off, next visit 🎟️",12.50,Sam,2026-09-01 09:50,MGV-7Q2K,2026-09-10 12:00',
  'MG-7,2026-09-01 09:30,in_person,"Dana, Lee",+1 (555) 0101,dana@example.com,"Latte, then ""extra hot""",Drinks,2,Wrong temperature,Process,Sam,yes,2026-09-01 09:45,,,4,9,retained,"Note: ""see CCTV"",\nthen call",refund,,3.00,Sam,2026-09-01 09:50,,',
  ',2026-09-03 14:05,phone,مريم,,,הזמנה שגויה — wrong order,Orders,3,,,Ana,no,,2026-09-05 10:00,,,,unknown,,,,,,,,',
  ',2026-09-02 08:00,web,,,,Birthday cake 🎂 dropped 😢,,1,,,,,2026-09-02 08:30,,,,,lost,,gift,Flowers,25,Ana,2026-09-02 08:40,,',
  'MG-12,2026-08-30 23:59,email,,,,=SUM(A1:A2) typed as a complaint,,4,Stock,Supplies,Sam,,,,,,,unknown,,voucher,,5,Ana,2026-08-31 09:00,MGV-HH4P,',
].join('\r\n');

/** The same records through the contract: odd text, compensations of several kinds, something deleted, vouchers given and redeemed. */
async function counterDay(t: TempCore): Promise<void> {
  const staff = await t.call('staff.create', { name: 'Zoë, "the new one"', monthlyAllowance: 1_000_000 });
  const odd = ['Line one\nline two\r\nline three', 'Café crème — “sorry”', '  "quoted"  ', '+44 called back', 'tab\there'];
  const made: number[] = [];
  for (const [n, whatHappened] of odd.entries()) {
    const { incident } = await t.call('incidents.create', {
      whatHappened,
      occurredAt: `2026-10-0${n + 1}T09:1${n}:00.000Z`,
      handledById: staff.id,
      customer: { name: n % 2 ? 'Ünal Öz' : 'Dana', phone: '', email: n % 2 ? '' : 'dana@example.com' },
    });
    made.push(incident.id);
    for (const kind of n === 0 ? (['voucher', 'refund', 'voucher'] as const) : (['gift'] as const)) {
      await t.call('compensations.add', { incidentId: incident.id, kind, description: `${kind}, "x"`, cost: 700 + n, givenById: staff.id, givenAt: `2026-10-0${n + 1}T10:00:00.000Z` });
    }
  }
  await t.call('incidents.remove', { id: made[3]! });
  const gift = (await t.call('incidents.get', { id: made[1]! })).compensations[0]!;
  await t.call('compensations.remove', { id: gift.id });
  // A code is drawn at random on each engine; the same codes on both, so the bytes can be compared.
  const vouchers = t.core.db.prepare("SELECT id FROM compensations WHERE kind = 'voucher' ORDER BY id").pluck().all() as number[];
  vouchers.forEach((id, k) => t.core.db.prepare('UPDATE compensations SET code = ? WHERE id = ?').run(`MGV-${'2345'[k]!.repeat(4)}`, id));
  await t.call('vouchers.redeem', { code: 'MGV-2222' });
}

describe.skipIf(!onPostgres)('the same export bytes on SQLite and PostgreSQL', () => {
  it('for the same file imported into both', async () => {
    const { sqlite, pg } = pair();
    for (const t of [sqlite, pg]) {
      const imported = await t.call('data.import', await t.staged({ csv: CSV }));
      expect(imported.problems).toEqual([]);
      expect(imported).toMatchObject({ written: true, incidents: 4 });
    }
    const [a, b] = [await exportBytes(sqlite), await exportBytes(pg)];
    expect(a.toString('utf8')).toContain('MGV-7Q2K');
    expect(a.toString('utf8')).toMatch(/^MG-1,.*wrong order/m); // rows without a ref get new ones, in file order
    expect(b.equals(a)).toBe(true);
  });

  it('for the same calls at the counter: odd text, deleted items, vouchers', async () => {
    const { sqlite, pg } = pair();
    await counterDay(sqlite);
    await counterDay(pg);
    const [a, b] = [await exportBytes(sqlite), await exportBytes(pg)];
    const text = a.toString('utf8');
    expect(text).toContain('"Line one\nline two\r\nline three"');
    expect(text).not.toContain('+44 called back'); // deleted
    expect(text).toContain('MGV-3333');
    expect(b.toString('utf8')).toBe(text);
    expect(b.equals(a)).toBe(true);
  });

  it('a CSV exported from SQLite imports into PostgreSQL and exports again to the same bytes', async () => {
    const { sqlite, pg } = pair();
    await counterDay(sqlite);
    await sqlite.call('data.import', await sqlite.staged({ csv: CSV }));
    const exported = await sqlite.exportText({});
    const imported = await pg.call('data.import', await pg.staged({ csv: exported.csv }));
    expect(imported.problems).toEqual([]);
    expect(imported).toMatchObject({ written: true, incidents: exported.incidents, rows: exported.rows });
    const again = await exportBytes(pg);
    expect(again.equals(Buffer.from(exported.csv, 'utf8'))).toBe(true);
  });
});
