import { z } from 'zod';
import type { MessageId } from '../i18n/catalog';
import { say } from '../i18n/say';

/** A record's id: both engines' ids fit in 32 bits (PostgreSQL's integer), so a larger one names no record. */
export const MAX_ID = 2_147_483_647;
export const Id = z.number().int().positive().max(MAX_ID, { error: () => say('check.notAnId') });

/**
 * The years a shop's records fall in. Outside them a date is a typo, and date arithmetic breaks:
 * there is no year 0 on a calendar, and year 10000 has no ISO 8601 form to store or compare.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;
export const inYearRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
const IN_YEARS = { first: String(FIRST_YEAR), last: String(LAST_YEAR) };

/** An instant: ISO 8601 with a zone (`2026-10-03T14:05:00.000Z`). Stored normalised to UTC. */
export const Instant = z.iso.datetime({ offset: true, error: () => say('check.dateTime') });

/** Where a refused stale edit is reported: the request's `updatedAt` (electron/main/core/domain/stale.ts). */
export const STALE_PATH = 'updatedAt';
/**
 * An edit's `updatedAt`: the record's as the screen last read it. When it has changed since (on
 * another counter), the edit is refused, never silently overwritten. The app always sends it;
 * optional for callers that read and write in one go (the command line, scripts).
 */
export const ReadAt = Instant.optional();

/**
 * An instant a caller sends, to store or to filter by: its UTC year in range too. Answers use the
 * plain `Instant`, so a date stored before the range was enforced (an old import's typo) still reads.
 */
export const InstantInRange = z.iso
  .datetime({ offset: true, error: () => say('check.dateTime'), abort: true })
  .refine((s) => inYearRange(new Date(s).getUTCFullYear()), { error: () => say('check.dateTimeInYears', IN_YEARS) });

/** A calendar day, `YYYY-MM-DD`, its year in range; `message` names the field and shows an example. */
export const Day = (message: MessageId) =>
  z.iso
    .date({ error: () => say(message), abort: true })
    .refine((s) => inYearRange(Number(s.slice(0, 4))), { error: () => say('check.dayInYears', { message: say(message), ...IN_YEARS }) });

/**
 * Control characters (Unicode Cc: NUL, escape, bell…, but not tab and line breaks) and halves of
 * a surrogate pair. No keyboard types them; they come from pasting odd sources or from a bug, and
 * they break things downstream: NUL ends a search query and confuses case-blind unique names,
 * escape codes reach terminals, a half pair turns into "�" on disk. Every stored text refuses them
 * with a sentence, never drops them silently, so what is stored is exactly what was typed.
 */
const UNTYPABLE = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;
export const isPlainText = (s: string) => !UNTYPABLE.test(s);
/** `label`: the field's name, a message of its own (`check.field.*`). */
export const untypableMessage = (label: MessageId) => say('check.untypable', { label: say(label) });

/** Free text a person types: at most `max` characters, no control characters. */
export const plainText = (label: MessageId, max: number) =>
  z
    .string({ error: () => say('check.notText', { label: say(label) }) })
    .max(max, { error: () => tooLong(label, max) })
    .refine(isPlainText, { error: () => untypableMessage(label) });

/** "Role can be at most 80 characters". */
export const tooLong = (label: MessageId, max: number) => say('check.tooLong', { label: say(label), max });

/** Optional free text: trimmed; empty means "not recorded". */
export const optionalText = (label: MessageId, max: number) => plainText(label, max).transform((s) => s.trim());

export const requiredText = (label: MessageId, max: number) =>
  z
    .string({ error: () => say('check.required', { label: say(label) }) })
    .trim()
    .min(1, { error: () => say('check.required', { label: say(label) }) })
    .max(max, { error: () => tooLong(label, max) })
    .refine(isPlainText, { error: () => untypableMessage(label) });

/** Money: integer minor units (cents), never floating point. */
export const Money = z.number().int({ error: () => say('check.wholeCents') }).min(0).max(100_000_000);

export const Score = z
  .number()
  .int()
  .min(0, { error: () => say('check.score') })
  .max(10, { error: () => say('check.score') });
