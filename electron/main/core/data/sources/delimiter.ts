// Which character separates the cells: Excel writes "," in English, ";" where the comma is the
// decimal mark (so "12,50" would split a cell), a tab for "Unicode text", and some systems "|".
import { DELIMITERS, type Delimiter } from './types';

/** Records the guess looks at; the first few are enough and the header is always among them. */
const SAMPLE_RECORDS = 50;

/** The count of each delimiter outside quotes, per record, in the sample (the last, maybe cut short, left out unless the sample is the whole file). */
function counts(sample: string, whole: boolean): Map<Delimiter, number[]> {
  const perRecord = new Map<Delimiter, number[]>(DELIMITERS.map((d) => [d, []]));
  let current = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let empty = true;
  const close = () => {
    if (!empty) for (const d of DELIMITERS) perRecord.get(d)?.push(current.get(d) ?? 0);
    current = new Map(DELIMITERS.map((d) => [d, 0]));
    empty = true;
  };
  for (const char of sample) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      close();
      if ((perRecord.get(',')?.length ?? 0) >= SAMPLE_RECORDS) break;
      continue;
    } else if (!quoted && current.has(char as Delimiter)) current.set(char as Delimiter, (current.get(char as Delimiter) ?? 0) + 1);
    empty = false;
  }
  if (whole) close();
  return perRecord;
}

/**
 * The delimiter whose count is the same on the most sampled records (the header's count), then the
 * one that splits the header into more cells; ties go to the comma. A European file's "12,50" adds
 * commas to some rows only, so ";" keeps its count and wins.
 */
export function detectDelimiter(sample: string, whole: boolean): Delimiter {
  let best: { delimiter: Delimiter; agree: number; cells: number } = { delimiter: ',', agree: 0, cells: 0 };
  for (const [delimiter, perRecord] of counts(sample, whole)) {
    const header = perRecord[0] ?? 0;
    if (header === 0) continue;
    const agree = perRecord.filter((n) => n === header).length / perRecord.length;
    if (agree > best.agree || (agree === best.agree && header > best.cells)) best = { delimiter, agree, cells: header };
  }
  return best.delimiter;
}
