// Which way round a file writes its dates, settled from the values themselves: 13/10/2026 can
// only be day-first, 10/13/2026 only month-first, 2026-10-13 is year-first (ISO). An import
// streams its rows, so the detector is fed one value at a time and keeps only counts and the
// first line of each kind of evidence, to name it when the file disagrees with itself.
import type { Cell } from './sources/types';

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** One kind of evidence: how many values showed it, and the first (its line and text). */
export interface DateEvidence {
  count: number;
  line: number;
  text: string;
}

export type DateOrderResult =
  /** Settled. ISO dates beside day-first ones are no conflict: ISO is read whatever the order. */
  | { order: DateOrder }
  /** Every value reads both ways (03/10/2026); `first` is one of them, for the question to show. */
  | { ambiguous: DateOrder[]; first: DateEvidence }
  /** Nothing in the values is a numeric date (month names, workbook dates, or no values). */
  | { none: true }
  /** Some values can only be day-first and others only month-first: the file mixes both. */
  | { conflict: { dmy: DateEvidence; mdy: DateEvidence } };

type Kind = DateOrder | 'either';

// A numeric date at the start of a value (a time may follow).
const NUMERIC_DATE = /^\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?!\d)/;

/** What one value says about the order, or null when it says nothing. */
export function dateOrderEvidence(text: string): Kind | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [, a = '', b = '', y = ''] = m;
  if (a.length === 4) return 'ymd';
  if (y.length !== 2 && y.length !== 4) return null;
  const [first, second] = [Number(a), Number(b)];
  if (first > 12 && first <= 31 && second >= 1 && second <= 12) return 'dmy';
  if (second > 12 && second <= 31 && first >= 1 && first <= 12) return 'mdy';
  // 05/05/2026 reads the same both ways: it needs no answer.
  if (first >= 1 && first <= 12 && second >= 1 && second <= 12 && first !== second) return 'either';
  return null;
}

export class DateOrderDetector {
  private readonly seen = new Map<Kind, DateEvidence>();

  /** One date cell's value and its line. Only text says anything: a workbook's dates and numbers have no order. */
  add(cell: Cell, line: number): void {
    if (typeof cell !== 'string') return;
    const kind = dateOrderEvidence(cell);
    if (kind === null) return;
    const known = this.seen.get(kind);
    if (known) known.count += 1;
    else this.seen.set(kind, { count: 1, line, text: cell.trim() });
  }

  result(): DateOrderResult {
    const { seen } = this;
    const dmy = seen.get('dmy');
    const mdy = seen.get('mdy');
    if (dmy && mdy) return { conflict: { dmy: { ...dmy }, mdy: { ...mdy } } };
    if (dmy) return { order: 'dmy' };
    if (mdy) return { order: 'mdy' };
    const either = seen.get('either');
    if (either) return { ambiguous: ['dmy', 'mdy'], first: { ...either } };
    if (seen.has('ymd')) return { order: 'ymd' };
    return { none: true };
  }
}

/** detectDateOrder over values with no lines to name (their place in the list, from 1, stands in). */
export function detectDateOrder(texts: Iterable<string>): DateOrderResult {
  const detector = new DateOrderDetector();
  let at = 0;
  for (const text of texts) detector.add(text, ++at);
  return detector.result();
}

/** The order the shop's locale writes dates in (en-US month-first, de-DE day-first, …), for a file that does not say. */
export function localeDateOrder(locale: string): DateOrder {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2026, 9, 3));
  } catch {
    return 'dmy';
  }
  const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type[0]).join('');
  return order === 'mdy' ? 'mdy' : order === 'ymd' ? 'ymd' : 'dmy';
}
