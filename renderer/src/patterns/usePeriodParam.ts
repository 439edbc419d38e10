// The period lives in the URL (`?preset=last-90&from=…&to=…`): a preset is recomputed on opening, custom days are kept.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Period } from '../../../shared/schemas/patterns';
import { isDay, isPreset, presetPeriod, type Preset } from './periods';

export function usePeriodParam() {
  const [params, setParams] = useSearchParams();
  const rawPreset = params.get('preset');
  const preset: Preset = isPreset(rawPreset) ? rawPreset : 'this-month';
  const rawFrom = params.get('from');
  const rawTo = params.get('to');

  const period = useMemo((): Period => {
    if (preset !== 'custom') return presetPeriod(preset);
    const fallback = presetPeriod('this-month');
    const from = isDay(rawFrom) ? rawFrom : fallback.from;
    const to = isDay(rawTo) ? rawTo : fallback.to;
    // An inverted range is read as the one the user meant.
    return from <= to ? { from, to } : { from: to, to: from };
  }, [preset, rawFrom, rawTo]);

  const setPreset = useCallback(
    (next: Preset) => {
      // Custom starts from the days on screen, so switching to it changes nothing until a day is picked.
      const p = next === 'custom' ? period : presetPeriod(next);
      setParams({ preset: next, from: p.from, to: p.to }, { replace: true });
    },
    [period, setParams],
  );

  const setDay = useCallback(
    (edge: 'from' | 'to', value: string) => {
      if (!isDay(value)) return;
      setParams({ ...period, [edge]: value, preset: 'custom' }, { replace: true });
    },
    [period, setParams],
  );

  return { preset, period, setPreset, setDay };
}
