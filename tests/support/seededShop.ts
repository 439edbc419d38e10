// A shop's year written through the app's own channels, random but the same for one seed: the same
// calls in the same order on any core. Used to compare the figures of the two engines
// (tests/integration/pg/figures-engines.test.ts). Every figure has something to count: scores and
// outcomes, resolutions to the millisecond, follow-ups kept, late and missed, vouchers redeemed and
// expired, deleted incidents and entries, lessons done at different times, repeat customers whose
// phones are written differently, odd transaction counts, and names whose order depends on case.
import { addDays, addMinutes, addMonths, format } from 'date-fns';
import type { ChannelName, Request, Response } from '../../shared/contract';
import { CHANNELS, COMPENSATION_KINDS, type CauseGroup } from '../../shared/domain';
import { mulberry32 } from './mulberry32';

export interface Caller {
  call<C extends ChannelName>(channel: C, request: Request<C>): Promise<Response<C>>;
  setNow(at: Date): void;
  /** data.import of this CSV text, staged as the app stages a file. */
  importCsv(csv: string): Promise<Response<'data.import'>>;
}

/** A seeded generator (mulberry32), so both engines get the very same shop. */
function random(seed: number) {
  const draw = mulberry32(seed);
  const next = () => draw() / 4_294_967_296;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

const CAUSES: { name: string; group: CauseGroup; weight: number }[] = [
  { name: 'espresso grinder drift', group: 'Equipment', weight: 3 },
  { name: 'Espresso machine pressure', group: 'Equipment', weight: 2 },
  { name: 'Milk ran out', group: 'Supplies', weight: 3 },
  { name: 'new starter not shown the till', group: 'People', weight: 2 },
  { name: 'Order ticket lost', group: 'Process', weight: 4 },
  { name: 'Zoning of the queue', group: 'Place', weight: 1 },
  { name: 'allergen card missing', group: 'Communication', weight: 2 },
  { name: 'Refund rule unclear', group: 'Policy', weight: 1 },
];

/** People who come back, their phone written a new way each time; and some who come once. */
const PEOPLE = Array.from({ length: 40 }, (_, i) => ({
  name: i % 5 === 0 ? `Dana Whitlock ${i}` : `${['Sam', 'Alex', 'Jo', 'Kim', 'Lee'][i % 5]} ${['Ortiz', 'Nguyen', 'Smith', 'Brown'][i % 4]}${i}`,
  digits: `555${String(1_000_000 + i * 7919).slice(-7)}`,
  email: i % 3 === 0 ? `person${i}@example.com` : '',
}));

const phoneAs = (digits: string, style: number) =>
  [digits, `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`, `+1 ${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`][style % 3]!;

export const SHOP_START = new Date(2026, 2, 1, 7, 0, 0); // 1 March, local: the spring DST change falls inside
export const SHOP_END = new Date(2026, 10, 20, 18, 0, 0); // 20 November, after the autumn one

/** Writes the shop; returns what it wrote, so a test can check there is enough of each thing to compare. */
export async function writeShop(c: Caller, { seed, incidents }: { seed: number; incidents: number }) {
  const r = random(seed);
  c.setNow(SHOP_START);
  const staff = [];
  for (const [name, allowance] of [['Priya Owner', 500_000], ['ben Barista', 4_000], ['Carla Lead', 10_000], ['Ávila Weekend', 2_500]] as const) {
    staff.push((await c.call('staff.create', { name, role: 'Counter', monthlyAllowance: allowance })).id);
  }
  const causes = [];
  for (const cause of CAUSES) causes.push({ ...cause, id: (await c.call('rootCauses.create', { name: cause.name, group: cause.group })).id });
  const categories = (await c.call('categories.list', {})).map((k) => k.id);
  const weighted = causes.flatMap((k) => Array.from({ length: k.weight }, () => k));

  const span = +SHOP_END - +SHOP_START - 3 * 86_400_000;
  const times = Array.from({ length: incidents }, () => +SHOP_START + Math.floor(r.next() * span)).sort((a, b) => a - b);
  const made = { overAllowance: 0, incidents: 0, resolved: 0, scored: 0, vouchers: 0, redeemed: 0, removed: 0, entriesRemoved: 0, followUps: 0 };
  const ids: number[] = [];
  const followUps: { id: number; due: Date }[] = [];
  const entries: number[] = [];
  for (const [n, ms] of times.entries()) {
    const at = new Date(ms);
    c.setNow(addMinutes(at, r.int(0, 30)));
    const person = r.chance(0.7) ? r.pick(PEOPLE) : null;
    const created = await c.call('incidents.create', {
      whatHappened: `Incident ${n}: the order went wrong`,
      occurredAt: at.toISOString(),
      channel: r.pick(CHANNELS),
      severity: r.pick([1, 1, 2, 2, 3, 4] as const),
      categoryId: r.chance(0.8) ? r.pick(categories) : null,
      handledById: r.pick(staff),
      customer: person ? { name: person.name, phone: r.chance(0.9) ? phoneAs(person.digits, r.int(0, 2)) : '', email: person.email } : null,
    });
    const id = created.incident.id;
    ids.push(id);
    made.incidents++;
    // The late months get more of one cause, so it rises.
    const late = ms > +SHOP_END - 45 * 86_400_000;
    const cause = r.chance(0.85) ? (late && r.chance(0.3) ? causes[4]! : r.pick(weighted)) : null;
    const scoreBefore = r.chance(0.6) ? r.int(0, 10) : null;
    await c.call('incidents.update', {
      id,
      changes: {
        rootCauseId: cause?.id ?? null,
        scoreBefore,
        scoreAfter: scoreBefore !== null && r.chance(0.7) ? r.int(Math.max(0, scoreBefore - 3), 10) : r.chance(0.1) ? r.int(0, 10) : null,
        outcome: r.pick(['unknown', 'retained', 'retained', 'lost'] as const),
      },
    });
    if (scoreBefore !== null) made.scored++;
    if (r.chance(0.8)) {
      // Mostly after whole half minutes, so a month's median often lands on one (a rounding to
      // check); the rest after any number of milliseconds up to a day and a half.
      const resolvedAt = new Date(ms + (r.chance(0.8) ? r.int(1, 40) * 30_000 : r.int(1_000, 36 * 3_600_000)));
      c.setNow(resolvedAt);
      await c.call('incidents.setStep', { id, step: 'resolved', done: true });
      made.resolved++;
    }
    if (r.chance(0.45)) {
      const kind = r.chance(0.35) ? 'voucher' : r.pick(COMPENSATION_KINDS);
      const giver = r.pick(staff);
      const approver = staff.find((s) => s !== giver)!;
      const givenAt = addMinutes(at, r.int(1, 90));
      c.setNow(addMinutes(givenAt, 1));
      const entry = await c.call('compensations.add', {
        incidentId: id,
        kind,
        description: kind === 'voucher' ? 'A coffee on us' : '',
        cost: r.int(1, 4_000),
        givenById: giver,
        givenAt: givenAt.toISOString(),
        approvedById: approver,
      });
      entries.push(entry.id);
      if (kind === 'voucher') made.vouchers++;
      if (entry.code && r.chance(0.5)) {
        c.setNow(addDays(givenAt, r.int(0, 20)));
        await c.call('vouchers.redeem', { code: entry.code });
        made.redeemed++;
      }
    }
    if (r.chance(0.5)) followUps.push({ id, due: addDays(at, r.int(1, 10)) });
  }

  // Older history imported from a spreadsheet: entries past their giver's allowance are kept,
  // marked "not approved" (the figure the app itself never writes), one giver new to the shop.
  const rows = ['occurred_at,what_happened,root_cause,compensation_kind,compensation_cost,compensation_given_by,compensation_given_at'];
  for (let i = 0; i < 30; i++) {
    const at = new Date(+SHOP_START + Math.floor(r.next() * span));
    const when = (d: Date) => format(d, "yyyy-MM-dd'T'HH:mm");
    const cents = r.int(100, 6_000);
    rows.push(
      [when(at), `Imported ${i}`, r.chance(0.7) ? r.pick(CAUSES).name : '', r.pick(COMPENSATION_KINDS), `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
        r.pick(['ben Barista', 'Ávila Weekend', 'Pat Imported']), when(addMinutes(at, 15))].join(','),
    );
  }
  c.setNow(SHOP_END);
  made.overAllowance = (await c.importCsv(rows.join('\n'))).overAllowanceUnapproved;

  // Later, on the last day: follow-ups kept on time, late, or not at all; then some removals.
  c.setNow(SHOP_END);
  for (const f of followUps) {
    const done = r.pick(['early', 'late', 'never'] as const);
    const followedUpAt = done === 'never' ? null : addMinutes(f.due, done === 'early' ? -r.int(0, 600) : r.int(1, 4_000));
    await c.call('incidents.update', {
      id: f.id,
      changes: { followUpDueAt: f.due.toISOString(), followedUpAt: followedUpAt && +followedUpAt < +SHOP_END ? followedUpAt.toISOString() : null },
    });
    made.followUps++;
  }
  for (const month of [0, 2, 3, 5, 7]) {
    await c.call('figures.setTransactions', { month: format(addMonths(SHOP_START, month), 'yyyy-MM'), count: r.int(700, 4_321) });
  }
  for (const id of entries) {
    if (!r.chance(0.05)) continue;
    await c.call('compensations.remove', { id });
    made.entriesRemoved++;
  }
  for (const id of ids) {
    if (!r.chance(0.05)) continue;
    await c.call('incidents.remove', { id });
    made.removed++;
  }
  return { ...made, causes, staff };
}

/** Lessons on the causes, done at different moments (before, within and after the figures' windows), and some not done. */
export async function writeLessons(c: Caller, causes: { id: number }[], owner: number): Promise<number[]> {
  const ids: number[] = [];
  const doneAt = [new Date(2026, 4, 10, 9), new Date(2026, 6, 1, 0), new Date(2026, 8, 15, 16, 30), new Date(2026, 10, 1, 8), null];
  for (const [i, cause] of causes.entries()) {
    const at = doneAt[i % doneAt.length]!;
    c.setNow(at ?? SHOP_END);
    const lesson = await c.call('lessons.create', {
      title: `Lesson ${i}: fix the cause`,
      rootCauseId: cause.id,
      ownerId: owner,
      status: at ? 'done' : 'in_progress',
      dueAt: at ? null : '2026-12-01',
    });
    ids.push(lesson.lesson.id);
  }
  c.setNow(SHOP_END);
  return ids;
}

/**
 * February, before the shop's year: ties everywhere an order is decided. Two causes and no cause
 * with the same count and the same total, entries given at the same instant, two lessons written at once.
 */
export async function writeTies(c: Caller, causes: { id: number }[], staff: number[]): Promise<void> {
  const at = new Date(2026, 1, 10, 12, 0, 0);
  c.setNow(addMinutes(at, 5));
  for (const cause of [causes[0]!, causes[1]!, null, causes[2]!]) {
    for (let i = 0; i < 2; i++) {
      const { incident } = await c.call('incidents.create', { whatHappened: 'A tie', occurredAt: at.toISOString(), channel: 'phone' });
      await c.call('incidents.update', { id: incident.id, changes: { rootCauseId: cause?.id ?? null, scoreBefore: 6, scoreAfter: 9 } });
      for (const kind of ['refund', 'gift'] as const) {
        await c.call('compensations.add', { incidentId: incident.id, kind, cost: 1_250, givenById: staff[0]!, givenAt: at.toISOString() });
      }
    }
  }
  c.setNow(new Date(2026, 1, 20, 9));
  for (const title of ['Tie one', 'Tie two']) await c.call('lessons.create', { title, rootCauseId: causes[0]!.id, status: 'proposed' });
}
