import { Badge } from '@mantine/core';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { VoucherStatus } from '../../../shared/schemas/voucher';
import { useT } from '../lib/useT';
import { STATUS_COLORS } from './voucherStatus';

const WORDS: Record<VoucherStatus, MessageId> = {
  valid: 'voucher.status.valid',
  redeemed: 'voucher.status.redeemed',
  expired: 'voucher.status.expired',
  removed: 'voucher.status.removed',
};

export function VoucherBadge({ status }: { status: VoucherStatus }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(WORDS[status])}
    </Badge>
  );
}
