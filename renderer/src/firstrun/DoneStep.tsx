import { Anchor, Button, Kbd, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Settings } from '../../../shared/schemas/settings';
import { isBrowserMode } from '../api/invoke';
import { modKeyLabel } from '../lib/keyboard';
import { useRichT } from '../lib/useRichT';
import { useT } from '../lib/useT';

/** Keys, not words: the same on every keyboard. */
const LOG_KEY = 'N';
const COUNTER_KEY = 'W';

interface Props {
  settings: Settings;
  staffCount: number;
  counterName: string | null;
  busy: boolean;
  onBack: () => void;
  onFinish: (to: string) => void;
}

export function DoneStep({ settings, staffCount, counterName, busy, onBack, onFinish }: Props) {
  const t = useT();
  const rich = useRichT();
  const logKey = isBrowserMode() ? LOG_KEY : `${modKeyLabel}+${LOG_KEY}`;
  return (
    <Stack gap="md" maw={620}>
      <List spacing={4} size="md" aria-label={t('firstrun.done.list')}>
        <List.Item>
          {rich('firstrun.done.shop', {
            b: (words: ReactNode[]) => <strong>{words}</strong>,
            name: settings.businessName,
            currency: settings.currency,
            locale: settings.locale,
          })}
        </List.Item>
        <List.Item>{t('firstrun.done.staff', { count: staffCount })}</List.Item>
        <List.Item>{counterName === null ? t('firstrun.done.counterNobody') : t('firstrun.done.counter', { name: counterName })}</List.Item>
      </List>
      <Text>{rich('firstrun.done.keys', { logKey: <Kbd>{logKey}</Kbd>, counterKey: <Kbd>{COUNTER_KEY}</Kbd> })}</Text>
      <Text>
        {rich('firstrun.done.change', {
          link: (words: ReactNode[]) => (
            <Anchor
              underline="always"
              href="#/settings"
              onClick={(e) => {
                e.preventDefault();
                onFinish('/settings');
              }}
            >
              {words}
            </Anchor>
          ),
        })}
      </Text>
      <Stack gap="sm" align="flex-start" mt="sm">
        <Button size="lg" loading={busy} onClick={() => onFinish('/')} data-autofocus>
          {t('firstrun.done.start')}
        </Button>
        <Button variant="default" size="md" onClick={onBack}>
          {t('firstrun.back')}
        </Button>
      </Stack>
    </Stack>
  );
}
