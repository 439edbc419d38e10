import type { z } from 'zod';
import {
  CAUSE_GROUPS,
  CLOCK_GRACE_MS,
  CHANNEL_LABELS,
  CHANNELS,
  COMPENSATION_KIND_LABELS,
  COMPENSATION_KINDS,
  OUTCOME_LABELS,
  OUTCOMES,
  SEVERITY_LABELS,
  type CauseGroup,
  type Channel,
  type CompensationKind,
  type Outcome,
  type Severity,
} from '../../../../shared/domain';
import { currencyDigits, parseMoney } from '../../../../shared/format';
import { FIRST_YEAR, inYearRange, LAST_YEAR, Score } from '../../../../shared/schemas/common';
import { Cost } from '../../../../shared/schemas/compensation';
import { readDate, type DateFormat } from './dates';

/** A cell that cannot be read; the message is the reason a person sees. */
export class CellError extends Error {}

/** Checks a value with the app's own schema, so an import refuses what a form would. */
export function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new CellError(result.error.issues[0]?.message ?? 'not a valid value');
  return result.data;
}

const fold = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** An enum value, by its value or its label ("in_person", "In person"), in any case. */
function oneOf<T extends string>(values: readonly T[], labels: Record<T, string>, what: string, text: string): T {
  const key = fold(text);
  const found = values.find((v) => v === key || fold(labels[v]) === key);
  if (!found) throw new CellError(`“${text}” is not a ${what}; use one of ${values.join(', ')}`);
  return found;
}

export const readChannel = (text: string): Channel => oneOf(CHANNELS, CHANNEL_LABELS, 'channel', text);
export const readOutcome = (text: string): Outcome => oneOf(OUTCOMES, OUTCOME_LABELS, 'outcome', text);
export const readKind = (text: string): CompensationKind =>
  oneOf(COMPENSATION_KINDS, COMPENSATION_KIND_LABELS, 'kind of compensation', text);

export function readSeverity(text: string): Severity {
  const n = Number(text);
  if ([1, 2, 3, 4].includes(n)) return n as Severity;
  const byName = ([1, 2, 3, 4] as const).find((s) => SEVERITY_LABELS[s].toLowerCase() === text.toLowerCase());
  if (byName) return byName;
  throw new CellError(`“${text}” is not a severity; use 1 to 4 or minor, moderate, major, critical`);
}

export function readGroup(text: string): CauseGroup {
  const found = CAUSE_GROUPS.find((g) => g.toLowerCase() === text.toLowerCase());
  if (!found) throw new CellError(`“${text}” is not a root cause group; use one of ${CAUSE_GROUPS.join(', ')}`);
  return found;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Yes/no; empty is "not recorded". */
export function readYesNo(text: string): boolean | null {
  if (text === '') return null;
  const key = text.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  throw new CellError(`“${text}” is not yes or no (also true/false, 1/0)`);
}

export function readScore(text: string, label: string): number | null {
  if (text === '') return null;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Score.safeParse(n).success) throw new CellError(`${label} “${text}” is not a whole number from 0 to 10`);
  return n;
}

/**
 * An amount in the shop's currency → integer minor units. A plain decimal with a point
 * (as the export writes it) reads as such in any locale; otherwise the shop's own marks.
 */
const digitsOf = new Map<string, number>();

export function readCost(text: string, currency: string, locale: string): number {
  // Intl is slow to build: once per currency, not once per row.
  const digits = digitsOf.get(currency) ?? digitsOf.set(currency, currencyDigits(currency)).get(currency)!;
  const plain = digits > 0 ? new RegExp(`^\\d+\\.\\d{${digits}}$`) : /^\d+$/;
  const minor = plain.test(text) ? Number(text.replace('.', '')) : parseMoney(text, currency, locale);
  if (minor === null) throw new CellError(`“${text}” is not an amount of money such as ${digits > 0 ? `12.${'5'.padEnd(digits, '0')}` : '1250'}`);
  return check(Cost, minor);
}

/** A date cell → a stored instant (UTC ISO), refusing times in the future where the app does. */
export function readInstant(text: string, dateFormat: DateFormat, now: Date, notFuture: boolean): string {
  const read = readDate(text, dateFormat);
  if ('reason' in read) throw new CellError(read.reason);
  if (!inYearRange(read.value.getUTCFullYear())) throw new CellError(`“${text}” is not in the years ${FIRST_YEAR} to ${LAST_YEAR}`);
  if (notFuture && +read.value > +now + CLOCK_GRACE_MS) throw new CellError(`“${text}” is in the future`);
  return read.value.toISOString();
}
