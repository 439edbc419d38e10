import { Paper, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';

interface Props {
  label: string;
  value: string;
  color?: string | undefined;
  to?: string;
}

export function StatTile({ label, value, color, to }: Props) {
  const body = (
    <Paper withBorder p="md" h="100%">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={40} fw={800} lh={1.1} c={color}>
        {value}
      </Text>
    </Paper>
  );
  // Named by what it shows (label, then figure): an aria-label would say something else.
  if (!to) return <div>{body}</div>;
  return (
    <UnstyledButton component={Link} to={to}>
      {body}
    </UnstyledButton>
  );
}
