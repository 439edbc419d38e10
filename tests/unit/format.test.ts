import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, minorToDecimal, moneyToInput, parseMoney } from '../../shared/format';

describe('money the shop’s way', () => {
  it('formats minor units with the locale and currency', () => {
    expect(formatMoney(1250, { locale: 'en-US', currency: 'USD' })).toBe('$12.50');
    expect(formatMoney(1250, { locale: 'de-DE', currency: 'EUR' })).toBe('12,50\u00a0€');
    expect(formatMoney(1250, { locale: 'ja-JP', currency: 'JPY' })).toBe('￥1,250');
  });

  it('reads typed amounts with either decimal mark into minor units', () => {
    expect(parseMoney('12.5', 'USD')).toBe(1250);
    expect(parseMoney('12,50', 'EUR')).toBe(1250);
    expect(parseMoney('', 'USD')).toBe(0);
    expect(parseMoney('1250', 'JPY')).toBe(1250);
    expect(parseMoney('twelve', 'USD')).toBeNull();
    expect(parseMoney('1,234.56', 'USD')).toBe(123456);
    expect(parseMoney('1,000', 'USD')).toBe(100000);
    expect(parseMoney('1.2.3', 'USD')).toBeNull();
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
    for (const minor of [0, 5, 1999, 500_00]) expect(parseMoney(moneyToInput(minor, 'GBP'), 'GBP')).toBe(minor);
    expect(currencyDigits('JPY')).toBe(0);
  });
});
