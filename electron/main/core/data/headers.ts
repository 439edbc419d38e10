// Which field each of a file's columns holds, from its header in plain words (docs/domain.md,
// section 6, "Headers"). A guess for the import preview to show and the person to correct.
import { IMPORT_FIELDS, type ImportField } from '../../../../shared/schemas/data';
import { HEADER_WORDS, LANGUAGES } from './headerWords';

/**
 * A header (or a word in a cell) as matching sees it: case, accents, spaces and punctuation gone.
 * "Date/Time", "date-time" and "DATE TIME" are `datetime`; "E-mail" is `email`; "Téléphone" is
 * `telephone`. NFKD splits accents off their letters (and reads ligatures and ordinals as letters).
 */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export interface GuessedColumn {
  field: ImportField;
  /** The column's index in the header. */
  at: number;
  /** `name`: the header is the canonical name (`customer_name`); `synonym`: a word for it ("Guest"). */
  how: 'name' | 'synonym';
}

const byName = new Map<string, ImportField>(IMPORT_FIELDS.map((f) => [normaliseHeader(f), f]));

/** Every language's words, normalised → field. headerWords.test.ts checks that no word means two fields. */
export const HEADER_SYNONYMS: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>();
  for (const language of LANGUAGES) {
    for (const [field, words] of Object.entries(HEADER_WORDS[language]) as [ImportField, readonly string[]][]) {
      for (const word of words) if (!map.has(normaliseHeader(word))) map.set(normaliseHeader(word), field);
    }
  }
  return map;
})();

/**
 * The fields the file's columns hold, by header, in column order. A canonical name beats a word
 * for the same field wherever it stands ("Customer" then "customer_name": the second is the name);
 * otherwise the first column to claim a field has it. Each column and each field is used once;
 * a column nothing matches is left out (the preview shows it as not imported).
 */
export function guessColumns(headers: string[]): GuessedColumn[] {
  const keys = headers.map(normaliseHeader);
  const taken = new Map<ImportField, GuessedColumn>();
  const used = new Set<number>();
  const claim = (how: GuessedColumn['how'], lookup: ReadonlyMap<string, ImportField>) => {
    keys.forEach((key, at) => {
      const field = key === '' || used.has(at) ? undefined : lookup.get(key);
      if (field === undefined || taken.has(field)) return;
      taken.set(field, { field, at, how });
      used.add(at);
    });
  };
  claim('name', byName);
  claim('synonym', HEADER_SYNONYMS);
  return [...taken.values()].sort((a, b) => a.at - b.at);
}
