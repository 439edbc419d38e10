import { Badge } from '@mantine/core';
import type { VoucherStatus } from '../../../shared/schemas/voucher';
import { STATUS_COLORS } from './voucherStatus';

const WORDS: Record<VoucherStatus, string> = { valid: 'Valid', redeemed: 'Redeemed', expired: 'Expired', removed: 'Removed' };

export const VoucherBadge = ({ status }: { status: VoucherStatus }) => (
  <Badge color={STATUS_COLORS[status]} variant="light">
    {WORDS[status]}
  </Badge>
);
