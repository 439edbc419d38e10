import { Badge } from '@mantine/core';
import type { LessonStatus } from '../../../shared/domain';
import type { LessonSummary } from '../../../shared/schemas/lesson';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { STATUS_COLOR, verdictWords } from './lessonOptions';

export function LessonStatusBadge({ status }: { status: LessonStatus }) {
  const labels = useLabels();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {labels.lessonStatus(status)}
    </Badge>
  );
}

/** "Fewer", "About the same", "More", "Too early to tell", "Not done yet". */
export function VerdictBadge({ lesson }: { lesson: Pick<LessonSummary, 'verdict' | 'effectivenessState' | 'status'> }) {
  const t = useT();
  const { label, color } = verdictWords(lesson);
  return (
    <Badge color={color} variant={lesson.effectivenessState === 'measured' ? 'filled' : 'outline'} title={t('lessons.badge.verdictHint')}>
      {t(label)}
    </Badge>
  );
}

export function OverdueBadge() {
  const t = useT();
  return (
    <Badge color="red" variant="filled">
      {t('lessons.badge.overdue')}
    </Badge>
  );
}
