// A source whose rows are read more than once (an import reads a file to survey, check and write
// it): the rows of a small file are kept from the first complete read, so it is read from the disk once.
import type { OpenedSource, SourceRow } from './types';

/** Rows kept from the first read for the next ones: about 25 MB at most for a wide sheet. */
export const KEEP_ROWS = 25_000;

/**
 * The source, with the rows of its first complete read kept for the reads after it when there are
 * at most `limit` of them; a larger file is read from the disk each time (its memory stays flat).
 */
export function keepingRows(source: OpenedSource, limit: number): OpenedSource {
  let kept: SourceRow[] | null = null;
  let reading = false;
  let served = 0;
  return {
    ...source,
    progress: () => (kept && !reading ? served / Math.max(1, kept.length) : source.progress()),
    async *rows() {
      if (kept) {
        served = 0;
        for (const row of kept) {
          served += 1;
          yield row;
        }
        return;
      }
      reading = true;
      let collecting: SourceRow[] | null = [];
      try {
        for await (const row of source.rows()) {
          if (collecting && collecting.length < limit) collecting.push(row);
          else collecting = null;
          yield row;
        }
        kept = collecting;
      } finally {
        reading = false;
      }
    },
  };
}
