import { addDays, subDays } from 'date-fns';
import type { Effectiveness } from '../../../../shared/schemas/lesson';
import type { Db } from '../db/open';

const WINDOW_DAYS = 90;
const MIN_DAYS = 30;
const DAY_MS = 86_400_000;

/** Fewer or more only when the rate moved by a quarter or more; small wobbles are "about the same". */
export function verdictFor(beforePer30: number, afterPer30: number): NonNullable<Effectiveness['verdict']> {
  if (afterPer30 <= beforePer30 * 0.75 && afterPer30 < beforePer30) return 'fewer';
  if (afterPer30 >= beforePer30 * 1.25 && afterPer30 > beforePer30) return 'more';
  return 'about_the_same';
}

const per30 = (incidents: number, days: number) => (days > 0 ? Math.round((incidents * 30 * 100) / days) / 100 : 0);

/**
 * docs/domain.md's effectiveness of a lesson: incidents with its root cause, by `occurred_at`, per
 * 30 days in the 90 days before `done_at` ([done − 90 d, done)) against the 90 days after
 * ([done, done + 90 d), or up to now for a lesson younger than that).
 */
export function effectiveness(
  db: Db,
  lesson: { rootCauseId: number | null; doneAt: string | null },
  now: Date,
): Effectiveness {
  const empty = { doneAt: lesson.doneAt, daysSinceDone: null, before: null, after: null, verdict: null, windows: [] };
  if (!lesson.doneAt) return { state: 'not_done', ...empty };
  if (lesson.rootCauseId === null) return { state: 'no_cause', ...empty };
  const done = new Date(lesson.doneAt);
  const count = db.prepare(
    'SELECT count(*) AS n FROM incidents WHERE root_cause_id = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?',
  );
  const incidents = (from: Date, to: Date) =>
    (count.get(lesson.rootCauseId, from.toISOString(), to.toISOString()) as { n: number }).n;

  const daysSinceDone = Math.max(0, Math.floor((+now - +done) / DAY_MS));
  const afterDays = Math.min(WINDOW_DAYS, daysSinceDone);
  const afterEnd = afterDays === WINDOW_DAYS ? addDays(done, WINDOW_DAYS) : now;
  const beforeCount = incidents(subDays(done, WINDOW_DAYS), done);
  const afterCount = +afterEnd > +done ? incidents(done, afterEnd) : 0;
  const before = { incidents: beforeCount, days: WINDOW_DAYS, per30: per30(beforeCount, WINDOW_DAYS) };
  const after = { incidents: afterCount, days: afterDays, per30: per30(afterCount, afterDays) };

  const windows = [-3, -2, -1, 0, 1, 2]
    .map((offset) => ({ offset, from: addDays(done, offset * 30), to: addDays(done, (offset + 1) * 30) }))
    .filter((w) => +w.from < +now)
    .map((w) => {
      const to = +w.to > +now ? now : w.to;
      return { offset: w.offset, from: w.from.toISOString(), to: to.toISOString(), incidents: incidents(w.from, to) };
    });

  const tooEarly = daysSinceDone < MIN_DAYS;
  return {
    state: tooEarly ? 'too_early' : 'measured',
    doneAt: lesson.doneAt,
    daysSinceDone,
    before,
    after,
    verdict: tooEarly ? null : verdictFor(before.per30, after.per30),
    windows,
  };
}
