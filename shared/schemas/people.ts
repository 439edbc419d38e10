// Returning customers: a person's other incidents, the Customers screen, the repeat figure.
// A person is the customer records that match (shared/customerMatch.ts); it is named by one of
// its records' ids, any of which leads to the same person.
import { z } from 'zod';
import { say } from '../i18n/say';
import { Id, Instant } from './common';
import { OutcomeEnum, StatusEnum } from './incident';

const count = z.number().int().min(0);
const score = z.number().int().min(0).max(10).nullable();

/** At most this many of a person's other incidents come back with the history; `total` counts them all. */
export const HISTORY_SHOWN = 20;

/**
 * Details being typed, only looked up, never stored. A control character (NUL among them) or half
 * a surrogate pair can be in no stored name, phone or email (the contract refuses them there), so
 * each is read as a space: the same answer on both engines, where PostgreSQL would refuse a NUL in
 * a query's value, and half a pair in the JSON that carries the keys, outright.
 */
const typed = z
  .string({ error: () => say('check.typedDetails.notText') })
  .max(500, { error: () => say('check.typedDetails.tooLong', { max: 500 }) })
  .transform((text) => text.replace(/[\p{Cc}\p{Cs}]/gu, ' '));

export const CustomerHistoryRequest = z.union([
  /** The person of this incident's customer: their other incidents, before and after it. */
  z.strictObject({ incidentId: Id }),
  /** Details being typed (the quick log): the incidents of the person they match. */
  z.strictObject({ name: typed, phone: typed.default(''), email: typed.default(''), excludeIncidentId: Id.optional() }),
]);
export type CustomerHistoryRequest = z.input<typeof CustomerHistoryRequest>;

export const PastIncident = z.object({ id: Id, ref: z.string(), occurredAt: Instant });
export type PastIncident = z.infer<typeof PastIncident>;

export const CustomerHistory = z.object({
  /** One of the person's records, for their page on the Customers screen; null when nobody matched. */
  personId: Id.nullable(),
  /** Their other live incidents, newest first, at most HISTORY_SHOWN. */
  incidents: z.array(PastIncident),
  total: count,
  /** When the first of them occurred (for "since August"). */
  firstAt: Instant.nullable(),
});
export type CustomerHistory = z.infer<typeof CustomerHistory>;

export const PEOPLE_PAGE = 25;

export const PeopleListRequest = z.strictObject({
  /** Where the last page ended: people whose latest incident is older than this come next. */
  after: z.object({ at: Instant, id: Id }).nullable().default(null),
  /** Only people seen twice or more. */
  repeatOnly: z.boolean().default(false),
});
export type PeopleListRequest = z.input<typeof PeopleListRequest>;

export const PersonSummary = z.object({
  id: Id,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  incidents: count,
  lastAt: Instant,
  /** Compensation given on their incidents, in minor units. */
  compensation: count,
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const PeoplePage = z.object({
  people: z.array(PersonSummary),
  /** Pass back as `after` for the next page; null at the end. */
  next: z.object({ at: Instant, id: Id }).nullable(),
});
export type PeoplePage = z.infer<typeof PeoplePage>;

export const PersonIncidentRow = z.object({
  id: Id,
  ref: z.string(),
  occurredAt: Instant,
  summary: z.string(),
  status: StatusEnum,
  scoreBefore: score,
  scoreAfter: score,
  outcome: OutcomeEnum,
  compensation: count,
});
export type PersonIncidentRow = z.infer<typeof PersonIncidentRow>;

export const PersonDetail = z.object({
  id: Id,
  name: z.string(),
  /** Every different way their details were written, as they were written. */
  names: z.array(z.string()),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  /** Newest first. */
  incidents: z.array(PersonIncidentRow),
  compensation: count,
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const RepeatCustomers = z.object({
  /** People with an incident in the period and another in the 90 days before it (docs/domain.md). */
  repeatCustomers: count,
});
export type RepeatCustomers = z.infer<typeof RepeatCustomers>;
