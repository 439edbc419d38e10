import { Anchor, Button, Kbd, List, Stack, Text } from '@mantine/core';
import type { Settings } from '../../../shared/schemas/settings';
import { isBrowserMode } from '../api/invoke';
import { modKeyLabel } from '../lib/keyboard';

interface Props {
  settings: Settings;
  staffCount: number;
  counterName: string | null;
  busy: boolean;
  onBack: () => void;
  onFinish: (to: string) => void;
}

export function DoneStep({ settings, staffCount, counterName, busy, onBack, onFinish }: Props) {
  const logKey = isBrowserMode() ? 'N' : `${modKeyLabel}+N`;
  return (
    <Stack gap="md" maw={620}>
      <List spacing={4} size="md" aria-label="Your set-up">
        <List.Item>
          Shop: <strong>{settings.businessName}</strong>, in {settings.currency}, written as {settings.locale}
        </List.Item>
        <List.Item>Staff: {staffCount === 0 ? 'none yet' : staffCount === 1 ? '1 person' : `${staffCount} people`}</List.Item>
        <List.Item>At the counter: {counterName ?? 'nobody yet'}</List.Item>
      </List>
      <Text>
        To log an incident, press <Kbd>{logKey}</Kbd> on any screen. Press <Kbd>W</Kbd> to say who is at the counter.
      </Text>
      <Text>
        You can change all of this in{' '}
        <Anchor
          underline="always"
          href="#/settings"
          onClick={(e) => {
            e.preventDefault();
            onFinish('/settings');
          }}
        >
          Settings
        </Anchor>
        .
      </Text>
      <Stack gap="sm" align="flex-start" mt="sm">
        <Button size="lg" loading={busy} onClick={() => onFinish('/')} data-autofocus>
          Start using Makegood
        </Button>
        <Button variant="default" size="md" onClick={onBack}>
          Back
        </Button>
      </Stack>
    </Stack>
  );
}
