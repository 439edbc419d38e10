// The journal's total on every page, with any filter, on both engines: on PostgreSQL the page's
// statement brings it (one round trip, not two), and a page past the last row, which brings no
// row, still says it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureStatements } from '../../bench/lib/capture';
import { generateDemo } from '../../electron/main/core/demo/generate';
import type { IncidentFilter } from '../../shared/schemas/incident';
import { tempCore, type TempCore } from '../support/core';
import { onPostgres } from '../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');
let t: TempCore;

type Page = { items: { id: number; occurredAt: string }[]; nextCursor: { occurredAt: string; id: number } | null; total: number };

describe('the journal’s total', () => {
  beforeAll(() => {
    t = tempCore(NOW);
    generateDemo(t.core.db, { incidents: 300, seed: 11, now: NOW });
  });
  afterAll(() => t.cleanup());

  const count = (where: string, ...args: unknown[]) => t.core.db.prepare(`SELECT count(*) AS n FROM incidents WHERE deleted_at IS NULL ${where}`).pluck().get(...args) as number;

  it.each<[string, IncidentFilter, string]>([
    ['no filter', {}, ''],
    ['channel', { channel: 'phone' }, "AND channel = 'phone'"],
    ['channel and severity', { channel: 'phone', severity: 3 }, "AND channel = 'phone' AND severity = 3"],
    ['status', { status: 'open' }, "AND status = 'open'"],
  ])('%s: the same on every page, and after the last', async (_what, filter, where) => {
    const expected = count(where);
    expect(expected).toBeGreaterThan(0);
    let cursor: Page['nextCursor'] = null;
    let seen = 0;
    for (;;) {
      const page = (await t.call('incidents.list', { limit: 40, filter, ...(cursor ? { cursor } : {}) })) as Page;
      expect(page.total).toBe(expected);
      seen += page.items.length;
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toBe(expected);
    // A cursor older than every incident: no row, the total still said.
    const past = (await t.call('incidents.list', { limit: 40, filter, cursor: { occurredAt: '2000-01-01T00:00:00.000Z', id: 1 } })) as Page;
    expect(past.items).toEqual([]);
    expect(past.total).toBe(expected);
  });

  it.runIf(onPostgres)('on PostgreSQL a filtered page and its total are one statement', async () => {
    const calls = await captureStatements(t.core.db, () => t.call('incidents.list', { limit: 40, filter: { channel: 'phone' } }));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.sql).toMatch(/AS page_total/);
  });
});
