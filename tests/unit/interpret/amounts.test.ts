import { describe, expect, it } from 'vitest';
import { DecimalMarkDetector, readAmount } from '../../../electron/main/core/data/amounts';
import type { Cell } from '../../../electron/main/core/data/sources/types';

const eur = (cell: Cell, fileMark: ',' | '.' | null = null, locale = 'de-DE') => readAmount(cell, 'EUR', locale, fileMark);
const usd = (cell: Cell, fileMark: ',' | '.' | null = null) => readAmount(cell, 'USD', 'en-US', fileMark);

describe('readAmount: the decimal mark the file uses', () => {
  it('reads a decimal comma or point, with groups of thousands', () => {
    expect(eur('4,50')).toEqual({ minor: 450 });
    expect(eur('4.50')).toEqual({ minor: 450 });
    expect(eur('4.5')).toEqual({ minor: 450 });
    expect(eur('1.234,56')).toEqual({ minor: 123456 });
    expect(eur('1,234.56')).toEqual({ minor: 123456 });
    expect(eur('1 234,56')).toEqual({ minor: 123456 });
    expect(eur('1\u202f234,56')).toEqual({ minor: 123456 });
    expect(readAmount("1'234.50", 'CHF', 'de-CH')).toEqual({ minor: 123450 });
    expect(eur('1.234.567')).toEqual({ minor: 123456700 });
    expect(usd('1,234,567')).toEqual({ minor: 123456700 });
    expect(eur('12')).toEqual({ minor: 1200 });
    expect(eur('0,500')).toEqual({ minor: 50 });
    expect(eur('4,')).toEqual({ minor: 400 });
    expect(usd(',50')).toEqual({ minor: 50 });
  });

  it('reads one mark before exactly three digits with the file\'s mark, else the shop\'s locale', () => {
    expect(eur('1.234')).toEqual({ minor: 123400 }); // de-DE: '.' groups
    expect(usd('1,234')).toEqual({ minor: 123400 }); // en-US: ',' groups
    expect(usd('1.234')).toEqual({ reason: '“1.234” is not an amount of money in USD: it has 3 decimal places, and USD has 2' });
    expect(eur('1,234', '.')).toEqual({ minor: 123400 }); // the file writes 4.50: the comma groups
    expect(usd('1.234', ',')).toEqual({ minor: 123400 }); // the file writes 4,50: the point groups
    expect(usd('1,500', ',')).toEqual({ minor: 150 }); // …and 1,500 is one and a half
    // A three-decimal currency reads the export's "12.500" as a decimal, whatever the locale.
    expect(readAmount('12.500', 'KWD', 'de-DE')).toEqual({ minor: 12500 });
  });

  it('refuses what is not a number, or has more decimals than the currency', () => {
    expect(usd('abc')).toEqual({ reason: '“abc” is not an amount of money such as 12.50' });
    expect(usd('1.2.3,4.5')).toEqual({ reason: '“1.2.3,4.5” is not an amount of money such as 12.50' });
    expect(usd('12,34,5')).toEqual({ reason: '“12,34,5” is not an amount of money such as 12.50' });
    expect(usd('4.505')).toEqual({ reason: '“4.505” is not an amount of money in USD: it has 3 decimal places, and USD has 2' });
    expect(usd('4.500', '.')).toEqual({ minor: 450 });
    expect(readAmount('12.5', 'JPY', 'ja-JP')).toEqual({ reason: '“12.5” is not an amount of money in JPY: it has 1 decimal places, and JPY has none' });
    expect(readAmount('1,250', 'JPY', 'ja-JP')).toEqual({ minor: 1250 });
  });

  it('refuses a negative amount however it is written', () => {
    for (const text of ['-4.50', '−4,50', '(4.50)', '4.50-', '-€4.50', '€ -4.50', '- 4.50']) {
      expect(eur(text), text).toEqual({ reason: `“${text}” cannot be negative: write what the compensation cost, 0 or more` });
    }
  });
});

describe('readAmount: currency symbols and codes', () => {
  it("takes the shop's own currency on either side", () => {
    for (const text of ['€4.50', '4,50 €', '€ 4,50', 'EUR 4.50', '4.50 EUR', '4.50eur', '+4,50 €']) expect(eur(text), text).toEqual({ minor: 450 });
    for (const text of ['$4.50', '$ 4.50', 'US$4.50', 'USD 4.50', '4.50 $']) expect(usd(text), text).toEqual({ minor: 450 });
    expect(readAmount('CA$4.50', 'CAD', 'en-CA')).toEqual({ minor: 450 });
    expect(readAmount('$4.50', 'AUD', 'en-AU')).toEqual({ minor: 450 });
    expect(readAmount('£4.50', 'GBP', 'en-GB')).toEqual({ minor: 450 });
    expect(readAmount('¥500', 'JPY', 'ja-JP')).toEqual({ minor: 500 });
    expect(readAmount('CHF 4.50', 'CHF', 'de-CH')).toEqual({ minor: 450 });
    expect(readAmount('Fr. 4.50', 'CHF', 'fr-CH')).toEqual({ minor: 450 });
    expect(readAmount('45 kr', 'SEK', 'sv-SE')).toEqual({ minor: 4500 });
  });

  it('refuses another currency, naming it', () => {
    expect(eur('£4.50')).toEqual({ reason: '“£4.50” is in GBP; this shop counts in EUR' });
    expect(eur('4.50 GBP')).toEqual({ reason: '“4.50 GBP” is in GBP; this shop counts in EUR' });
    expect(usd('€4.50')).toEqual({ reason: '“€4.50” is in EUR; this shop counts in USD' });
    expect(usd('CHF 4.50')).toEqual({ reason: '“CHF 4.50” is in CHF; this shop counts in USD' });
    expect(usd('CA$4.50')).toEqual({ reason: '“CA$4.50” is in CAD; this shop counts in USD' });
    expect(eur('$4.50')).toEqual({ reason: expect.stringMatching(/^“\$4.50” is in dollars \(.*USD.*\); this shop counts in EUR$/) });
    expect(eur('¥500')).toEqual({ reason: expect.stringMatching(/^“¥500” is in .*JPY.*; this shop counts in EUR$/) });
    // Not a currency at all, or two of them.
    expect(eur('4.50 apples')).toEqual({ reason: '“4.50 apples” is not an amount of money such as 12.50' });
    expect(eur('€4.50 EUR')).toEqual({ reason: '“€4.50 EUR” is not an amount of money such as 12.50' });
  });
});

describe("readAmount: a workbook's number", () => {
  it('takes it as it is, rounding only floating-point noise', () => {
    expect(usd(4.5)).toEqual({ minor: 450 });
    expect(usd(4.35)).toEqual({ minor: 435 }); // 4.35 * 100 is 434.99999999999994
    expect(usd(0)).toEqual({ minor: 0 });
    expect(usd(1234.56)).toEqual({ minor: 123456 });
    expect(readAmount(500, 'JPY', 'ja-JP')).toEqual({ minor: 500 });
    expect(usd(4.505)).toEqual({ reason: '“4.505” is not an amount of money in USD: it has 3 decimal places, and USD has 2' });
    expect(usd(-1)).toEqual({ reason: '“-1” cannot be negative: write what the compensation cost, 0 or more' });
    expect(usd(true)).toEqual({ reason: '“TRUE” is not an amount of money such as 12.50' });
    expect(usd({ kind: 'time', h: 1, mi: 0, s: 0 })).toEqual({ reason: '“01:00” is not an amount of money such as 12.50' });
  });
});

describe('DecimalMarkDetector', () => {
  it('settles the mark from values that read one way only, and ignores the ambiguous ones', () => {
    const detector = new DecimalMarkDetector();
    expect(detector.result()).toEqual({ none: true });
    for (const [cell, line] of [['1.234', 2], [4.5, 3], ['€ 4,50', 4], ['1.234,56', 5]] as [Cell, number][]) detector.add(cell, line);
    expect(detector.result()).toEqual({ mark: ',' });
    const points = new DecimalMarkDetector();
    for (const text of ['1,234', '12', '1,234,567', '$3.5']) points.add(text, 1);
    expect(points.result()).toEqual({ mark: '.' });
  });

  it('names the first line of each mark when the file uses both', () => {
    const detector = new DecimalMarkDetector();
    for (const [text, line] of [['4,50', 2], ['3,20', 3], ['1,234', 4], ['4.50', 7]] as [string, number][]) detector.add(text, line);
    expect(detector.result()).toEqual({ conflict: { ',': { count: 2, line: 2, text: '4,50' }, '.': { count: 1, line: 7, text: '4.50' } } });
  });
});
