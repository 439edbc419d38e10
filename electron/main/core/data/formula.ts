import type { CsvColumn } from '../../../../shared/schemas/data';

/*
 * CSV formula injection (OWASP "CSV Injection"). A spreadsheet runs a cell that starts with
 * = + - @, a tab or a carriage return as a formula: a customer who gives their name as
 * `=HYPERLINK("http://evil.example","click")` would otherwise get a live link, or worse, into the
 * owner's spreadsheet. So the export writes such a cell with a single quote in front, which
 * spreadsheets show as text and hide.
 *
 * The rule, both ways, on free-text columns only:
 *   export: a value that starts with = + - @ tab CR, or with ' itself, gets one ' in front;
 *   import: a cell that starts with ' followed by one of those (or by another ') loses that one '.
 * Escaping a leading ' too is what makes the rule exact: import(export(x)) === x for every x, so
 * `'tis the season` exports as `''tis the season` and comes back as typed, while a hand-made file's
 * `'tis the season` (a ' before anything else) is kept as it is.
 *
 * "= + - @" means every character that Unicode's compatibility folding (NFKC) turns into one of
 * them: the full-width ＝ ＋ － ＠ an East Asian keyboard types, and the small and raised forms. A
 * spreadsheet or tool that folds text as it reads it would run ＝1+1 as =1+1; the escape costs the
 * text nothing, since the import undoes it exactly (the rule above holds for any set of starts
 * that includes '). tests/integration/csv-formula.test.ts checks the set against NFKC.
 *
 * Numbers, dates, yes/no and the fixed lists (channel, outcome, kind, group) are never escaped:
 * they cannot start with a formula character except as the sign of a number, which must stay a
 * number for the spreadsheet (and the importer refuses a negative cost or score anyway).
 */
export const FREE_TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>([
  'ref',
  'customer_name',
  'customer_phone',
  'customer_email',
  'what_happened',
  'category',
  'root_cause',
  'handled_by',
  'internal_note',
  'compensation_description',
  'compensation_given_by',
]);

/** Starts that are escaped: ASCII, then their NFKC twins (full-width, small, super- and subscript, ⩵ ⩶ ﬩). */
export const ESCAPED_START = /^[=+\-@\t\r'\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u207C\u208C\u207A\u208A\u2A75\u2A76\uFB29]/;

/** A free-text value as the export writes it. */
export const escapeFormula = (text: string): string => (ESCAPED_START.test(text) ? `'${text}` : text);

/** Undoes exactly `escapeFormula`; any other text is kept as it is. */
export const unescapeFormula = (text: string): string =>
  text.startsWith("'") && ESCAPED_START.test(text.slice(1)) ? text.slice(1) : text;
