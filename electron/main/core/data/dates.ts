// Reading a date cell: text in any common shape (ISO, day- or month-first with / . -, two-digit
// years, 12- or 24-hour times, month names in en/de/es/fr), a workbook's date, or an Excel serial
// number; with, optionally, the time from a column of its own. Everything is the shop's wall-clock
// time, read in this computer's time zone.
import type { Language } from '../../../../shared/i18n/languages';
import { currentLanguage, say } from '../i18n/speak';
import { cellText, isBlank } from './cells';
import type { DateOrder } from './dateOrder';
import { LANGUAGES } from './headerWords';
import { DATE_FILLERS, MONTH_NAMES } from './monthNames';
import type { Cell } from './sources/types';

export type { DateOrder } from './dateOrder';
/** The import's date format choice as a date order ('iso' is year-first). */

type Read = { value: Date } | { reason: string };

// ISO: a date, optionally a time (T or a space), optionally seconds and a fraction, optionally a zone.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
// A time of day: 14:05, 14:05:09.5, 2:05 PM, 2 p. m., 14h05, 14 Uhr.
const AMPM = String.raw`([ap])\.?\s?m\.?`;
const CLOCK = new RegExp(String.raw`^(\d{1,2})(?:[:h](\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(?:${AMPM}|uhr|h)?$`, 'i');
// A date, then a time: after a T, a space, a comma, or a word such as "um", "à", "a las", "at".
const DATE_THEN_TIME = new RegExp(
  String.raw`^(.*?\d)(?:\s*T\s*|[\s,]+(?:(?:um|à|a las|at)\s+)?)(\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s*(?:${AMPM}|uhr|h)?|\d{1,2}\s*(?:${AMPM}|uhr|h))$`,
  'i',
);
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;
// A spreadsheet's serial day number, written out as text when a sheet is saved as CSV.
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

const pad = (n: number) => String(n).padStart(2, '0');
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const MONTHS = new Map<string, number>();
for (const language of LANGUAGES) MONTH_NAMES[language].forEach((names, i) => names.forEach((n) => MONTHS.set(fold(n), i + 1)));
const FILLERS = new Set(DATE_FILLERS);

interface Day {
  y: number;
  mo: number;
  d: number;
}
interface Clock {
  h: number;
  mi: number;
  s: number;
}

/** Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (as spreadsheets read them). */
const fullYear = (y: string) => (y.length === 2 ? Number(y) + (Number(y) < 70 ? 2000 : 1900) : Number(y));

/** Whether the calendar has that day at all: 31/02 rolls over into March, so refuse it rather than guess. */
function calendarHas({ y, mo, d }: Day): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** A month's name in the language being spoken ("October", "Oktober"), for a sentence. */
const monthNames = new Map<Language, Intl.DateTimeFormat>();
function monthName(mo: number): string {
  const language = currentLanguage();
  const format = monthNames.get(language) ?? monthNames.set(language, new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' })).get(language)!;
  return format.format(Date.UTC(2000, mo - 1, 1));
}

/** `order`: the order the file writes its dates in, said when the date was read that way ('none' says nothing). */
const noSuchDay = (text: string, { y, mo, d }: Day, order: 'dmy' | 'mdy' | 'none') =>
  mo < 1 || mo > 12
    ? say('importing.date.noMonth', { text, month: String(mo), order })
    : say('importing.date.noDay', { text, date: say('importing.date.dayMonthYear', { day: String(d), month: monthName(mo), year: String(y) }), order });

/** A wall-clock time the clocks skipped when they went forward. */
const GAP = 'gap';

/**
 * A local wall-clock time → the instant, or GAP when this computer's clock skipped it. Date moves
 * a skipped time on by the gap (02:30 becomes 03:30) and would store a time nobody wrote, so a
 * time is refused; a date alone keeps its day (where a zone moves its clocks at midnight, the day
 * then starts at 01:00).
 *
 * A time in the hour the clocks go back happens twice; the text has no offset to say which, and
 * Date takes the first, as spreadsheets do. That one is kept: refusing every autumn evening would
 * be worse, and an export of the second writes the same text, so export→import→export is still
 * byte-identical (the instant moves back by the hour, which the file cannot carry).
 */
function localInstant({ y, mo, d }: Day, clock: Clock | null): Date | typeof GAP {
  const { h, mi, s } = clock ?? { h: 0, mi: 0, s: 0 };
  const date = new Date(y, mo - 1, d, h, mi, s);
  // new Date reads years 0–99 as 1900–1999; the year range check refuses those years anyway.
  if (y < 100) date.setFullYear(y);
  if (clock && (date.getDate() !== d || date.getHours() !== h || date.getMinutes() !== mi || date.getSeconds() !== s)) return GAP;
  return date;
}

const gapReason = (text: string) => ({ reason: say('importing.date.gap', { text }) });

/** A time of day as text: 14:05, 2:05 PM, 2 p. m., 14h05. */
function readClock(text: string): Clock | null {
  const m = CLOCK.exec(text.trim());
  if (!m) return null;
  const [, hh, mm, ss, ap] = m;
  // "14" alone is not a time; "14h", "14 Uhr" and "2 PM" are.
  if (mm === undefined && ap === undefined && !/[hr]$/i.test(text.trim())) return null;
  let h = Number(hh);
  if (ap !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
  }
  const clock = { h, mi: Number(mm ?? 0), s: Number(ss ?? 0) };
  return clock.h > 23 || clock.mi > 59 || clock.s > 59 ? null : clock;
}

/** A spreadsheet day fraction (0.5 is noon) → the time, to the second. */
function clockOfFraction(fraction: number): Clock {
  const seconds = Math.min(Math.round(fraction * 86_400), 86_399);
  return { h: Math.floor(seconds / 3600), mi: Math.floor(seconds / 60) % 60, s: seconds % 60 };
}

/**
 * An Excel serial date (1900 system: 1 is 1900-01-01) → its day and time. Excel counts a
 * 29 February 1900 that never was (serial 60), so serials after it are one day ahead.
 */
function readSerial(serial: number, text: string): { day: Day; clock: Clock | null } | { reason: string } {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return { reason: say('importing.date.notADate', { text }) };
  if (serial < 1) return { reason: say('importing.date.timeOnly', { text }) };
  const whole = Math.floor(serial);
  if (whole === 60) return { reason: say('importing.date.phantomDay', { text }) };
  const day = new Date(Date.UTC(1899, 11, 31 + (whole < 60 ? whole : whole - 1)));
  const clock = serial > whole ? clockOfFraction(serial - whole) : null;
  return { day: { y: day.getUTCFullYear(), mo: day.getUTCMonth() + 1, d: day.getUTCDate() }, clock };
}

/** A date with its month in words: 3 Oct 2026, Oct 3, 2026, 3. Oktober 2026, 3 de octubre de 2026, Sat 3rd October 26. */
function readWordDate(text: string): Day | null {
  let parts = fold(text)
    .replace(/(\d)(?:st|nd|rd|th|er|e|o|a)\b/g, '$1')
    .split(/[\s,./-]+/)
    .filter((p) => p !== '' && !FILLERS.has(p));
  // A weekday before the date ("Samstag, 3. Oktober 2026") says nothing more.
  if (parts.length === 4 && /^\p{L}+$/u.test(parts[0]!) && !MONTHS.has(parts[0]!)) parts = parts.slice(1);
  if (parts.length !== 3) return null;
  const [a = '', b = '', c = ''] = parts;
  const isDay = (s: string) => /^\d{1,2}$/.test(s);
  const isYear = (s: string) => /^(\d{2}|\d{4})$/.test(s);
  if (MONTHS.has(b) && isDay(a) && isYear(c)) return { y: fullYear(c), mo: MONTHS.get(b)!, d: Number(a) };
  if (MONTHS.has(a) && isDay(b) && isYear(c)) return { y: fullYear(c), mo: MONTHS.get(a)!, d: Number(b) };
  if (MONTHS.has(b) && /^\d{4}$/.test(a) && isDay(c)) return { y: Number(a), mo: MONTHS.get(b)!, d: Number(c) };
  return null;
}

/** A date written out (no time) → its day, in the file's order where it has one; `shown` is the cell's text, for a sentence. */
function readDayText(text: string, order: DateOrder | null, shown = text): Day | { reason: string } {
  const wrongOrder = order === 'dmy' || order === 'mdy' ? order : 'none';
  const checked = (day: Day) => (calendarHas(day) ? day : { reason: noSuchDay(shown, day, wrongOrder) });
  const ymd = YEAR_FIRST.exec(text);
  if (ymd) return checked({ y: Number(ymd[1]), mo: Number(ymd[2]), d: Number(ymd[3]) });
  const numeric = NUMERIC.exec(text);
  if (numeric && order !== 'ymd') {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3]!)];
    if (order === 'dmy') return checked({ y, mo: b, d: a });
    if (order === 'mdy') return checked({ y, mo: a, d: b });
    // No order known: what reads only one way is read; what reads both ways is asked.
    if (a === b || (a > 12 && b <= 12)) return checked({ y, mo: b, d: a });
    if (b > 12 && a <= 12) return checked({ y, mo: a, d: b });
    if (a <= 12) {
      const one = say('importing.date.dayMonth', { day: String(a), month: monthName(b) });
      const other = say('importing.date.dayMonth', { day: String(b), month: monthName(a) });
      return { reason: say('importing.date.ambiguous', { text: shown, one, other }) };
    }
    return { reason: noSuchDay(shown, { y, mo: b, d: a }, 'none') };
  }
  const words = readWordDate(text);
  if (words) return checked(words);
  return { reason: order === null ? say('importing.date.notInShape', { text: shown }) : say('importing.date.notInFormat', { text: shown, order }) };
}

/** A cell of a time column: 14:05, 2:05 PM, a workbook's time, or a spreadsheet day fraction (0.5 is noon). */
export function readTimeCell(cell: Cell): Clock | { reason: string } {
  const text = cellText(cell);
  if (typeof cell === 'number') return cell >= 0 && cell < 1 ? clockOfFraction(cell) : { reason: say('importing.time.notTime', { text }) };
  if (typeof cell === 'object' && cell?.kind === 'time') return { h: cell.h, mi: cell.mi, s: cell.s };
  if (typeof cell === 'string') return readClock(cell) ?? { reason: say('importing.time.notTimeText', { text }) };
  return { reason: say('importing.time.notTime', { text }) };
}

/** The day and (if written) time a date cell holds, still as wall-clock parts, or an instant when it names its own zone. */
function readDayCell(cell: Cell, order: DateOrder | null): { day: Day; clock: Clock | null } | { instant: Date } | { reason: string } {
  const text = cellText(cell);
  if (cell === null || isBlank(cell)) return { reason: say('importing.date.empty') };
  if (typeof cell === 'number') return readSerial(cell, text);
  if (typeof cell === 'boolean') return { reason: say('importing.date.notADate', { text }) };
  if (typeof cell === 'object') {
    if (cell.kind === 'time') return { reason: say('importing.date.timeOnly', { text }) };
    const day = { y: cell.y, mo: cell.mo, d: cell.d };
    if (!calendarHas(day)) return { reason: noSuchDay(text, day, 'none') };
    return { day, clock: cell.hasTime ? { h: cell.h, mi: cell.mi, s: cell.s } : null };
  }
  const iso = ISO.exec(text);
  if (iso && !iso[7]) {
    // The export's own shape, most of what an import reads: no need to try the others.
    const [, y, mo, d, h, mi, s] = iso;
    const day = { y: Number(y), mo: Number(mo), d: Number(d) };
    if (!calendarHas(day)) return { reason: noSuchDay(text, day, 'none') };
    if (h === undefined) return { day, clock: null };
    const clock = { h: Number(h), mi: Number(mi), s: Number(s ?? 0) };
    if (clock.h > 23 || clock.mi > 59 || clock.s > 59) return { reason: say('importing.date.badTime', { text }) };
    return { day, clock };
  }
  if (iso?.[7]) {
    // A written zone is an exact instant, whatever this computer's clock did: check the parts, then let Date read it.
    const [, y, mo, d, h, mi, s, zone] = iso;
    const clock = readClock(`${h}:${mi}:${s ?? '00'}`);
    if (!calendarHas({ y: Number(y), mo: Number(mo), d: Number(d) }) || !clock) return { reason: say('importing.date.notADate', { text }) };
    const instant = new Date(`${y}-${mo}-${d}T${pad(clock.h)}:${mi}:${s ?? '00'}${zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
    return Number.isNaN(+instant) ? { reason: say('importing.date.notADate', { text }) } : { instant };
  }
  if (SERIAL_TEXT.test(text)) return readSerial(Number(text), text);
  const split = DATE_THEN_TIME.exec(text);
  const clock = split ? readClock(split[2]!) : null;
  if (split && !clock) return { reason: say('importing.date.badTimeIn', { text, time: split[2]! }) };
  // The sentence names the whole cell, time included, as the person wrote it.
  const day = readDayText(split && clock ? split[1]!.trim() : text, order, text);
  if ('reason' in day) return day;
  return { day, clock };
}

const sameClock = (a: Clock, b: Clock) => a.h === b.h && a.mi === b.mi && a.s === b.s;

/**
 * A date cell (and the time from a column of its own, if the file has one) → the instant it
 * means, read as local time (the shop's clock), or the reason it cannot be read.
 *
 * - Text: ISO (always, with a T or a space, with or without a zone); day- or month-first with
 *   `/`, `.` or `-`, read as `order` says, or with no order only where it reads one way
 *   (13/10/2026); a month in words (en, de, es, fr); a two-digit year is 2000–2069 for 00–69
 *   and 1970–1999 for 70–99; 12- or 24-hour times, with seconds.
 * - A number is an Excel serial date (its fraction the time). So is five-digit text (45000,
 *   45000.5): that is what a sheet whose date column lost its format writes into a CSV, and no
 *   other way of writing a date is five bare digits.
 * - A workbook's date cell as it is; a time cell alone is not a date.
 * - The time column's value fills in a date with no time, or one at exactly midnight (sheets
 *   often write date columns as "03/10/2026 00:00"); a date with another time of its own is
 *   refused rather than one of the two picked.
 */
export function readDateCell(cell: Cell, order: DateOrder | null, time: Cell = null): Read {
  const read = readDayCell(cell, order);
  if ('reason' in read) return read;
  const hasTimeCell = !isBlank(time);
  const text = hasTimeCell ? `${cellText(cell)} ${cellText(time)}` : cellText(cell);
  if ('instant' in read) {
    return hasTimeCell ? { reason: say('importing.date.ownZone', { text: cellText(cell) }) } : { value: read.instant };
  }
  let { clock } = read;
  if (hasTimeCell) {
    const own = readTimeCell(time);
    if ('reason' in own) return own;
    if (clock && !sameClock(clock, { h: 0, mi: 0, s: 0 }) && !sameClock(clock, own)) {
      return { reason: say('importing.date.twoTimes', { text: cellText(cell), time: cellText(time) }) };
    }
    clock = own;
  }
  const instant = localInstant(read.day, clock);
  return instant === GAP ? gapReason(text) : { value: instant };
}

/** readDateCell for text in the import's chosen format (ISO only, or day- or month-first besides). */

/**
 * An instant as the shop's wall-clock time, `2026-10-03T14:05:00`. By hand rather than with
 * date-fns' format, which took 1.5 s of a 100,000-incident export (four dates a row).
 */
export function formatLocal(instant: string): string {
  const d = new Date(instant);
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
