// Severity as one Tab stop: arrow keys move, 1–4 pick at once.
import { Input, SegmentedControl } from '@mantine/core';
import { type KeyboardEvent, useId } from 'react';
import { useOptions } from '../lib/options';
import { useT } from '../lib/useT';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: unknown;
}

export function SeverityField({ value, onChange, error }: Props) {
  const t = useT();
  const { severity } = useOptions();
  const labelId = useId();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || !severity.some((o) => o.value === e.key)) return;
    e.preventDefault();
    onChange(e.key);
    // Keep the focus on the chosen option so the arrow keys go on from there.
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${e.key}"]`)?.focus();
  };
  return (
    <Input.Wrapper label={t('incident.field.severity')} labelElement="div" labelProps={{ id: labelId }} description={t('quicklog.severityHint')} error={error as string | undefined}>
      <SegmentedControl
        aria-labelledby={labelId}
        data={severity}
        value={value}
        onChange={onChange}
        onKeyDown={onKeyDown}
        fullWidth
        size="md"
      />
    </Input.Wrapper>
  );
}
