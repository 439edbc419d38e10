import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDateCell, readTimeCell } from '../../../electron/main/core/data/dates';
import { DateOrderDetector, detectDateOrder, localeDateOrder } from '../../../electron/main/core/data/dateOrder';
import type { Cell } from '../../../electron/main/core/data/sources/types';

// Every reading is local time; these run in a zone with a clock change (Node rereads TZ when it is set).
let before: string | undefined;
beforeAll(() => {
  before = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
});

const pad = (n: number) => String(n).padStart(2, '0');
/** What a reading means on the wall clock, or its reason. */
function wall(cell: Cell, order: 'dmy' | 'mdy' | 'ymd' | null = null, time: Cell = null): string {
  const read = readDateCell(cell, order, time);
  if ('reason' in read) return read.reason;
  const d = read.value;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

describe('detecting the date order', () => {
  it('has the zone in effect', () => {
    expect(new Date(2026, 2, 29, 2, 30).getHours()).toBe(3);
  });

  it('settles day-first from a first part over 12, month-first from a second part over 12, ISO from a 4-digit first part', () => {
    expect(detectDateOrder(['03/10/2026', '13/10/2026 14:05', '04.10.26'])).toEqual({ order: 'dmy' });
    expect(detectDateOrder(['10/03/2026', '10/13/2026 2:05 PM'])).toEqual({ order: 'mdy' });
    expect(detectDateOrder(['2026-10-03', '2026-10-13T14:05'])).toEqual({ order: 'ymd' });
    // ISO rows beside day-first ones are no conflict: ISO is read whatever the order.
    expect(detectDateOrder(['2026-10-03', '13/10/2026'])).toEqual({ order: 'dmy' });
  });

  it('says when every value reads both ways, and when nothing is a numeric date', () => {
    expect(detectDateOrder(['03/10/2026', '05/05/2026', '04/10/2026'])).toEqual({ ambiguous: ['dmy', 'mdy'], first: { count: 2, line: 1, text: '03/10/2026' } });
    expect(detectDateOrder(['3 Oct 2026', 'hello', ''])).toEqual({ none: true });
    expect(detectDateOrder([])).toEqual({ none: true });
  });

  it('names the first line of each side when the file mixes day-first and month-first', () => {
    const detector = new DateOrderDetector();
    const rows: [Cell, number][] = [['03/10/2026', 2], ['13/10/2026', 3], [46298, 4], ['10/14/2026', 7], ['25/10/2026', 9], ['10/20/2026', 12]];
    for (const [cell, line] of rows) detector.add(cell, line);
    expect(detector.result()).toEqual({
      conflict: { dmy: { count: 2, line: 3, text: '13/10/2026' }, mdy: { count: 2, line: 7, text: '10/14/2026' } },
    });
  });

  it("knows the shop's locale's order, for a file that does not say", () => {
    expect(localeDateOrder('en-US')).toBe('mdy');
    expect(localeDateOrder('de-DE')).toBe('dmy');
    expect(localeDateOrder('en-GB')).toBe('dmy');
    expect(localeDateOrder('sv-SE')).toBe('ymd');
  });
});

describe('readDateCell: text', () => {
  it('reads ISO with a T or a space, seconds and a fraction, and a zone as an exact instant', () => {
    expect(wall('2026-10-03')).toBe('2026-10-03 00:00:00');
    expect(wall('2026-10-03T14:05')).toBe('2026-10-03 14:05:00');
    expect(wall('2026-10-03 14:05:09.250')).toBe('2026-10-03 14:05:09');
    expect(wall('2026/10/03 14:05', 'dmy')).toBe('2026-10-03 14:05:00');
    const zoned = readDateCell('2026-10-03T12:05Z', 'dmy');
    expect(zoned).toEqual({ value: new Date('2026-10-03T12:05:00.000Z') });
    expect(readDateCell('2026-10-03T14:05+0200', null)).toEqual({ value: new Date('2026-10-03T12:05:00.000Z') });
  });

  it('reads / . - separators in the given order, with 12- and 24-hour times', () => {
    expect(wall('03/10/2026 14:05', 'dmy')).toBe('2026-10-03 14:05:00');
    expect(wall('03.10.2026 14:05:09', 'dmy')).toBe('2026-10-03 14:05:09');
    expect(wall('03-10-2026', 'dmy')).toBe('2026-10-03 00:00:00');
    expect(wall('10/03/2026 2:05 PM', 'mdy')).toBe('2026-10-03 14:05:00');
    expect(wall('10/03/2026 12:05 a.m.', 'mdy')).toBe('2026-10-03 00:05:00');
    expect(wall('03/10/2026 2:05 p. m.', 'dmy')).toBe('2026-10-03 14:05:00');
    expect(wall('03/10/2026, 2pm', 'dmy')).toBe('2026-10-03 14:00:00');
    expect(wall('03/10/2026 14h05', 'dmy')).toBe('2026-10-03 14:05:00');
    expect(wall('03.10.2026 um 14:05 Uhr', 'dmy')).toBe('2026-10-03 14:05:00');
  });

  it('reads two-digit years: 00–69 in the 2000s, 70–99 in the 1900s', () => {
    expect(wall('03/10/26', 'dmy')).toBe('2026-10-03 00:00:00');
    expect(wall('03/10/69', 'dmy')).toBe('2069-10-03 00:00:00');
    expect(wall('03/10/70', 'dmy')).toBe('1970-10-03 00:00:00');
    expect(wall('3 Oct 99')).toBe('1999-10-03 00:00:00');
  });

  it('without an order, reads what reads one way and asks about what reads both', () => {
    expect(wall('13/10/2026')).toBe('2026-10-13 00:00:00');
    expect(wall('10/13/2026')).toBe('2026-10-13 00:00:00');
    expect(wall('05/05/2026')).toBe('2026-05-05 00:00:00');
    expect(wall('03/10/2026')).toBe('“03/10/2026” could be 3 October or 10 March; choose whether the file writes the day or the month first');
  });

  it('refuses a day the calendar does not have, saying which, and the other order when one is chosen', () => {
    expect(wall('31/02/2026', 'dmy')).toBe('“31/02/2026” is not a date: there is no 31 February 2026 (the file writes the day first)');
    expect(wall('10/13/2026', 'dmy')).toBe('“10/13/2026” is not a date: there is no month 13 (the file writes the day first)');
    expect(wall('2026-02-29')).toBe('“2026-02-29” is not a date: there is no 29 February 2026');
    expect(wall('29/02/2028 10:00', 'dmy')).toBe('2028-02-29 10:00:00');
    expect(wall('03/10/2026 25:00', 'dmy')).toBe('“03/10/2026 25:00” has a time that is not a time of day (25:00)');
    expect(wall('03/10/2026 13:05 PM', 'dmy')).toBe('“03/10/2026 13:05 PM” has a time that is not a time of day (13:05 PM)');
  });

  it('keeps ISO-only strict when the order is year-first (the import\'s "ISO" choice)', () => {
    expect(wall('03/10/2026', 'ymd')).toBe('“03/10/2026” is not a date in the chosen format (2026-10-03 or 2026-10-03T14:05)');
    expect(wall('yesterday', null)).toBe('“yesterday” is not a date in a shape such as (2026-10-03 14:05 or 3 Oct 2026)');
  });

  it('reads month names in English, German, Spanish and French, long and short', () => {
    for (const text of ['3 Oct 2026', 'Oct 3, 2026', 'October 3rd, 2026', '3-Oct-2026', '3. Oktober 2026', 'Samstag, 3. Okt. 2026',
      '3 de octubre de 2026', '3 octobre 2026', 'sábado, 3 oct 2026', '1er octobre 2026'.replace('1er', '3')]) {
      expect(wall(text, 'mdy'), text).toBe('2026-10-03 00:00:00');
    }
    expect(wall('3 mars 2026 14:05')).toBe('2026-03-03 14:05:00');
    expect(wall('1er août 2026')).toBe('2026-08-01 00:00:00');
    expect(wall('17. März 2026')).toBe('2026-03-17 00:00:00');
    expect(wall('Dec 25, 2026 7:30 PM')).toBe('2026-12-25 19:30:00');
    expect(wall('3 de octubre de 2026 a las 14:05')).toBe('2026-10-03 14:05:00');
    expect(wall('31 Feb 2026')).toBe('“31 Feb 2026” is not a date: there is no 31 February 2026');
  });

  it('refuses a time the clocks skipped, naming it; keeps the first of the repeated autumn hour', () => {
    const skipped = (text: string) => `“${text}” does not exist on this computer's clock: the clocks went forward that night; write the time the clock showed`;
    expect(wall('29/03/2026 02:30', 'dmy')).toBe(skipped('29/03/2026 02:30'));
    expect(wall('29/03/2026', 'dmy', '2:30 AM')).toBe(skipped('29/03/2026 2:30 AM'));
    expect(wall('29/03/2026', 'dmy')).toBe('2026-03-29 00:00:00');
    const autumn = readDateCell('2025-10-26 02:30', null);
    expect(autumn).toEqual({ value: new Date('2025-10-26T00:30:00.000Z') });
  });
});

describe('readDateCell: workbooks and serial numbers', () => {
  it('reads an Excel serial (1900 system), its fraction the time', () => {
    expect(wall(46298)).toBe('2026-10-03 00:00:00');
    expect(wall(45000)).toBe('2023-03-15 00:00:00');
    expect(wall(46298.5)).toBe('2026-10-03 12:00:00');
    expect(wall(46298 + (14 * 60 + 5) / 1440)).toBe('2026-10-03 14:05:00');
    expect(wall(61)).toBe('1900-03-01 00:00:00');
    expect(wall(59)).toBe('1900-02-28 00:00:00');
    expect(wall(60)).toBe('“60” is 29 February 1900 in a spreadsheet, a day that never was');
    expect(wall(0.5)).toBe('“0.5” is a time of day with no date; the date column needs the day too');
    expect(wall(-3)).toBe('“-3” is not a date');
  });

  it('reads five-digit text as a serial (a sheet saved as CSV after its date column lost its format)', () => {
    expect(wall('46298', 'dmy')).toBe('2026-10-03 00:00:00');
    expect(wall('46298.25', 'ymd')).toBe('2026-10-03 06:00:00');
    expect(wall('4629', 'dmy')).toMatch(/is not a date in the chosen format/);
  });

  it("reads a workbook's date cell as it is, and refuses a time cell alone", () => {
    expect(wall({ kind: 'date', y: 2026, mo: 10, d: 3, h: 14, mi: 5, s: 0, hasTime: true })).toBe('2026-10-03 14:05:00');
    expect(wall({ kind: 'date', y: 2026, mo: 10, d: 3, h: 0, mi: 0, s: 0, hasTime: false })).toBe('2026-10-03 00:00:00');
    expect(wall({ kind: 'date', y: 2026, mo: 2, d: 30, h: 0, mi: 0, s: 0, hasTime: false })).toBe('“2026-02-30” is not a date: there is no 30 February 2026');
    expect(wall({ kind: 'time', h: 14, mi: 5, s: 0 })).toBe('“14:05” is a time of day with no date; the date column needs the day too');
    expect(wall(true)).toBe('“TRUE” is not a date');
    expect(wall(null)).toBe('the date is empty');
  });
});

describe('a time in a column of its own', () => {
  it('joins text, a time cell or a day fraction to the date', () => {
    expect(wall('03/10/2026', 'dmy', '14:05')).toBe('2026-10-03 14:05:00');
    expect(wall('03/10/2026', 'dmy', '2:05 PM')).toBe('2026-10-03 14:05:00');
    expect(wall('03/10/2026', 'dmy', '14h05')).toBe('2026-10-03 14:05:00');
    expect(wall(46298, null, { kind: 'time', h: 9, mi: 30, s: 15 })).toBe('2026-10-03 09:30:15');
    expect(wall({ kind: 'date', y: 2026, mo: 10, d: 3, h: 0, mi: 0, s: 0, hasTime: false }, null, 0.75)).toBe('2026-10-03 18:00:00');
    expect(wall('2026-10-03', null, '')).toBe('2026-10-03 00:00:00');
  });

  it('fills a midnight date, agrees with the same time, and refuses another', () => {
    expect(wall('03/10/2026 00:00', 'dmy', '14:05')).toBe('2026-10-03 14:05:00');
    expect(wall('03/10/2026 14:05', 'dmy', '2:05 PM')).toBe('2026-10-03 14:05:00');
    expect(wall('03/10/2026 14:05', 'dmy', '15:00')).toBe('“03/10/2026 14:05” has a time of its own, which is not the time column\'s “15:00”');
    expect(wall('2026-10-03T14:05Z', null, '15:00')).toBe('“2026-10-03T14:05Z” has a time and zone of its own; leave its time column empty');
  });

  it('refuses what is not a time of day', () => {
    expect(wall('03/10/2026', 'dmy', '14')).toBe('“14” is not a time of day such as 14:05 or 2:05 PM');
    expect(wall('03/10/2026', 'dmy', 1.5)).toBe('“1.5” is not a time of day such as 14:05');
    expect(readTimeCell('24:00')).toEqual({ reason: '“24:00” is not a time of day such as 14:05 or 2:05 PM' });
    expect(readTimeCell('12:00 AM')).toEqual({ h: 0, mi: 0, s: 0 });
    expect(readTimeCell('14 Uhr')).toEqual({ h: 14, mi: 0, s: 0 });
  });
});

describe('the month names', () => {
  it('have twelve months in each language, and no name that means two months', async () => {
    const { MONTH_NAMES } = await import('../../../electron/main/core/data/monthNames');
    const seen = new Map<string, number>();
    for (const months of Object.values(MONTH_NAMES)) {
      expect(months).toHaveLength(12);
      months.forEach((names, i) => {
        for (const name of names) {
          const key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
          expect(seen.get(key) ?? i, name).toBe(i);
          seen.set(key, i);
        }
      });
    }
  });
});
