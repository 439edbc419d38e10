// When two customer records are one person (shared/customerMatch.ts, docs/domain.md "Returning customers").
import { describe, expect, it } from 'vitest';
import { namesAgree, sameEmail, samePerson } from '../../shared/customerMatch';

const dana = { name: 'Dana Whitlock', phone: '(555) 010-4477', email: '' };

describe('names agree', () => {
  it.each([
    ['Dana Whitlock', 'dana whitlock'],
    ['  Dana   Whitlock ', 'Dana Whitlock'],
    ['Zoë Müller', 'ZOE MULLER'],
    ['Dana', 'Dana Whitlock'],
    ['Dana W.', 'Dana Whitlock'],
    ['Dana Whitlock', 'Dana Marie Whitlock'],
    ['Mary Jane Ng', 'Maryjane Ng'],
  ])('%j and %j', (a, b) => {
    expect(namesAgree(a, b)).toBe(true);
    expect(namesAgree(b, a)).toBe(true);
  });

  it.each([
    ['Dana Whitlock', 'Dana Smith'],
    ['Dana W.', 'Dana Smith'],
    ['Dana', 'Dan'],
    ['D. Whitlock', 'Dana Whitlock'],
    ['', 'Dana'],
    ['', ''],
    ['  ', 'Dana'],
  ])('%j and %j do not', (a, b) => {
    expect(namesAgree(a, b)).toBe(false);
    expect(namesAgree(b, a)).toBe(false);
  });
});

describe('one person', () => {
  it('the same phone in any format', () => {
    for (const phone of ['+1 555 010 4477', '555.010.4477', '5550104477', '(555)0104477', '010-4477']) {
      expect(samePerson(dana, { name: 'Dana Whitlock', phone, email: '' })).toBe(true);
    }
    expect(samePerson(dana, { name: 'Dana Whitlock', phone: '(555) 010-4478', email: '' })).toBe(false);
    // Too few digits to be a number.
    expect(samePerson({ ...dana, phone: '4477' }, { name: 'Dana Whitlock', phone: '4477', email: '' })).toBe(false);
  });

  it('the same email, case and surrounding spaces ignored', () => {
    expect(sameEmail(' Dana.W@Example.COM ', 'dana.w@example.com')).toBe(true);
    expect(sameEmail('', '')).toBe(false);
    const a = { name: 'Dana', phone: '', email: 'Dana.W@Example.com' };
    expect(samePerson(a, { name: 'Dana Whitlock', phone: '', email: ' dana.w@example.com' })).toBe(true);
    expect(samePerson(a, { name: 'Dana Whitlock', phone: '', email: 'dana.x@example.com' })).toBe(false);
  });

  it('a shared first name alone never counts', () => {
    expect(samePerson(dana, { name: 'Dana Whitlock', phone: '', email: '' })).toBe(false);
    expect(samePerson(dana, { name: 'Dana Whitlock', phone: '(555) 999-1234', email: 'dana@example.com' })).toBe(false);
  });

  it('a shared phone with another name never counts (a family shares a phone)', () => {
    expect(samePerson(dana, { name: 'Sam Whitlock', phone: '555 010 4477', email: '' })).toBe(false);
    expect(samePerson(dana, { name: 'Dana Smith', phone: '555 010 4477', email: '' })).toBe(false);
    expect(samePerson(dana, { name: '', phone: '555 010 4477', email: '' })).toBe(false);
  });
});
