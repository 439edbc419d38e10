import { Input, Select, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useSettings } from '../api/lookups';
import { EditableText } from '../incident/EditableText';
import { useFormat } from '../lib/useFormat';
import { currencyData, localeData } from './choices';
import { useSave } from './useSave';

export function GeneralSettings() {
  const { data: s } = useSettings();
  const save = useSave();
  const fmt = useFormat();
  const currencies = useMemo(() => currencyData(), []);
  const locales = useMemo(() => {
    const list = localeData();
    // A locale set elsewhere (CLI, import) must still show as chosen.
    return s && !list.some((l) => l.value === s.locale) ? [{ value: s.locale, label: s.locale }, ...list] : list;
  }, [s]);
  if (!s) return null;
  return (
    <Stack maw={560} gap="md">
      <EditableText label="Business name" value={s.businessName} onCommit={(v) => save('settings.update', { businessName: v }).then(Boolean)} />
      <Select
        label="Currency"
        searchable
        data={currencies}
        value={s.currency}
        allowDeselect={false}
        onChange={(v) => v && void save('settings.update', { currency: v })}
        nothingFoundMessage="No such currency"
      />
      <Select
        label="Locale"
        description="How dates and numbers are written"
        searchable
        data={locales}
        value={s.locale}
        allowDeselect={false}
        onChange={(v) => v && void save('settings.update', { locale: v })}
      />
      <Text size="sm" c="dimmed">
        Example: {fmt.dateTime(new Date())} · {fmt.money(123456)}
      </Text>
      <Input.Wrapper label="Theme" id="theme-label">
        <div>
          <SegmentedControl
            aria-labelledby="theme-label"
            value={s.theme}
            onChange={(v) => void save('settings.update', { theme: v as 'auto' | 'light' | 'dark' })}
            data={[
              { value: 'auto', label: 'Follow the computer' },
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
          />
        </div>
      </Input.Wrapper>
    </Stack>
  );
}
