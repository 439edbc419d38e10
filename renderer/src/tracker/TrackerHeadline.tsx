// The month at a glance: total given, how many entries, and the change from last month.
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { CompensationMonth } from '../../../shared/schemas/compensation';
import { monthName } from '../lib/months';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
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
  const t = useT();
  return (
    <Paper withBorder p="md" role="group" aria-label={detail ? t('tracker.figure.ariaDetail', { label, value, detail }) : t('tracker.figure.aria', { label, value })}>
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
  const t = useT();
  const name = monthName(data.month, fmt.locale);
  const previousName = monthName(data.previous.month, fmt.locale, false);
  const change = comparison(data.total, data.previous.total, previousName, fmt.money, t);
  const entries = (n: number) => t('tracker.head.entries', { count: n, n: fmt.count(n) });
  // An allowance of 0 means "always ask": that is the rule working, not someone past it. Entries
  // imported past an allowance with nobody's approval are past it, whatever the allowance.
  const over = data.byStaff.filter((s) => (s.allowance > 0 && s.spent > s.allowance) || s.unapprovedCount > 0);
  const overNames = over.map((s) => s.name);
  // The month's vouchers, redeemed whenever: one from October redeemed in November counts here.
  const vouchers = useVoucherCounts(data.period).data;
  return (
    <SimpleGrid cols={4} spacing="md">
      <Figure label={t('tracker.head.givenIn', { month: name })} value={fmt.money(data.total)} detail={entries(data.count)} />
      <Figure
        label={t('tracker.head.compared', { month: previousName })}
        value={change.text}
        color={COLOR[change.direction]}
        small
        detail={t('tracker.head.previous', { month: previousName, total: fmt.money(data.previous.total), entries: entries(data.previous.count) })}
      />
      <Figure
        label={t('tracker.head.past')}
        value={t('tracker.head.people', { count: over.length, n: fmt.count(over.length) })}
        color={over.length > 0 ? 'orange' : undefined}
        detail={
          over.length === 0
            ? t('tracker.head.everyone')
            : overNames.length > 3
              ? t('tracker.head.andMore', { names: overNames.slice(0, 3).join(', '), count: fmt.count(overNames.length - 3) })
              : overNames.join(', ')
        }
      />
      <Figure label={t('tracker.head.vouchers', { month: name })} {...voucherWords(vouchers, fmt.count, t)} small />
    </SimpleGrid>
  );
}
