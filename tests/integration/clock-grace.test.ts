// "Not in the future" allows CLOCK_GRACE_MINUTES of clock drift, the same on the compensation form
// (the renderer's one check of its own) as on the server: a time the form lets through is one the
// server keeps, and one the form refuses the server refuses too. The quick log, incident edits and
// follow-ups have no check of their own; the server's answer is shown beside the field.
import { addMinutes } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOCK_GRACE_MINUTES } from '../../shared/domain';
import { readGivenAt } from '../../renderer/src/compensation/values';
import { toLocalInput } from '../../renderer/src/lib/dates';
import { tempCore, type TempCore } from '../support/core';

const now = new Date(2026, 9, 15, 12, 0, 0, 0);
let t: TempCore;
let incidentId: number;
let staffId: number;
beforeEach(async () => {
  t = tempCore(now);
  staffId = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 1_000_000 })).id;
  incidentId = (await t.call('incidents.create', { whatHappened: 'Cold soup', occurredAt: addMinutes(now, -60).toISOString() })).incident.id;
});
afterEach(() => t.cleanup());

describe('the clock grace', () => {
  it.each([CLOCK_GRACE_MINUTES - 1, CLOCK_GRACE_MINUTES, CLOCK_GRACE_MINUTES + 1])('%i minutes ahead: the form and the server agree', async (minutes) => {
    const typed = toLocalInput(addMinutes(now, minutes));
    const form = readGivenAt(typed, now);
    const givenAt = 'iso' in form ? form.iso : addMinutes(now, minutes).toISOString();
    const server = await t.raw('compensations.add', { incidentId, kind: 'voucher', cost: 100, givenById: staffId, givenAt });
    expect('iso' in form, `form at +${minutes} min`).toBe(server.ok);
    const incident = await t.raw('incidents.create', { whatHappened: 'Later', occurredAt: givenAt });
    expect(incident.ok, `incident at +${minutes} min`).toBe(server.ok);
    expect(server.ok).toBe(minutes <= CLOCK_GRACE_MINUTES);
  });
});
