// Reading an amount of money from a cell: the file's own decimal mark ("4,50", "1.234,56",
// "1,234.56"), a currency symbol or code on either side ("€4.50", "4,50 €", "EUR 4.50"), or a
// workbook's number. Amounts are integer minor units from here on; floats never reach the store.
import { currencyDigits, numberMarks } from '../../../../shared/format';
import { say } from '../i18n/speak';
import { cellText } from './cells';
import type { Cell } from './sources/types';

export type DecimalMark = ',' | '.';

/** Spaces of every width and apostrophes group thousands (1 234,56; 1'234.56): they carry nothing. */
const GROUP_SPACES = /[\s\u00a0\u202f'’]/gu;
const SIGN = /^[-−–]|[-−–]$/u;
// A currency symbol or code at either end: "€", "US$", "CHF", "Fr.", "kr", "zł".
const LEADING = /^(\p{L}+\.(?=[\s\d])|[^\d\s.,()\-−–+'’]+)/u;
const TRAILING = /(\p{L}+\.?|[^\d\s.,()\-−–+'’]+)$/u;

interface Parts {
  body: string;
  negative: boolean;
  currency: string | null;
}

/** The number part of an amount, with the sign and the currency marks taken off either end; null when a currency appears twice. */
function strip(text: string): Parts | null {
  let body = text.trim();
  let negative = false;
  let currency: string | null = null;
  for (;;) {
    body = body.trim();
    const paren = /^\((.*)\)$/su.exec(body);
    if (paren) {
      // (4.50) is how accounts write a negative amount.
      negative = true;
      body = paren[1]!;
      continue;
    }
    if (SIGN.test(body)) {
      negative = true;
      body = body.replace(SIGN, '');
      continue;
    }
    if (body.startsWith('+')) {
      body = body.slice(1);
      continue;
    }
    const mark = LEADING.exec(body) ?? TRAILING.exec(body);
    if (!mark || mark[0] === body) break;
    if (currency !== null) return null;
    currency = mark[0].replace(/\.$/, '');
    body = mark.index === 0 ? body.slice(mark[0].length) : body.slice(0, mark.index);
  }
  return { body: body.replace(GROUP_SPACES, ''), negative, currency };
}

const groupedBy = (mark: string) => new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`);
const count = (s: string, c: string) => s.split(c).length - 1;

/**
 * What the number's marks say about the decimal mark: ',' or '.' when only one reading is
 * possible, 'either' for one mark before exactly three digits ("1,234", "1.234": a decimal with
 * three places, or a thousands group), null when it has no mark or cannot be a number.
 */
function decimalEvidence(body: string): DecimalMark | 'either' | null {
  const commas = count(body, ',');
  const points = count(body, '.');
  if (commas > 0 && points > 0) return body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  const mark = commas > 0 ? ',' : points > 0 ? '.' : null;
  if (mark === null) return null;
  if (count(body, mark) > 1) return mark === ',' ? '.' : ',';
  const [before = '', after = ''] = body.split(mark);
  return after.length === 3 && /^[1-9]\d{0,2}$/.test(before) ? 'either' : mark;
}

/** Every currency (ISO code) a symbol or code stands for: "$" is USD, CAD, AUD…, "¥" JPY and CNY, "US$" USD. */
let symbols: Map<string, string[]> | null = null;
function currenciesOf(mark: string): string[] | undefined {
  if (!symbols) {
    const map = new Map<string, string[]>();
    const add = (symbol: string, code: string) => {
      const key = symbol.toUpperCase();
      const codes = map.get(key) ?? map.set(key, []).get(key)!;
      if (!codes.includes(code)) codes.push(code);
    };
    // Built once, from what Intl writes for each currency in English: its own symbol first ("£" is
    // GBP's), so a message names that one, then the narrow symbols others share ("£" for GIP too).
    for (const currencyDisplay of ['code', 'symbol', 'narrowSymbol'] as const) {
      for (const code of Intl.supportedValuesOf('currency')) {
        const part = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay }).formatToParts(1).find((p) => p.type === 'currency');
        if (part) add(part.value, code);
      }
    }
    for (const [symbol, code] of [['US$', 'USD'], ['Fr', 'CHF'], ['SFr', 'CHF'], ['kr', 'SEK'], ['kr', 'NOK'], ['kr', 'DKK'], ['kr', 'ISK'], ['￥', 'JPY'], ['￥', 'CNY'], ['元', 'CNY'], ['円', 'JPY']] as const) add(symbol, code);
    symbols = map;
  }
  return symbols.get(mark.toUpperCase());
}

/** A currency as a message names it: its code, or for "$" any of the dollars. */
const naming = (mark: string, codes: string[]) => (mark === '$' ? say('importing.amount.dollars', { codes: codes.slice(0, 3).join(', ') }) : codes[0]!);

const plainShapes = new Map<number, RegExp>();
const plainOf = (digits: number) => plainShapes.get(digits) ?? plainShapes.set(digits, new RegExp(`^\\d+\\.\\d{${digits}}$`)).get(digits)!;
const digitsOf = new Map<string, number>();
// Intl is slow to build: once per currency, not once per row.
const digitsFor = (currency: string) => digitsOf.get(currency) ?? digitsOf.set(currency, currencyDigits(currency)).get(currency)!;

/** The shop's locale's decimal mark, where it is one of the two a file can use. */
export const localeDecimalMark = (locale: string): DecimalMark => (numberMarks(locale).decimal === ',' ? ',' : '.');

export type AmountRead = { minor: number } | { reason: string };

/**
 * A cost cell → integer minor units of the shop's currency, or the reason it cannot be read.
 *
 * - Text: the decimal mark is whichever of ',' and '.' comes last when both appear ("1.234,56"),
 *   the other one when one of them repeats ("1.234.567"), and a lone mark before 1, 2 or 4+
 *   digits ("4,50", "4.5"). One mark before exactly three digits ("1,234") can be either: it is
 *   read with `fileMark` (what the file's other amounts settled, DecimalMarkDetector), else the
 *   shop's locale; a currency with three decimals (KWD) reads "12.500" as the export writes it.
 * - A currency symbol or code on either side must be the shop's ("$" is any dollar). Another is
 *   refused, naming it: importing pounds as euros would be a wrong figure, not a conversion.
 * - A workbook's number is taken as it is, rounded to the currency's minor unit only past
 *   floating-point noise: a real extra decimal is refused, as typed text is.
 * - Negative amounts are refused: a compensation cost what it cost, 0 or more.
 */
export function readAmount(cell: Cell, currency: string, locale: string, fileMark: DecimalMark | null = null): AmountRead {
  const digits = digitsFor(currency);
  // The export's own shape ("12.50"): read at once, as the export meant it.
  if (typeof cell === 'string' && (digits > 0 ? plainOf(digits).test(cell) && (digits !== 3 || fileMark !== ',') : /^\d+$/.test(cell))) {
    return { minor: Number(cell.replace('.', '')) };
  }
  const text = cellText(cell);
  const example = digits > 0 ? `12.${'5'.padEnd(digits, '0')}` : '1250';
  // Written only when the cell is refused: most cells are read, and a sentence costs more than the read.
  const notAmount = () => ({ reason: say('importing.amount.notAmount', { text, example }) });
  const negative = () => ({ reason: say('importing.amount.negative', { text }) });
  const tooPrecise = (places: number) => ({ reason: say('importing.amount.tooPrecise', { text, currency, places, digits: String(digits) }) });
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return notAmount();
    if (cell < 0) return negative();
    const scaled = cell * 10 ** digits;
    const minor = Math.round(scaled);
    if (Math.abs(scaled - minor) > 1e-6) return tooPrecise((String(cell).split('.')[1] ?? '').length);
    return { minor };
  }
  if (typeof cell !== 'string') return notAmount();
  const parts = strip(cell);
  if (!parts || !/\d/.test(parts.body) || !/^[\d.,]+$/.test(parts.body)) return notAmount();
  if (parts.currency !== null) {
    const codes = currenciesOf(parts.currency);
    if (!codes) return notAmount();
    if (!codes.includes(currency)) return { reason: say('importing.amount.otherCurrency', { text, other: naming(parts.currency, codes), currency }) };
  }
  if (parts.negative) return negative();
  const { body } = parts;
  const evidence = decimalEvidence(body);
  let decimal: DecimalMark | null = evidence === 'either' ? null : evidence;
  if (evidence === 'either') {
    const mark = fileMark ?? (digits === 3 && body.includes('.') ? '.' : localeDecimalMark(locale));
    // "1,234" read with a '.' decimal mark is 1234: the comma groups.
    decimal = body.includes(mark) ? mark : null;
  }
  const at = decimal === null ? -1 : body.lastIndexOf(decimal);
  const whole = at < 0 ? body : body.slice(0, at);
  let fraction = at < 0 ? '' : body.slice(at + 1);
  const group = decimal === ',' ? '.' : ',';
  const wholeOk = whole === '' ? at >= 0 : /^\d+$/.test(whole) || groupedBy(group).test(whole) || (decimal === null && (groupedBy(',').test(whole) || groupedBy('.').test(whole)));
  if (!wholeOk || !/^\d*$/.test(fraction)) return notAmount();
  // Zeros past the currency's decimals say nothing more ("4.500" euros is 4.50).
  if (fraction.length > digits) {
    if (!/^0*$/.test(fraction.slice(digits))) return tooPrecise(fraction.length);
    fraction = fraction.slice(0, digits);
  }
  const minor = Number((whole === '' ? '0' : whole).replace(/\D/g, '')) * 10 ** digits + (digits > 0 ? Number(fraction.padEnd(digits, '0')) : 0);
  return { minor };
}

/** A lone mark's evidence, for the one whose reading is settled. */
export interface MarkEvidence {
  count: number;
  line: number;
  text: string;
}

export type DecimalMarkResult = { mark: DecimalMark } | { none: true } | { conflict: Record<DecimalMark, MarkEvidence> };

/**
 * Which decimal mark a file's amounts use, from the values that can only be read one way
 * ("4,50", "1.234,56", "1,234,567"). Fed one cell at a time as the import streams its rows;
 * keeps only counts and the first line of each.
 */
export class DecimalMarkDetector {
  private readonly seen = new Map<DecimalMark, MarkEvidence>();

  add(cell: Cell, line: number): void {
    if (typeof cell !== 'string') return;
    const parts = strip(cell);
    const evidence = parts && /^[\d.,]+$/.test(parts.body) ? decimalEvidence(parts.body) : null;
    if (evidence !== ',' && evidence !== '.') return;
    const known = this.seen.get(evidence);
    if (known) known.count += 1;
    else this.seen.set(evidence, { count: 1, line, text: cell.trim() });
  }

  result(): DecimalMarkResult {
    const comma = this.seen.get(',');
    const point = this.seen.get('.');
    if (comma && point) return { conflict: { ',': { ...comma }, '.': { ...point } } };
    if (comma) return { mark: ',' };
    if (point) return { mark: '.' };
    return { none: true };
  }
}
