// Excel's number formats and serial numbers: which cells are dates, and which day a serial is.
import { describe, expect, it } from 'vitest';
import { formatOf, fromIsoDuration, fromSerial } from '../../../electron/main/core/data/sources/serial';

describe('number formats', () => {
  it('tells dates, times and date-times from numbers, past quoted text, colours, locales and "General"', () => {
    const cases: [string, ReturnType<typeof formatOf>][] = [
      ['General', null],
      ['0.00', null],
      ['"Due "0.00', null],
      ['#,##0 "days";[Red]-#,##0 "days"', null],
      ['[Red]0.00', null],
      ['[h]:mm:ss', null],
      ['yyyy-mm-dd', 'date'],
      ['[$-409]mmmm d, yyyy;@', 'date'],
      ['mmm-yy', 'date'],
      ['h:mm AM/PM', 'time'],
      ['mm:ss', 'time'],
      ['dd/mm/yyyy\\ hh:mm', 'datetime'],
      ['yyyy-mm-dd"T"hh:mm:ss', 'datetime'],
    ];
    for (const [code, kind] of cases) expect([code, formatOf(code)]).toEqual([code, kind]);
  });

  it('turns serials into the day Excel shows, in both date systems, with Excel\'s 29 February 1900', () => {
    expect(fromSerial(1, 'date', false)).toMatchObject({ y: 1900, mo: 1, d: 1 });
    expect(fromSerial(59, 'date', false)).toMatchObject({ y: 1900, mo: 2, d: 28 });
    expect(fromSerial(60, 'date', false)).toMatchObject({ y: 1900, mo: 2, d: 29 });
    expect(fromSerial(61, 'date', false)).toMatchObject({ y: 1900, mo: 3, d: 1 });
    expect(fromSerial(0, 'date', true)).toMatchObject({ y: 1904, mo: 1, d: 1 });
    expect(fromSerial(45351.999999, 'datetime', false)).toEqual({ kind: 'date', y: 2024, mo: 3, d: 1, h: 0, mi: 0, s: 0, hasTime: true });
    expect(fromSerial(1.5, 'time', false)).toEqual({ kind: 'time', h: 12, mi: 0, s: 0 });
    // What Excel cannot show as a date stays the number.
    expect(fromSerial(-1, 'date', false)).toBe(-1);
    expect(fromSerial(3e6, 'date', false)).toBe(3e6);
  });

  it('reads ODS durations as times of day, and past a day as a number of days', () => {
    expect(fromIsoDuration('PT13H45M07S')).toEqual({ kind: 'time', h: 13, mi: 45, s: 7 });
    expect(fromIsoDuration('PT36H00M00S')).toBe(1.5);
    expect(fromIsoDuration('nonsense')).toBeNull();
  });
});
