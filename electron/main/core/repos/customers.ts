import type { Customer, CustomerInput } from '../../../../shared/schemas/incident';
import type { Db } from '../db/open';

type CustomerFields = Omit<Customer, 'id'>;

const EMPTY: CustomerFields = { name: '', phone: '', email: '', note: '' };

export function getCustomer(db: Db, id: number): Customer | null {
  return (db.prepare('SELECT id, name, phone, email, note FROM customers WHERE id = ?').get(id) as Customer) ?? null;
}

export const isBlank = (c: Partial<CustomerFields>) => !c.name && !c.phone && !c.email && !c.note;

/** Adds a customer for an incident; nothing when every field is empty (an anonymous walk-in). */
export function createCustomer(db: Db, input: CustomerInput | null, now: string): number | null {
  if (!input || isBlank(input)) return null;
  // Field by field, not spread: a key sent as `undefined` (IPC keeps them) must not replace the empty default.
  const c = { name: input.name ?? EMPTY.name, phone: input.phone ?? EMPTY.phone, email: input.email ?? EMPTY.email, note: input.note ?? EMPTY.note };
  return Number(
    db
      .prepare('INSERT INTO customers (name, phone, email, note, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(c.name, c.phone, c.email, c.note, now).lastInsertRowid,
  );
}

export function updateCustomer(db: Db, id: number, fields: CustomerFields): void {
  db.prepare('UPDATE customers SET name = ?, phone = ?, email = ?, note = ? WHERE id = ?').run(
    fields.name,
    fields.phone,
    fields.email,
    fields.note,
    id,
  );
}
