// The headline figures as the report prints them, each with its change from the month before.
import type { MonthFigures } from '../../../shared/schemas/figures';
import { DASH, npsText, pct } from '../patterns/figures';

export interface Formatters {
  count: (n: number) => string;
  money: (minor: number) => string;
}

export interface HeadlineFigure {
  label: string;
  value: string;
  /** "+12", "−5 pts", "no change", or null when either month has nothing to compare. */
  change: string | null;
  /** Whether the change is good news, so the words can say so (colour alone cannot, in black and white). */
  better: boolean | null;
}

const MINUS = '−';
const signed = (n: number, text: (abs: number) => string) => (n === 0 ? 'no change' : `${n > 0 ? '+' : MINUS}${text(Math.abs(n))}`);

function minutes(n: number | null): string {
  if (n === null) return DASH;
  if (n < 60) return `${n} min`;
  const h = Math.floor(n / 60);
  return n % 60 === 0 ? `${h} h` : `${h} h ${n % 60} min`;
}

type Kind = 'count' | 'share' | 'minutes' | 'money' | 'nps' | 'rate';

function row(label: string, kind: Kind, now: number | null, before: number | null, higherIsBetter: boolean, f: Formatters): HeadlineFigure {
  const value =
    now === null
      ? DASH
      : kind === 'count'
        ? f.count(now)
        : kind === 'share'
          ? pct(now)
          : kind === 'minutes'
            ? minutes(now)
            : kind === 'money'
              ? f.money(now)
              : kind === 'nps'
                ? npsText(now)
                : (Math.round(now * 10) / 10).toString();
  if (now === null || before === null) return { label, value, change: null, better: null };
  const diff =
    kind === 'share' ? Math.round(now * 100) - Math.round(before * 100) : kind === 'rate' ? Math.round((now - before) * 10) / 10 : now - before;
  const change =
    kind === 'share'
      ? signed(diff, (d) => `${d} pts`)
      : kind === 'minutes'
        ? signed(diff, (d) => minutes(d))
        : kind === 'money'
          ? signed(diff, (d) => f.money(d))
          : signed(diff, (d) => (kind === 'count' ? f.count(d) : String(d)));
  return { label, value, change, better: diff === 0 ? null : diff > 0 === higherIsBetter };
}

export function headlineFigures(now: MonthFigures, before: MonthFigures, f: Formatters): HeadlineFigure[] {
  return [
    row('Incidents', 'count', now.incidents, before.incidents, false, f),
    row('Per 1,000 transactions', 'rate', now.per_1000_transactions, before.per_1000_transactions, false, f),
    row('Resolved same day', 'share', now.resolved_same_day_share, before.resolved_same_day_share, true, f),
    row('Median time to resolve', 'minutes', now.median_minutes_to_resolve, before.median_minutes_to_resolve, false, f),
    row('Follow-ups kept', 'share', now.follow_ups_kept_share, before.follow_ups_kept_share, true, f),
    row('Overdue follow-ups (now)', 'count', now.overdue_follow_ups, null, false, f),
    row('Compensation', 'money', now.compensation_total, before.compensation_total, false, f),
    row('Vouchers given', 'count', now.vouchers_given, before.vouchers_given, false, f),
    // Of the month's vouchers, those back by the time the report is printed.
    row('Vouchers redeemed', 'count', now.vouchers_redeemed, before.vouchers_redeemed, true, f),
    row('NPS before', 'nps', now.nps_before, before.nps_before, true, f),
    row('NPS after', 'nps', now.nps_after, before.nps_after, true, f),
    row('NPS lift', 'nps', now.nps_lift, before.nps_lift, true, f),
    row('Recovery rate', 'share', now.recovery_rate, before.recovery_rate, true, f),
    row('Retention', 'share', now.retention, before.retention, true, f),
    row('Repeat customers (90 days)', 'count', now.repeat_customers, before.repeat_customers, false, f),
  ];
}
