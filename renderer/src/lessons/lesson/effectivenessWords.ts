// The effectiveness in sentences a shop owner reads at a glance.
import type { Effectiveness } from '../../../../shared/schemas/lesson';
import { per30Text } from './effectivenessData';

export interface Words {
  headline: string;
  detail: string | null;
}

export function effectivenessWords(e: Effectiveness, cause: string | null, locale: string, dropped = false): Words {
  if (dropped) return { headline: 'Dropped', detail: 'A dropped lesson is not measured. Set it to done once the change is in place.' };
  const n = (x: number) => per30Text(x, locale);
  const figures = e.before && e.after ? `${n(e.before.per30)} per 30 days before → ${n(e.after.per30)} after` : null;
  const of = cause ? `incidents of “${cause}”` : 'incidents of its cause';
  switch (e.state) {
    case 'not_done':
      return { headline: 'Not done yet', detail: 'Effectiveness is measured from the day the lesson is marked done.' };
    case 'no_cause':
      return { headline: 'Nothing to measure', detail: 'Choose the root cause this lesson addresses to see whether it came back less.' };
    case 'too_early': {
      const days = e.daysSinceDone ?? 0;
      return { headline: 'Too early to tell', detail: `Done ${days === 1 ? '1 day' : `${days} days`} ago; measured from 30 days.${figures ? ` So far: ${figures}.` : ''}` };
    }
    case 'measured': {
      const verdict = e.verdict === 'fewer' ? `Fewer ${of} since the change` : e.verdict === 'more' ? `More ${of} since the change` : `About the same number of ${of}`;
      return { headline: verdict, detail: figures };
    }
  }
}
