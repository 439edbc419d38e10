// Words for a lesson's status and effectiveness, the same in the library, the lesson and the incident.
import { LESSON_STATUS_LABELS, LESSON_STATUSES, type LessonStatus } from '../../../shared/domain';
import type { LessonSummary } from '../../../shared/schemas/lesson';

export const lessonStatusOptions = LESSON_STATUSES.map((s) => ({ value: s, label: LESSON_STATUS_LABELS[s] }));
export const STATUS_COLOR: Record<LessonStatus, string> = { proposed: 'blue', in_progress: 'yellow', done: 'teal', dropped: 'gray' };

type Verdict = Pick<LessonSummary, 'verdict' | 'effectivenessState'> & { status?: LessonStatus };

/** The verdict in a word or three, and its colour. */
export function verdictWords({ verdict, effectivenessState, status }: Verdict): { label: string; color: string } {
  if (status === 'dropped') return { label: 'Not measured', color: 'gray' };
  if (effectivenessState === 'not_done') return { label: 'Not done yet', color: 'gray' };
  if (effectivenessState === 'no_cause') return { label: 'No root cause to measure', color: 'gray' };
  if (effectivenessState === 'too_early') return { label: 'Too early to tell', color: 'blue' };
  if (verdict === 'fewer') return { label: 'Fewer', color: 'teal' };
  if (verdict === 'more') return { label: 'More', color: 'red' };
  return { label: 'About the same', color: 'yellow' };
}

/** A due date is a calendar day; noon keeps it on that day in any time zone. */
export const dueDay = (d: string) => new Date(`${d}T12:00:00`);
