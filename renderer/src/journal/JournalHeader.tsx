import { Text } from '@mantine/core';
import type { MessageId } from '../../../shared/i18n/catalog';
import { useT } from '../lib/useT';

const COLUMNS: MessageId[] = [
  'journal.column.ref',
  'journal.column.status',
  'journal.column.severity',
  'journal.column.category',
  'journal.column.channel',
  'journal.column.whatHappened',
  'journal.column.customer',
  'journal.column.when',
];

// Column titles above the rows; the rows carry their own accessible names.
export function JournalHeader() {
  const t = useT();
  return (
    <div className="mg-row" aria-hidden style={{ height: 28, borderBottom: 'none' }}>
      {COLUMNS.map((c) => (
        <Text key={c} size="xs" fw={700} c="dimmed" tt="uppercase" className="mg-cell">
          {t(c)}
        </Text>
      ))}
    </div>
  );
}
