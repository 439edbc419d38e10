// This month against last, in words: "▲ $12.00 more than September", "▼ … less", "Same as September".
import type { useT } from '../lib/useT';

export function comparison(total: number, previous: number, previousName: string, money: (minor: number) => string, t: ReturnType<typeof useT>) {
  const diff = total - previous;
  if (diff > 0) return { text: t('tracker.compare.more', { amount: money(diff), month: previousName }), direction: 'up' as const };
  if (diff < 0) return { text: t('tracker.compare.less', { amount: money(-diff), month: previousName }), direction: 'down' as const };
  return { text: t('tracker.compare.same', { month: previousName }), direction: 'same' as const };
}
