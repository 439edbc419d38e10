// H.E.A.R.D. with one-key toggles; the server stamps the time.
import { Alert, Checkbox, Group, Kbd, Stack, Text } from '@mantine/core';
import { useEffect, useEffectEvent } from 'react';
import { STEPS } from '../../../shared/domain';
import { isPlainKey } from '../lib/keyboard';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { Card } from './Card';
import type { CardProps } from './types';

export function HeardChecklist({ incident: i, editor }: CardProps) {
  const t = useT();
  const labels = useLabels();
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
    <Card title={t('incident.heard.title')} id="card-heard">
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
                label={labels.step(s.step)}
                description={
                  at ? (
                    <Text span size="sm" fw={600} c="teal">
                      {t('incident.heard.done', { at: fmt.dateTime(at) })}
                    </Text>
                  ) : (
                    labels.stepHint(s.step)
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
