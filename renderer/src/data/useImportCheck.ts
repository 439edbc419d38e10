// The import's preview: a dry run of data.import on the staged file, again whenever a choice changes.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { DateOrder, ImportRequest } from '../../../shared/schemas/data';
import { call } from '../api/call';
import { callKey } from '../api/keys';
import { useWrite } from '../api/useCall';
import type { Mapping } from './mapping';

/** What the person has chosen about the staged file; everything not chosen the core works out. */
export interface ImportChoice {
  file: string;
  /** A CSV's encoding label; undefined: detect it. */
  encoding?: string;
  sheet?: string;
  /** Only the person's own choices: the rest the core guesses from the headers (and says how). */
  mapping: Mapping;
  dateOrder?: DateOrder;
  historic: boolean;
  skipBadRows: boolean;
}

export const newChoice = (file: string): ImportChoice => ({ file, mapping: {}, historic: false, skipBadRows: false });

/** The request for a choice; optional choices are left out rather than sent empty. */
export function importRequest(c: ImportChoice, dryRun: boolean): ImportRequest {
  return {
    file: c.file,
    ...(c.encoding ? { encoding: c.encoding } : {}),
    ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
    mapping: c.mapping,
    ...(c.dateOrder ? { dateOrder: c.dateOrder } : {}),
    historic: c.historic,
    // A check counts the rows that can be written either way: ticking "skip" need not read the file again.
    skipBadRows: dryRun ? false : c.skipBadRows,
    dryRun,
  };
}

/** `paused` while the import itself runs: its check is not asked again of data it is changing. */
export function useImportCheck(choice: ImportChoice | null, paused = false) {
  const request = choice ? importRequest(choice, true) : null;
  return useQuery({
    queryKey: callKey('data.import', request ?? ({} as ImportRequest)),
    queryFn: () => call('data.import', request!),
    enabled: request !== null && !paused,
    // Keeps the last preview on screen while a new choice is checked, but never shows another file's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1].file === choice?.file ? previous : undefined),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

export function useImportWrite() {
  const write = useWrite();
  return useMutation({ mutationFn: (choice: ImportChoice) => write('data.import', importRequest(choice, false)) });
}
