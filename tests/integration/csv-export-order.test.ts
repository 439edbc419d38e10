// The export streams its rows in pieces, read in UTC order and put in local-text order as they
// settle. Across the autumn hour (01:00–02:00 happens twice) and over several pieces, the file
// must come out exactly as a sort of every row by its text would put it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportCsv, exportCsvChunks } from '../../electron/main/core/data/export';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
const tz = process.env.TZ;

// 1,210 saves through the contract: on the shared database each is several round trips to the server.
const SLOW_SETUP_MS = 60_000;

beforeAll(async () => {
  // Node reads TZ again when it is set: New York falls back at 06:00 UTC on 1 November 2026.
  process.env.TZ = 'America/New_York';
  t = tempCore(new Date('2026-11-20T12:00:00.000Z'));
  const fallBack = Date.parse('2026-11-01T05:00:00.000Z'); // 01:00 EDT; 06:00Z is 01:00 EST again
  // 430 incidents every 13 minutes before, 240 every 30 s through both 01:00–02:00s, 540 after:
  // pieces are cut every 250 rows, one at the 500th, in the first 01:00–02:00, before its times come round again.
  const times = [
    ...Array.from({ length: 430 }, (_, i) => fallBack - (430 - i) * 13 * 60_000),
    ...Array.from({ length: 240 }, (_, i) => fallBack + i * 30_000),
    ...Array.from({ length: 540 }, (_, i) => fallBack + 2 * 3600_000 + i * 13 * 60_000),
  ];
  for (const [i, at] of times.entries()) {
    await t.call('incidents.create', { whatHappened: `Order ${i} came out wrong`, occurredAt: new Date(at).toISOString() });
  }
}, SLOW_SETUP_MS);

afterAll(() => {
  t.cleanup();
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

it('comes out in local-text order, across the repeated hour and over many pieces', () => {
  const { csv, rows, incidents } = exportCsv(t.core.db, {});
  expect(rows).toBe(1210);
  expect(incidents).toBe(1210);
  const lines = csv.trimEnd().split('\n').slice(1);
  expect(lines).toHaveLength(1210);
  // occurred_at is the second column; ref (first) breaks ties.
  const keys = lines.map((l) => {
    const [ref, occurred] = l.split(',');
    return `${occurred} ${ref}`;
  });
  expect(keys).toEqual([...keys].sort());
  // The repeated hour really is in the data: some local times appear twice.
  const times = lines.map((l) => l.split(',')[1]);
  expect(new Set(times).size).toBeLessThan(times.length);
  const pieces = [...exportCsvChunks(t.core.db, {})];
  expect(pieces.length).toBeGreaterThan(2);
  expect(pieces.join('')).toBe(csv);
});
