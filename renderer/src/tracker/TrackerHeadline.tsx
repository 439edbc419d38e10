// The month at a glance: total given, how many entries, and the change from last month.
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { CompensationMonth } from '../../../shared/schemas/compensation';
import { monthName } from '../lib/months';
import { useFormat } from '../lib/useFormat';
import { useVoucherCounts, voucherWords } from '../voucher/VoucherFigure';
import { comparison } from './comparison';

const COLOR = { up: 'red', down: 'teal', same: undefined } as const;

interface FigureProps {
  label: string;
  value: string;
  detail?: string;
  color?: string | undefined;
  small?: boolean;
}

function Figure({ label, value, detail, color, small }: FigureProps) {
  return (
    <Paper withBorder p="md" role="group" aria-label={`${label}: ${value}${detail ? `, ${detail}` : ''}`}>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={small ? 24 : 32} fw={800} lh={1.2} c={color}>
        {value}
      </Text>
      {detail && (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}

export function TrackerHeadline({ data }: { data: CompensationMonth }) {
  const fmt = useFormat();
  const name = monthName(data.month, fmt.locale);
  const previousName = monthName(data.previous.month, fmt.locale, false);
  const change = comparison(data.total, data.previous.total, previousName, fmt.money);
  const entries = (n: number) => `${fmt.count(n)} ${n === 1 ? 'entry' : 'entries'}`;
  // An allowance of 0 means "always ask": that is the rule working, not someone past it. Entries
  // imported past an allowance with nobody's approval are past it, whatever the allowance.
  const over = data.byStaff.filter((s) => (s.allowance > 0 && s.spent > s.allowance) || s.unapprovedCount > 0);
  const overNames = over.map((s) => s.name);
  // The month's vouchers, redeemed whenever: one from October redeemed in November counts here.
  const vouchers = useVoucherCounts(data.period).data;
  return (
    <SimpleGrid cols={4} spacing="md">
      <Figure label={`Given in ${name}`} value={fmt.money(data.total)} detail={entries(data.count)} />
      <Figure
        label={`Compared with ${previousName}`}
        value={change.text}
        color={COLOR[change.direction]}
        small
        detail={`${previousName}: ${fmt.money(data.previous.total)}, ${entries(data.previous.count)}`}
      />
      <Figure
        label="Past their allowance"
        value={`${fmt.count(over.length)} ${over.length === 1 ? 'person' : 'people'}`}
        color={over.length > 0 ? 'orange' : undefined}
        detail={over.length === 0 ? 'Everyone within the allowance' : overNames.length > 3 ? `${overNames.slice(0, 3).join(', ')} and ${overNames.length - 3} more` : overNames.join(', ')}
      />
      <Figure label={`Vouchers given in ${name}, redeemed`} {...voucherWords(vouchers, fmt.count)} small />
    </SimpleGrid>
  );
}
