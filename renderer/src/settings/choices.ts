// The common currencies and locales first; every other ISO code stays reachable by search. Their
// names are in the language the screen speaks (a German shop reads "USD — US-Dollar").
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../lib/useT';

export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'INR', 'ZAR', 'BRL', 'MXN'];
export const COMMON_LOCALES = [
  'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-NZ', 'en-IE', 'en-IN', 'en-ZA', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CA', 'fr-CH',
  'es-ES', 'es-MX', 'it-IT', 'nl-NL', 'nl-BE', 'sv-SE', 'nb-NO', 'da-DK', 'fi-FI', 'pl-PL', 'pt-PT', 'pt-BR', 'ja-JP', 'zh-CN', 'ko-KR',
];

const displayName = (language: string, type: 'currency' | 'language', code: string) => {
  try {
    return new Intl.DisplayNames([language, 'en'], { type }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** The currencies in two groups, each named in `language` ("USD — US Dollar"); a screen asks useCurrencyData(). */
function currencyData(language: string, groups: { common: string; all: string }) {
  const all = Intl.supportedValuesOf('currency');
  const rest = all.filter((c) => !COMMON_CURRENCIES.includes(c));
  const item = (c: string) => ({ value: c, label: `${c} — ${displayName(language, 'currency', c)}` });
  return [
    { group: groups.common, items: COMMON_CURRENCIES.map(item) },
    { group: groups.all, items: rest.map(item) },
  ];
}

/** The common locales, each named in `language` ("en-US — American English"). */
const localeData = (language: string) => COMMON_LOCALES.map((l) => ({ value: l, label: `${l} — ${displayName(language, 'language', l)}` }));

/** The currency choices in the language the screen speaks. */
export function useCurrencyData() {
  const t = useT();
  const { locale } = useIntl();
  const common = t('settings.choices.common');
  const all = t('settings.choices.allCurrencies');
  return useMemo(() => currencyData(locale, { common, all }), [locale, common, all]);
}

/** The locale choices in the language the screen speaks. */
export function useLocaleData() {
  const { locale } = useIntl();
  return useMemo(() => localeData(locale), [locale]);
}
