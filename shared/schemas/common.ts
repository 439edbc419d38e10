import { z } from 'zod';

export const Id = z.number().int().positive();

/** An instant: ISO 8601 with a zone (`2026-10-03T14:05:00.000Z`). Stored normalised to UTC. */
export const Instant = z.iso.datetime({ offset: true, error: 'must be a date and time' });

/** Optional free text: trimmed; empty means "not recorded". */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters`)
    .transform((s) => s.trim());

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} can be at most ${max} characters`);

/** Money: integer minor units (cents), never floating point. */
export const Money = z.number().int('must be a whole number of cents').min(0).max(100_000_000);

export const Score = z.number().int().min(0, 'must be 0 to 10').max(10, 'must be 0 to 10');
