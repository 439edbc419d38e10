// Excel keeps a date as a number (days since 1900 or 1904) and only its number format says it is
// one. This reads a format code the way Excel shows the cell: a date, a date and time, a time of
// day, or a plain number.

import type { Cell, CellDate, CellTime } from './types';

export type DateFormat = 'date' | 'datetime' | 'time';

/** Excel's built-in format ids that show a date or time (ECMA-376 18.8.30, and the East Asian ones). */
const BUILT_IN = new Map<number, DateFormat>([
  [14, 'date'], [15, 'date'], [16, 'date'], [17, 'date'], [18, 'time'], [19, 'time'], [20, 'time'], [21, 'time'], [22, 'datetime'],
  [27, 'date'], [28, 'date'], [29, 'date'], [30, 'date'], [31, 'date'], [32, 'time'], [33, 'time'], [34, 'time'], [35, 'time'], [36, 'date'],
  [45, 'time'], [46, 'time'], [47, 'time'], [50, 'date'], [51, 'date'], [52, 'date'], [53, 'date'], [54, 'date'], [55, 'date'], [56, 'date'], [57, 'date'], [58, 'date'],
]);

export const builtInFormat = (id: number): DateFormat | null => BUILT_IN.get(id) ?? null;

/**
 * What a custom format code shows. Quoted text, escaped characters and [colour]/[$-locale] parts
 * are not format letters; elapsed time ([h]:mm) is a duration, shown as a number here.
 */
export function formatOf(code: string): DateFormat | null {
  const first = code.split(';')[0] ?? '';
  if (/\[(h+|m+|s+)\]/i.test(first)) return null;
  const letters = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '')
    .replace(/AM\/PM|A\/P/gi, 'h');
  const date = /[yd]/i.test(letters) || (/m/i.test(letters) && !/[hs]/i.test(letters));
  const time = /[hs]/i.test(letters);
  if (date && time) return 'datetime';
  if (date) return 'date';
  if (time) return 'time';
  return null;
}

const DAY_MS = 86_400_000;
/** Serial 0 of each system, in UTC (the arithmetic is on wall-clock days, so no zone may shift it). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** The last day Excel shows: 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/** A serial number shown with a date or time format → the cell as the sheet shows it (a number Excel cannot show as one stays a number). */
export function fromSerial(serial: number, format: DateFormat, date1904: boolean): Cell {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return serial;
  const seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  const rest = seconds - days * 86_400;
  const time: CellTime = { kind: 'time', h: Math.floor(rest / 3600), mi: Math.floor((rest % 3600) / 60), s: rest % 60 };
  if (format === 'time') return time;
  // Serial 0 shows as the date "1900-01-00", which no calendar has: keep the number.
  if (!date1904 && days < 1) return serial;
  let y: number;
  let mo: number;
  let d: number;
  if (!date1904 && days === 60) {
    // Excel's 1900 system has a 29 February 1900 (kept from Lotus 1-2-3), and shows it.
    [y, mo, d] = [1900, 2, 29];
  } else {
    // Before that phantom day, serials count from 31 December 1899; after it, from the 30th.
    const at = new Date((date1904 ? EPOCH_1904 : days < 60 ? EPOCH_1900 + DAY_MS : EPOCH_1900) + days * DAY_MS);
    [y, mo, d] = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
  }
  const hasTime = format === 'datetime';
  const date: CellDate = { kind: 'date', y, mo, d, h: hasTime ? time.h : 0, mi: hasTime ? time.mi : 0, s: hasTime ? time.s : 0, hasTime };
  return date;
}

/** An ISO 8601 date or date-time (ODS's office:date-value, an xlsx "d" cell) → the cell it shows; null when it is not one. */
export function fromIsoDate(text: string): CellDate | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?/.exec(text.trim());
  if (!m) return null;
  const hasTime = m[4] !== undefined;
  return { kind: 'date', y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: Number(m[4] ?? 0), mi: Number(m[5] ?? 0), s: Number(m[6] ?? 0), hasTime };
}

/**
 * An ISO 8601 duration (ODS's office:time-value, "PT13H45M00S") → a time of day, or (past 24 hours,
 * a duration rather than a time) the number of days, as an xlsx [h]:mm cell reads.
 */
export function fromIsoDuration(text: string): Cell {
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/.exec(text.trim());
  if (!m) return null;
  const seconds = Math.round(Number(m[2] ?? 0) * 86_400 + Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60 + Number((m[5] ?? '0').replace(',', '.')));
  if (m[1] === '-' || seconds >= 86_400) return (m[1] === '-' ? -seconds : seconds) / 86_400;
  return { kind: 'time', h: Math.floor(seconds / 3600), mi: Math.floor((seconds % 3600) / 60), s: seconds % 60 };
}
