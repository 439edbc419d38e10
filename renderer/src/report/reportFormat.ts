// Formatters for thousands of rows: one Intl object each, made once (making one per cell costs seconds).
import { formatMoney } from '../../../shared/format';
import { clipText } from '../../../shared/text';

export interface ReportFormat {
  locale: string;
  count: (n: number) => string;
  money: (minor: number) => string;
  /** "3 Oct" style short date of an instant or a `YYYY-MM-DD` day, in the shop's locale. */
  day: (iso: string) => string;
  /** Text cut at a word to at most `max` characters, with an ellipsis. */
  short: (text: string, max: number) => string;
}

export function reportFormat(locale: string, currency: string): ReportFormat {
  const counts = new Intl.NumberFormat(locale);
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const money = new Map<number, string>();
  return {
    locale,
    count: (n) => counts.format(n),
    money: (minor) => {
      let s = money.get(minor);
      if (s === undefined) money.set(minor, (s = formatMoney(minor, { locale, currency })));
      return s;
    },
    // A bare day is local midnight, not UTC's.
    day: (iso) => days.format(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00`) : new Date(iso)),
    short: (text, max) => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (t.length <= max) return t;
      const cut = clipText(t, max - 1);
      const space = cut.lastIndexOf(' ');
      return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
    },
  };
}
