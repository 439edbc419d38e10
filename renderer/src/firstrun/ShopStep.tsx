import { Select, Stack, TextInput } from '@mantine/core';
import { type FocusEvent, useMemo, useState } from 'react';
import { formatDateTime, formatMoney } from '../../../shared/format';
import type { Settings } from '../../../shared/schemas/settings';
import { errorMessage, issuesByPath } from '../api/call';
import { useWrite } from '../api/useCall';
import { COMMON_LOCALES, currencyData, localeData } from '../settings/choices';
import { currencyForLocale } from './currencyForLocale';
import { StepActions } from './StepActions';

const DEFAULT_NAME = 'My shop';
// Typing into a list's field replaces what it shows, rather than adding to it.
const selectAll = (e: FocusEvent<HTMLInputElement>) => e.currentTarget.select();

/** The computer's own locale, when the file still has the one every new file starts with. */
function startingLocale(s: Settings): string {
  const own = typeof navigator === 'undefined' ? undefined : navigator.language;
  return s.locale === 'en-US' && own && COMMON_LOCALES.includes(own) ? own : s.locale;
}

export function ShopStep({ settings, onNext, onSkip }: { settings: Settings; onNext: () => void; onSkip: () => void }) {
  const write = useWrite();
  const [name, setName] = useState(settings.businessName === DEFAULT_NAME ? '' : settings.businessName);
  const [locale, setLocale] = useState(() => startingLocale(settings));
  const [currency, setCurrency] = useState(() => (settings.currency === 'USD' ? (currencyForLocale(locale) ?? 'USD') : settings.currency));
  // Until the owner picks a currency, it follows the locale they pick.
  const [currencyPicked, setCurrencyPicked] = useState(settings.currency !== 'USD');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const currencies = useMemo(() => currencyData(), []);
  const locales = useMemo(() => {
    const list = localeData();
    return list.some((l) => l.value === locale) ? list : [{ value: locale, label: locale }, ...list];
  }, [locale]);

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
        <TextInput
          size="md"
          label="Shop name"
          description="It heads every screen and the monthly report."
          placeholder={DEFAULT_NAME}
          value={name}
          error={errors.businessName}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
        />
        <Select
          size="md"
          label="Locale"
          description={`How dates and numbers are written: ${formatDateTime(new Date(), { locale })}`}
          searchable
          selectFirstOptionOnChange
          onFocus={selectAll}
          allowDeselect={false}
          data={locales}
          value={locale}
          error={errors.locale}
          onChange={(v) => {
            if (!v) return;
            setLocale(v);
            if (!currencyPicked) setCurrency(currencyForLocale(v) ?? currency);
          }}
        />
        <Select
          size="md"
          label="Currency"
          description={`For what is given back to customers: ${formatMoney(123456, { locale, currency })}`}
          searchable
          selectFirstOptionOnChange
          onFocus={selectAll}
          allowDeselect={false}
          data={currencies}
          value={currency}
          error={errors.currency}
          nothingFoundMessage="No such currency"
          onChange={(v) => {
            if (!v) return;
            setCurrency(v);
            setCurrencyPicked(true);
          }}
        />
        {/* A place kept for the language: the app speaks only English until its translation lands. */}
        <TextInput size="md" label="Language" description="Makegood speaks English only for now; more languages come later." value="English" disabled />
      </Stack>
      <StepActions onSkip={onSkip} busy={busy} />
    </form>
  );
}
