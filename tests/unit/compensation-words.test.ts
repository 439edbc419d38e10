// The compensation form's reading of typed amounts, and the timeline's words for compensation events.
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/format';
import en from '../../shared/i18n/messages/en.json';
import { describeCompensation as describeCompensationIn, type Translate } from '../../renderer/src/incident/describeCompensation';
import { readCost as readCostIn } from '../../renderer/src/compensation/values';

const usd = (minor: number) => formatMoney(minor, { locale: 'en-US', currency: 'USD' });
// The timeline's words in English, as a screen under test speaks them.
const intl = createIntl({ locale: 'en', messages: en });
const t: Translate = (id, values) => intl.formatMessage({ id }, values);
const describeCompensation = (field: string, from: string | null, to: string | null, money: (minor: number) => string) => describeCompensationIn(field, from, to, money, t);
// The form's complaint about an amount, in English.
const readCost = (text: string, currency: string, locale: string) => {
  const read = readCostIn(text, currency, locale);
  return 'error' in read ? { error: t(read.error.id, read.error.values) } : read;
};
const json = (kind: string, cost: number, description = '') => JSON.stringify({ kind, cost, description });

describe('readCost', () => {
  it('reads amounts to whole minor units', () => {
    expect(readCost('65', 'USD', 'en-US')).toEqual({ minor: 6500 });
    expect(readCost(' 12.5 ', 'USD', 'en-US')).toEqual({ minor: 1250 });
    expect(readCost('1,234.56', 'USD', 'en-US')).toEqual({ minor: 123456 });
    expect(readCost('12,50', 'EUR', 'de-DE')).toEqual({ minor: 1250 });
    expect(readCost('1.000', 'EUR', 'de-DE')).toEqual({ minor: 100000 });
    expect(readCost('500', 'JPY', 'ja-JP')).toEqual({ minor: 500 });
  });
  it('names what is wrong with a bad amount', () => {
    expect(readCost('', 'USD', 'en-US')).toEqual({ error: 'Enter what it cost, such as 12.50' });
    expect(readCost('abc', 'USD', 'en-US')).toEqual({ error: 'Cost must be an amount such as 12.50' });
    expect(readCost('-5', 'USD', 'en-US')).toEqual({ error: 'Cost cannot be negative' });
    // parseMoney alone would read this as 12,345.00.
    expect(readCost('12.345', 'USD', 'en-US')).toEqual({ error: 'Cost can have at most 2 decimal places, such as 12.50' });
    expect(readCost('12.5', 'JPY', 'ja-JP')).toEqual({ error: 'Cost can have no decimal places, such as 1250' });
    expect(readCost('100000.01', 'USD', 'en-US')).toEqual({ error: 'Cost is larger than any make-good should be; check the amount' });
  });
});

describe('describeCompensation', () => {
  it('says what was given, changed and removed', () => {
    expect(describeCompensation('added', null, json('refund', 1250), usd)).toBe('Refund $12.50 given');
    expect(describeCompensation('changed', json('voucher', 1000), json('voucher', 1500), usd)).toBe('Voucher changed: $10.00 → $15.00');
    expect(describeCompensation('changed', json('refund', 500, 'a'), json('voucher', 500, 'b'), usd)).toBe(
      'Voucher changed: Refund → Voucher, description edited',
    );
    expect(describeCompensation('removed', json('refund', 1250), null, usd)).toBe('Refund removed');
    expect(describeCompensation('restored', null, json('refund', 1250), usd)).toBe('Refund $12.50 restored');
  });
  it('never throws on an unreadable value', () => {
    expect(describeCompensation('added', null, 'not json', usd)).toBe('Compensation given');
    expect(describeCompensation('changed', null, null, usd)).toBe('Compensation changed');
  });
});
