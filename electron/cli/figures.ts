import { version } from '../../package.json';
import { COMPENSATION_KIND_LABELS } from '../../shared/domain';
import { formatMoney } from '../../shared/format';
import { AppError } from '../../shared/result';
import type { MonthFigures } from '../../shared/schemas/figures';
import { openCore } from '../main/core/app';
import { getSettings } from '../main/core/repos/settings';
import { dispatch } from '../main/core/rpc/dispatch';
import { resolveDatabasePath } from '../main/core/paths';

const dash = '–';

/** The figures as a person reads them: labels on the left, the shop's own number format. */
function table(f: MonthFigures, money: (minor: number) => string, locale: string): string {
  const pct = (x: number | null) => (x === null ? dash : `${Math.round(x * 100)}%`);
  const num = (x: number | null) => (x === null ? dash : x.toLocaleString(locale));
  const signed = (x: number | null) => (x === null ? dash : x > 0 ? `+${x}` : String(x));
  const rows: [string, string][] = [
    ['Period', `${f.period.from} to ${f.period.to}`],
    ['Incidents', num(f.incidents)],
    ['Per 1,000 transactions', num(f.per_1000_transactions)],
    ['Resolved the same day', pct(f.resolved_same_day_share)],
    ['Median time to resolve', f.median_minutes_to_resolve === null ? dash : `${num(f.median_minutes_to_resolve)} min`],
    ['Follow-ups due', num(f.follow_ups_due)],
    ['Follow-ups kept', pct(f.follow_ups_kept_share)],
    ['Overdue follow-ups (now)', num(f.overdue_follow_ups)],
    ['Compensation', money(f.compensation_total)],
    ...Object.entries(f.compensation_by_kind).map(
      ([kind, cost]): [string, string] => [`  ${COMPENSATION_KIND_LABELS[kind as keyof typeof COMPENSATION_KIND_LABELS]}`, money(cost ?? 0)],
    ),
    ...(f.compensation_over_allowance_unapproved > 0
      ? [['  of which over allowance, not approved', money(f.compensation_over_allowance_unapproved)] as [string, string]]
      : []),
    ['Vouchers given', num(f.vouchers_given)],
    ['  of which redeemed (by now)', num(f.vouchers_redeemed)],
    ['NPS before → after', `${signed(f.nps_before)} → ${signed(f.nps_after)} (lift ${signed(f.nps_lift)})`],
    ['Recovery rate', pct(f.recovery_rate)],
    ['Retention', pct(f.retention)],
    ['Repeat customers (within 90 days)', num(f.repeat_customers)],
    ['Recurring causes', f.recurring.join(', ') || dash],
    ['Rising causes', f.rising.join(', ') || dash],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  if (f.top_root_causes.length > 0) {
    lines.push('', 'Top root causes (incidents, cumulative share, compensation)');
    for (const c of f.top_root_causes.slice(0, 10)) {
      lines.push(`  ${c.root_cause.padEnd(40)} ${String(c.incidents).padStart(6)}  ${pct(c.cumulative_share).padStart(4)}  ${money(c.compensation)}`);
    }
  }
  return lines.join('\n');
}

export async function figuresCommand(dbFlag: string | undefined, opts: { month: string; json?: boolean }): Promise<void> {
  const core = openCore({ databasePath: resolveDatabasePath(dbFlag), version, readonly: true });
  try {
    const result = await dispatch(core.handlers, 'figures.month', { month: opts.month });
    if (!result.ok) throw new AppError(result.code, result.message);
    const figures = result.value as MonthFigures;
    if (opts.json) {
      console.log(JSON.stringify(figures, null, 2));
      return;
    }
    const { currency, locale } = getSettings(core.db);
    console.log(table(figures, (minor) => formatMoney(minor, { currency, locale }), locale));
  } finally {
    core.close();
  }
}
