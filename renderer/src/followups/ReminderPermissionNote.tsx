// Browser mode: reminders need the browser's permission, asked for from a click. The desktop app
// needs none (its main process shows them), so this says nothing there.
import { Button, Group, Paper, Text } from '@mantine/core';
import { askForReminders, useReminderPermission } from './reminderPermission';

export function ReminderPermissionNote() {
  const permission = useReminderPermission();
  if (permission === 'default') {
    return (
      <Paper withBorder p="sm" component="section" aria-label="Follow-up reminders">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">Get a desktop notification when a follow-up falls due, while this tab is open.</Text>
          <Button variant="light" onClick={() => void askForReminders()}>
            Allow reminders
          </Button>
        </Group>
      </Paper>
    );
  }
  if (permission === 'denied') {
    return (
      <Text size="sm" c="dimmed">
        Reminders are blocked for this page. To get them, allow notifications for it in your browser’s site settings.
      </Text>
    );
  }
  return null;
}
