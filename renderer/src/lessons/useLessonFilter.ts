// The library's filters live in the URL query, like the journal's.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CAUSE_GROUPS, LESSON_STATUSES } from '../../../shared/domain';
import type { LessonFilter } from '../api/keys';

/** `cause` comes from links (Patterns, a root cause); it has no select of its own. */
export const LESSON_PARAMS = ['q', 'status', 'group', 'owner', 'cause'] as const;
export type LessonParam = (typeof LESSON_PARAMS)[number];

const oneOf = <T extends string>(list: readonly T[], s: string): T | undefined => list.find((x) => x === s);

export function useLessonFilter() {
  const [params, setParams] = useSearchParams();
  const raw = useMemo(() => Object.fromEntries(LESSON_PARAMS.map((k) => [k, params.get(k) ?? ''])) as Record<LessonParam, string>, [params]);

  const filter = useMemo((): LessonFilter => {
    const owner = Number(raw.owner);
    const cause = Number(raw.cause);
    const f: LessonFilter = {
      q: raw.q.trim() || undefined,
      status: oneOf(LESSON_STATUSES, raw.status),
      group: oneOf(CAUSE_GROUPS, raw.group),
      ownerId: Number.isInteger(owner) && owner > 0 ? owner : undefined,
      rootCauseId: Number.isInteger(cause) && cause > 0 ? cause : undefined,
    };
    return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as LessonFilter;
  }, [raw]);

  const set = useCallback(
    (key: LessonParam, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { raw, filter, set, clear, active: LESSON_PARAMS.some((k) => raw[k] !== '') };
}
