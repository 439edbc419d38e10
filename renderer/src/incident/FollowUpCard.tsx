import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { isPast } from 'date-fns';
import { CopyFollowUpMessage } from '../followups/CopyFollowUpMessage';
import { useAgo } from '../journal/useAgo';
import { fromLocalInput, toLocalInput, useFollowUpPresets } from '../lib/dates';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { Card } from './Card';
import { EditableText } from './EditableText';
import type { CardProps } from './types';

const SPACE = ' ';

export function FollowUpCard({ incident: i, editor }: CardProps) {
  const t = useT();
  const fmt = useFormat();
  const ago = useAgo();
  const followUpPresets = useFollowUpPresets();
  const due = i.followUpDueAt;
  const done = i.followedUpAt;
  const promise = (at: Date) => void editor.save({ followUpDueAt: at.toISOString() });
  return (
    <Card title={t('incident.followUp.title')} id="card-follow-up">
      <Stack gap="sm">
        <Text aria-live="polite">
          {due ? (
            <>
              {t('incident.followUp.due', { date: fmt.dateTime(due), relative: ago(due) })}
              {SPACE}
              {done ? (
                <Badge color="teal">{t('incident.followUp.doneAt', { date: fmt.dateTime(done) })}</Badge>
              ) : (
                isPast(new Date(due)) && <Badge color="red">{t('incident.followUp.overdue')}</Badge>
              )}
            </>
          ) : (
            <Text span c="dimmed">
              {t('incident.followUp.none')}
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
          label={t('incident.field.followUpDue')}
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
              {t('incident.followUp.undoDone')}
            </Button>
          ) : (
            <Button color="teal" onClick={() => void editor.save({ followedUpAt: new Date().toISOString() })}>
              {t('incident.followUp.markDone')}
            </Button>
          )}
          <Button variant="subtle" color="gray" disabled={!due && !done} onClick={() => void editor.save({ followUpDueAt: null, followedUpAt: null })}>
            {t('incident.followUp.clear')}
          </Button>
          <CopyFollowUpMessage incident={i} />
        </Group>
      </Stack>
    </Card>
  );
}
