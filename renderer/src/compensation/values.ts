// The compensation form's values, their checks before anything is sent, and the requests they become.
import { CLOCK_GRACE_MS, COMPENSATION_KINDS, type CompensationKind } from '../../../shared/domain';
import { currencyDigits, moneyToInput, numberMarks, parseMoney } from '../../../shared/format';
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

/** Typed text → minor units, or the sentence that says why not. Never a float. */
export function readCost(text: string, currency: string, locale: string): { minor: number } | { error: string } {
  const example = moneyToInput(1250, currency, locale);
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return { error: `Enter what it cost, such as ${example}` };
  if (t.startsWith('-')) return { error: 'Cost cannot be negative' };
  const minor = parseMoney(t, currency, locale);
  if (minor === null) {
    const digits = currencyDigits(currency);
    const fraction = t.slice(t.lastIndexOf(numberMarks(locale).decimal) + 1);
    if (t.includes(numberMarks(locale).decimal) && /^\d+$/.test(fraction) && fraction.length > digits) {
      const most = digits === 0 ? 'no decimal places' : `at most ${digits} decimal places`;
      return { error: `Cost can have ${most}, such as ${example}` };
    }
    return { error: `Cost must be an amount such as ${example}` };
  }
  if (minor > MAX_COST) return { error: 'Cost is larger than any make-good should be; check the amount' };
  return { minor };
}

/** The same slack as the server's: the default "now" is rounded to the minute and clocks drift. */
const isFuture = (iso: string, now: Date) => new Date(iso).getTime() > now.getTime() + CLOCK_GRACE_MS;

export function readGivenAt(text: string, now = new Date()): { iso: string } | { error: string } {
  const iso = fromLocalInput(text);
  if (!iso) return { error: 'Enter the date and time it was given' };
  if (isFuture(iso, now)) return { error: 'Given at cannot be in the future' };
  return { iso };
}

/** Everything but the approver, which depends on the allowance check. */
export function checkValues(v: CompensationValues, currency: string, locale: string): Partial<Record<CompensationField, string>> {
  const errors: Partial<Record<CompensationField, string>> = {};
  const cost = readCost(v.cost, currency, locale);
  if ('error' in cost) errors.cost = cost.error;
  if (v.givenById === '') errors.givenById = 'Choose who gave it';
  const at = readGivenAt(v.givenAt);
  if ('error' in at) errors.givenAt = at.error;
  if (v.description.length > 500) errors.description = 'Description can be at most 500 characters';
  return errors;
}

/** Server paths (`cost`, `changes.cost`) → form fields, so its messages land beside the right one. */
export function fieldOf(path: string): CompensationField | null {
  const field = path.replace(/^changes\./, '');
  const fields: CompensationField[] = ['kind', 'description', 'cost', 'givenById', 'givenAt', 'approvedById'];
  return fields.find((f) => f === field) ?? null;
}
