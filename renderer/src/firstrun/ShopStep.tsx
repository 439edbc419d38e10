import { Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatDateTime, formatMoney } from '../../../shared/format';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { Settings } from '../../../shared/schemas/settings';
import { errorMessage, issuesByPath } from '../api/call';
import { useWrite } from '../api/useCall';
import { TypeToPick } from '../lib/TypeToPick';
import { useT } from '../lib/useT';
import { COMMON_LOCALES, useCurrencyData, useLocaleData } from '../settings/choices';
import { currencyForLocale } from './currencyForLocale';
import { StepActions } from './StepActions';

/** The name every new file starts with (migration 0001), as data: the field shows it empty. */
const DEFAULT_NAME = 'My shop';
/** Each language by its own name (not translated: a person looks for the one they read). */
const LANGUAGE_CHOICES = LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

/** The computer's own locale, when the file still has the one every new file starts with. */
function startingLocale(s: Settings): string {
  const own = typeof navigator === 'undefined' ? undefined : navigator.language;
  return s.locale === 'en-US' && own && COMMON_LOCALES.includes(own) ? own : s.locale;
}

export function ShopStep({ settings, onNext, onSkip }: { settings: Settings; onNext: () => void; onSkip: () => void }) {
  const t = useT();
  const write = useWrite();
  const [language, setLanguage] = useState(settings.language);
  const [name, setName] = useState(settings.businessName === DEFAULT_NAME ? '' : settings.businessName);
  const [locale, setLocale] = useState(() => startingLocale(settings));
  const [currency, setCurrency] = useState(() => (settings.currency === 'USD' ? (currencyForLocale(locale) ?? 'USD') : settings.currency));
  // Until the owner picks a currency, it follows the locale they pick.
  const [currencyPicked, setCurrencyPicked] = useState(settings.currency !== 'USD');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const currencies = useCurrencyData();
  const localeList = useLocaleData();
  const locales = useMemo(
    () => (localeList.some((l) => l.value === locale) ? localeList : [{ value: locale, label: locale }, ...localeList]),
    [localeList, locale],
  );

  // Saved at once, so the rest of the set-up already speaks it.
  const pickLanguage = async (next: Language) => {
    setLanguage(next);
    try {
      await write('settings.update', { language: next });
      setErrors(({ language: _, ...rest }) => rest);
    } catch (error) {
      setErrors((e) => ({ ...e, language: errorMessage(error) }));
    }
  };

  const save = async () => {
    const changes = {
      ...(name.trim() && name.trim() !== settings.businessName ? { businessName: name.trim() } : {}),
      ...(currency !== settings.currency ? { currency } : {}),
      ...(locale !== settings.locale ? { locale } : {}),
    };
    setBusy(true);
    try {
      if (Object.keys(changes).length > 0) await write('settings.update', changes);
      onNext();
    } catch (error) {
      const byPath = issuesByPath(error);
      setErrors(Object.keys(byPath).length > 0 ? byPath : { businessName: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm" maw={520}>
        {/* First, so a new shop reads everything after it in its own language. */}
        <TypeToPick
          size="md"
          label={t('settings.shop.language')}
          description={t('settings.shop.languageHint')}
          data={LANGUAGE_CHOICES}
          value={language}
          error={errors.language}
          onChange={(v) => void pickLanguage(v as Language)}
          data-autofocus
        />
        <TextInput
          size="md"
          label={t('firstrun.shop.name')}
          description={t('firstrun.shop.nameHint')}
          placeholder={t('firstrun.shop.namePlaceholder')}
          value={name}
          error={errors.businessName}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <TypeToPick
          size="md"
          label={t('settings.shop.locale')}
          description={t('firstrun.shop.localeHint', { example: formatDateTime(new Date(), { locale }) })}
          data={locales}
          value={locale}
          error={errors.locale}
          onChange={(v) => {
            setLocale(v);
            if (!currencyPicked) setCurrency(currencyForLocale(v) ?? currency);
          }}
        />
        <TypeToPick
          size="md"
          label={t('settings.shop.currency')}
          description={t('firstrun.shop.currencyHint', { example: formatMoney(123456, { locale, currency }) })}
          data={currencies}
          value={currency}
          error={errors.currency}
          nothingFound={t('settings.shop.noSuchCurrency')}
          onChange={(v) => {
            setCurrency(v);
            setCurrencyPicked(true);
          }}
        />
      </Stack>
      <StepActions onSkip={onSkip} busy={busy} />
    </form>
  );
}
