// H.E.A.R.D. with one-key toggles; the server stamps the time.
import { Alert, Checkbox, Group, Kbd, Stack, Text } from '@mantine/core';
import { useEffect, useEffectEvent } from 'react';
import { STEPS } from '../../../shared/domain';
import { isPlainKey } from '../lib/keyboard';
import { useFormat } from '../lib/useFormat';
import { Card } from './Card';
import type { CardProps } from './types';

export function HeardChecklist({ incident: i, editor }: CardProps) {
  const fmt = useFormat();
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (!isPlainKey(e)) return;
    const step = STEPS.find((s) => s.key === e.key.toLowerCase());
    if (!step || editor.busy) return;
    e.preventDefault();
    void editor.setStep(step.step, i[step.field] === null);
  });

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
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
                description={
                  at ? (
                    <Text span size="sm" fw={600} c="teal">
                      Done {fmt.dateTime(at)}
                    </Text>
                  ) : (
                    s.hint
                  )
                }
                aria-keyshortcuts={s.key.toUpperCase()}
              />
              <Kbd aria-hidden>{s.key.toUpperCase()}</Kbd>
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
