// Everything the monthly report shows, from the existing channels, in one load.
import { endOfMonth, format, parse, startOfMonth, subMonths } from 'date-fns';
import type { Response } from '../../../shared/contract';
import type { IncidentRow } from '../../../shared/schemas/incident';
import type { Period } from '../../../shared/schemas/patterns';
import { call } from '../api/call';

export type Edition = 'external' | 'internal';

export interface ReportData {
  month: string;
  previousMonth: string;
  period: Period;
  settings: Response<'settings.get'>;
  figures: Response<'figures.month'>;
  previous: Response<'figures.month'>;
  pareto: Response<'patterns.pareto'>;
  /** Six months ending with this one, by month: "is it getting better". */
  trend: Response<'patterns.trend'>;
  callouts: Response<'patterns.callouts'>;
  compensation: Response<'compensations.month'>;
  lessonsDone: Response<'lessons.list'>;
  lessonsOpen: Response<'lessons.list'>;
  incidents: IncidentRow[];
  staff: Response<'staff.list'>;
  categories: Response<'categories.list'>;
  rootCauses: Response<'rootCauses.list'>;
}

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/** The month's incidents, newest first, paged through with the cursor (3,000 take six calls). */
async function allIncidents(from: Date, to: Date): Promise<IncidentRow[]> {
  const filter = { from: from.toISOString(), to: to.toISOString() };
  const rows: IncidentRow[] = [];
  let cursor: Response<'incidents.list'>['nextCursor'] = null;
  do {
    const page: Response<'incidents.list'> = await call('incidents.list', { filter, cursor, limit: 500 });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

export async function loadReport(month: string): Promise<ReportData> {
  const first = parse(month, 'yyyy-MM', new Date());
  const previousMonth = format(subMonths(first, 1), 'yyyy-MM');
  const period = { from: day(startOfMonth(first)), to: day(endOfMonth(first)) };
  const nextMonthStart = startOfMonth(subMonths(first, -1));
  const [settings, figures, previous, pareto, trend, callouts, compensation, lessons, incidents, staff, categories, rootCauses] =
    await Promise.all([
      call('settings.get', {}),
      call('figures.month', { month }),
      call('figures.month', { month: previousMonth }),
      call('patterns.pareto', period),
      call('patterns.trend', { from: day(startOfMonth(subMonths(first, 5))), to: period.to }),
      call('patterns.callouts', period),
      call('compensations.month', { month }),
      call('lessons.list', { filter: {} }),
      allIncidents(startOfMonth(first), nextMonthStart),
      call('staff.list', {}),
      call('categories.list', {}),
      call('rootCauses.list', {}),
    ]);
  const inMonth = (iso: string | null) => iso !== null && iso >= startOfMonth(first).toISOString() && iso < nextMonthStart.toISOString();
  return {
    month,
    previousMonth,
    period,
    settings,
    figures,
    previous,
    pareto,
    trend,
    callouts,
    compensation,
    lessonsDone: lessons.filter((l) => l.status === 'done' && inMonth(l.doneAt)),
    lessonsOpen: lessons
      .filter((l) => l.status === 'proposed' || l.status === 'in_progress')
      .sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999')),
    incidents,
    staff,
    categories,
    rootCauses,
  };
}
