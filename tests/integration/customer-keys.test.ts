// 0014's customer columns, on both engines: the phone's last 7 characters once its separators are
// taken out, the email trimmed and in lower case, the name in lower case (A-Z only, as SQLite's LIKE
// and lower() compare). PostgreSQL stores them and SQLite works them out, each from its own
// expression; both must give what the old indexes' expressions give, as every write changes them:
// a new customer, an edit, another incident's customer, an erasure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';
import { onPostgres } from '../support/pgTest';

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-10-20T12:00:00.000Z'));
});
afterEach(() => t.cleanup());

/** What the columns must hold, said in JavaScript: the same characters the SQL expressions take out, and A-Z lowered. */
const ascii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const expected = (c: { name: string; phone: string; email: string }) => ({
  phoneTail: c.phone === '' ? null : [...c.phone.replace(/[ \-.()+/\t\u00a0]/g, '')].slice(-7).join(''),
  emailKey: c.email === '' ? null : ascii(c.email.replace(/^ +| +$/g, '')),
  nameLower: ascii(c.name),
});

const stored = (id: number) =>
  t.core.db.prepare('SELECT name, phone, email, phone_tail AS "phoneTail", email_key AS "emailKey", name_lower AS "nameLower" FROM customers WHERE id = ?').get(id) as {
    name: string;
    phone: string;
    email: string;
    phoneTail: string | null;
    emailKey: string | null;
    nameLower: string;
  };

const CONTACTS = [
  { name: 'Dana Whitlock', phone: '+1 (555) 867-5309', email: 'Dana@Example.COM' },
  { name: 'ÀNNA Ødegård', phone: '555.867.5309', email: '  anna@example.com  ' },
  { name: 'O’Brien', phone: '867 5309', email: '' },
  { name: 'Ünal', phone: '12', email: 'X.Y@Z.EXAMPLE' },
  { name: 'Nobody', phone: '', email: '' },
  { name: 'Tab Phone', phone: '555\t867\u00a05309', email: 'tab@example.com' },
  { name: 'Letters', phone: '555-ABC-5309 ext. 12', email: 'ÉLODIE@EXAMPLE.FR' },
  { name: 'Анна Иванова', phone: '+7 (495) 123-45-67', email: 'анна@пример.рф' },
];

describe('a customer’s lookup columns', () => {
  it('hold the keys of every customer written, and follow an edit and an erasure', async () => {
    const ids: number[] = [];
    const incidents: number[] = [];
    for (const [n, customer] of CONTACTS.entries()) {
      const made = await t.call('incidents.create', { whatHappened: `Visit ${n}`, customer });
      ids.push(made.incident.customer!.id);
      incidents.push(made.incident.id);
    }
    for (const [n, id] of ids.entries()) {
      const row = stored(id);
      expect({ phoneTail: row.phoneTail, emailKey: row.emailKey, nameLower: row.nameLower }, JSON.stringify(CONTACTS[n])).toEqual(expected(row));
    }

    // An edit of the contact moves the keys with it.
    await t.call('incidents.update', { id: incidents[0]!, changes: { customer: { phone: '020 7946 0000', email: 'NEW@example.com', name: 'Dana W' } } });
    const edited = (await t.call('incidents.get', { id: incidents[0]! })).incident.customer!;
    expect(stored(edited.id)).toMatchObject({ phoneTail: '9460000', emailKey: 'new@example.com', nameLower: 'dana w' });

    // Erased: the record goes, and no customer holds its keys or its name any more.
    await t.call('customers.erase', { customerId: edited.id });
    expect(stored(edited.id)).toBeUndefined();
    const holding = t.core.db
      .prepare("SELECT count(*) FROM customers WHERE phone_tail = '9460000' OR email_key = 'new@example.com' OR name_lower = 'dana w'")
      .pluck()
      .get();
    expect(Number(holding)).toBe(0);
  });

  it('give the keys the old expression indexes give, so a person is found by either', () => {
    const db = t.core.db;
    db.prepare("INSERT INTO customers (name, phone, email, note, created_at) VALUES ('Zed', '(555) 010-4477', ' Zed@Example.com', '', '2026-10-01T00:00:00.000Z')").run();
    const byIndex = db.prepare(
      onPostgres
        ? "SELECT right(translate(phone, ' -.()+/' || chr(9) || chr(160), ''), 7) AS tail, lower(trim(email)) AS ekey, phone_tail, email_key FROM customers WHERE name = 'Zed'"
        : `SELECT substr(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '/', ''), char(9), ''), char(160), ''), -7) AS tail,
           lower(trim(email)) AS ekey, phone_tail, email_key FROM customers WHERE name = 'Zed'`,
    ).get() as { tail: string; ekey: string; phone_tail: string; email_key: string };
    expect(byIndex).toEqual({ tail: '0104477', ekey: 'zed@example.com', phone_tail: '0104477', email_key: 'zed@example.com' });
  });
});
