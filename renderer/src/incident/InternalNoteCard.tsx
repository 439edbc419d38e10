import { Badge, Group, Paper, Title } from '@mantine/core';
import { useT } from '../lib/useT';
import { EditableText } from './EditableText';
import type { CardProps } from './types';

// Plainly marked: this may name staff and must never reach the customer.
export function InternalNoteCard({ incident: i, editor }: CardProps) {
  const t = useT();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="card-internal" bg="var(--mantine-color-yellow-light)">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="card-internal">
          {t('incident.field.internalNote')}
        </Title>
        <Badge color="yellow" variant="filled">
          {t('incident.note.teamOnly')}
        </Badge>
      </Group>
      <EditableText
        label={t('incident.field.internalNote')}
        description={t('incident.note.hint')}
        multiline
        value={i.internalNote}
        error={editor.errors.internalNote}
        onCommit={(v) => editor.save({ internalNote: v })}
      />
    </Paper>
  );
}
