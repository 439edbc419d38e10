// Follow-up reminders (docs/domain.md, "Follow-up reminders"): claiming the follow-ups that have
// fallen due, so each due time is announced once, whatever window, tab or restart asks.
import type { DueReminder } from '../../../../shared/schemas/followUp';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { staffRedactor } from './redact';
import { statement } from './statements';

/** What stands in a customer-facing text where a staff member's name was, in the file's language. */
export const staffStandIn = () => say('records.followUps.staffStandIn');

/** The first word of the customer's name, or null when none was taken. */
export const firstNameOf = (name: string | null): string | null => name?.trim().split(/\s+/u)[0] || null;

const SUMMARY_LENGTH = 100;

/** What happened on one line, cut at a word near SUMMARY_LENGTH characters. */
export function summaryOf(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length <= SUMMARY_LENGTH) return line;
  const cut = line.slice(0, SUMMARY_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Records the reminders due by the second parameter (sent at the first); answers the rows it recorded. Exported for the test that races two connections. */
export const CLAIM_SQL = `INSERT INTO follow_up_reminders (incident_id, due_at, sent_at)
  SELECT id, follow_up_due_at, ? FROM incidents
   WHERE deleted_at IS NULL AND followed_up_at IS NULL AND follow_up_due_at IS NOT NULL AND follow_up_due_at <= ?
  ON CONFLICT (incident_id, due_at) DO NOTHING
  RETURNING incident_id, due_at`;

interface ClaimedRow {
  incident_id: number;
  due_at: string;
  ref: string;
  customer_name: string | null;
  what_happened: string;
}

/**
 * Records a reminder for every live incident whose follow-up is due by `now`, not yet followed up,
 * and not reminded for that due time, and returns them. One IMMEDIATE transaction (db/immediate.ts),
 * and the table's key (incident, due time) makes a second caller claim nothing: two windows, two
 * tabs or a restart never announce one twice; a follow-up moved to a new time is announced again.
 */
export function claimDueReminders(db: Db, now: string): DueReminder[] {
  return db.transaction(() => {
    const claimed = statement(db, CLAIM_SQL).all(now, now) as { incident_id: number; due_at: string }[];
    if (claimed.length === 0) return [];
    const read = db.prepare(
      `SELECT i.id AS incident_id, i.follow_up_due_at AS due_at, i.ref, c.name AS customer_name, i.what_happened
         FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id WHERE i.id = ?`,
    );
    const redact = staffRedactor(db, staffStandIn());
    return claimed
      .map((c) => read.get(c.incident_id) as ClaimedRow)
      .sort((a, b) => a.due_at.localeCompare(b.due_at) || a.incident_id - b.incident_id)
      .map((r) => ({
        incidentId: r.incident_id,
        ref: r.ref,
        firstName: firstNameOf(r.customer_name),
        summary: summaryOf(redact(r.what_happened)),
        dueAt: r.due_at,
      }));
  })();
}
