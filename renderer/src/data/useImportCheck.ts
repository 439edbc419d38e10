// The import's preview: a dry run of data.import, again whenever the mapping or date format changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DATE_FORMATS } from '../../../shared/schemas/data';
import { call } from '../api/call';
import { keys } from '../api/keys';
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

export function useImportCheck(choice: ImportChoice | null) {
  return useQuery({
    queryKey: ['dataImport', choice?.fileId, choice?.mapping, choice?.dateFormat, choice?.skipBadRows],
    queryFn: () => call('data.import', request(choice!, true)),
    enabled: choice !== null,
    // Keeps the last preview on screen while a new mapping is checked, but never shows another file's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === choice?.fileId ? previous : undefined),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

export function useImportWrite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: ImportChoice) => call('data.import', request(choice, false)),
    onSuccess: () => {
      for (const queryKey of [keys.incidents, keys.staff, keys.categories, keys.rootCauses, keys.compensations, keys.lessons]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
