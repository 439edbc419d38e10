import type { Customer } from '../../../../shared/schemas/incident';
import type { Db } from '../db/open';

export function getCustomer(db: Db, id: number): Customer | null {
  return (db.prepare('SELECT id, name, phone, email, note FROM customers WHERE id = ?').get(id) as Customer) ?? null;
}

export const isBlank = (c: Partial<Omit<Customer, 'id'>>) => !c.name && !c.phone && !c.email && !c.note;
