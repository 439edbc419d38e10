// This month, last month, last 90 days, this year, or two days of the user's own.
import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useT } from '../lib/useT';
import { PRESETS, type Preset } from './periods';
import type { usePeriodParam } from './usePeriodParam';

type Props = ReturnType<typeof usePeriodParam>;

export function PeriodPicker({ preset, period, setPreset, setDay }: Props) {
  const t = useT();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-end">
      <SegmentedControl
        aria-label={t('patterns.period.label')}
        data={PRESETS.map((p) => ({ value: p.value, label: t(p.label) }))}
        value={preset}
        onChange={(v) => setPreset(v as Preset)}
      />
      {preset === 'custom' && (
        <>
          <TextInput type="date" label={t('patterns.period.from')} size="sm" value={period.from} max={period.to} onChange={(e) => setDay('from', e.currentTarget.value)} />
          <TextInput type="date" label={t('patterns.period.to')} size="sm" value={period.to} min={period.from} onChange={(e) => setDay('to', e.currentTarget.value)} />
        </>
      )}
    </Group>
  );
}
