// The monthly report's data and address, shared by the report page (renderer) and its printers (main, CLI).
import { endOfMonth, format, parse, startOfMonth, subMonths } from 'date-fns';
import { z } from 'zod';
import type { Request, Response } from './contract';
import { instantRangeOfDays } from './days';
import { isMonth } from './month';
import type { IncidentRow } from './schemas/incident';
import type { Period } from './schemas/patterns';
import type { ReadChannel } from './topics';

/** Who the report is for: the external edition names no staff; the internal one is for the team only. */
export const EDITIONS = ['external', 'internal'] as const;
export const EditionEnum = z.enum(EDITIONS);
export type Edition = z.infer<typeof EditionEnum>;
/** What a report is when nobody says: the one that can leave the shop. */
export const DEFAULT_EDITION: Edition = 'external';

/** An edition from an address, a form or a flag: anything not an edition is the default. */
export const readEdition = (value: string | null | undefined): Edition => EditionEnum.safeParse(value).data ?? DEFAULT_EDITION;

export interface ReportParams {
  month: string | null;
  edition: Edition;
}

/** The report page, relative to the built renderer's root: `report.html?month=2026-10&edition=internal`. */
export const reportPagePath = (month: string, edition: Edition) => `report.html?month=${encodeURIComponent(month)}&edition=${edition}`;

/** Read back from the page's address (an unknown edition is the default one). */
export function readReportParams(search: string): ReportParams {
  const params = new URLSearchParams(search);
  const month = params.get('month');
  return { month: isMonth(month) ? month : null, edition: readEdition(params.get('edition')) };
}

/** Where a printer that already has the data leaves it for the page (set before the page's scripts run). */
export const HANDED_REPORT_DATA = '__makegoodReportData';

/** A read channel call that returns the value or throws: the report only reads. */
export type ReportCall = <C extends ReadChannel>(channel: C, request: Request<C>) => Promise<Response<C>>;

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
  /** Done within the month. */
  lessonsDone: Response<'lessons.list'>;
  /** Proposed or in progress, soonest due first (the server's order). */
  lessonsOpen: Response<'lessons.list'>;
  incidents: IncidentRow[];
  staff: Response<'staff.list'>;
  categories: Response<'categories.list'>;
  rootCauses: Response<'rootCauses.list'>;
}

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/** The month's incidents, newest first, paged through with the cursor (3,000 take six calls). */
async function allIncidents(call: ReportCall, filter: { from: string; to: string }): Promise<IncidentRow[]> {
  const rows: IncidentRow[] = [];
  let cursor: Response<'incidents.list'>['nextCursor'] = null;
  do {
    const page: Response<'incidents.list'> = await call('incidents.list', { filter, cursor, limit: 500 });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/**
 * Everything the report shows for `month`, through `call`: the renderer asks over IPC or HTTP, and
 * the CLI's printer asks the core directly while Chromium starts, then hands the result to the page.
 */
export async function loadReportData(month: string, call: ReportCall): Promise<ReportData> {
  const first = parse(month, 'yyyy-MM', new Date());
  const previousMonth = format(subMonths(first, 1), 'yyyy-MM');
  const period = { from: day(startOfMonth(first)), to: day(endOfMonth(first)) };
  const range = instantRangeOfDays(period);
  const [settings, figures, previous, pareto, trend, callouts, compensation, lessonsDone, lessonsOpen, incidents, staff, categories, rootCauses] =
    await Promise.all([
      call('settings.get', {}),
      call('figures.month', { month }),
      call('figures.month', { month: previousMonth }),
      call('patterns.pareto', period),
      call('patterns.trend', { from: day(startOfMonth(subMonths(first, 5))), to: period.to }),
      call('patterns.callouts', period),
      call('compensations.month', { month }),
      call('lessons.list', { filter: { status: 'done', doneFrom: range.from, doneTo: range.to } }),
      call('lessons.list', { filter: { open: true } }),
      allIncidents(call, range),
      call('staff.list', {}),
      call('categories.list', {}),
      call('rootCauses.list', {}),
    ]);
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
    lessonsDone,
    lessonsOpen,
    incidents,
    staff,
    categories,
    rootCauses,
  };
}
