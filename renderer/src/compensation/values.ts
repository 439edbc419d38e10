// The compensation form's values, their checks before anything is sent, and the requests they become.
// A check's complaint is a message (id and values): the form says it in the shop's language.
import { CLOCK_GRACE_MS, COMPENSATION_KINDS, type CompensationKind } from '../../../shared/domain';
import { currencyDigits, moneyToInput, numberMarks, parseMoney } from '../../../shared/format';
import type { MessageId } from '../../../shared/i18n/catalog';
import { MAX_COST, type Compensation } from '../../../shared/schemas/compensation';
import { fromLocalInput, toLocalInput } from '../lib/dates';

export interface CompensationValues {
  kind: CompensationKind;
  description: string;
  cost: string;
  givenById: string;
  givenAt: string;
  approvedById: string;
}
export type CompensationField = keyof CompensationValues;

/** What is wrong with a value, as a message for `t`. */
export interface Problem {
  id: MessageId;
  values?: Record<string, string | number>;
}

const MAX_DESCRIPTION = 500;

export const blankValues = (givenById: number | null, now = new Date()): CompensationValues => ({
  kind: COMPENSATION_KINDS[0],
  description: '',
  cost: '',
  givenById: givenById === null ? '' : String(givenById),
  givenAt: toLocalInput(now),
  approvedById: '',
});

export const valuesOf = (c: Compensation, currency: string, locale: string): CompensationValues => ({
  kind: c.kind,
  description: c.description,
  cost: moneyToInput(c.cost, currency, locale),
  givenById: c.givenById === null ? '' : String(c.givenById),
  givenAt: toLocalInput(c.givenAt),
  approvedById: c.approvedById === null ? '' : String(c.approvedById),
});

/** Typed text → minor units, or the message that says why not. Never a float. */
export function readCost(text: string, currency: string, locale: string): { minor: number } | { error: Problem } {
  const example = moneyToInput(1250, currency, locale);
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return { error: { id: 'compensation.cost.empty', values: { example } } };
  if (t.startsWith('-')) return { error: { id: 'compensation.cost.negative' } };
  const minor = parseMoney(t, currency, locale);
  if (minor === null) {
    const digits = currencyDigits(currency);
    const fraction = t.slice(t.lastIndexOf(numberMarks(locale).decimal) + 1);
    if (t.includes(numberMarks(locale).decimal) && /^\d+$/.test(fraction) && fraction.length > digits) {
      return { error: digits === 0 ? { id: 'compensation.cost.noDecimals', values: { example } } : { id: 'compensation.cost.maxDecimals', values: { digits, example } } };
    }
    return { error: { id: 'compensation.cost.notAmount', values: { example } } };
  }
  if (minor > MAX_COST) return { error: { id: 'compensation.cost.tooLarge' } };
  return { minor };
}

/** The same slack as the server's: the default "now" is rounded to the minute and clocks drift. */
const isFuture = (iso: string, now: Date) => new Date(iso).getTime() > now.getTime() + CLOCK_GRACE_MS;

export function readGivenAt(text: string, now = new Date()): { iso: string } | { error: Problem } {
  const iso = fromLocalInput(text);
  if (!iso) return { error: { id: 'compensation.givenAt.empty' } };
  if (isFuture(iso, now)) return { error: { id: 'compensation.givenAt.future' } };
  return { iso };
}

/** Everything but the approver, which depends on the allowance check. */
export function checkValues(v: CompensationValues, currency: string, locale: string): Partial<Record<CompensationField, Problem>> {
  const errors: Partial<Record<CompensationField, Problem>> = {};
  const cost = readCost(v.cost, currency, locale);
  if ('error' in cost) errors.cost = cost.error;
  if (v.givenById === '') errors.givenById = { id: 'compensation.field.chooseGiver' };
  const at = readGivenAt(v.givenAt);
  if ('error' in at) errors.givenAt = at.error;
  if (v.description.length > MAX_DESCRIPTION) errors.description = { id: 'compensation.description.tooLong', values: { max: MAX_DESCRIPTION } };
  return errors;
}

/** Server paths (`cost`, `changes.cost`) → form fields, so its messages land beside the right one. */
export function fieldOf(path: string): CompensationField | null {
  const field = path.replace(/^changes\./, '');
  const fields: CompensationField[] = ['kind', 'description', 'cost', 'givenById', 'givenAt', 'approvedById'];
  return fields.find((f) => f === field) ?? null;
}
