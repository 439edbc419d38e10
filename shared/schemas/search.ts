// Search from anywhere (Ctrl+K): one box that finds incidents, lessons and root causes.
import { z } from 'zod';
import { say } from '../i18n/say';
import { Id, Instant, tooLong } from './common';
import { StatusEnum } from './incident';
import { CauseGroup } from './settings';
import { VoucherFound } from './voucher';

export const SEARCH_MAX_CHARS = 200;

export const SearchRequest = z.strictObject({
  q: z
    .string({ error: () => say('check.notText', { label: say('check.field.search') }) })
    .trim()
    .min(1, { error: () => say('check.search.empty') })
    .max(SEARCH_MAX_CHARS, { error: () => tooLong('check.field.search', SEARCH_MAX_CHARS) }),
  /** At most this many of each kind. */
  limit: z.number().int().min(1).max(50).default(8),
});
export type SearchRequest = z.input<typeof SearchRequest>;

export const SearchIncident = z.object({
  id: Id,
  ref: z.string(),
  summary: z.string(),
  /** The customer's name, '' for a walk-in. */
  customer: z.string(),
  occurredAt: Instant,
  status: StatusEnum,
});
export type SearchIncident = z.infer<typeof SearchIncident>;

export const SearchResults = z.object({
  incidents: z.array(SearchIncident),
  /** More incidents match than `limit`: the box offers the journal, which lists every one. */
  moreIncidents: z.boolean(),
  lessons: z.array(z.object({ id: Id, title: z.string() })),
  rootCauses: z.array(z.object({ id: Id, name: z.string(), group: CauseGroup })),
  /**
   * What was typed, read as a voucher code (shared/voucherCode.ts): the voucher with its sentence;
   * "No voucher has the code …" only when it was typed with MGV; null when it is not a code.
   */
  voucher: VoucherFound.nullable(),
  /** People (shared/customerMatch.ts) whose name, phone or email is the text; `id` opens them on the Customers screen. */
  customers: z.array(
    z.object({ id: Id, name: z.string(), phone: z.string(), email: z.string(), incidents: z.number().int().min(1), lastAt: Instant }),
  ),
});
export type SearchResults = z.infer<typeof SearchResults>;
