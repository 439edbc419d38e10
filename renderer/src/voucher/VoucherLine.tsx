// A voucher's code and state under its entry on the incident page, with Print slip.
import { Badge, Group, Text } from '@mantine/core';
import type { Compensation } from '../../../shared/schemas/compensation';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { PrintSlipButton } from './PrintSlipButton';
import { STATUS_COLORS, statusAt, statusWords } from './voucherStatus';

export function VoucherLine({ entry }: { entry: Compensation }) {
  const fmt = useFormat();
  const t = useT();
  if (entry.code === null) return null;
  const status = statusAt(entry);
  return (
    <Group gap="xs" mt={4} wrap="wrap" aria-label={t('voucher.line.label', { code: entry.code })} role="group">
      <Text ff="monospace" fw={700} size="lg">
        {entry.code}
      </Text>
      <Badge color={STATUS_COLORS[status]} variant="light" size="lg">
        {statusWords(entry, fmt.date, t)}
      </Badge>
      <PrintSlipButton id={entry.id} code={entry.code} />
    </Group>
  );
}
