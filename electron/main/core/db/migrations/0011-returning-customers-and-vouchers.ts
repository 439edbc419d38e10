import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// Closing the loop with the customer (docs/domain.md, "Returning customers", "Vouchers",
// "Follow-up reminders"):
//   - A voucher carries a short code the customer brings back: "MGV-" and four or more characters
//     from an alphabet with no look-alikes (no 0, O, 1, I or L). Codes are unique for as long as the
//     entry exists, deleted or not, so a code is never given twice. A code belongs to a voucher only.
//     Vouchers logged before this version get their codes from the domain layer when the file is
//     next opened for writing (random codes cannot be drawn in SQL without a chance of collision).
//   - expires_at is fixed when the voucher is given (from the shop's setting then); redeemed_at
//     is stamped once, when the customer brings it back.
//   - A reminder sent for a follow-up is recorded against the due time it was sent for, so a
//     restart (or a second window) does not send it again, and a new due time gets its own.
//   - Returning customers are found by name with a phone or an email: customers_phone_tail
//     (0010) finds the phones; this index finds the emails, compared without case.
export const returningCustomersAndVouchers: Migration = {
  version: 11,
  name: 'returning-customers-and-vouchers',
  sql: `
      ALTER TABLE compensations ADD COLUMN code TEXT
        CHECK (code IS NULL OR (kind = 'voucher' AND length(code) BETWEEN 8 AND 16 AND substr(code, 1, 4) = 'MGV-'
          AND substr(code, 5) NOT GLOB '*[^23456789ABCDEFGHJKMNPQRSTUVWXYZ]*'));
      ALTER TABLE compensations ADD COLUMN expires_at TEXT CHECK (expires_at IS NULL OR code IS NOT NULL);
      ALTER TABLE compensations ADD COLUMN redeemed_at TEXT CHECK (redeemed_at IS NULL OR code IS NOT NULL);
      CREATE UNIQUE INDEX compensations_code ON compensations (code) WHERE code IS NOT NULL;
      CREATE INDEX compensations_vouchers ON compensations (deleted_at, given_at, redeemed_at) WHERE kind = 'voucher';

      CREATE TABLE follow_up_reminders (
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        due_at      TEXT NOT NULL,
        sent_at     TEXT NOT NULL,
        PRIMARY KEY (incident_id, due_at)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX customers_email ON customers (lower(trim(email))) WHERE email <> '';
    `,
};
