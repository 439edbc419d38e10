// The common currencies and locales first; every other ISO code stays reachable by search.
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY', 'INR', 'ZAR', 'BRL', 'MXN'];
export const COMMON_LOCALES = [
  'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-NZ', 'en-IE', 'en-IN', 'en-ZA', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CA', 'fr-CH',
  'es-ES', 'es-MX', 'it-IT', 'nl-NL', 'nl-BE', 'sv-SE', 'nb-NO', 'da-DK', 'fi-FI', 'pl-PL', 'pt-PT', 'pt-BR', 'ja-JP', 'zh-CN', 'ko-KR',
];

const currencyName = (code: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
};
const localeName = (tag: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

export function currencyData() {
  const all = Intl.supportedValuesOf('currency');
  const rest = all.filter((c) => !COMMON_CURRENCIES.includes(c));
  const item = (c: string) => ({ value: c, label: `${c} — ${currencyName(c)}` });
  return [
    { group: 'Common', items: COMMON_CURRENCIES.map(item) },
    { group: 'All currencies', items: rest.map(item) },
  ];
}

export const localeData = () => COMMON_LOCALES.map((l) => ({ value: l, label: `${l} — ${localeName(l)}` }));
