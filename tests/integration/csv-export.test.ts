import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { CSV_COLUMNS } from '../../shared/schemas/data';
import { tempCores, type TempCore } from '../support/core';

const NOW = new Date('2026-10-15T12:00:00.000Z');
const core = tempCores(NOW);

/** Incidents whose text a CSV writer must quote, or keep exactly: commas, quotes, line breaks, emoji, RTL. */
async function addOddText(t: TempCore) {
  const staff = await t.call('staff.create', { name: 'Zoë, "the new one"', monthlyAllowance: 1_000_000 });
  const odd = [
    'Latte, then "extra hot", then cold',
    'Line one\nline two\n\nline four',
    'Windows line\r\nbreak and a lone\rcarriage return',
    'Birthday cake 🎂 dropped 😢 — sorry!',
    'הזמנה שגויה — wrong order in Hebrew',
    '=SUM(A1:A2) typed as a complaint',
    '  "quoted"  ',
  ];
  for (const [n, whatHappened] of odd.entries()) {
    const { incident } = await t.call('incidents.create', {
      whatHappened,
      occurredAt: `2026-10-0${n + 1}T09:1${n}:00.000Z`,
      handledById: staff.id,
      customer: { name: n % 2 ? 'Dana, Lee' : 'مريم', phone: '+1 (555) 0101', email: 'dana@example.com' },
    });
    await t.call('incidents.update', { id: incident.id, changes: { internalNote: 'Note: "see CCTV",\nthen call', scoreBefore: n } });
    // The first one has two compensations given at the same minute: two rows sharing its ref.
    for (const extra of n === 0 ? [0, 1] : [0]) {
      await t.call('compensations.add', {
        incidentId: incident.id,
        kind: extra ? 'free_item' : 'voucher',
        description: 'Voucher, "10% off"\nnext visit 🎟️',
        cost: 1250 + n - extra,
        givenById: staff.id,
        givenAt: `2026-10-0${n + 1}T10:00:00.000Z`,
      });
    }
  }
}

describe('CSV export', () => {
  it('writes docs/domain.md columns in order, one row per compensation, dates local and amounts plain', async () => {
    const t = core();
    const a = await t.call('incidents.create', { whatHappened: 'Cold soup', occurredAt: '2026-10-02T09:30:00.000Z', teamLeadPresent: true });
    const staff = await t.call('staff.create', { name: 'Sam', monthlyAllowance: 100_000 });
    for (const cost of [1250, 5]) {
      await t.call('compensations.add', { incidentId: a.incident.id, kind: 'refund', cost, givenById: staff.id, givenAt: '2026-10-02T10:00:00.000Z' });
    }
    await t.call('incidents.create', { whatHappened: 'Rude reply', occurredAt: '2026-10-01T08:00:00.000Z' });
    const out = await t.exportText({});
    const lines = out.csv.split('\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(out).toMatchObject({ incidents: 2, rows: 3 });
    expect(lines).toHaveLength(5); // header, three rows, and the final newline
    expect(lines[1]).toContain('MG-2');
    expect(lines[1]).toMatch(/,refund,|,,,,,$/);
    const local = (iso: string) => {
      const d = new Date(iso);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:00`;
    };
    expect(lines[2]).toBe(`MG-1,${local('2026-10-02T09:30:00.000Z')},in_person,,,,Cold soup,,1,,,,yes,,,,,,unknown,,refund,,12.50,Sam,${local('2026-10-02T10:00:00.000Z')},,`);
    expect(lines[3]).toMatch(/,0\.05,Sam,/);
  });

  it('keeps only incidents that occurred on the chosen local days', async () => {
    const t = core();
    for (const day of ['2026-09-30', '2026-10-01', '2026-10-05', '2026-10-06']) {
      const d = new Date(`${day}T00:00:00`); // local midnight: the first instant of that local day
      await t.call('incidents.create', { whatHappened: day, occurredAt: d.toISOString() });
    }
    const out = await t.exportText({ from: '2026-10-01', to: '2026-10-05' });
    expect(out.incidents).toBe(2);
    expect(out.csv).toContain(',2026-10-01,');
    expect(out.csv).toContain(',2026-10-05,');
  });

  it('round trip: export, import into an empty database, export again gives the same bytes', async () => {
    const first = core();
    generateDemo(first.core.db, { incidents: 400, seed: 7, now: NOW });
    await addOddText(first);
    const exported = await first.exportText({});
    expect(exported.incidents).toBe(407);
    expect(exported.rows).toBeGreaterThan(407);

    const second = core();
    const imported = await second.call('data.import', await second.staged({ csv: exported.csv }));
    expect(imported.problems).toEqual([]);
    expect(imported).toMatchObject({ written: true, incidents: 407, rows: exported.rows });
    const again = await second.exportText({});
    expect(again.csv).toBe(exported.csv);
    expect(again).toMatchObject({ incidents: exported.incidents, rows: exported.rows });

    // The odd text came through exactly, in the database too.
    const stored = second.core.db.prepare("SELECT what_happened FROM incidents WHERE what_happened LIKE 'Windows%'").get();
    expect(stored).toEqual({ what_happened: 'Windows line\r\nbreak and a lone\rcarriage return' });
  });
});
