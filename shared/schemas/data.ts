import { z } from 'zod';
import { say } from '../i18n/say';
import { Day } from './common';

/** docs/domain.md's canonical CSV columns, in export order. */
export const CSV_COLUMNS = [
  'ref', 'occurred_at', 'channel', 'customer_name', 'customer_phone', 'customer_email', 'what_happened',
  'category', 'severity', 'root_cause', 'root_cause_group', 'handled_by', 'team_lead_present', 'resolved_at',
  'follow_up_due_at', 'followed_up_at', 'score_before', 'score_after', 'outcome', 'internal_note',
  'compensation_kind', 'compensation_description', 'compensation_cost', 'compensation_given_by',
  'compensation_given_at', 'compensation_code', 'compensation_redeemed_at',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * What an import can read a file's column as: the canonical columns, and `occurred_time`, a time of
 * day in a column of its own (a paper log's "Time"), joined to occurred_at's date.
 */
export const IMPORT_FIELDS = [...CSV_COLUMNS, 'occurred_time'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Each field in plain words, in English: the reference the import preview's "this column is…"
 * choices are translated from (the screens say them from the catalogue's `data.field.*`).
 */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  ref: 'Reference (such as MG-12)',
  occurred_at: 'When it happened (date, or date and time)',
  occurred_time: 'Time it happened (joined to the date)',
  channel: 'How the customer reached us (in person, phone, email…)',
  customer_name: 'Customer name',
  customer_phone: 'Customer phone',
  customer_email: 'Customer email',
  what_happened: 'What happened (the complaint, in their words)',
  category: 'Category (the part of the business that failed)',
  severity: 'Severity (1–4, minor to critical)',
  root_cause: 'Root cause',
  root_cause_group: 'Root cause group (People, Process…)',
  handled_by: 'Handled by (staff member)',
  team_lead_present: 'Team lead present (yes/no)',
  resolved_at: 'When it was resolved',
  follow_up_due_at: 'Follow-up due',
  followed_up_at: 'When we followed up',
  score_before: 'Score before (0–10)',
  score_after: 'Score after (0–10)',
  outcome: 'Outcome (customer kept, lost, unknown)',
  internal_note: 'Internal note (for the team only)',
  compensation_kind: 'Kind of compensation (refund, voucher…)',
  compensation_description: 'Compensation description',
  compensation_cost: 'Compensation cost (refund, amount)',
  compensation_given_by: 'Compensation given by (staff member)',
  compensation_given_at: 'When the compensation was given',
  compensation_code: 'Voucher code (such as MGV-7Q2K)',
  compensation_redeemed_at: 'When the voucher was redeemed',
};

/** The order of a date's parts, when the file does not settle it (a day over 12 does). */
export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** A file waiting to be imported, by the id it was staged under (core/data/staging.ts). */
export const ImportFileId = z.string().regex(/^[0-9a-f]{24}$/, { error: () => say('importing.chooseAgain') });

export const ImportRequest = z.strictObject({
  file: ImportFileId,
  /** A CSV's encoding when the person chose one (a label such as windows-1252); otherwise UTF-8 or UTF-16 with its BOM. */
  encoding: z.string().trim().min(1).max(40).optional(),
  /** A workbook's sheet; the first one when not given. */
  sheet: z.string().max(200).optional(),
  /** Field → the file's header that holds it ('' = not in the file); the rest are guessed from the headers. */
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200)).default({}),
  /** Needed only when every date in the file could be read two ways. */
  dateOrder: z.enum(DATE_ORDERS).optional(),
  /** "These are past incidents that were dealt with": resolved when they happened, unless the file says when. */
  historic: z.boolean().default(false),
  /** Import the good rows and report the bad ones, instead of all or nothing. */
  skipBadRows: z.boolean().default(false),
  /** Check and report only; write nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportRequest = z.output<typeof ImportRequest>;

export const ImportProblem = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
  /** The text is not in the encoding read: the screen offers the encoding to choose (the reason is in the shop's language). */
  about: z.literal('encoding').optional(),
});

/** One row of the preview, as it will be stored (or its problems, when it cannot be). */
export const ImportPreviewRow = z.object({
  line: z.number().int(),
  ref: z.string().nullable(),
  /** Stored instants (UTC ISO); the screen shows them in the shop's time. */
  occurredAt: z.string().nullable(),
  whatHappened: z.string(),
  customer: z.string(),
  channel: z.string().nullable(),
  category: z.string().nullable(),
  severity: z.number().int().nullable(),
  handledBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  compensation: z.object({ kind: z.string(), cost: z.number().int(), description: z.string(), givenBy: z.string().nullable() }).nullable(),
  problems: z.array(ImportProblem),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportResult = z.object({
  /** What the file turned out to be. */
  file: z.object({
    kind: z.enum(['csv', 'xlsx', 'ods']),
    encoding: z.string().optional(),
    delimiter: z.string().optional(),
    sheets: z.array(z.string()).optional(),
    sheet: z.string().optional(),
  }),
  headers: z.array(z.string()),
  /** The mapping used: field → header (after guessing from the headers). */
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string()),
  /** How each mapped field was found: the user's choice, the exact field name, or a word for it. */
  matchedBy: z.partialRecord(z.enum(IMPORT_FIELDS), z.enum(['chosen', 'name', 'synonym'])),
  /** The date order used: settled by the file, chosen, or null when there was no date to read or it is still to be chosen. */
  dateOrder: z.object({ used: z.enum(DATE_ORDERS).nullable(), how: z.enum(['file', 'chosen', 'undecided', 'none']), choices: z.array(z.enum(DATE_ORDERS)) }),
  /**
   * The file's columns that nothing is read from (neither a field's name nor mapped by the user),
   * so their cells are not imported: the header, or `column 4 (no header)`, `Notes (column 7)` for
   * an unnamed or repeated one. An unnamed column with every cell empty is not listed.
   */
  ignoredColumns: z.array(z.string()),
  rows: z.number().int(),
  incidents: z.number().int(),
  compensations: z.number().int(),
  /** Of `incidents`: those that will be open on Home (not resolved). */
  open: z.number().int(),
  /**
   * Of `compensations`: entries past their giver's monthly allowance with nobody's approval in the
   * file. History cannot be asked any more, so they are kept and marked "over allowance, not approved".
   */
  overAllowanceUnapproved: z.number().int(),
  /** The first rows as they will be stored, with their problems. */
  preview: z.array(ImportPreviewRow),
  /** The first problems, in file order (at most 500), and how many there are in all. */
  problems: z.array(ImportProblem),
  problemCount: z.number().int(),
  /** True when rows were written (not a dry run, and no problem, or skipBadRows). */
  written: z.boolean(),
  /** New categories, causes and staff the import created (or would create). */
  created: z.object({ categories: z.array(z.string()), rootCauses: z.array(z.string()), staff: z.array(z.string()) }),
});
export type ImportResult = z.infer<typeof ImportResult>;

/**
 * Choosing a file to import: the app asks in its open dialog and stages the file (`chosen`); browser
 * mode uploads the file the page picked to `uploadUrl` (POST, the session's key), which answers with
 * the same `chosen` shape; or the person closed the dialog.
 */
export const ImportFileChoice = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('chosen'), file: ImportFileId, name: z.string(), bytes: z.number().int() }),
  z.object({ outcome: z.literal('upload'), uploadUrl: z.string() }),
  z.object({ outcome: z.literal('canceled') }),
]);
export type ImportFileChoice = z.infer<typeof ImportFileChoice>;

/** How far the import running now has got (the app's progress bar); `idle` when none runs. */
export const ImportProgress = z.object({
  phase: z.enum(['idle', 'reading', 'checking', 'writing']),
  /** 0 to 1 through the current phase. */
  done: z.number().min(0).max(1),
  rows: z.number().int(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const ExportRequest = z.strictObject({
  from: Day('exporting.from').optional(),
  to: Day('exporting.to').optional(),
});
export type ExportRequest = z.output<typeof ExportRequest>;
/** What an export wrote: its incidents, and its rows (one per compensation, at least one per incident). */
export const ExportCounts = z.object({ incidents: z.number().int(), rows: z.number().int() });
export type ExportCounts = z.infer<typeof ExportCounts>;

/**
 * Export CSV's answer: the app wrote the file where the person chose (`saved`), or they closed the
 * dialog (`canceled`); in browser mode the page downloads it from `downloadUrl`, a one-time address.
 */
export const ExportFileResult = z.discriminatedUnion('outcome', [
  ExportCounts.extend({ outcome: z.literal('saved'), savedTo: z.string() }),
  z.object({ outcome: z.literal('download'), downloadUrl: z.string(), fileName: z.string() }),
  z.object({ outcome: z.literal('canceled') }),
]);
export type ExportFileResult = z.infer<typeof ExportFileResult>;
