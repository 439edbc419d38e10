import type { Cell } from './sources/types';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as a person reads it in the file, for a message: the text, a number as written, a
 * workbook's date as `2026-10-03 14:05`, a time as `14:05`.
 */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const time = `${pad(cell.h)}:${pad(cell.mi)}${cell.s > 0 ? `:${pad(cell.s)}` : ''}`;
  if (cell.kind === 'time') return time;
  const day = `${String(cell.y).padStart(4, '0')}-${pad(cell.mo)}-${pad(cell.d)}`;
  return cell.hasTime ? `${day} ${time}` : day;
}

/**
 * Nothing written: an empty cell, or a lone dash, which paper logs and spreadsheets use for "none"
 * (a dash in a cost column is no compensation, in a yes/no column "not recorded").
 */
export const isBlank = (cell: Cell): boolean => cell === null || (typeof cell === 'string' && /^\s*[-–—]?\s*$/.test(cell));
