// The library's filters live in the URL query, like the journal's.
import { useMemo } from 'react';
import { CAUSE_GROUPS, LESSON_STATUSES } from '../../../shared/domain';
import type { Request } from '../../../shared/contract';
import { oneOf, positiveInt, useQueryParams } from '../lib/useQueryParams';

/** `cause` comes from links (Patterns, a root cause); it has no select of its own. */
export type LessonFilter = NonNullable<Request<'lessons.list'>['filter']>;

export const LESSON_PARAMS = ['q', 'status', 'group', 'owner', 'cause'] as const;
export type LessonParam = (typeof LESSON_PARAMS)[number];

export function useLessonFilter() {
  const { raw, set, clear, active } = useQueryParams(LESSON_PARAMS);

  const filter = useMemo((): LessonFilter => {
    const f: LessonFilter = {
      q: raw.q.trim() || undefined,
      status: oneOf(LESSON_STATUSES, raw.status),
      group: oneOf(CAUSE_GROUPS, raw.group),
      ownerId: positiveInt(raw.owner),
      rootCauseId: positiveInt(raw.cause),
    };
    return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as LessonFilter;
  }, [raw]);

  return { raw, filter, set, clear, active };
}
