import { describe, expect, it } from 'vitest';
import { resolveColumns } from '../../../electron/main/core/data/columns';
import { readRow } from '../../../electron/main/core/data/rows';

// The CSV import's rows read through the new readers: a paper log's words come in as the app's values.
const headers = ['occurred_at', 'what_happened', 'channel', 'severity', 'team_lead_present', 'outcome', 'compensation_kind', 'compensation_cost'];
const columns = resolveColumns(headers, {});
const options = { dateOrder: 'dmy' as const, currency: 'EUR', locale: 'de-DE', now: new Date('2026-10-15T12:00:00Z') };
const row = (cells: string[], extra = {}) => readRow({ line: 2, cells }, columns, { ...options, ...extra });

describe('readRow with plain words', () => {
  it("reads a log's own words, a decimal comma and a currency sign", () => {
    const read = row(['3. Oktober 2026 14:05', 'Cold soup', 'walk-in', 'hoch', 'ja', 'kam wieder', 'Gutschein', '4,50 €']);
    expect(read.problems).toEqual([]);
    expect(read.incident).toMatchObject({ occurred_at: new Date(2026, 9, 3, 14, 5).toISOString(), channel: 'in_person', severity: 3, team_lead_present: true, outcome: 'retained' });
    expect(read.compensation).toMatchObject({ kind: 'voucher', cost: 450 });
  });

  it('a dash for the cost is no compensation; "1,234" follows the mark the file settled', () => {
    expect(row(['03/10/2026', 'x', '', '', '-', '', '', '-'])).toMatchObject({ problems: [], compensation: null, incident: { team_lead_present: null } });
    expect(row(['03/10/2026', 'x', '', '', '', '', '', '1,234'], { decimalMark: '.' }).compensation).toMatchObject({ cost: 123400 });
  });

  it('names the cell and the reason for another currency', () => {
    expect(row(['03/10/2026', 'x', '', '', '', '', '', '£4.50']).problems).toEqual([
      { line: 2, column: 'compensation_cost', reason: '“£4.50” is in GBP; this shop counts in EUR' },
    ]);
  });
});
