import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, moneyToInput, parseMoney } from '../../shared/format';

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

  it('round-trips through the input text', () => {
    for (const minor of [0, 5, 1999, 500_00]) expect(parseMoney(moneyToInput(minor, 'GBP'), 'GBP')).toBe(minor);
    expect(currencyDigits('JPY')).toBe(0);
  });
});
