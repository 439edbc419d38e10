// A period of local days, `to` included, becomes instants [from, to) in one place (shared/days):
// the journal, the Patterns links into it, the report and the server's figures agree to the millisecond.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantRangeOfDays, instantsOfDays } from '../../shared/days';
import { loadReportData } from '../../shared/report';
import { FILTER_PARAMS, filterFromParams, type FilterParam } from '../../renderer/src/journal/journalFilter';
import { journalLink } from '../../renderer/src/patterns/journalLink';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
let cause: number;
// Local times, so the rules hold in whatever time zone the tests run.
const lastInstantOf10th = new Date(2026, 9, 10, 23, 59, 59, 999).toISOString();
const firstInstantOf11th = new Date(2026, 9, 11, 0, 0, 0, 0).toISOString();
const lastInstantOfSeptember = new Date(2026, 8, 30, 23, 59, 59, 999).toISOString();

beforeEach(async () => {
  t = tempCore(new Date(2026, 9, 20, 12));
  cause = (await t.call('rootCauses.create', { name: 'Late delivery', group: 'Supplies' })).id;
  for (const at of [lastInstantOf10th, firstInstantOf11th, lastInstantOfSeptember]) {
    const { incident } = await t.call('incidents.create', { whatHappened: `At ${at}`, occurredAt: at, severity: 3 });
    await t.call('incidents.update', { id: incident.id, changes: { rootCauseId: cause } });
  }
});
afterEach(() => t.cleanup());

const blank = Object.fromEntries(FILTER_PARAMS.map((k) => [k, ''])) as Record<FilterParam, string>;
/** What the journal lists for an address: the filter it reads from the URL, asked of the server. */
async function journal(search: string) {
  const params = new URLSearchParams(search.replace(/^.*\?/, ''));
  const raw = { ...blank, ...Object.fromEntries(FILTER_PARAMS.flatMap((k) => (params.has(k) ? [[k, params.get(k)!]] : []))) };
  const list = await t.call('incidents.list', { filter: filterFromParams(raw), limit: 500 });
  return list.items.map((i) => i.occurredAt);
}

describe('a period of days as instants', () => {
  it('ends at the first instant of the day after the last one, which is not included', () => {
    expect(instantRangeOfDays({ from: '2026-10-10', to: '2026-10-10' })).toEqual({
      from: new Date(2026, 9, 10).toISOString(),
      to: firstInstantOf11th,
    });
    expect(instantsOfDays({ to: '2026-10-10' })).toEqual({ to: firstInstantOf11th });
    expect(instantsOfDays({ from: 'not a day', to: '' })).toEqual({});
  });

  it('the journal filtered to a day holds its last millisecond and not the next day’s first', async () => {
    expect(await journal('?from=2026-10-10&to=2026-10-10')).toEqual([lastInstantOf10th]);
    expect(await journal('?from=2026-10-11&to=2026-10-11')).toEqual([firstInstantOf11th]);
    expect(await journal('?to=2026-10-10')).toEqual([lastInstantOf10th, lastInstantOfSeptember]);
  });

  it('a Patterns link into the journal lists exactly the incidents Patterns counted', async () => {
    for (const period of [{ from: '2026-10-01', to: '2026-10-10' }, { from: '2026-10-11', to: '2026-10-31' }, { from: '2026-09-30', to: '2026-09-30' }]) {
      const pareto = await t.call('patterns.pareto', period);
      const counted = pareto.byCount.find((c) => c.rootCauseId === cause)?.incidents ?? 0;
      expect(await journal(journalLink(period, { rootCauseId: cause }))).toHaveLength(counted);
      const severity = (await t.call('patterns.breakdowns', period)).bySeverity.find((s) => s.severity === 3)?.incidents ?? 0;
      expect(await journal(journalLink(period, { severity: 3 }))).toHaveLength(severity);
      expect(counted).toBe(1);
    }
  });

  it('the monthly report lists the month’s last millisecond, as the month’s figures count it', async () => {
    const september = await loadReportData('2026-09', t.call);
    expect(september.incidents.map((i) => i.occurredAt)).toEqual([lastInstantOfSeptember]);
    expect(september.figures.incidents).toBe(1);
    const october = await loadReportData('2026-10', t.call);
    expect(october.incidents.map((i) => i.occurredAt).sort()).toEqual([lastInstantOf10th, firstInstantOf11th].sort());
  });
});
