import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { formatDistanceToNowStrict, isPast } from 'date-fns';
import { CopyFollowUpMessage } from '../followups/CopyFollowUpMessage';
import { followUpPresets, fromLocalInput, toLocalInput } from '../lib/dates';
import { useFormat } from '../lib/useFormat';
import { Card } from './Card';
import { EditableText } from './EditableText';
import type { CardProps } from './types';

export function FollowUpCard({ incident: i, editor }: CardProps) {
  const fmt = useFormat();
  const due = i.followUpDueAt;
  const done = i.followedUpAt;
  const promise = (at: Date) => void editor.save({ followUpDueAt: at.toISOString() });
  return (
    <Card title="Follow-up promise" id="card-follow-up">
      <Stack gap="sm">
        <Text aria-live="polite">
          {due ? (
            <>
              Due {fmt.dateTime(due)} ({formatDistanceToNowStrict(new Date(due), { addSuffix: true })}){' '}
              {done ? (
                <Badge color="teal">Followed up {fmt.dateTime(done)}</Badge>
              ) : (
                isPast(new Date(due)) && <Badge color="red">Overdue</Badge>
              )}
            </>
          ) : (
            <Text span c="dimmed">
              No follow-up promised.
            </Text>
          )}
        </Text>
        <Group gap="xs">
          {followUpPresets(new Date()).map((p) => (
            <Button key={p.label} variant="light" onClick={() => promise(p.at)} title={p.hint}>
              {p.label}
            </Button>
          ))}
        </Group>
        <EditableText
          label="Follow-up due"
          type="datetime-local"
          value={due ? toLocalInput(due) : ''}
          error={editor.errors.followUpDueAt}
          onCommit={(v) => {
            if (v === '') return editor.save({ followUpDueAt: null });
            const at = fromLocalInput(v);
            return at ? editor.save({ followUpDueAt: at }) : undefined;
          }}
        />
        <Group gap="xs">
          {done ? (
            <Button variant="default" onClick={() => void editor.save({ followedUpAt: null })}>
              Undo followed up
            </Button>
          ) : (
            <Button color="teal" onClick={() => void editor.save({ followedUpAt: new Date().toISOString() })}>
              Followed up
            </Button>
          )}
          <Button variant="subtle" color="gray" disabled={!due && !done} onClick={() => void editor.save({ followUpDueAt: null, followedUpAt: null })}>
            Clear follow-up
          </Button>
          <CopyFollowUpMessage incident={i} />
        </Group>
      </Stack>
    </Card>
  );
}
