// Words for a lesson's status and effectiveness, the same in the library, the lesson and the incident.
import { LESSON_STATUSES, type LessonStatus } from '../../../shared/domain';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { LessonSummary } from '../../../shared/schemas/lesson';
import type { Labels } from '../lib/useLabels';

export const lessonStatusOptions = (labels: Labels) => LESSON_STATUSES.map((s) => ({ value: s, label: labels.lessonStatus(s) }));
export const STATUS_COLOR: Record<LessonStatus, string> = { proposed: 'blue', in_progress: 'yellow', done: 'teal', dropped: 'gray' };

type Verdict = Pick<LessonSummary, 'verdict' | 'effectivenessState'> & { status?: LessonStatus };

/** The verdict in a word or three (a message id), and its colour. */
export function verdictWords({ verdict, effectivenessState, status }: Verdict): { label: MessageId; color: string } {
  if (status === 'dropped') return { label: 'lessons.verdict.notMeasured', color: 'gray' };
  if (effectivenessState === 'not_done') return { label: 'lessons.verdict.notDone', color: 'gray' };
  if (effectivenessState === 'no_cause') return { label: 'lessons.verdict.noCause', color: 'gray' };
  if (effectivenessState === 'too_early') return { label: 'lessons.verdict.tooEarly', color: 'blue' };
  if (verdict === 'fewer') return { label: 'lessons.verdict.fewer', color: 'teal' };
  if (verdict === 'more') return { label: 'lessons.verdict.more', color: 'red' };
  return { label: 'lessons.verdict.same', color: 'yellow' };
}

/** A due date is a calendar day; noon keeps it on that day in any time zone. */
export const dueDay = (d: string) => new Date(`${d}T12:00:00`);
