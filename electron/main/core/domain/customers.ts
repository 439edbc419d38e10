import type { Customer, CustomerInput } from '../../../../shared/schemas/incident';
import { isBlank } from '../repos/customers';
import type { Db } from '../db/open';
import { statement } from './statements';

type CustomerFields = Omit<Customer, 'id'>;

/** Adds a customer for an incident; nothing when every field is empty (an anonymous walk-in). */
export function createCustomer(db: Db, input: CustomerInput | null, now: string): number | null {
  if (!input || isBlank(input)) return null;
  // Field by field, not spread: a key sent as `undefined` (IPC keeps them) must not replace the empty default.
  const c = { name: input.name ?? '', phone: input.phone ?? '', email: input.email ?? '', note: input.note ?? '' };
  return Number(
    statement(db, 'INSERT INTO customers (name, phone, email, note, created_at) VALUES (?, ?, ?, ?, ?)').run(c.name, c.phone, c.email, c.note, now)
      .lastInsertRowid,
  );
}

export function updateCustomer(db: Db, id: number, fields: CustomerFields): void {
  statement(db, 'UPDATE customers SET name = ?, phone = ?, email = ?, note = ? WHERE id = ?').run(fields.name, fields.phone, fields.email, fields.note, id);
}

/**
 * After an incident stops naming a customer: a record no incident names any more is deleted, so
 * a person's details do not linger where no screen shows them (and erasing them later finds
 * nothing left behind). The timeline keeps "Customer: Dana → none" until the person is erased.
 */
export function unlinkCustomer(db: Db, customerId: number): void {
  statement(db, 'DELETE FROM customers WHERE id = ? AND NOT EXISTS (SELECT 1 FROM incidents WHERE customer_id = ?)').run(customerId, customerId);
}
