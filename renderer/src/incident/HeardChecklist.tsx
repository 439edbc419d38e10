// H.E.A.R.D. with one-key toggles; the server stamps the time.
import { Alert, Checkbox, Group, Kbd, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { STEPS } from '../../../shared/domain';
import { isPlainKey } from '../lib/keyboard';
import { useFormat } from '../lib/useFormat';
import { Card } from './Card';
import type { CardProps } from './types';

export function HeardChecklist({ incident: i, editor }: CardProps) {
  const fmt = useFormat();
  const latest = useRef({ i, editor });
  latest.current = { i, editor };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPlainKey(e)) return;
      const step = STEPS.find((s) => s.key === e.key.toLowerCase());
      const { i: inc, editor: ed } = latest.current;
      if (!step || ed.busy) return;
      e.preventDefault();
      void ed.setStep(step.step, inc[step.field] === null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Card title="Recovery steps (H.E.A.R.D.)" id="card-heard">
      <Stack gap="xs">
        {STEPS.map((s) => {
          const at = i[s.field];
          return (
            <Group key={s.step} justify="space-between" wrap="nowrap" mih={40}>
              <Checkbox
                size="md"
                checked={at !== null}
                disabled={editor.busy}
                onChange={(e) => void editor.setStep(s.step, e.currentTarget.checked)}
                label={s.label}
                description={s.hint}
                aria-keyshortcuts={s.key.toUpperCase()}
              />
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" c={at ? undefined : 'dimmed'}>
                  {at ? fmt.dateTime(at) : 'Not yet'}
                </Text>
                <Kbd aria-hidden>{s.key.toUpperCase()}</Kbd>
              </Group>
            </Group>
          );
        })}
        {editor.stepError && (
          <Alert color="red" role="alert">
            {editor.stepError}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
