import { version } from '../../package.json';
import type { CompensationKind } from '../../shared/domain';
import { formatMoney } from '../../shared/format';
import { AppError } from '../../shared/result';
import type { MonthFigures } from '../../shared/schemas/figures';
import { openCore } from '../main/core/app';
import { getSettings } from '../main/core/repos/settings';
import { dispatch } from '../main/core/rpc/dispatch';
import { resolveDatabasePath } from '../main/core/paths';
import { KIND } from '../../shared/i18n/labelIds';
import { say } from './say';

const dash = '–';


/** The figures as a person reads them: labels on the left (the terminal's language), the shop's own number format. */
function table(f: MonthFigures, money: (minor: number) => string, locale: string): string {
  const pct = (x: number | null) => (x === null ? dash : `${Math.round(x * 100)}%`);
  const num = (x: number | null) => (x === null ? dash : x.toLocaleString(locale));
  const signed = (x: number | null) => (x === null ? dash : x > 0 ? `+${x}` : String(x));
  const rows: [string, string][] = [
    [say('cli.figures.period'), say('cli.figures.periodValue', { from: f.period.from, to: f.period.to })],
    [say('report.figure.incidents'), num(f.incidents)],
    [say('report.figure.per1000', { thousand: num(1000) }), num(f.per_1000_transactions)],
    [say('cli.figures.resolvedSameDay'), pct(f.resolved_same_day_share)],
    [say('report.figure.medianToResolve'), f.median_minutes_to_resolve === null ? dash : say('report.figure.minutes', { minutes: num(f.median_minutes_to_resolve) })],
    [say('cli.figures.followUpsDue'), num(f.follow_ups_due)],
    [say('report.figure.followUpsKept'), pct(f.follow_ups_kept_share)],
    [say('report.figure.overdueFollowUps'), num(f.overdue_follow_ups)],
    [say('report.figure.compensation'), money(f.compensation_total)],
    ...Object.entries(f.compensation_by_kind).map(([kind, cost]): [string, string] => [`  ${say(KIND[kind as CompensationKind])}`, money(cost ?? 0)]),
    ...(f.compensation_over_allowance_unapproved > 0
      ? [[`  ${say('cli.figures.overAllowance')}`, money(f.compensation_over_allowance_unapproved)] as [string, string]]
      : []),
    [say('report.figure.vouchersGiven'), num(f.vouchers_given)],
    [`  ${say('cli.figures.vouchersRedeemed')}`, num(f.vouchers_redeemed)],
    [say('patterns.recovery.npsBeforeAfter'), say('cli.figures.npsValue', { before: signed(f.nps_before), after: signed(f.nps_after), lift: signed(f.nps_lift) })],
    [say('report.figure.recoveryRate'), pct(f.recovery_rate)],
    [say('report.figure.retention'), pct(f.retention)],
    [say('cli.figures.repeatCustomers'), num(f.repeat_customers)],
    [say('cli.figures.recurringCauses'), f.recurring.join(', ') || dash],
    [say('cli.figures.risingCauses'), f.rising.join(', ') || dash],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  if (f.top_root_causes.length > 0) {
    lines.push('', say('cli.figures.topRootCauses'));
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
