// One sheet row being read, cell by cell, into the cells a source hands out: a column a cell names
// (or the next one), gaps filled with null, values past MAX_COLUMNS refused rather than held.

import { MAX_COLUMNS, tooManyColumns } from './limits';
import { type Cell, SourceError } from './types';

export class RowCells {
  cells: Cell[] = [];
  /** The column the next cell goes in, when it does not name one. */
  next = 0;

  constructor(readonly line: number) {}

  /** A value for `count` columns from `column` (ODS repeats a cell; an empty one only moves on). */
  put(column: number, value: Cell, count = 1): void {
    this.next = column + count;
    if (value === null || value === '') return;
    if (column + count > MAX_COLUMNS) throw new SourceError(this.line, null, tooManyColumns(column + count));
    while (this.cells.length < column) this.cells.push(null);
    for (let i = 0; i < count; i += 1) this.cells[column + i] = value;
  }

  get empty(): boolean {
    return this.cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
  }
}

/** "AB12" → column 27 (0-based); -1 when it names none. */
export function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > 1_000_000) return -1;
  }
  return i === 0 ? -1 : column - 1;
}
