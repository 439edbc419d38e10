// Shared formatters bound to the shop's locale and currency.
import { useMemo } from 'react';
import { formatCount, formatDate, formatDateTime, formatMoney, formatTime } from '../../../shared/format';
import { useSettings } from '../api/lookups';

export function useFormat() {
  const { data } = useSettings();
  const locale = data?.locale ?? navigator.language;
  const currency = data?.currency ?? 'USD';
  return useMemo(() => {
    const f = { locale, currency };
    return {
      locale,
      currency,
      money: (minor: number) => formatMoney(minor, f),
      dateTime: (d: Date | string) => formatDateTime(d, f),
      date: (d: Date | string) => formatDate(d, f),
      time: (d: Date | string) => formatTime(d, f),
      count: (n: number) => formatCount(n, f),
    };
  }, [locale, currency]);
}
