// No list stops short without saying so: lessons come complete, Recently deleted says how many in all,
// and the report asks for the lessons it shows rather than filtering a list that may have been cut.
import { afterEach, describe, expect, it } from 'vitest';
import { loadReportData } from '../../shared/report';
import { RECENTLY_DELETED_LIMIT } from '../../electron/main/core/repos/deleted';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
afterEach(() => t.cleanup());

describe('lists longer than their old limits', () => {
  it('a shop with 1,550 lessons gets every one, and the report the month’s done ones and every open one', async () => {
    t = tempCore(new Date(2026, 8, 10, 12));
    // Done in September, then in October (the report's month), then 1,100 still open: more than the old
    // 1,000, and listed first, so a cut list held no done lesson at all.
    for (let i = 0; i < 400; i += 1) await t.call('lessons.create', { title: `September ${i}`, status: 'done' });
    t.setNow(new Date(2026, 9, 31, 23, 59, 59, 999));
    for (let i = 0; i < 50; i += 1) await t.call('lessons.create', { title: `October ${i}`, status: 'done' });
    t.setNow(new Date(2026, 10, 1, 0, 0, 0, 0));
    await t.call('lessons.create', { title: 'November, the next month', status: 'done' });
    for (let i = 0; i < 1100; i += 1) {
      await t.call('lessons.create', { title: `Open ${i}`, status: i % 2 ? 'proposed' : 'in_progress', dueAt: `2026-12-${String((i % 28) + 1).padStart(2, '0')}` });
    }
    await t.call('lessons.create', { title: 'Dropped', status: 'dropped' });

    const started = performance.now();
    const all = await t.call('lessons.list', {});
    console.log(`lessons.list: ${all.length} lessons in ${Math.round(performance.now() - started)} ms`);
    expect(all).toHaveLength(1552);
    expect((await t.call('lessons.list', { filter: { open: true } })).length).toBe(1100);
    expect((await t.call('lessons.list', { filter: { open: false } })).length).toBe(452);

    const october = await loadReportData('2026-10', t.call);
    expect(october.lessonsDone).toHaveLength(50);
    expect(october.lessonsDone.every((l) => l.title.startsWith('October'))).toBe(true);
    expect(october.lessonsOpen).toHaveLength(1100);
    const due = october.lessonsOpen.map((l) => l.dueAt ?? '');
    expect(due).toEqual([...due].sort());
    expect((await loadReportData('2026-09', t.call)).lessonsDone).toHaveLength(400);
  }, 60_000);

  it('Recently deleted lists the newest 500 of 520 and says there are 520, of each kind', async () => {
    t = tempCore(new Date(2026, 9, 15, 12));
    const staff = await t.call('staff.create', { name: 'Sam', monthlyAllowance: 10_000_000 });
    const kept = await t.call('incidents.create', { whatHappened: 'Kept, with many removed entries' });
    for (let i = 0; i < RECENTLY_DELETED_LIMIT + 20; i += 1) {
      const { incident } = await t.call('incidents.create', { whatHappened: `Incident ${i}` });
      await t.call('incidents.remove', { id: incident.id });
      const { id } = await t.call('compensations.add', { incidentId: kept.incident.id, kind: 'voucher', cost: 100, givenById: staff.id });
      await t.call('compensations.remove', { id });
    }
    const listed = await t.call('recentlyDeleted.list', {});
    expect(listed.incidents).toHaveLength(RECENTLY_DELETED_LIMIT);
    expect(listed.incidentsTotal).toBe(RECENTLY_DELETED_LIMIT + 20);
    expect(listed.compensations).toHaveLength(RECENTLY_DELETED_LIMIT);
    expect(listed.compensationsTotal).toBe(RECENTLY_DELETED_LIMIT + 20);
  }, 60_000);
});
