import { addDays, subDays, subMinutes } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verdictFor } from '../../electron/main/core/figures/effectiveness';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-06-01T12:00:00.000Z'));
});
afterEach(() => t.cleanup());

const causeNamed = async (name: string) => (await t.call('rootCauses.list', {})).find((c) => c.name === name)!.id;

/** An incident of `rootCauseId` that happened at `at` (the clock is moved there and back). */
async function incidentAt(at: Date, rootCauseId: number | null, words = 'Waited too long') {
  const now = new Date('2027-06-01T00:00:00.000Z');
  t.setNow(now);
  const { incident } = await t.call('incidents.create', { whatHappened: words, occurredAt: at.toISOString() });
  if (rootCauseId !== null) await t.call('incidents.update', { id: incident.id, changes: { rootCauseId } });
  return incident.id;
}

/** A lesson on `rootCauseId` marked done at `doneAt`. */
async function lessonDoneAt(doneAt: Date, rootCauseId: number | null) {
  t.setNow(doneAt);
  const { lesson } = await t.call('lessons.create', { title: 'Second person on the till at lunch', rootCauseId });
  await t.call('lessons.update', { id: lesson.id, changes: { status: 'done' } });
  return lesson.id;
}

describe('a lesson’s effectiveness', () => {
  const done = new Date('2026-03-01T10:00:00.000Z');

  it('counts the 90 days before done_at against the 90 days after, per 30 days, edges included as docs/domain.md says', async () => {
    const cause = await causeNamed('Short-staffed at peak times');
    const other = await causeNamed('Equipment fault');
    await incidentAt(subMinutes(subDays(done, 90), 1), cause); // just before the before-window: out
    await incidentAt(subDays(done, 90), cause); //                 first instant of the before-window: in
    await incidentAt(subDays(done, 40), cause);
    await incidentAt(subDays(done, 10), cause);
    await incidentAt(subDays(done, 10), other); //                 another cause: never counted
    await incidentAt(subMinutes(done, 1), cause); //               last minute before: in
    await incidentAt(subDays(done, 5), null); //                   not diagnosed: not counted
    await incidentAt(done, cause); //                              done_at itself belongs to after
    await incidentAt(subMinutes(addDays(done, 90), 1), cause); //  last minute of the after-window: in
    await incidentAt(addDays(done, 90), cause); //                 first instant past it: out
    const id = await lessonDoneAt(done, cause);

    t.setNow(addDays(done, 120));
    const { effectiveness: e } = await t.call('lessons.get', { id });
    expect(e).toMatchObject({
      state: 'measured',
      daysSinceDone: 120,
      before: { incidents: 4, days: 90, per30: 1.33 },
      after: { incidents: 2, days: 90, per30: 0.67 },
      verdict: 'fewer',
    });
    expect(e.windows.map((w) => [w.offset, w.incidents])).toEqual([
      [-3, 1],
      [-2, 1],
      [-1, 2],
      [0, 1],
      [1, 0],
      [2, 1],
    ]);
  });

  it('is "too early to tell" for a lesson done 10 days ago, comparing what there is fairly per 30 days', async () => {
    const cause = await causeNamed('Short-staffed at peak times');
    for (const d of [80, 50, 20]) await incidentAt(subDays(done, d), cause);
    await incidentAt(addDays(done, 3), cause);
    const id = await lessonDoneAt(done, cause);
    t.setNow(addDays(done, 10));
    const { effectiveness: e, lesson } = await t.call('lessons.get', { id });
    expect(e).toMatchObject({ state: 'too_early', verdict: null, daysSinceDone: 10, before: { incidents: 3, per30: 1 }, after: { incidents: 1, days: 10, per30: 3 } });
    expect(e.windows.map((w) => w.offset)).toEqual([-3, -2, -1, 0]);
    expect(lesson).toMatchObject({ effectivenessState: 'too_early', verdict: null });
  });

  it('says "about the same" for a cause with no incidents either side, and waits for a done date and a cause', async () => {
    const quiet = await causeNamed('Policy unclear or too strict');
    const id = await lessonDoneAt(done, quiet);
    t.setNow(addDays(done, 100));
    expect((await t.call('lessons.get', { id })).effectiveness).toMatchObject({
      state: 'measured',
      before: { incidents: 0, per30: 0 },
      after: { incidents: 0, per30: 0 },
      verdict: 'about_the_same',
    });
    const { lesson } = await t.call('lessons.create', { title: 'Not done yet', rootCauseId: quiet });
    expect((await t.call('lessons.get', { id: lesson.id })).effectiveness.state).toBe('not_done');
    const noCause = await lessonDoneAt(done, null);
    expect((await t.call('lessons.get', { id: noCause })).effectiveness.state).toBe('no_cause');
  });

  it('calls a move of a quarter or more fewer or more, and anything smaller about the same', () => {
    expect(verdictFor(4, 3)).toBe('fewer');
    expect(verdictFor(4, 3.1)).toBe('about_the_same');
    expect(verdictFor(4, 4.9)).toBe('about_the_same');
    expect(verdictFor(4, 5)).toBe('more');
    expect(verdictFor(0, 0.33)).toBe('more');
    expect(verdictFor(0.33, 0)).toBe('fewer');
  });
});

describe('lessons', () => {
  it('are written from an incident, stamp done_at when done, keep it while done, and clear it when reopened', async () => {
    const cause = await causeNamed('Training gap');
    const owner = (await t.call('staff.create', { name: 'Priya', role: 'Shift lead' })).id;
    const incident = await incidentAt(new Date('2026-05-20T10:00:00.000Z'), cause);
    t.setNow(new Date('2026-06-01T12:00:00.000Z'));
    const created = await t.call('lessons.create', {
      title: 'Till training for every new starter',
      whatWeLearned: 'New starters guessed the discount buttons',
      change: 'Thirty minutes on the till with a shift lead before the first shift',
      rootCauseId: cause,
      ownerId: owner,
      dueAt: '2026-06-15',
      incidentIds: [incident],
    });
    expect(created.lesson).toMatchObject({ status: 'proposed', doneAt: null, rootCauseName: 'Training gap', rootCauseGroup: 'People', ownerName: 'Priya', incidentIds: [incident], overdue: false });
    expect(created.incidents.map((i) => i.id)).toEqual([incident]);
    const id = created.lesson.id;
    t.setNow(new Date('2026-06-20T09:00:00.000Z'));
    expect((await t.call('lessons.get', { id })).lesson.overdue).toBe(true);
    const done = await t.call('lessons.update', { id, changes: { status: 'done' } });
    expect(done.lesson).toMatchObject({ doneAt: '2026-06-20T09:00:00.000Z', overdue: false });
    t.setNow(new Date('2026-06-25T09:00:00.000Z'));
    expect((await t.call('lessons.update', { id, changes: { title: 'Till training, always' } })).lesson.doneAt).toBe('2026-06-20T09:00:00.000Z');
    expect((await t.call('lessons.update', { id, changes: { status: 'in_progress' } })).lesson.doneAt).toBeNull();
  });

  it('link more incidents later, and are found by search and filters', async () => {
    const cause = await causeNamed('Equipment fault');
    const a = await incidentAt(new Date('2026-05-01T10:00:00.000Z'), cause);
    const b = await incidentAt(new Date('2026-05-02T10:00:00.000Z'), cause);
    const { lesson } = await t.call('lessons.create', { title: 'Descale the machine every Monday', rootCauseId: cause, incidentIds: [a] });
    expect((await t.call('lessons.link', { lessonId: lesson.id, incidentId: b })).lesson.incidentIds.sort()).toEqual([a, b].sort());
    expect((await t.call('lessons.unlink', { lessonId: lesson.id, incidentId: a })).lesson.incidentIds).toEqual([b]);
    await t.call('lessons.create', { title: '100% sure: 50_50 split_' });
    const find = async (filter: object) => (await t.call('lessons.list', { filter })).map((l) => l.title);
    expect(await find({ q: 'descale' })).toEqual(['Descale the machine every Monday']);
    expect(await find({ q: '%' })).toEqual(['100% sure: 50_50 split_']);
    expect(await find({ q: '0_5' })).toEqual(['100% sure: 50_50 split_']);
    expect(await find({ group: 'Equipment' })).toEqual(['Descale the machine every Monday']);
    expect(await find({ incidentId: b })).toEqual(['Descale the machine every Monday']);
    expect(await find({ status: 'done' })).toEqual([]);
  });

  it('refuse incidents, causes and owners that do not exist, naming the field', async () => {
    expect(await t.raw('lessons.create', { title: 'x', incidentIds: [404] })).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [{ path: 'incidentIds.0' }] });
    expect(await t.raw('lessons.create', { title: 'x', ownerId: 404 })).toMatchObject({ ok: false, issues: [{ path: 'ownerId' }] });
    expect(await t.raw('lessons.create', { title: ' ' })).toMatchObject({ ok: false, issues: [{ path: 'title', message: 'Title is required' }] });
    expect(await t.raw('lessons.create', { title: 'x', dueAt: '30/06/2026' })).toMatchObject({ ok: false, issues: [{ path: 'dueAt' }] });
    expect((await t.call('lessons.list', {})).length).toBe(0);
  });
});

describe('the root-cause list', () => {
  it('merges two causes: incidents and lessons move, every count adds up, the timeline says so', async () => {
    const from = await causeNamed('Short-staffed at peak times');
    const into = await causeNamed('Training gap');
    for (let i = 0; i < 3; i++) await incidentAt(new Date(`2026-05-0${i + 1}T10:00:00.000Z`), from);
    for (let i = 0; i < 2; i++) await incidentAt(new Date(`2026-05-1${i + 1}T10:00:00.000Z`), into);
    await t.call('lessons.create', { title: 'Rota', rootCauseId: from });
    await t.call('lessons.create', { title: 'Buddy system', rootCauseId: into });
    const usage = async () => Object.fromEntries((await t.call('rootCauses.usage', {})).map((u) => [u.rootCauseId, [u.incidents, u.lessons]]));
    const total = async () => (await t.call('incidents.list', {})).total;
    const before = await total();
    expect((await usage())[from]).toEqual([3, 1]);
    const merged = await t.call('rootCauses.merge', { fromId: from, intoId: into });
    expect(merged).toMatchObject({ movedIncidents: 3, movedLessons: 1, into: { id: into } });
    expect((await usage())[into]).toEqual([5, 2]);
    expect((await usage())[from]).toBeUndefined();
    expect(await total()).toBe(before);
    expect((await t.call('incidents.list', { filter: { rootCauseId: into } })).total).toBe(5);
    const moved = (await t.call('incidents.list', { filter: { rootCauseId: into } })).items[4]!;
    expect((await t.call('incidents.get', { id: moved.id })).events.at(-1)).toMatchObject({ field: 'rootCauseId', from: 'Short-staffed at peak times', to: 'Training gap' });
    expect(await t.raw('rootCauses.merge', { fromId: into, intoId: into })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await t.raw('rootCauses.merge', { fromId: from, intoId: into })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('retires a cause: gone from pickers (inactive), still on its incidents, lessons and figures', async () => {
    const cause = await causeNamed('Equipment fault');
    const id = await incidentAt(new Date('2026-05-03T10:00:00.000Z'), cause);
    const staff = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 100_000 })).id;
    t.setNow(new Date('2026-05-03T11:00:00.000Z'));
    await t.call('compensations.add', { incidentId: id, kind: 'refund', cost: 900, givenById: staff });
    await t.call('rootCauses.update', { id: cause, active: false });
    expect((await t.call('rootCauses.list', {})).find((c) => c.id === cause)).toMatchObject({ active: false, name: 'Equipment fault' });
    expect((await t.call('incidents.get', { id })).incident.rootCauseId).toBe(cause);
    expect((await t.call('incidents.list', { filter: { rootCauseId: cause } })).total).toBe(1);
    expect((await t.call('compensations.month', { month: '2026-05' })).byRootCause).toEqual([
      { rootCauseId: cause, name: 'Equipment fault', group: 'Equipment', total: 900, count: 1 },
    ]);
  });
});

describe('the "to diagnose" queue', () => {
  it('lists resolved, undiagnosed incidents oldest first, with whether a team lead was there', async () => {
    const cause = await causeNamed('Equipment fault');
    const make = async (day: string, resolved: boolean, diagnosed: boolean, lead: boolean | null) => {
      const id = await incidentAt(new Date(`2026-05-${day}T10:00:00.000Z`), diagnosed ? cause : null, `Day ${day}`);
      await t.call('incidents.update', { id, changes: { teamLeadPresent: lead } });
      if (resolved) await t.call('incidents.setStep', { id, step: 'resolved', done: true });
      if (diagnosed) await t.call('incidents.setStep', { id, step: 'diagnosed', done: true });
    };
    await make('10', true, false, true);
    await make('02', true, false, null);
    await make('05', true, true, false);
    await make('01', false, false, false);
    const q = await t.call('diagnose.queue', {});
    expect(q.total).toBe(2);
    expect(q.items.map((i) => [i.summary, i.teamLeadPresent])).toEqual([
      ['Day 02', null],
      ['Day 10', true],
    ]);
  });
});
