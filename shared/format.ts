// Dates and money the shop's way (Intl with the settings' locale and currency).
// Pure: used by the renderer now and by the PDF later.

export interface ShopFormat {
  locale: string;
  currency: string;
}

const safeLocale = (locale: string): string => {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
};

/** How many minor units make one major unit (JPY 0, USD 2, …). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Integer minor units → exact decimal text ("-12.50"), by integer arithmetic only: no float money. */
export function minorToDecimal(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const base = 10 ** digits;
  const fraction = abs % base;
  return `${sign}${(abs - fraction) / base}.${String(fraction).padStart(digits, '0')}`;
}

/** Integer minor units → "$12.50" / "12,50 €". Intl formats the decimal string exactly. */
export function formatMoney(minor: number, f: ShopFormat): string {
  const decimal = minorToDecimal(minor, currencyDigits(f.currency));
  // NumberFormat.format takes a decimal string as an exact value (ECMA-402 Intl.NumberFormat v3).
  return new Intl.NumberFormat(safeLocale(f.locale), { style: 'currency', currency: f.currency }).format(
    decimal as unknown as number,
  );
}

/** The locale's decimal and grouping marks ("." and "," for en-US; "," and "." for de-DE). */
export function numberMarks(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(safeLocale(locale)).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  // Typed text has no narrow no-break spaces: spaces are removed before reading.
  return { decimal, group: /\s/u.test(group) ? ' ' : group };
}

const GROUPED = /^\d{1,3}(?:[.,']\d{3})+$/;

/**
 * A decimal amount as typed ("12.50"; "12,50" in de-DE; "1,234.50") → integer minor units, or
 * null when it is not an amount or has more decimals than the currency. Read with the shop's
 * decimal mark; the other mark is taken as grouping when it groups by three ("1.000" in
 * de-DE), else as a decimal mark typed out of habit ("12,50" in en-US). Never a float.
 */
export function parseMoney(text: string, currency: string, locale = 'en-US'): number | null {
  const cleaned = text.replace(/\s/gu, '');
  if (cleaned === '') return 0;
  const { decimal } = numberMarks(locale);
  let whole = cleaned;
  let fraction = '';
  const at = cleaned.lastIndexOf(decimal);
  if (at >= 0) {
    whole = cleaned.slice(0, at);
    fraction = cleaned.slice(at + 1);
  } else if (!GROUPED.test(cleaned)) {
    const other = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
    if (other >= 0) {
      whole = cleaned.slice(0, other);
      fraction = cleaned.slice(other + 1);
    }
  }
  if (whole === '' || !(/^\d+$/.test(whole) || GROUPED.test(whole)) || !/^\d*$/.test(fraction)) return null;
  const digits = currencyDigits(currency);
  if (fraction.length > digits) return null;
  return Number(whole.replace(/\D/g, '')) * 10 ** digits + (digits > 0 ? Number(fraction.padEnd(digits, '0')) : 0);
}

/** Minor units → plain decimal text for an input, with the shop's decimal mark ("12,50" in de-DE). */
export function moneyToInput(minor: number, currency: string, locale = 'en-US'): string {
  return minorToDecimal(minor, currencyDigits(currency)).replace('.', numberMarks(locale).decimal);
}

const toDate = (d: Date | string): Date => (typeof d === 'string' ? new Date(d) : d);

export function formatDateTime(d: Date | string, f: Pick<ShopFormat, 'locale'>): string {
  return new Intl.DateTimeFormat(safeLocale(f.locale), { dateStyle: 'medium', timeStyle: 'short' }).format(toDate(d));
}

export function formatDate(d: Date | string, f: Pick<ShopFormat, 'locale'>): string {
  return new Intl.DateTimeFormat(safeLocale(f.locale), { dateStyle: 'medium' }).format(toDate(d));
}

export function formatTime(d: Date | string, f: Pick<ShopFormat, 'locale'>): string {
  return new Intl.DateTimeFormat(safeLocale(f.locale), { timeStyle: 'short' }).format(toDate(d));
}

export function formatCount(n: number, f: Pick<ShopFormat, 'locale'>): string {
  return new Intl.NumberFormat(safeLocale(f.locale)).format(n);
}

/** A short day and month, "2 Oct" / "Oct 2", with the year when asked (another year than now). */
export function formatDayMonth(d: Date | string, f: Pick<ShopFormat, 'locale'>, withYear = false): string {
  return new Intl.DateTimeFormat(safeLocale(f.locale), { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }).format(toDate(d));
}

/** A month's name, "August", with the year when asked. */
export function formatMonthName(d: Date | string, f: Pick<ShopFormat, 'locale'>, withYear = false): string {
  return new Intl.DateTimeFormat(safeLocale(f.locale), { month: 'long', ...(withYear ? { year: 'numeric' } : {}) }).format(toDate(d));
}
