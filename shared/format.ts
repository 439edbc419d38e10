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

/** A decimal amount as typed ("12.5", "12,50") → integer minor units, or null if it is not a number. */
export function parseMoney(text: string, currency: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '');
  if (cleaned === '') return 0;
  // Accept either decimal mark: the last '.' or ',' followed by 1–3 digits is the decimal point.
  const m = /^(\d+(?:[.,]\d{3})*|\d+)(?:[.,](\d{1,3}))?$/.exec(cleaned);
  if (!m) return null;
  const whole = (m[1] ?? '0').replace(/[.,]/g, '');
  const digits = currencyDigits(currency);
  const frac = (m[2] ?? '').padEnd(digits, '0');
  if (frac.length > digits) return null;
  return Number(whole) * 10 ** digits + (digits > 0 ? Number(frac) : 0);
}

/** Minor units → plain decimal text for an input ("12.50"). */
export function moneyToInput(minor: number, currency: string): string {
  return minorToDecimal(minor, currencyDigits(currency));
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
