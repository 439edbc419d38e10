import type { DATE_FORMATS } from '../../../../shared/schemas/data';

export type DateFormat = (typeof DATE_FORMATS)[number];

const FORMAT_EXAMPLES: Record<DateFormat, string> = {
  iso: '2026-10-03 or 2026-10-03T14:05',
  dmy: '03/10/2026 or 03/10/2026 14:05',
  mdy: '10/03/2026 or 10/03/2026 2:05 PM',
};

// ISO: a date, optionally a time (T or a space), optionally seconds and a fraction, optionally a zone.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
// Day-first or month-first: 3/10/2026, 03.10.2026 14:05, 10-03-2026 2:05:09 PM.
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether the calendar has that day and time at all: 31/02 rolls over into March, so refuse it rather than guess. */
function calendarHas(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** A wall-clock time the clocks skipped when they went forward. */
const GAP = 'gap';

/**
 * A local wall-clock time → the instant, null when the calendar has no such day or time, or GAP
 * when this computer's clock skipped it. Date moves a skipped time on by the gap (02:30 becomes
 * 03:30) and would store a time nobody wrote, so a time is refused; a date alone keeps its day
 * (where a zone moves its clocks at midnight, the day then starts at 01:00).
 *
 * A time in the hour the clocks go back happens twice; the text has no offset to say which, and
 * Date takes the first, as spreadsheets do. That one is kept: refusing every autumn evening would
 * be worse, and an export of the second writes the same text, so export→import→export is still
 * byte-identical (the instant moves back by the hour, which the file cannot carry).
 */
function localInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, hasTime: boolean): Date | null | typeof GAP {
  if (!calendarHas(y, mo, d, h, mi, s)) return null;
  const date = new Date(y, mo - 1, d, h, mi, s);
  if (hasTime && (date.getDate() !== d || date.getHours() !== h || date.getMinutes() !== mi || date.getSeconds() !== s)) return GAP;
  return date;
}

function readIso(text: string): Date | null | typeof GAP {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (zone) {
    // A written zone is an exact instant, whatever this computer's clock did: check the parts, then let Date read it.
    if (!calendarHas(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0))) return null;
    const iso = `${y}-${mo}-${d}T${pad(Number(h))}:${mi}:${s ?? '00'}${zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
    const date = new Date(iso);
    return Number.isNaN(+date) ? null : date;
  }
  return localInstant(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), h !== undefined);
}

function readNumeric(text: string, dayFirst: boolean): Date | null | 'short-year' | typeof GAP {
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const [, a, b, y, h, mi, s, ampm] = m;
  if (y?.length !== 4) return 'short-year';
  let hour = Number(h ?? 0);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = ampm.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const [day, month] = dayFirst ? [Number(a), Number(b)] : [Number(b), Number(a)];
  return localInstant(Number(y), month, day, hour, Number(mi ?? 0), Number(s ?? 0), h !== undefined);
}

const gapReason = (text: string) => ({ reason: `“${text}” does not exist on this computer's clock: the clocks went forward that night; write the time the clock showed` });

/**
 * A date cell → the instant it means, read as local time (the shop's clock), or the reason it
 * cannot be read. ISO dates are always understood; the chosen format adds day- or month-first.
 */
export function readDate(text: string, dateFormat: DateFormat): { value: Date } | { reason: string } {
  const iso = readIso(text);
  if (iso === GAP) return gapReason(text);
  if (iso) return { value: iso };
  if (dateFormat !== 'iso') {
    const numeric = readNumeric(text, dateFormat === 'dmy');
    if (numeric === 'short-year') return { reason: `“${text}” has a two-digit year; write the year in full (2026)` };
    if (numeric === GAP) return gapReason(text);
    if (numeric) return { value: numeric };
  }
  return { reason: `“${text}” is not a date in the chosen format (${FORMAT_EXAMPLES[dateFormat]})` };
}

/**
 * An instant as the shop's wall-clock time, `2026-10-03T14:05:00`. By hand rather than with
 * date-fns' format, which took 1.5 s of a 100,000-incident export (four dates a row).
 */
export function formatLocal(instant: string): string {
  const d = new Date(instant);
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
