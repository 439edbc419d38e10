import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
});
afterEach(() => t.cleanup());

describe('logging an incident', () => {
  it('needs only what happened, and fills sensible defaults', async () => {
    const { incident, events } = await t.call('incidents.create', { whatHappened: '  Waited 20 minutes for a latte  ' });
    expect(incident).toMatchObject({
      ref: 'MG-1',
      whatHappened: 'Waited 20 minutes for a latte',
      occurredAt: '2026-10-15T12:00:00.000Z',
      loggedAt: '2026-10-15T12:00:00.000Z',
      channel: 'in_person',
      severity: 1,
      customer: null,
      outcome: 'unknown',
      status: 'open',
      teamLeadPresent: null,
    });
    expect(events).toEqual([expect.objectContaining({ kind: 'created', to: 'MG-1' })]);
  });

  it('gives each incident the next reference, and never reuses one', async () => {
    const a = await t.call('incidents.create', { whatHappened: 'one' });
    const b = await t.call('incidents.create', { whatHappened: 'two' });
    expect([a.incident.ref, b.incident.ref]).toEqual(['MG-1', 'MG-2']);
  });

  it('keeps the customer when given, and stays anonymous when every customer field is empty', async () => {
    const named = await t.call('incidents.create', {
      whatHappened: 'Wrong cake',
      customer: { name: 'Dana Lee', phone: '555 0101', email: '', note: '' },
    });
    expect(named.incident.customer).toMatchObject({ name: 'Dana Lee', phone: '555 0101' });
    const anon = await t.call('incidents.create', { whatHappened: 'Dirty table', customer: { name: ' ', phone: '' } });
    expect(anon.incident.customer).toBeNull();
  });

  it('refuses a time in the future and a bad email, naming the field', async () => {
    const future = await t.raw('incidents.create', { whatHappened: 'x', occurredAt: '2026-10-16T12:00:00.000Z' });
    expect(future).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [{ path: 'occurredAt' }] });
    const email = await t.raw('incidents.create', { whatHappened: 'x', customer: { email: 'not-an-email' } });
    expect(email).toMatchObject({ ok: false, issues: [{ path: 'customer.email' }] });
  });
});

describe('working the recovery', () => {
  it('stamps each H.E.A.R.D. step with the time it was done and derives the status', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: 'Burnt toast' });
    t.setNow(new Date('2026-10-15T12:03:00.000Z'));
    const heard = await t.call('incidents.setStep', { id: incident.id, step: 'heard', done: true });
    expect(heard.incident.heardAt).toBe('2026-10-15T12:03:00.000Z');
    t.setNow(new Date('2026-10-15T12:09:00.000Z'));
    const again = await t.call('incidents.setStep', { id: incident.id, step: 'heard', done: true });
    expect(again.incident.heardAt).toBe('2026-10-15T12:03:00.000Z');
    const resolved = await t.call('incidents.setStep', { id: incident.id, step: 'resolved', done: true });
    expect(resolved.incident.status).toBe('resolved');
    const undone = await t.call('incidents.setStep', { id: incident.id, step: 'resolved', done: false });
    expect(undone.incident).toMatchObject({ resolvedAt: null, status: 'open' });
    expect(undone.events.filter((e) => e.kind === 'step').map((e) => [e.field, e.to === null])).toEqual([
      ['heard', false],
      ['resolved', false],
      ['resolved', true],
    ]);
  });

  it('will not mark Diagnose done without a root cause', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: 'Card charged twice' });
    const r = await t.raw('incidents.setStep', { id: incident.id, step: 'diagnosed', done: true });
    expect(r).toMatchObject({ ok: false, code: 'CONFLICT', message: 'Pick a root cause before marking Diagnose done.' });
    const cause = (await t.call('rootCauses.list', {}))[0]!;
    await t.call('incidents.update', { id: incident.id, changes: { rootCauseId: cause.id } });
    await t.call('incidents.setStep', { id: incident.id, step: 'resolved', done: true });
    const done = await t.call('incidents.setStep', { id: incident.id, step: 'diagnosed', done: true });
    expect(done.incident.status).toBe('closed');
  });

  it('has one meaning of diagnosed: taking the root cause away undoes Diagnose, and the incident is back in To diagnose (issue 12)', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: 'Soup was cold', occurredAt: '2026-10-15T09:00:00.000Z' });
    await t.call('incidents.setStep', { id: incident.id, step: 'resolved', done: true });
    await t.call('incidents.update', { id: incident.id, changes: { rootCauseId: 1 } });
    const closed = await t.call('incidents.setStep', { id: incident.id, step: 'diagnosed', done: true });
    expect(closed.incident.status).toBe('closed');
    expect((await t.call('diagnose.queue', {})).total).toBe(0);

    const cleared = await t.call('incidents.update', { id: incident.id, changes: { rootCauseId: null } });
    expect(cleared.incident).toMatchObject({ rootCauseId: null, diagnosedAt: null, status: 'resolved' });
    expect(cleared.events.at(-1)).toMatchObject({ kind: 'step', field: 'diagnosed', to: null });
    expect((await t.call('diagnose.queue', {})).items.map((i) => i.id)).toEqual([incident.id]);
    // Pareto and the queue now agree: undiagnosed, and waiting.
    const pareto = await t.call('patterns.pareto', { from: '2026-10-01', to: '2026-10-31' });
    expect(pareto.byCount.some((c) => c.rootCauseId !== null)).toBe(false);
  });

  it('cannot move to after something given for it: the entry is named, and nothing changes', async () => {
    const sam = await t.call('staff.create', { name: 'Sam', monthlyAllowance: 10_000 });
    const { incident } = await t.call('incidents.create', { whatHappened: 'Wrong order', occurredAt: '2026-10-15T09:00:00.000Z' });
    await t.call('compensations.add', { incidentId: incident.id, kind: 'refund', cost: 500, givenById: sam.id, givenAt: '2026-10-15T09:30:00.000Z' });
    expect(await t.raw('incidents.update', { id: incident.id, changes: { occurredAt: '2026-10-15T10:00:00.000Z' } })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringMatching(/^A refund was given for it on .*, so it cannot have happened later than that\. Change or remove the compensation first\.$/),
    });
    // Within the clock grace of the entry is fine.
    expect((await t.raw('incidents.update', { id: incident.id, changes: { occurredAt: '2026-10-15T09:34:00.000Z' } })).ok).toBe(true);
  });

  it('is closed only once a promised follow-up is kept', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: 'Booking lost' });
    const cause = (await t.call('rootCauses.list', {}))[0]!;
    await t.call('incidents.update', { id: incident.id, changes: { rootCauseId: cause.id, followUpDueAt: '2026-10-16T09:00:00.000Z' } });
    await t.call('incidents.setStep', { id: incident.id, step: 'resolved', done: true });
    const diagnosed = await t.call('incidents.setStep', { id: incident.id, step: 'diagnosed', done: true });
    expect(diagnosed.incident.status).toBe('resolved');
    const kept = await t.call('incidents.update', { id: incident.id, changes: { followedUpAt: '2026-10-15T12:00:00.000Z' } });
    expect(kept.incident.status).toBe('closed');
  });

  it('records every change in the timeline, with names rather than ids', async () => {
    const staff = await t.call('staff.create', { name: 'Priya', role: 'Shift lead' });
    const category = (await t.call('categories.list', {})).find((c) => c.name === 'Billing')!;
    const { incident } = await t.call('incidents.create', { whatHappened: 'Overcharged' });
    const updated = await t.call('incidents.update', {
      id: incident.id,
      changes: {
        severity: 3,
        categoryId: category.id,
        handledById: staff.id,
        teamLeadPresent: true,
        scoreBefore: 2,
        scoreAfter: 9,
        outcome: 'retained',
        internalNote: 'New till; check the training',
        fiveWhys: ['Price on the board was old', '', 'Nobody owns the board'],
        customer: { name: 'Ravi', email: 'ravi@example.com' },
      },
    });
    expect(updated.incident).toMatchObject({ severity: 3, categoryId: category.id, handledById: staff.id, teamLeadPresent: true, fiveWhys: ['Price on the board was old', 'Nobody owns the board'] });
    const changed = Object.fromEntries(updated.events.filter((e) => e.kind === 'changed').map((e) => [e.field, [e.from, e.to]]));
    expect(changed).toMatchObject({
      severity: ['1', '3'],
      categoryId: [null, 'Billing'],
      handledById: [null, 'Priya'],
      teamLeadPresent: [null, 'yes'],
      outcome: ['unknown', 'retained'],
      customer: [null, 'Ravi'],
    });
    const unchanged = await t.call('incidents.update', { id: incident.id, changes: { severity: 3 } });
    expect(unchanged.events.length).toBe(updated.events.length);
  });

  it('rejects an update to an incident that does not exist, and a score out of range', async () => {
    expect(await t.raw('incidents.update', { id: 404, changes: { severity: 2 } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const { incident } = await t.call('incidents.create', { whatHappened: 'x' });
    expect(await t.raw('incidents.update', { id: incident.id, changes: { scoreAfter: 11 } })).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [{ path: 'changes.scoreAfter' }] });
  });
});

describe('the journal', () => {
  async function seed(n: number) {
    for (let i = 0; i < n; i++) {
      t.setNow(new Date(Date.UTC(2026, 9, 1, 8, i)));
      await t.call('incidents.create', { whatHappened: i % 3 === 0 ? `Soup was cold, table ${i}` : `Waited for coffee ${i}`, channel: i % 2 ? 'phone' : 'in_person', severity: ((i % 4) + 1) as 1 | 2 | 3 | 4 });
    }
    t.setNow(new Date('2026-10-15T12:00:00.000Z'));
  }

  it('pages newest first without gaps or repeats', async () => {
    await seed(23);
    const seen: string[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof t.call<'incidents.list'>>> = await t.call('incidents.list', { limit: 5, cursor });
      expect(page.total).toBe(23);
      seen.push(...page.items.map((i) => i.ref));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `MG-${23 - i}`));
  });

  it('finds incidents by full-text search on what happened, the customer and the note, by word prefix', async () => {
    await seed(9);
    const soup = await t.call('incidents.list', { filter: { q: 'soup COLD' } });
    expect(soup.total).toBe(3);
    expect(soup.items.every((i) => i.summary.includes('Soup was cold'))).toBe(true);
    const { incident } = await t.call('incidents.create', { whatHappened: 'Lost voucher', customer: { name: 'Zoë Ångström' } });
    await t.call('incidents.update', { id: incident.id, changes: { internalNote: 'check the laminator' } });
    expect((await t.call('incidents.list', { filter: { q: 'zoe' } })).items.map((i) => i.id)).toEqual([incident.id]);
    expect((await t.call('incidents.list', { filter: { q: 'lamin' } })).items.map((i) => i.id)).toEqual([incident.id]);
    await t.call('incidents.update', { id: incident.id, changes: { customer: { name: 'Zoe Renamed' } } });
    expect((await t.call('incidents.list', { filter: { q: 'renamed' } })).total).toBe(1);
    expect((await t.call('incidents.list', { filter: { q: 'Ångström' } })).total).toBe(0);
  });

  it('finds an incident by its ref', async () => {
    await seed(12);
    expect((await t.call('incidents.list', { filter: { q: 'MG-7' } })).items.map((i) => i.ref)).toEqual(['MG-7']);
    expect((await t.call('incidents.list', { filter: { q: 'mg-1' } })).items.map((i) => i.ref)).toEqual(['MG-12', 'MG-11', 'MG-10', 'MG-1']);
  });

  it('treats search syntax as plain words', async () => {
    await seed(3);
    for (const q of ['"', 'soup OR', 'NEAR(', '*', "'; DROP TABLE incidents; --", 'col:soup']) {
      const r = await t.raw('incidents.list', { filter: { q } });
      expect(r.ok, q).toBe(true);
    }
    expect((await t.call('incidents.list', {})).total).toBe(3);
  });

  it('filters by status, channel, severity, staff and date range, alone and together', async () => {
    await seed(12);
    expect((await t.call('incidents.list', { filter: { channel: 'phone' } })).total).toBe(6);
    expect((await t.call('incidents.list', { filter: { severity: 2 } })).total).toBe(3);
    expect((await t.call('incidents.list', { filter: { channel: 'phone', severity: 2 } })).total).toBe(3);
    expect((await t.call('incidents.list', { filter: { status: 'open' } })).total).toBe(12);
    const range = await t.call('incidents.list', { filter: { from: '2026-10-01T08:03:00.000Z', to: '2026-10-01T08:06:00.000Z' } });
    expect(range.items.map((i) => i.ref)).toEqual(['MG-6', 'MG-5', 'MG-4']);
    const staff = await t.call('staff.create', { name: 'Mia' });
    await t.call('incidents.update', { id: 1, changes: { handledById: staff.id } });
    expect((await t.call('incidents.list', { filter: { handledById: staff.id } })).items.map((i) => i.ref)).toEqual(['MG-1']);
    expect((await t.call('incidents.list', { filter: { q: 'soup', channel: 'in_person' } })).total).toBe(2);
  });
});

describe('home', () => {
  it('shows follow-ups due later today, overdue ones, and open incidents', async () => {
    const a = await t.call('incidents.create', { whatHappened: 'Due later today' });
    const b = await t.call('incidents.create', { whatHappened: 'Overdue since yesterday' });
    const c = await t.call('incidents.create', { whatHappened: 'Due tomorrow' });
    const d = await t.call('incidents.create', { whatHappened: 'Kept already' });
    await t.call('incidents.update', { id: a.incident.id, changes: { followUpDueAt: '2026-10-15T15:00:00.000Z' } });
    await t.call('incidents.update', { id: b.incident.id, changes: { followUpDueAt: '2026-10-14T15:00:00.000Z' } });
    await t.call('incidents.update', { id: c.incident.id, changes: { followUpDueAt: '2026-10-17T15:00:00.000Z' } });
    await t.call('incidents.update', { id: d.incident.id, changes: { followUpDueAt: '2026-10-15T13:00:00.000Z', followedUpAt: '2026-10-15T11:00:00.000Z' } });
    const home = await t.call('incidents.home', {});
    expect(home.dueToday.map((i) => i.summary)).toEqual(['Due later today']);
    expect(home.overdue.map((i) => i.summary)).toEqual(['Overdue since yesterday']);
    expect(home.overdueCount).toBe(1);
    expect(home.openCount).toBe(4);
  });
});

describe('drafts', () => {
  it('keep a half-typed entry until it is cleared', async () => {
    expect(await t.call('drafts.get', { key: 'quick-log' })).toEqual({ value: null, updatedAt: null });
    await t.call('drafts.save', { key: 'quick-log', value: { whatHappened: 'The milk was so' } });
    expect((await t.call('drafts.get', { key: 'quick-log' })).value).toEqual({ whatHappened: 'The milk was so' });
    await t.call('drafts.clear', { key: 'quick-log' });
    expect((await t.call('drafts.get', { key: 'quick-log' })).value).toBeNull();
  });
});
