// The tracker's month lives in the URL (`?month=2026-10`), this month when absent or unreadable.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isMonth } from '../../../shared/month';
import { monthOf } from '../lib/months';

export function useMonthParam() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('month');
  const month = isMonth(raw) ? raw : monthOf();
  const setMonth = useCallback(
    (next: string) => {
      if (!isMonth(next)) return;
      setParams(next === monthOf() ? {} : { month: next }, { replace: true });
    },
    [setParams],
  );
  return [month, setMonth] as const;
}
