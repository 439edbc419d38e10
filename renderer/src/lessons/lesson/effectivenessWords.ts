// The effectiveness in sentences a shop owner reads at a glance.
import type { Effectiveness } from '../../../../shared/schemas/lesson';
import type { MessageId } from '../../../../shared/i18n/catalog';
import type { useT } from '../../lib/useT';
import { per30Text } from './effectivenessData';

type Translate = ReturnType<typeof useT>;

/** The measured verdict, naming the cause when it has one. */
const VERDICT: Record<'fewer' | 'more' | 'same', { ofCause: MessageId; ofItsCause: MessageId }> = {
  fewer: { ofCause: 'lessons.effect.fewerOf', ofItsCause: 'lessons.effect.fewer' },
  more: { ofCause: 'lessons.effect.moreOf', ofItsCause: 'lessons.effect.more' },
  same: { ofCause: 'lessons.effect.sameOf', ofItsCause: 'lessons.effect.same' },
};

export interface Words {
  headline: string;
  detail: string | null;
}

export function effectivenessWords(e: Effectiveness, cause: string | null, locale: string, t: Translate, dropped = false): Words {
  if (dropped) return { headline: t('domain.lessonStatus.dropped'), detail: t('lessons.effect.droppedDetail') };
  const n = (x: number) => per30Text(x, locale);
  const figures = e.before && e.after ? t('lessons.effect.figures', { before: n(e.before.per30), after: n(e.after.per30) }) : null;
  switch (e.state) {
    case 'not_done':
      return { headline: t('lessons.verdict.notDone'), detail: t('lessons.effect.notDoneDetail') };
    case 'no_cause':
      return { headline: t('lessons.effect.noCause'), detail: t('lessons.effect.noCauseDetail') };
    case 'too_early': {
      const days = e.daysSinceDone ?? 0;
      return {
        headline: t('lessons.verdict.tooEarly'),
        detail: figures ? t('lessons.effect.tooEarlySoFar', { days, figures }) : t('lessons.effect.tooEarlyDetail', { days }),
      };
    }
    case 'measured': {
      const ids = VERDICT[e.verdict === 'fewer' || e.verdict === 'more' ? e.verdict : 'same'];
      return { headline: cause ? t(ids.ofCause, { cause }) : t(ids.ofItsCause), detail: figures };
    }
  }
}
