// "Vouchers redeemed: 4 of 10" for a period of local days: on Patterns and the compensation tracker.
import { Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { Period } from '../../../shared/schemas/patterns';
import { useCall } from '../api/useCall';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

/** The words for the two figures; "–" before they arrive. */
export function voucherWords(
  counts: { given: number; redeemed: number } | undefined,
  count: (n: number) => string,
  t: ReturnType<typeof useT>,
): { value: string; detail: string } {
  if (!counts) return { value: '–', detail: '' };
  if (counts.given === 0) return { value: t('voucher.figure.noneGiven', { count: count(0) }), detail: t('voucher.figure.noVouchers') };
  const share = Math.round((counts.redeemed / counts.given) * 100);
  return {
    value: t('voucher.figure.ratio', { redeemed: count(counts.redeemed), given: count(counts.given) }),
    detail: t('voucher.figure.share', { share }),
  };
}

export const useVoucherCounts = (period: Period) => useCall('vouchers.counts', period, { placeholderData: keepPreviousData, staleTime: 30_000 });

/** A small figure for the Recovery card's headline (Patterns). */
export function VoucherFigure({ period }: { period: Period }) {
  const fmt = useFormat();
  const t = useT();
  const { value, detail } = voucherWords(useVoucherCounts(period).data, fmt.count, t);
  return (
    <div title={detail || t('voucher.figure.title')} aria-label={t('voucher.figure.ariaLabel', { value })} role="group">
      <Text size="xs" c="dimmed" fw={600}>
        {t('voucher.figure.label')}
      </Text>
      <Text fw={800} fz={20} lh={1.2} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </div>
  );
}
