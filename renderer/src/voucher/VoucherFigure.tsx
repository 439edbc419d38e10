// "Vouchers redeemed: 4 of 10" for a period of local days: on Patterns and the compensation tracker.
import { Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { Period } from '../../../shared/schemas/patterns';
import { useCall } from '../api/useCall';
import { useFormat } from '../lib/useFormat';

/** The words for the two figures; "–" before they arrive. */
export function voucherWords(counts: { given: number; redeemed: number } | undefined, count: (n: number) => string): { value: string; detail: string } {
  if (!counts) return { value: '–', detail: '' };
  if (counts.given === 0) return { value: '0 given', detail: 'No vouchers given' };
  const share = Math.round((counts.redeemed / counts.given) * 100);
  return { value: `${count(counts.redeemed)} of ${count(counts.given)}`, detail: `${share}% of the vouchers given came back` };
}

export const useVoucherCounts = (period: Period) => useCall('vouchers.counts', period, { placeholderData: keepPreviousData, staleTime: 30_000 });

/** A small figure for the Recovery card's headline (Patterns). */
export function VoucherFigure({ period }: { period: Period }) {
  const fmt = useFormat();
  const { value, detail } = voucherWords(useVoucherCounts(period).data, fmt.count);
  return (
    <div title={detail || 'Vouchers given in the period, and how many of them have been redeemed'} aria-label={`Vouchers redeemed: ${value}`} role="group">
      <Text size="xs" c="dimmed" fw={600}>
        Vouchers redeemed
      </Text>
      <Text fw={800} fz={20} lh={1.2} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </div>
  );
}
