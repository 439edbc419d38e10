// `#/lessons?cause=12&new=1` (from Patterns or a root cause) opens "New lesson" prefilled with the cause.
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { LessonPrefill } from './LessonFormModal';

export function useNewLessonFromLink(open: (prefill: LessonPrefill) => void): void {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('new') === '1';
  const cause = Number(params.get('cause'));
  useEffect(() => {
    if (!wanted) return;
    open({ rootCauseId: Number.isInteger(cause) && cause > 0 ? cause : null });
    // Once opened, the link has done its job: a reload must not open the form again.
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('new');
        return next;
      },
      { replace: true },
    );
  }, [wanted, cause, open, setParams]);
}
