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
  SEVERITIES,
  SEVERITY_LABELS,
  type CauseGroup,
  type Channel,
  type CompensationKind,
  type Outcome,
  type Severity,
} from '../../../../shared/domain';
import { FIRST_YEAR, inYearRange, LAST_YEAR, Score } from '../../../../shared/schemas/common';
import { Cost } from '../../../../shared/schemas/compensation';
import { readAmount, type DecimalMark } from './amounts';
import { cellText, isBlank } from './cells';
import { readDateCell, type DateOrder } from './dates';
import { normaliseHeader as fold } from './headers';
import { LANGUAGES } from './headerWords';
import type { Cell } from './sources/types';
import { VALUE_WORDS, YES_MARKS, type ValueWords } from './valueWords';
import type { MessageId } from '../../../../shared/i18n/catalog';
import { CAUSE_GROUP, CHANNEL, KIND, OUTCOME, SEVERITY } from '../../../../shared/i18n/labelIds';
import { inEveryLanguage, say } from '../i18n/speak';

/** A cell that cannot be read; the message is the reason a person sees. */
export class CellError extends Error {}

/** Checks a value with the app's own schema, so an import refuses what a form would. */
export function check<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new CellError(result.error.issues[0]?.message ?? say('importing.value.invalid'));
  return result.data;
}

/**
 * Word (folded) → value: each value's own name and label, what the screens call it in every
 * language (a log kept by copying the app's words reads back), then every language's words for it.
 */
function wordsFor<T extends string | number>(
  values: readonly T[],
  labels: Record<T, string>,
  screenLabels: Record<T, MessageId>,
  words: (w: ValueWords) => Partial<Record<T, readonly string[]>>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const v of values) map.set(fold(String(v)), v).set(fold(labels[v]), v);
  for (const v of values) for (const label of inEveryLanguage(screenLabels[v])) if (!map.has(fold(label))) map.set(fold(label), v);
  for (const language of LANGUAGES) {
    for (const v of values) for (const word of words(VALUE_WORDS[language])[v] ?? []) if (!map.has(fold(word))) map.set(fold(word), v);
  }
  return map;
}

const yesNo = new Map<string, boolean>();
for (const language of LANGUAGES) {
  for (const word of VALUE_WORDS[language].yes) yesNo.set(fold(word), true);
  for (const word of VALUE_WORDS[language].no) yesNo.set(fold(word), false);
}
yesNo.set('1', true).set('0', false);

const CHANNEL_WORDS = wordsFor(CHANNELS, CHANNEL_LABELS, CHANNEL, (w) => w.channel);
const KIND_WORDS = wordsFor(COMPENSATION_KINDS, COMPENSATION_KIND_LABELS, KIND, (w) => w.kind);
const SEVERITY_WORDS = wordsFor(SEVERITIES, SEVERITY_LABELS, SEVERITY, (w) => w.severity);
const OUTCOME_WORDS = wordsFor(OUTCOMES, OUTCOME_LABELS, OUTCOME, (w) => w.outcome);
/** A cause group: its name (People, Process…) or what the screens call it in any language. */
const GROUP_WORDS = wordsFor(CAUSE_GROUPS, Object.fromEntries(CAUSE_GROUPS.map((g) => [g, g])) as Record<CauseGroup, string>, CAUSE_GROUP, () => ({}));

/** A word cell's value, by its name, label or a word for it in any language the app speaks; null when none. */
const lookUp = <T>(words: Map<string, T>, cell: Cell): T | undefined => (typeof cell === 'string' ? words.get(fold(cell)) : undefined);

/** Yes/no: yes, y, true, 1, x, ✓, ja, sí, oui and no, n, false, 0, nein, non; a workbook's TRUE/FALSE. Empty (or a dash) is "not recorded". */
export function readYesNo(cell: Cell): boolean | null {
  if (isBlank(cell)) return null;
  if (typeof cell === 'boolean') return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  if (typeof cell === 'string' && YES_MARKS.includes(cell.trim())) return true;
  const found = typeof cell === 'string' ? yesNo.get(fold(cell)) : undefined;
  if (found === undefined) throw new CellError(say('importing.value.notYesNo', { text: cellText(cell) }));
  return found;
}

export function readChannel(cell: Cell): Channel {
  const found = lookUp(CHANNEL_WORDS, cell);
  if (found === undefined) {
    // The values' own names (English), which every file may use; the examples are the reader's language's words.
    throw new CellError(say('importing.value.notChannel', { text: cellText(cell), list: CHANNELS.map((c) => CHANNEL_LABELS[c].toLowerCase()).join(', ') }));
  }
  return found;
}

/** An outcome; a yes/no column such as "Came back?" reads yes as retained and no as lost. */
export function readOutcome(cell: Cell): Outcome {
  if (typeof cell === 'string' && /^\s*\?+\s*$/.test(cell)) return 'unknown';
  const found = lookUp(OUTCOME_WORDS, cell);
  if (found !== undefined) return found;
  let yes: boolean | null;
  try {
    yes = readYesNo(cell);
  } catch {
    throw new CellError(say('importing.value.notOutcome', { text: cellText(cell) }));
  }
  return yes === null ? 'unknown' : yes ? 'retained' : 'lost';
}

export function readKind(cell: Cell): CompensationKind {
  const found = lookUp(KIND_WORDS, cell);
  if (found === undefined) {
    throw new CellError(say('importing.value.notKind', { text: cellText(cell), list: COMPENSATION_KINDS.map((k) => COMPENSATION_KIND_LABELS[k].toLowerCase()).join(', ') }));
  }
  return found;
}

/** Severity: 1 to 4, its label (minor … critical), or a word such as low, high, urgent. */
export function readSeverity(cell: Cell): Severity {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d+\s*$/.test(cell) ? Number(cell) : NaN;
  const byNumber = SEVERITIES.find((s) => s === n);
  const found = byNumber ?? lookUp(SEVERITY_WORDS, cell);
  if (found === undefined) throw new CellError(say('importing.value.notSeverity', { text: cellText(cell) }));
  return found;
}

export function readGroup(text: string): CauseGroup {
  const found = GROUP_WORDS.get(fold(text));
  if (!found) throw new CellError(say('importing.value.notGroup', { text, list: CAUSE_GROUPS.map((g) => say(CAUSE_GROUP[g])).join(', ') }));
  return found;
}

/** A score cell; `which` names it in the sentence (score_before or score_after). */
export function readScore(text: string, which: 'before' | 'after'): number | null {
  if (text === '') return null;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Score.safeParse(n).success) throw new CellError(say('importing.value.notScore', { which, text }));
  return n;
}

/**
 * An amount in the shop's currency → integer minor units (amounts.ts says how a cell is read).
 * `fileMark` is the decimal mark the file's other amounts settled, for "1,234".
 */
export function readCost(cell: Cell, currency: string, locale: string, fileMark: DecimalMark | null = null): number {
  const read = readAmount(cell, currency, locale, fileMark);
  if ('reason' in read) throw new CellError(read.reason);
  return check(Cost, read.minor);
}

/** A date cell (and its own time column's, if any) → a stored instant (UTC ISO), refusing times in the future where the app does. */
export function readInstant(cell: Cell, order: DateOrder | null, now: Date, notFuture: boolean, time: Cell = null): string {
  const read = readDateCell(cell, order, time);
  if ('reason' in read) throw new CellError(read.reason);
  const text = isBlank(time) ? cellText(cell) : `${cellText(cell)} ${cellText(time)}`;
  if (!inYearRange(read.value.getUTCFullYear())) throw new CellError(say('importing.value.outOfYears', { text, first: String(FIRST_YEAR), last: String(LAST_YEAR) }));
  if (notFuture && +read.value > +now + CLOCK_GRACE_MS) throw new CellError(say('importing.value.future', { text }));
  return read.value.toISOString();
}
