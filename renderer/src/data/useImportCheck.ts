// The import's preview: a dry run of data.import, again whenever the mapping or date format changes.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { DATE_FORMATS } from '../../../shared/schemas/data';
import { call } from '../api/call';
import { useWrite } from '../api/useCall';
import type { Mapping } from './MappingFields';

export type DateFormat = (typeof DATE_FORMATS)[number];

export interface ImportChoice {
  /** Changes with each file read, so a new file is checked afresh (the text itself is too big for a key). */
  fileId: number;
  csv: string;
  mapping: Mapping;
  dateFormat: DateFormat;
  skipBadRows: boolean;
}

const request = (c: ImportChoice, dryRun: boolean) => ({
  csv: c.csv,
  mapping: c.mapping,
  dateFormat: c.dateFormat,
  skipBadRows: c.skipBadRows,
  dryRun,
});

/** `paused` while the import itself runs: its check is not asked again of data it is changing. */
export function useImportCheck(choice: ImportChoice | null, paused = false) {
  return useQuery({
    // Keyed by the channel like every query, but by the file's id, not its text (too big for a key).
    queryKey: ['data.import', { fileId: choice?.fileId, mapping: choice?.mapping, dateFormat: choice?.dateFormat, skipBadRows: choice?.skipBadRows }] as const,
    queryFn: () => call('data.import', request(choice!, true)),
    enabled: choice !== null && !paused,
    // Keeps the last preview on screen while a new mapping is checked, but never shows another file's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1].fileId === choice?.fileId ? previous : undefined),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

export function useImportWrite() {
  const write = useWrite();
  return useMutation({ mutationFn: (choice: ImportChoice) => write('data.import', request(choice, false)) });
}
