import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, minorToDecimal, moneyToInput, parseMoney } from '../../shared/format';

describe('money the shop’s way', () => {
  it('formats minor units with the locale and currency', () => {
    expect(formatMoney(1250, { locale: 'en-US', currency: 'USD' })).toBe('$12.50');
    expect(formatMoney(1250, { locale: 'de-DE', currency: 'EUR' })).toBe('12,50\u00a0€');
    expect(formatMoney(1250, { locale: 'ja-JP', currency: 'JPY' })).toBe('￥1,250');
  });

  it('reads typed amounts with the shop’s decimal mark into minor units', () => {
    expect(parseMoney('12.5', 'USD', 'en-US')).toBe(1250);
    expect(parseMoney('12,50', 'EUR', 'de-DE')).toBe(1250);
    expect(parseMoney('', 'USD')).toBe(0);
    expect(parseMoney('1250', 'JPY', 'ja-JP')).toBe(1250);
    expect(parseMoney('twelve', 'USD')).toBeNull();
    expect(parseMoney('1,234.56', 'USD', 'en-US')).toBe(123456);
    expect(parseMoney('1.234,56', 'EUR', 'de-DE')).toBe(123456);
    expect(parseMoney('1,000', 'USD', 'en-US')).toBe(100000);
    expect(parseMoney('1.000', 'EUR', 'de-DE')).toBe(100000);
    expect(parseMoney('1 234,56', 'EUR', 'fr-FR')).toBe(123456);
    expect(parseMoney('1.2.3', 'USD')).toBeNull();
    expect(parseMoney('-5', 'USD')).toBeNull();
  });

  it('refuses more decimals than the currency has, rather than guessing thousands', () => {
    expect(parseMoney('12.345', 'USD', 'en-US')).toBeNull();
    expect(parseMoney('12,345', 'EUR', 'de-DE')).toBeNull();
    expect(parseMoney('12.5', 'JPY', 'ja-JP')).toBeNull();
  });

  it('takes the other mark as a decimal typed out of habit when it does not group by three', () => {
    expect(parseMoney('12,50', 'USD', 'en-US')).toBe(1250);
    expect(parseMoney('12.50', 'EUR', 'de-DE')).toBe(1250);
  });

  it('never goes through floating point: amounts a float cannot hold print exactly', () => {
    // 2^53 - 1 cents is an exact integer, but dividing it by 100 as a float loses the last cent.
    expect(String(Number.MAX_SAFE_INTEGER / 100)).toBe('90071992547409.9');
    expect(minorToDecimal(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
    expect(minorToDecimal(-5, 2)).toBe('-0.05');
    expect(minorToDecimal(1234, 3)).toBe('1.234');
    expect(formatMoney(-1999, { locale: 'en-GB', currency: 'GBP' })).toBe('-£19.99');
    expect(formatMoney(123456789, { locale: 'fr-FR', currency: 'EUR' })).toBe('1\u202f234\u202f567,89\u00a0€');
    expect(formatMoney(1000, { locale: 'ar-BH', currency: 'BHD' })).toMatch(/١٫٠٠٠/);
  });

  it('round-trips through the input text', () => {
    for (const minor of [0, 5, 1999, 500_00]) expect(parseMoney(moneyToInput(minor, 'GBP'), 'GBP', 'en-GB')).toBe(minor);
    for (const [currency, locale] of [['EUR', 'de-DE'], ['BHD', 'de-DE'], ['JPY', 'ja-JP'], ['CHF', 'fr-CH']]) {
      for (const minor of [0, 7, 1000, 123_456]) expect(parseMoney(moneyToInput(minor, currency!, locale), currency!, locale)).toBe(minor);
    }
    expect(moneyToInput(1250, 'EUR', 'de-DE')).toBe('12,50');
    expect(currencyDigits('JPY')).toBe(0);
  });
});
