import { Badge } from '@mantine/core';
import { LESSON_STATUS_LABELS, type LessonStatus } from '../../../shared/domain';
import type { LessonSummary } from '../../../shared/schemas/lesson';
import { STATUS_COLOR, verdictWords } from './lessonOptions';

export const LessonStatusBadge = ({ status }: { status: LessonStatus }) => (
  <Badge color={STATUS_COLOR[status]} variant="light">
    {LESSON_STATUS_LABELS[status]}
  </Badge>
);

/** "Fewer", "About the same", "More", "Too early to tell", "Not done yet". */
export function VerdictBadge({ lesson }: { lesson: Pick<LessonSummary, 'verdict' | 'effectivenessState' | 'status'> }) {
  const { label, color } = verdictWords(lesson);
  return (
    <Badge color={color} variant={lesson.effectivenessState === 'measured' ? 'filled' : 'outline'} title="Incidents of the same root cause, before against after">
      {label}
    </Badge>
  );
}

export const OverdueBadge = () => (
  <Badge color="red" variant="filled">
    Overdue
  </Badge>
);
