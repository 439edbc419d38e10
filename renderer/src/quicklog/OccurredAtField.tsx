// "Occurred at" as one Tab stop that reads "Now"; the date and time inputs open only when asked.
import { Button, Group, Input, TextInput } from '@mantine/core';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { fromLocalInput, toLocalInput } from '../lib/dates';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

interface Props {
  value: string;
  /** The value that means "now": the time the quick log opened. */
  now: string;
  onChange: (value: string) => void;
  onNow: () => void;
  error?: unknown;
}

export function OccurredAtField({ value, now, onChange, onNow, error }: Props) {
  const t = useT();
  const fmt = useFormat();
  const [picking, setPicking] = useState(false);
  const labelId = useId();
  const buttonId = useId();
  const pickerId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const iso = fromLocalInput(value);
  const shown = value === now ? t('quicklog.occurredAt.now') : iso ? fmt.dateTime(iso) : t('quicklog.occurredAt.notADate');

  const close = () => {
    setPicking(false);
    buttonRef.current?.focus();
  };
  // Enter and Esc finish the picking here, not the whole quick log.
  const onPickerKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' && e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };

  return (
    <Input.Wrapper label={t('incident.field.occurredAt')} labelElement="div" labelProps={{ id: labelId }} error={error as string | undefined}>
      <Button
        ref={buttonRef}
        id={buttonId}
        variant="default"
        fullWidth
        justify="space-between"
        aria-labelledby={`${labelId} ${buttonId}`}
        aria-expanded={picking}
        aria-controls={picking ? pickerId : undefined}
        onClick={() => setPicking((p) => !p)}
      >
        {shown}
      </Button>
      {picking && (
        <Group id={pickerId} gap="xs" mt={6} wrap="nowrap" align="flex-end">
          <TextInput
            type="datetime-local"
            aria-label={t('quicklog.occurredAt.picker')}
            // The dialog leaves Esc to this field.
            data-mantine-stop-propagation
            autoFocus
            value={value}
            onChange={(e) => onChange(e.currentTarget.value)}
            onKeyDown={onPickerKey}
            style={{ flex: 1 }}
          />
          <Button
            variant="subtle"
            onClick={() => {
              onNow();
              close();
            }}
          >
            {t('quicklog.occurredAt.useNow')}
          </Button>
        </Group>
      )}
    </Input.Wrapper>
  );
}

export const localNow = () => toLocalInput(new Date());
