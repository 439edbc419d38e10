import { Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { IncidentRow } from '../../../shared/schemas/incident';
import { ellipsize } from '../../../shared/text';
import { StatusBadge, SeverityBadge } from '../lib/badges';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { useAgo } from './useAgo';

interface Props {
  row: IncidentRow;
  index: number;
  category: string;
}

const shorten = (s: string, n = 140) => ellipsize(s, n);

export function JournalRow({ row, index, category }: Props) {
  const t = useT();
  const labels = useLabels();
  const ago = useAgo();
  const age = ago(row.occurredAt);
  const customer = row.customerName || t('journal.row.anonymous');
  return (
    <Link
      to={`/incidents/${row.id}`}
      className="mg-row"
      data-index={index}
      // Named by its cells, as shown: a shorter label would leave out what the row says.
    >
      <Text className="mg-cell" fw={600} ff="monospace" size="sm">
        {row.ref}
      </Text>
      <span>
        <StatusBadge status={row.status} />
      </span>
      <span>
        <SeverityBadge severity={row.severity} />
      </span>
      <Text className="mg-cell" size="sm">
        {category}
      </Text>
      <Text className="mg-cell" size="sm">
        {labels.channel(row.channel)}
      </Text>
      <Text className="mg-cell" size="sm" title={row.summary}>
        {shorten(row.summary)}
      </Text>
      <Text className="mg-cell" size="sm" c={row.customerName ? undefined : 'dimmed'}>
        {customer}
      </Text>
      <Text className="mg-cell" size="sm" c="dimmed" title={new Date(row.occurredAt).toLocaleString()}>
        {age}
      </Text>
    </Link>
  );
}

export function JournalRowPlaceholder() {
  const t = useT();
  return (
    <div className="mg-row" aria-hidden>
      <Badge variant="light" color="gray">
        {t('journal.loading')}
      </Badge>
    </div>
  );
}
