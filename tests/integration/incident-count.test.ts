// The journal's total with no filter is 0013's incident_count, kept by triggers: it must be the
// number of incidents not deleted after every kind of write that adds, deletes, brings back or
// erases incidents, one at a time or many in one statement. On both engines (the postgres project
// runs this file again): SQLite's row triggers and PostgreSQL's statement triggers.
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { KEEP_DELETED_DAYS } from '../../shared/schemas/deleted';
import { mulberry32 } from '../support/mulberry32';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
afterEach(() => t?.cleanup());

const start = new Date('2026-10-15T12:00:00.000Z');
const counted = () => (t.core.db.prepare('SELECT count(*) AS n FROM incidents WHERE deleted_at IS NULL').get() as { n: number }).n;
const shown = async () => (await t.call('incidents.list', { limit: 1, filter: {} })).total;

describe("the journal's total", () => {
  it('is the number of incidents not deleted after creates, deletions, undos, an import, bulk writes and a purge', async () => {
    t = tempCore(start);
    const random = mulberry32(17);
    expect(await shown()).toBe(0);
    const ids: number[] = [];
    for (let n = 0; n < 30; n++) {
      const { incident } = await t.call('incidents.create', { whatHappened: `Order ${n} went wrong`, occurredAt: new Date(start.getTime() - n * 3_600_000).toISOString() });
      ids.push(incident.id);
    }
    expect(await shown()).toBe(30);
    const removed: number[] = [];
    for (const id of ids) {
      if (random() % 5 < 2) {
        await t.call('incidents.remove', { id });
        removed.push(id);
        expect(await shown()).toBe(counted());
      }
    }
    expect(removed.length).toBeGreaterThan(3);
    for (const id of removed.slice(0, 3)) await t.call('incidents.restore', { id });
    expect(await shown()).toBe(counted());
    expect(counted()).toBe(30 - removed.length + 3);

    const imported = await t.call('data.import', await t.staged({ csv: 'occurred_at,what_happened\n2026-10-01,Cold soup\n2026-10-02,Late delivery\n2026-10-03,Wrong order\n' }));
    expect(imported).toMatchObject({ problems: [], written: true, incidents: 3 });
    expect(await shown()).toBe(counted());

    // Many rows in one statement, deleted and brought back, and an update that deletes nothing.
    const db = t.core.db;
    const some = ids.filter((id) => !removed.includes(id)).slice(0, 6);
    db.prepare(`UPDATE incidents SET deleted_at = ? WHERE id IN (${some.map(() => '?').join(', ')})`).run(start.toISOString(), ...some);
    expect(await shown()).toBe(counted());
    db.prepare(`UPDATE incidents SET deleted_at = NULL WHERE id IN (${some.slice(0, 4).map(() => '?').join(', ')})`).run(...some.slice(0, 4));
    db.prepare("UPDATE incidents SET what_happened = what_happened || '.'").run();
    expect(await shown()).toBe(counted());
    // A live incident removed outright (the app only erases deleted ones, but the count must not care).
    db.prepare('DELETE FROM incidents WHERE id = (SELECT max(id) FROM incidents WHERE deleted_at IS NULL)').run();
    expect(await shown()).toBe(counted());

    // What was deleted long enough ago is erased for good when the app next opens: the count stays.
    const before = counted();
    t.reopen(new Date(start.getTime() + (KEEP_DELETED_DAYS + 2) * 86_400_000));
    expect((t.core.db.prepare('SELECT count(*) AS n FROM incidents WHERE deleted_at IS NOT NULL').get() as { n: number }).n).toBe(0);
    expect(counted()).toBe(before);
    expect(await shown()).toBe(before);
  });

  it('counts the demo, written many rows to a statement', async () => {
    t = tempCore(start);
    generateDemo(t.core.db, { incidents: 1_200, seed: 3, now: start });
    expect(await shown()).toBe(counted());
    expect(counted()).toBeGreaterThan(1_000);
  });
});
