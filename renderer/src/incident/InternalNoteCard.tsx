import { Badge, Group, Paper, Title } from '@mantine/core';
import { EditableText } from './EditableText';
import type { CardProps } from './types';

// Plainly marked: this may name staff and must never reach the customer.
export function InternalNoteCard({ incident: i, editor }: CardProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="card-internal" bg="var(--mantine-color-yellow-light)">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="card-internal">
          Internal note
        </Title>
        <Badge color="yellow" variant="filled">
          Team only
        </Badge>
      </Group>
      <EditableText
        label="Internal note"
        description="Team only — never shown to the customer"
        multiline
        value={i.internalNote}
        error={editor.errors.internalNote}
        onCommit={(v) => editor.save({ internalNote: v })}
      />
    </Paper>
  );
}
