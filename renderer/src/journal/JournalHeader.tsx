import { Text } from '@mantine/core';

const COLUMNS = ['Ref', 'Status', 'Severity', 'Category', 'Channel', 'What happened', 'Customer', 'When'];

// Column titles above the rows; the rows carry their own accessible names.
export function JournalHeader() {
  return (
    <div className="mg-row" aria-hidden style={{ height: 28, borderBottom: 'none' }}>
      {COLUMNS.map((c) => (
        <Text key={c} size="xs" fw={700} c="dimmed" tt="uppercase" className="mg-cell">
          {c}
        </Text>
      ))}
    </div>
  );
}
