// A locale's usual currency, to suggest one the owner has not picked yet (they can always pick another).
const BY_REGION: Record<string, string> = {
  US: 'USD', GB: 'GBP', AU: 'AUD', CA: 'CAD', NZ: 'NZD', IN: 'INR', ZA: 'ZAR', CH: 'CHF', SE: 'SEK', NO: 'NOK',
  DK: 'DKK', PL: 'PLN', BR: 'BRL', MX: 'MXN', JP: 'JPY', CN: 'CNY', KR: 'KRW',
  IE: 'EUR', DE: 'EUR', AT: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR', BE: 'EUR', FI: 'EUR', PT: 'EUR',
};

export function currencyForLocale(locale: string): string | undefined {
  const region = locale.split('-')[1]?.toUpperCase();
  return region ? BY_REGION[region] : undefined;
}
