// The headline figures as the report prints them, each with its change from the month before.
import type { MonthFigures } from '../../../shared/schemas/figures';
import { DASH, npsText, pct } from '../patterns/figures';
import type { Translate } from '../patterns/readings';

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

/** How a figure's change reads after it: ", better", ", worse" or nothing (a select in the messages). */
export const verdict = (x: HeadlineFigure) => (x.better === null ? 'none' : x.better ? 'better' : 'worse');

const MINUS = '−';
const signed = (n: number, text: (abs: number) => string, t: Translate) =>
  n === 0 ? t('report.figure.noChange') : `${n > 0 ? '+' : MINUS}${text(Math.abs(n))}`;

function minutes(n: number | null, f: Formatters, t: Translate): string {
  if (n === null) return DASH;
  if (n < 60) return t('report.figure.minutes', { minutes: f.count(n) });
  const h = f.count(Math.floor(n / 60));
  return n % 60 === 0 ? t('report.figure.hours', { hours: h }) : t('report.figure.hoursMinutes', { hours: h, minutes: f.count(n % 60) });
}

type Kind = 'count' | 'share' | 'minutes' | 'money' | 'nps' | 'rate';

function row(label: string, kind: Kind, now: number | null, before: number | null, higherIsBetter: boolean, f: Formatters, t: Translate): HeadlineFigure {
  const value =
    now === null
      ? DASH
      : kind === 'count'
        ? f.count(now)
        : kind === 'share'
          ? pct(now)
          : kind === 'minutes'
            ? minutes(now, f, t)
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
      ? signed(diff, (d) => t('report.figure.points', { points: String(d) }), t)
      : kind === 'minutes'
        ? signed(diff, (d) => minutes(d, f, t), t)
        : kind === 'money'
          ? signed(diff, (d) => f.money(d), t)
          : signed(diff, (d) => (kind === 'count' ? f.count(d) : String(d)), t);
  return { label, value, change, better: diff === 0 ? null : diff > 0 === higherIsBetter };
}

export function headlineFigures(now: MonthFigures, before: MonthFigures, f: Formatters, t: Translate): HeadlineFigure[] {
  return [
    row(t('report.figure.incidents'), 'count', now.incidents, before.incidents, false, f, t),
    row(t('report.figure.per1000', { thousand: f.count(1000) }), 'rate', now.per_1000_transactions, before.per_1000_transactions, false, f, t),
    row(t('report.figure.resolvedSameDay'), 'share', now.resolved_same_day_share, before.resolved_same_day_share, true, f, t),
    row(t('report.figure.medianToResolve'), 'minutes', now.median_minutes_to_resolve, before.median_minutes_to_resolve, false, f, t),
    row(t('report.figure.followUpsKept'), 'share', now.follow_ups_kept_share, before.follow_ups_kept_share, true, f, t),
    row(t('report.figure.overdueFollowUps'), 'count', now.overdue_follow_ups, null, false, f, t),
    row(t('report.figure.compensation'), 'money', now.compensation_total, before.compensation_total, false, f, t),
    row(t('report.figure.vouchersGiven'), 'count', now.vouchers_given, before.vouchers_given, false, f, t),
    // Of the month's vouchers, those back by the time the report is printed.
    row(t('report.figure.vouchersRedeemed'), 'count', now.vouchers_redeemed, before.vouchers_redeemed, true, f, t),
    row(t('report.figure.npsBefore'), 'nps', now.nps_before, before.nps_before, true, f, t),
    row(t('report.figure.npsAfter'), 'nps', now.nps_after, before.nps_after, true, f, t),
    row(t('report.figure.npsLift'), 'nps', now.nps_lift, before.nps_lift, true, f, t),
    row(t('report.figure.recoveryRate'), 'share', now.recovery_rate, before.recovery_rate, true, f, t),
    row(t('report.figure.retention'), 'share', now.retention, before.retention, true, f, t),
    row(t('report.figure.repeatCustomers'), 'count', now.repeat_customers, before.repeat_customers, false, f, t),
  ];
}
