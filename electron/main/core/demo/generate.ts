import { en, Faker } from '@faker-js/faker';
import { addDays, addMinutes, format, setHours, setMinutes, subDays } from 'date-fns';
import { DEFAULT_CATEGORIES } from '../../../../shared/domain';
import { SEED_CATEGORIES } from '../../../../shared/i18n/seeds';
import { conflict } from '../../../../shared/result';
import { isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { needsApproval } from '../domain/allowance';
import { writeHistory, type HistoricIncident } from '../domain/history';
import { writeHistoricLesson } from '../domain/lessons';
import { ensureRootCause } from '../domain/lists';
import { POLICIES } from '../domain/policy';
import { updateSettings } from '../domain/settings';
import { ensureStaff, setAllowance } from '../domain/staff';
import { say } from '../i18n/speak';
import { listCategories, listRootCauses } from '../repos/lists';
import { getSettings } from '../repos/settings';
import { CHANNEL_WEIGHTS, demoCatalog, type DemoCause, type DemoLesson } from './catalog';
import { localCustomers } from './people';

export interface DemoOptions {
  incidents: number;
  seed: number;
  now: Date;
}

const HOUR_WEIGHTS = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((hour) => ({
  value: hour,
  weight: hour >= 11 && hour <= 13 ? 3 : hour === 8 || hour === 9 ? 2 : 1,
}));

/**
 * Fills an empty journal with a year of realistic incidents, reproducibly by seed, through the
 * domain's history writer (domain/history.ts) in one transaction: the same rules as every other
 * write, with statements prepared once, which is what makes 100,000 incidents take seconds.
 */
export function generateDemo(db: Db, { incidents: count, seed, now }: DemoOptions): { incidents: number } {
  const existing = (db.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n;
  if (existing > 0) {
    throw conflict(say('demo.generate.notEmpty', { count: existing }));
  }
  const f = new Faker({ locale: [en] });
  f.seed(seed);
  const nowIso = now.toISOString();

  const made = db.transaction(() => {
    // The sample texts in the file's language: the same rows of each table, so the same figures.
    const language = getSettings(db).language;
    const { business, staff, compensations: offers, causes, lessons, items, amount, stories, notes, people } = demoCatalog(language);
    const local = people ? localCustomers(people, seed) : null;
    updateSettings(db, { businessName: business });
    const staffIds = staff.map((s) => {
      const id = ensureStaff(db, s.name, s.role, nowIso);
      setAllowance(db, id, s.allowance);
      return id;
    });
    // The demo's categories are the seeds' English names; a file started in another language has
    // them in its own (shared/i18n/seeds.ts, the same order).
    const seeded = SEED_CATEGORIES[language];
    const byName = new Map(listCategories(db).map((c) => [c.name, c.id]));
    const categoryIds = new Map(SEED_CATEGORIES.en.map((english, k) => [english, byName.get(english) ?? byName.get(seeded[k]!)] as const).filter((e): e is [string, number] => e[1] !== undefined));
    const causeIds = new Map<DemoCause, number>(causes.map((c) => [c, ensureRootCause(db, c.name, c.group)]));
    const plans = Array.from({ length: count }, () => planIncident(f, now)).sort((a, b) => +a.occurred - +b.occurred);

    // Each person's spend per month, so entries past an allowance carry an approver, as the rule demands.
    const spent = new Map<string, number>();
    const allowances = new Map(staff.map((s, i) => [staffIds[i], s.allowance]));
    const [ownerId, leadId] = staffIds;
    let batch: HistoricIncident[] = [];
    const flush = () => {
      writeHistory(db, batch, POLICIES.demo, nowIso);
      batch = [];
    };

    // Some customers come back (docs/domain.md, "Returning customers"): about one named customer in
    // twenty-four is someone from the recent ones, their phone typed another way. Picked by the index,
    // not the faker, so everything else stays as the seed made it before.
    const recentCustomers: NonNullable<HistoricIncident['customer']>[] = [];
    const returning = (customer: HistoricIncident['customer'], index: number): HistoricIncident['customer'] => {
      if (customer === null) return null;
      if (index % 24 === 5 && recentCustomers.length >= 20) {
        const before = recentCustomers[index % recentCustomers.length]!;
        const digits = before.phone.replace(/[^0-9]/g, '');
        return { ...before, phone: digits.length >= 7 ? digits.replace(/^(\d{3})(\d{3})(\d+)$/, '$1.$2.$3') : before.phone };
      }
      if (customer.phone !== '' || customer.email !== '') {
        recentCustomers.push(customer);
        if (recentCustomers.length > 40) recentCustomers.shift();
      }
      return customer;
    };

    plans.forEach((p, index) => {
      const ref = `MG-${index + 1}`;
      // A cause that got worse this month: it shows as rising on the Patterns screen.
      const recent = +p.occurred > +subDays(now, 30);
      const cause = f.helpers.weightedArrayElement(
        causes.map((c) => ({
          value: c,
          weight: c.weight * (recent ? (c.recentBoost ?? 1) : 1) * lessonEffect(lessons, c.name, p.occurred, now),
        })),
      );
      const categoryName = f.helpers.arrayElement(cause.categories);
      const story = f.helpers
        .arrayElement(stories[categoryName])
        .replace('{item}', f.helpers.arrayElement(items))
        .replace('{minutes}', String(f.number.int({ min: 10, max: 45 })))
        .replace('{amount}', amount(f.number.int({ min: 3, max: 14 }), f.helpers.arrayElement(['00', '50', '75'])));
      let customer: HistoricIncident['customer'] = null;
      if (f.number.float() < 0.55) {
        const name = f.person.fullName();
        customer = {
          name,
          phone: f.number.float() < 0.6 ? f.phone.number({ style: 'national' }) : '',
          email: f.number.float() < 0.4 ? f.internet.email({ firstName: name.split(' ')[0] }).toLowerCase() : '',
          note: '',
        };
        // Drawn in English all the same, so the rest of the year stays as the seed makes it.
        if (local) customer = local(customer);
      }
      customer = returning(customer, index);
      const handledBy = f.helpers.weightedArrayElement(staffIds.map((id, i) => ({ value: id, weight: i < 3 ? 1 : 3 })));
      // The cause is usually known once it is resolved; the huddle confirms it (Diagnose) later.
      const rootCauseId = p.diagnosed || (p.resolved && f.number.float() < 0.85) ? (causeIds.get(cause) ?? null) : null;
      const channel = f.helpers.weightedArrayElement(CHANNEL_WEIGHTS);
      const severity = f.helpers.weightedArrayElement([
        { value: 1, weight: 50 },
        { value: 2, weight: 30 },
        { value: 3, weight: 15 },
        { value: 4, weight: 5 },
      ] as const);
      const categoryId = categoryIds.get(categoryName) ?? categoryIds.get(DEFAULT_CATEGORIES[9]) ?? null;
      const teamLead = f.helpers.weightedArrayElement([
        { value: true, weight: 4 },
        { value: false, weight: 5 },
        { value: null, weight: 1 },
      ]);
      const internalNote = f.number.float() < 0.08 ? f.helpers.arrayElement(notes) : '';
      const compensations: HistoricIncident['compensations'] = [];
      if (p.resolved && f.number.float() < 0.4) {
        const { kind, min, max, text } = f.helpers.weightedArrayElement(offers);
        const cost = Math.round(f.number.int({ min, max }) / 50) * 50;
        const key = `${handledBy}:${format(p.resolved, 'yyyy-MM')}`;
        const before = spent.get(key) ?? 0;
        const approver = needsApproval(allowances.get(handledBy) ?? 0, before, cost) ? (handledBy === ownerId ? leadId : ownerId) : null;
        spent.set(key, before + cost);
        // Most retained customers bring their voucher back within three weeks: picked by the index,
        // not the faker, so the rest of the year stays as the seed made it before vouchers had codes.
        const back = kind === 'voucher' && p.outcome === 'retained' && index % 4 !== 0 ? addDays(p.resolved, 2 + (index % 19)) : null;
        const redeemedAt = back !== null && +back < +now ? iso(back) : null;
        compensations.push({ kind, description: text, cost, givenById: handledBy ?? null, givenAt: iso(p.resolved), approvedById: approver ?? null, redeemedAt });
      }
      batch.push({
        ref,
        occurredAt: iso(p.occurred),
        loggedAt: iso(p.logged),
        updatedAt: iso(p.lastChange),
        channel,
        customer,
        whatHappened: story,
        severity,
        categoryId,
        rootCauseId,
        handledById: handledBy ?? null,
        teamLeadPresent: teamLead,
        heardAt: isoOrNull(p.heard),
        empathizedAt: isoOrNull(p.empathized),
        apologizedAt: isoOrNull(p.apologized),
        resolvedAt: isoOrNull(p.resolved),
        diagnosedAt: isoOrNull(p.diagnosed),
        followUpDueAt: isoOrNull(p.followUpDue),
        followedUpAt: isoOrNull(p.followedUp),
        scoreBefore: p.scoreBefore,
        scoreAfter: p.scoreAfter,
        outcome: p.outcome,
        internalNote,
        compensations,
      });
      if (batch.length === BATCH) flush();
    });
    flush();
    insertLessons(db, lessons, staffIds, now);
    return { incidents: count };
  })();
  // A year of rows written at once: PostgreSQL plans from statistics and reads indexes alone where
  // a page is marked all-visible, and has neither until autovacuum comes by. (SQLite: issue 19.)
  if (isPostgres(db)) db.exec('VACUUM (ANALYZE)');
  return made;
}

// Written in slices, so the demo never holds the rows of a whole year of statements at once.
const BATCH = 5_000;

/** Once a lesson is done its cause comes up less often (or not), so its effectiveness shows. */
function lessonEffect(lessons: DemoLesson[], causeName: string, occurred: Date, now: Date): number {
  const lesson = lessons.find((l) => l.cause === causeName && l.doneDaysAgo !== undefined);
  if (!lesson?.doneDaysAgo || +occurred < +subDays(now, lesson.doneDaysAgo)) return 1;
  return lesson.effect ?? 1;
}

/** The team's lessons, each linked to a few of the incidents it came from. */
function insertLessons(db: Db, lessons: DemoLesson[], staffIds: number[], now: Date) {
  const causeId = (name: string) => listRootCauses(db).find((c) => c.name === name)?.id ?? null;
  const sources = db.prepare(
    'SELECT id FROM incidents WHERE root_cause_id = ? AND occurred_at < ? AND deleted_at IS NULL ORDER BY occurred_at DESC LIMIT 5',
  );
  for (const l of lessons) {
    const done = l.doneDaysAgo === undefined ? null : subDays(now, l.doneDaysAgo);
    const created = subDays(done ?? now, 25);
    const rootCauseId = causeId(l.cause);
    writeHistoricLesson(db, {
      title: l.title,
      whatWeLearned: l.whatWeLearned,
      change: l.change,
      rootCauseId,
      ownerId: staffIds[l.owner] ?? null,
      dueAt: format(l.dueInDays === undefined ? (done ?? now) : addDays(now, l.dueInDays), 'yyyy-MM-dd'),
      status: l.status,
      doneAt: done ? done.toISOString() : null,
      createdAt: created.toISOString(),
      updatedAt: (done ?? created).toISOString(),
      incidentIds: rootCauseId === null ? [] : (sources.pluck().all(rootCauseId, created.toISOString()) as number[]),
    });
  }
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const notAfter = (d: Date, now: Date) => (+d > +now ? null : d);

/** When each step happened for one incident; everything stays in the past. */
function planIncident(f: Faker, now: Date) {
  const day = subDays(now, f.number.int({ min: 0, max: 364 }));
  let occurred = setMinutes(setHours(day, f.helpers.weightedArrayElement(HOUR_WEIGHTS)), f.number.int({ min: 0, max: 59 }));
  if (+occurred > +now) occurred = subDays(occurred, 1);
  const ageDays = (+now - +occurred) / 86_400_000;
  const logged = notAfter(addMinutes(occurred, f.number.int({ min: 0, max: 10 })), now) ?? now;
  const step = (from: Date | null, chance: number, min: number, max: number) =>
    from && f.number.float() < chance ? notAfter(addMinutes(from, f.number.int({ min, max })), now) : null;
  const heard = step(occurred, 0.97, 0, 2);
  const empathized = step(heard, 0.9, 0, 3);
  const apologized = step(empathized ?? heard, 0.9, 0, 3);
  const resolveDelay = f.helpers.weightedArrayElement([
    { value: [5, 60], weight: 65 },
    { value: [60 * 20, 60 * 72], weight: 22 },
    { value: [60 * 24 * 4, 60 * 24 * 14], weight: 13 },
  ]);
  // Recent incidents are still being worked; older ones were nearly all resolved and, after
  // the weekly huddle, diagnosed — as in a shop that uses the log.
  const resolved = step(occurred, ageDays < 2 ? 0.6 : ageDays < 30 ? 0.95 : 0.997, resolveDelay[0] ?? 5, resolveDelay[1] ?? 60);
  const diagnoseChance = ageDays < 10 ? 0 : ageDays < 45 ? 0.6 : 0.97;
  const diagnosed = resolved ? step(resolved, diagnoseChance, 60 * 24, 60 * 24 * 10) : null;
  let followUpDue: Date | null = null;
  let followedUp: Date | null = null;
  if (f.number.float() < 0.3) {
    followUpDue = addDays(resolved ?? occurred, f.number.int({ min: 1, max: 3 }));
    // Most promises are kept on time, some late; only recent ones are still waiting.
    const overdueDays = (+now - +followUpDue) / 86_400_000;
    if (overdueDays > 0 && f.number.float() < (overdueDays > 14 ? 0.998 : 0.85)) {
      const late = f.number.float() < 0.85 ? 0 : f.number.int({ min: 60, max: 60 * 48 });
      followedUp = notAfter(addMinutes(followUpDue, f.number.int({ min: -600, max: 0 }) + late), now);
    }
  }
  const scoreBefore = f.number.float() < 0.55 ? f.helpers.weightedArrayElement(SCORE_BEFORE) : null;
  const scoreAfter =
    scoreBefore !== null && resolved && f.number.float() < 0.65 ? f.helpers.weightedArrayElement(SCORE_AFTER) : null;
  const outcome =
    ageDays > 30
      ? f.helpers.weightedArrayElement([
          { value: 'retained', weight: 65 },
          { value: 'lost', weight: 12 },
          { value: 'unknown', weight: 23 },
        ])
      : f.number.float() < 0.3
        ? 'retained'
        : 'unknown';
  const stamps = [logged, heard, empathized, apologized, resolved, diagnosed, followedUp].filter((d): d is Date => !!d);
  const lastChange = new Date(Math.max(...stamps.map(Number)));
  return { occurred, logged, heard, empathized, apologized, resolved, diagnosed, followUpDue, followedUp, scoreBefore, scoreAfter, outcome, lastChange };
}

const SCORE_BEFORE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => ({ value, weight: value <= 6 ? 6 : 2 }));
const SCORE_AFTER = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => ({ value, weight: value >= 9 ? 8 : value >= 7 ? 5 : 1 }));
