// Follow-up reminders and the follow-up message (docs/domain.md, "Follow-up reminders").
import { z } from 'zod';
import { Id } from './common';

/** A follow-up that fell due and was claimed for one reminder. Names no staff: the summary has their names taken out. */
export const DueReminder = z.object({
  incidentId: Id,
  ref: z.string(),
  /** The first word of the customer's name; null when none was taken. */
  firstName: z.string().nullable(),
  /** What happened, on one line and short. */
  summary: z.string(),
  dueAt: z.string(),
});
export type DueReminder = z.infer<typeof DueReminder>;

export const FollowUpMessage = z.object({
  /** The shop's template filled for this incident, ready to paste. */
  text: z.string(),
});
export type FollowUpMessage = z.infer<typeof FollowUpMessage>;
