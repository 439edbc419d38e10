// Migration 0011: a voucher's code is unique for as long as its entry exists, deleted or not, so a
// code a customer holds is never given to someone else; and a code belongs to a voucher only.
import { afterEach, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
afterEach(() => t.cleanup());

it('keeps a deleted voucher’s code taken, and refuses a code on anything but a voucher', async () => {
  t = tempCore();
  const giver = await t.call('staff.create', { name: 'Sam', monthlyAllowance: 10_000 });
  const { incident } = await t.call('incidents.create', { whatHappened: 'Cake dropped', occurredAt: '2026-10-01T09:00:00.000Z' });
  const voucher = await t.call('compensations.add', { incidentId: incident.id, kind: 'voucher', cost: 1_000, givenById: giver.id, givenAt: '2026-10-01T09:30:00.000Z' });
  const code = t.core.db.prepare('SELECT code FROM compensations WHERE id = ?').pluck().get(voucher.id) as string;
  await t.call('compensations.remove', { id: voucher.id });
  const insert = t.core.db.prepare(
    `INSERT INTO compensations (incident_id, kind, cost, given_by_id, given_at, created_at, updated_at, code)
     VALUES (?, ?, 500, ?, '2026-10-01T10:00:00.000Z', '2026-10-01T10:00:00.000Z', '2026-10-01T10:00:00.000Z', ?)`,
  );
  expect(() => insert.run(incident.id, 'voucher', giver.id, code)).toThrow(/UNIQUE constraint failed: compensations.code/);
  expect(() => insert.run(incident.id, 'refund', giver.id, 'MGV-2345')).toThrow(/CHECK constraint failed/);
  expect(() => insert.run(incident.id, 'voucher', giver.id, 'MGV-O0I1')).toThrow(/CHECK constraint failed/);
});
