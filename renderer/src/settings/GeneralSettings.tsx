import { Input, Select, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { useSettings } from '../api/lookups';
import { EditableText } from '../incident/EditableText';
import { useFormat } from '../lib/useFormat';
import { TypeToPick } from '../lib/TypeToPick';
import { useT } from '../lib/useT';
import { useCurrencyData, useLocaleData } from './choices';
import { useSave } from './useSave';

/** Each language by its own name (not translated: a person looks for the one they read). */
const LANGUAGE_CHOICES = LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

export function GeneralSettings() {
  const t = useT();
  const { data: s } = useSettings();
  const save = useSave();
  const fmt = useFormat();
  const currencies = useCurrencyData();
  const list = useLocaleData();
  const locales = useMemo(() => {
    // A locale set elsewhere (CLI, import) must still show as chosen.
    return s && !list.some((l) => l.value === s.locale) ? [{ value: s.locale, label: s.locale }, ...list] : list;
  }, [s, list]);
  if (!s) return null;
  return (
    <Stack maw={560} gap="md">
      <EditableText label={t('settings.shop.businessName')} value={s.businessName} onCommit={(v) => save('settings.update', { businessName: v }).then(Boolean)} />
      <Select
        label={t('settings.shop.language')}
        description={t('settings.shop.languageHint')}
        data={LANGUAGE_CHOICES}
        value={s.language}
        allowDeselect={false}
        onChange={(v) => v && void save('settings.update', { language: v as Language })}
      />
      <TypeToPick
        label={t('settings.shop.currency')}
        data={currencies}
        value={s.currency}
        onChange={(v) => void save('settings.update', { currency: v })}
        nothingFound={t('settings.shop.noSuchCurrency')}
      />
      <TypeToPick
        label={t('settings.shop.locale')}
        description={t('settings.shop.localeHint')}
        data={locales}
        value={s.locale}
        onChange={(v) => void save('settings.update', { locale: v })}
      />
      <Text size="sm" c="dimmed">
        {t('settings.shop.example', { date: fmt.dateTime(new Date()), money: fmt.money(123456) })}
      </Text>
      <Input.Wrapper label={t('settings.shop.theme')} id="theme-label">
        <div>
          <SegmentedControl
            aria-labelledby="theme-label"
            value={s.theme}
            onChange={(v) => void save('settings.update', { theme: v as 'auto' | 'light' | 'dark' })}
            data={[
              { value: 'auto', label: t('settings.shop.theme.auto') },
              { value: 'light', label: t('settings.shop.theme.light') },
              { value: 'dark', label: t('settings.shop.theme.dark') },
            ]}
          />
        </div>
      </Input.Wrapper>
    </Stack>
  );
}
