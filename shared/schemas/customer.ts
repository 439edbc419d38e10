import { z } from 'zod';
import { Id } from './common';

/** Erasing a customer on request; `dryRun` answers what it would touch, for the confirmation. */
export const CustomerEraseRequest = z.strictObject({ customerId: Id, dryRun: z.boolean().default(false) });

const IncidentRef = z.object({ id: Id, ref: z.string() });
const Count = z.number().int().min(0);

export const CustomerEraseResult = z.object({
  erased: z.boolean(),
  /** The incidents made anonymous: this customer's, and those of records with the same phone or email. */
  incidents: z.array(IncidentRef),
  /** Other incidents, live or deleted, where their name, phone or email was written (text, compensations, timeline). */
  mentionedIn: z.array(IncidentRef),
  /** Customer records removed: theirs, and records no incident names any more that name them. */
  customers: Count,
  /** Other customers' notes that mention them. */
  customerNotes: Count,
  lessons: Count,
  /** Half-typed entries. */
  drafts: Count,
  /**
   * True when the file itself no longer holds the old text: its log was written back and emptied.
   * False in a dry run, or when another program was reading the file; the log is emptied when the
   * last program using the file closes it.
   */
  cleared: z.boolean(),
});
export type CustomerEraseResult = z.infer<typeof CustomerEraseResult>;
