// One person's phone in any format: the rule erasing a customer uses (and repeat customers will).
import { describe, expect, it } from 'vitest';
import { phoneSpans, samePhone } from '../../shared/phone';

describe('samePhone', () => {
  it('is the same number with or without the country code, in any format', () => {
    expect(samePhone('(555) 867-5309', '+1 (555) 867-5309')).toBe(true);
    expect(samePhone('+1 (555) 867-5309', '(555) 867-5309')).toBe(true);
    expect(samePhone('555.867.5309', '1-555-867-5309')).toBe(true);
    expect(samePhone('+44 20 7946 0000', '020 7946 0000')).toBe(false); // the trunk 0 is not the country code
    expect(samePhone('+44 20 7946 0000', '20 7946 0000')).toBe(true);
  });

  it('takes a number without its area code when 7 digits or more are left', () => {
    expect(samePhone('867-5309', '+1 555 867 5309')).toBe(true);
    expect(samePhone('+1 555 867 5309', '8675309')).toBe(true);
    expect(samePhone('67-5309', '+1 555 867 5309')).toBe(false); // 6 digits
    expect(samePhone('5309', '5309')).toBe(false); // fewer than 7 digits never match, even equal
    expect(samePhone('', '')).toBe(false);
  });

  it('never matches a number that only shares its start or its middle', () => {
    expect(samePhone('555 867 5309', '555 867 5300')).toBe(false);
    expect(samePhone('555 867 5309', '555 867 53')).toBe(false);
    expect(samePhone('1 555 867 5309', '2 555 867 5309')).toBe(false); // neither ends in the other
    expect(samePhone('867 5309 1', '867 5309')).toBe(false);
  });
});

describe('phoneSpans', () => {
  const person = ['15558675309'];
  const erase = (text: string, numbers = person) => {
    let out = '';
    let at = 0;
    for (const s of phoneSpans(text, numbers)) {
      out += `${text.slice(at, s.start)}#`;
      at = s.end;
    }
    return out + text.slice(at);
  };

  it('finds the number typed in the other formats', () => {
    expect(erase('call 555 867 5309 today')).toBe('call # today');
    expect(erase('call (555) 867-5309.')).toBe('call #.');
    expect(erase('+1 (555) 867-5309')).toBe('#');
    expect(erase('tel:5558675309,')).toBe('tel:#,');
    expect(erase('on 867-5309 or 555.867.5309')).toBe('on # or #');
    expect(erase('call 555 867 5309', ['8675309'])).toBe('call #');
  });

  it('leaves other numbers, and takes only the groups that make the number', () => {
    expect(erase('order 5309, table 12')).toBe('order 5309, table 12');
    expect(erase('555 867 5300')).toBe('555 867 5300');
    expect(erase('order 55586753091')).toBe('order 55586753091'); // inside a longer run of digits
    expect(erase('5551234 867 5309')).toBe('5551234 #'); // another number typed just before
    expect(erase('555 867 5309 2 times')).toBe('# 2 times');
    expect(erase('12/10 555-867-5309')).toBe('12/10 #');
    expect(erase('5 5 5 8 6 7 5 3 0 9')).toBe('#');
  });

  it('finds nothing for no numbers', () => {
    expect(phoneSpans('555 867 5309', [])).toEqual([]);
  });
});
