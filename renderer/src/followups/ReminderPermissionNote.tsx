// Browser mode: reminders need the browser's permission, asked for from a click. The desktop app
// needs none (its main process shows them), so this says nothing there.
import { Button, Group, Paper, Text } from '@mantine/core';
import { useT } from '../lib/useT';
import { askForReminders, useReminderPermission } from './reminderPermission';

export function ReminderPermissionNote() {
  const t = useT();
  const permission = useReminderPermission();
  if (permission === 'default') {
    return (
      <Paper withBorder p="sm" component="section" aria-label={t('followups.reminders.label')}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('followups.reminders.ask')}</Text>
          <Button variant="light" onClick={() => void askForReminders()}>
            {t('followups.reminders.allow')}
          </Button>
        </Group>
      </Paper>
    );
  }
  if (permission === 'denied') {
    return (
      <Text size="sm" c="dimmed">
        {t('followups.reminders.blocked')}
      </Text>
    );
  }
  return null;
}
