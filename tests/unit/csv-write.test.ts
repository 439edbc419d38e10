// The export's own CSV writer and local-time formatter, against the libraries they replaced for speed.
import { parse } from 'csv-parse/sync';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../electron/main/core/data/csv';
import { formatLocal } from '../../electron/main/core/data/dates';

describe('writeCsv', () => {
  it('quotes only what needs it and ends every record with \\n', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 'lone\rreturn', '']])).toBe('a,"b,c","say ""hi""","two\nlines","lone\rreturn",\n');
  });

  it('reads back exactly through csv-parse, whatever the cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const width = rows[0]!.length;
        const square = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        expect(parse(writeCsv(square), { relax_column_count: false })).toEqual(square);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatLocal', () => {
  it("writes the computer's wall-clock time exactly as date-fns does", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(formatLocal(d.toISOString())).toBe(format(d, "yyyy-MM-dd'T'HH:mm:ss"));
      }),
      { numRuns: 2000 },
    );
  });
});
