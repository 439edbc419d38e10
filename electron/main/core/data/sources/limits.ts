// What a file handed to the import may hold at most. A shop's log is thousands of rows of a few
// dozen columns; a file far past these is a mistake or an attack, and is refused with a sentence
// instead of being read until the app runs out of memory.
import { say } from '../../i18n/speak';

/** Columns a row may have a value in (Excel's own limit is 16,384; LibreOffice's 1,024 to 16,384). */
export const MAX_COLUMNS = 2_000;

/** Bytes a CSV record may span: far past any real row, and what a quote never closed is caught by. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** A workbook's files, inflated, together (what its zip says they are; the reader holds it to that). */
export const MAX_UNZIPPED_BYTES = 500 * 1024 * 1024;

/** Files inside a workbook's zip (a real one has tens; a million tiny ones is a way to stall the reader). */
export const MAX_ZIP_ENTRIES = 10_000;

export const tooManyColumns = (count: number) => say('importing.source.tooManyColumns', { count, max: MAX_COLUMNS });
