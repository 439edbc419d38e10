// Redacting a person from text, and the SQL first pass before it: whatever text redaction would
// change, the first pass must let through (else a mention escapes the erase unseen).
import { connect } from '../../electron/main/core/db/connect';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mentionFilter } from '../../electron/main/core/domain/mentionFilter';
import { redactor, termsFor, type Contact } from '../../electron/main/core/domain/redact';

const zoe: Contact = { name: 'Zoë Anne-Marie Ødegård', phone: '+1 (555) 867-5309', email: 'Zoe.O@Example.com' };
const ivan: Contact = { name: 'Иван Петров', phone: '', email: '' };

describe('redactor', () => {
  const redact = redactor(termsFor([zoe, ivan]));

  it('takes the name whole, each part of three letters or more, in any case and spacing', () => {
    expect(redact('ZOË  ANNE-MARIE ødegård came in')).toBe('[erased] came in');
    expect(redact('Anne and Marie and Ødegård, not Zoëlle')).toBe('[erased] and [erased] and [erased], not Zoëlle');
    expect(redact('иван пришёл')).toBe('[erased] пришёл');
  });

  it('takes the email ignoring case, and the phone in any format', () => {
    expect(redact('mail zoe.o@example.COM or ring 555.867.5309')).toBe('mail [erased] or ring [erased]');
    expect(redact('her number 867 5309, table 12')).toBe('her number [erased], table 12');
  });

  it('redacts JSON value by value, and leaves text without them exactly as it was', () => {
    expect(redact('["Zoë waited", "ring 5558675309"]')).toBe('["[erased] waited","ring [erased]"]');
    expect(redact('[ "nothing here" ]')).toBe('[ "nothing here" ]');
    expect(redact('{"a": "x"')).toBe('{"a": "x"');
  });

  it('never takes a name part shorter than three letters', () => {
    expect(redactor(termsFor([{ name: 'Al Bo', phone: '', email: '' }]))('Al Bo and Al and Bo')).toBe('[erased] and Al and Bo');
  });
});

describe('the SQL first pass', () => {
  const db = connect(':memory:');
  afterAll(() => db.close());
  const people = [zoe, ivan, { name: 'Dan "The Man" O\'Neil_%', phone: '867-53 09', email: '' }];
  const terms = termsFor(people);
  const redact = redactor(terms);
  const filter = mentionFilter(terms, ['a', 'b']);
  const query = db.prepare(`SELECT ${filter.sql} FROM (SELECT ? AS a, ? AS b)`).pluck();
  const lets = (a: string, b: string | null) => query.get(...filter.params, a, b);

  // Text made of the person's details in other cases, spacings and formats, between other words and digits.
  const piece = fc.oneof(
    fc.constantFrom('Zoë', 'ZOË', 'zoë', 'anne-marie', 'ØDEGÅRD', 'Ödegård', 'ИВАН', 'петров', 'Dan "The Man"', 'Man"', 'O\'Neil_%', 'neil'),
    fc.constantFrom('zoe.o@example.com', 'ZOE.O@EXAMPLE.COM', '(555) 867-5309', '555 867 5309', '5558675309', '+1-555-867-5309', '867 5309', '8 6 7 5 3 0 9'),
    fc.constantFrom('2026-10-02T10:00:00.000Z', '12', '555', 'cake', 'coffee', '–', '\n', '"', '\\'),
    fc.string({ maxLength: 6 }),
  );
  const text = fc.array(piece, { maxLength: 8 }).chain((parts) => fc.constantFrom(parts.join(' '), parts.join(''), JSON.stringify(parts)));

  it('lets through every text redaction would change', () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: null }), (a, b) => {
        const changes = redact(a) !== a || (b !== null && redact(b) !== b);
        if (changes) expect(lets(a, b), JSON.stringify([a, b])).toBe(1);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds back text that does not mention them', () => {
    expect(lets('Cold coffee at 10:00', null)).toBe(0);
    expect(lets('order 2026-10-02, table 12', '["nothing"]')).toBe(0);
  });
});
