import type { z } from 'zod';
import type { ImportProblem as ImportProblemSchema } from '../../../../shared/schemas/data';

/** A row that cannot be imported: its line (the header is line 1), the file's column, and why. */
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** In file order (a stable sort keeps each row's problems left to right), so a person can walk down the list. */
export const byLine = (a: ImportProblem, b: ImportProblem) => a.line - b.line;
