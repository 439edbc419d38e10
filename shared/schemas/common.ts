import { z } from 'zod';

/** A record's id: both engines' ids fit in 32 bits (PostgreSQL's integer), so a larger one names no record. */
export const MAX_ID = 2_147_483_647;
export const Id = z.number().int().positive().max(MAX_ID, 'is not the id of any record');

/**
 * The years a shop's records fall in. Outside them a date is a typo, and date arithmetic breaks:
 * there is no year 0 on a calendar, and year 10000 has no ISO 8601 form to store or compare.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;
export const inYearRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
const IN_YEARS = `from ${FIRST_YEAR} to ${LAST_YEAR}`;

/** An instant: ISO 8601 with a zone (`2026-10-03T14:05:00.000Z`). Stored normalised to UTC. */
export const Instant = z.iso.datetime({ offset: true, error: 'must be a date and time' });

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
  .datetime({ offset: true, error: 'must be a date and time', abort: true })
  .refine((s) => inYearRange(new Date(s).getUTCFullYear()), `must be a date and time in the years ${IN_YEARS}`);

/** A calendar day, `YYYY-MM-DD`, its year in range; `message` names the field and shows an example. */
export const Day = (message: string) =>
  z.iso.date({ error: message, abort: true }).refine((s) => inYearRange(Number(s.slice(0, 4))), `${message}, in the years ${IN_YEARS}`);

/**
 * Control characters (Unicode Cc: NUL, escape, bell…, but not tab and line breaks) and halves of
 * a surrogate pair. No keyboard types them; they come from pasting odd sources or from a bug, and
 * they break things downstream: NUL ends a search query and confuses case-blind unique names,
 * escape codes reach terminals, a half pair turns into "�" on disk. Every stored text refuses them
 * with a sentence, never drops them silently, so what is stored is exactly what was typed.
 */
const UNTYPABLE = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;
export const isPlainText = (s: string) => !UNTYPABLE.test(s);
export const untypableMessage = (label: string) => `${label} contains an invisible control character (such as NUL) or a broken one; remove it`;

/** Free text a person types: at most `max` characters, no control characters. */
export const plainText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, `${label} can be at most ${max} characters`)
    .refine(isPlainText, untypableMessage(label));

/** Optional free text: trimmed; empty means "not recorded". */
export const optionalText = (label: string, max: number) => plainText(label, max).transform((s) => s.trim());

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} can be at most ${max} characters`)
    .refine(isPlainText, untypableMessage(label));

/** Money: integer minor units (cents), never floating point. */
export const Money = z.number().int('must be a whole number of cents').min(0).max(100_000_000);

export const Score = z.number().int().min(0, 'must be 0 to 10').max(10, 'must be 0 to 10');
