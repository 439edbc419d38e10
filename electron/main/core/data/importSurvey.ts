// Step 1 of an import (data/import.ts): the rows read once for what settles how to read them.
import type { MessageId } from '../../../../shared/i18n/catalog';
import type { DateOrder, ImportProgress, ImportResult } from '../../../../shared/schemas/data';
import { currentLanguage, say } from '../i18n/speak';
import { DecimalMarkDetector } from './amounts';
import type { ResolvedColumns } from './columns';
import { DateOrderDetector } from './dateOrder';
import { refText } from './rows';
import type { Cell, OpenedSource } from './sources/types';
import { ROWS_PER_TURN, turn } from './turns';

const DATE_FIELDS = ['occurred_at', 'resolved_at', 'follow_up_due_at', 'followed_up_at', 'compensation_given_at'] as const;

/** The text of a cell where a ref or a date is looked for (a workbook's number or date cell has none). */
const textOf = (cell: Cell | undefined): string => (typeof cell === 'string' ? cell.trim() : '');

export interface Survey {
  rows: number;
  dates: DateOrderDetector;
  decimalMark: DecimalMarkDetector;
  /** Refs on more than one row, and the line of each one's last row. */
  repeated: Map<string, number>;
  /** Columns with at least one filled cell. */
  filledColumns: Set<number>;
}

export async function surveyRows(source: OpenedSource, columns: ResolvedColumns, report: (p: ImportProgress) => void): Promise<Survey> {
  const dates = new DateOrderDetector();
  const decimalMark = new DecimalMarkDetector();
  const refs = new Map<string, { count: number; last: number }>();
  const filledColumns = new Set<number>();
  const dateAt = DATE_FIELDS.map((f) => columns.index[f]).filter((i): i is number => i !== undefined);
  const costAt = columns.index.compensation_cost;
  const refAt = columns.index.ref;
  let rows = 0;
  for await (const row of source.rows()) {
    rows += 1;
    row.cells.forEach((cell, at) => {
      if (cell !== null && cell !== '' && !(typeof cell === 'string' && cell.trim() === '')) filledColumns.add(at);
    });
    for (const at of dateAt) {
      const text = textOf(row.cells[at]);
      if (text !== '') dates.add(text, row.line);
    }
    if (costAt !== undefined) {
      const text = textOf(row.cells[costAt]);
      if (text !== '') decimalMark.add(text, row.line);
    }
    if (refAt !== undefined) {
      const ref = refText(row.cells[refAt]);
      if (ref !== null) {
        const seen = refs.get(ref);
        if (seen) {
          seen.count += 1;
          seen.last = row.line;
        } else refs.set(ref, { count: 1, last: row.line });
      }
    }
    if (rows % ROWS_PER_TURN === 0) {
      report({ phase: 'reading', done: source.progress(), rows });
      await turn();
    }
  }
  const repeated = new Map<string, number>();
  for (const [ref, seen] of refs) if (seen.count > 1) repeated.set(ref, seen.last);
  return { rows, dates, decimalMark, repeated, filledColumns };
}

/** The order dates are read in: the person's choice, else what the file settles; undecided is a question, not a guess. */
export function decideDateOrder(dates: DateOrderDetector, chosen: DateOrder | undefined): { answer: ImportResult['dateOrder']; problem?: ImportResult['problems'][number] } {
  const found = dates.result();
  if (chosen) return { answer: { used: chosen, how: 'chosen', choices: 'ambiguous' in found ? found.ambiguous : [] } };
  if ('order' in found) return { answer: { used: found.order, how: 'file', choices: [] } };
  if ('none' in found) return { answer: { used: null, how: 'none', choices: [] } };
  if ('conflict' in found) {
    const { dmy, mdy } = found.conflict;
    const [first, second] = dmy.line < mdy.line ? [{ ...dmy, order: 'dmy' as const }, { ...mdy, order: 'mdy' as const }] : [{ ...mdy, order: 'mdy' as const }, { ...dmy, order: 'dmy' as const }];
    return {
      answer: { used: null, how: 'undecided', choices: ['dmy', 'mdy'] },
      problem: {
        line: second.line,
        column: null,
        reason: say('importing.dates.conflict', {
          firstText: first.text,
          firstLine: String(first.line),
          firstOrder: say(ORDER_WORDS[first.order]),
          secondText: second.text,
          secondOrder: say(ORDER_WORDS[second.order]),
        }),
      },
    };
  }
  return {
    answer: { used: null, how: 'undecided', choices: found.ambiguous },
    problem: {
      line: found.first.line,
      column: null,
      reason: say('importing.dates.ambiguous', {
        orders: new Intl.ListFormat(currentLanguage(), { type: 'disjunction' }).format(found.ambiguous.map((o) => say(ORDER_WORDS[o]))),
        text: found.first.text,
      }),
    },
  };
}

const ORDER_WORDS: Record<DateOrder, MessageId> = { dmy: 'importing.dates.order.dmy', mdy: 'importing.dates.order.mdy', ymd: 'importing.dates.order.ymd' };
