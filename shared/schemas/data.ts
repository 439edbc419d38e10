import { z } from 'zod';
import { Day } from './common';

/** docs/domain.md's canonical CSV columns, in export order. */
export const CSV_COLUMNS = [
  'ref', 'occurred_at', 'channel', 'customer_name', 'customer_phone', 'customer_email', 'what_happened',
  'category', 'severity', 'root_cause', 'root_cause_group', 'handled_by', 'team_lead_present', 'resolved_at',
  'follow_up_due_at', 'followed_up_at', 'score_before', 'score_after', 'outcome', 'internal_note',
  'compensation_kind', 'compensation_description', 'compensation_cost', 'compensation_given_by',
  'compensation_given_at',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * What an import can read a file's column as: the canonical columns, and `occurred_time`, a time of
 * day in a column of its own (a paper log's "Time"), joined to occurred_at's date.
 */
export const IMPORT_FIELDS = [...CSV_COLUMNS, 'occurred_time'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Each field in plain words, for the import preview's "this column is…" choices. */
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
};

/** How dates in the file are written; ISO is `2026-10-03` or `2026-10-03T14:05`. */
export const DATE_FORMATS = ['iso', 'dmy', 'mdy'] as const;
export const DATE_FORMAT_LABELS: Record<(typeof DATE_FORMATS)[number], string> = {
  iso: 'ISO: 2026-10-03 14:05',
  dmy: 'Day first: 03/10/2026 14:05',
  mdy: 'Month first: 10/03/2026 2:05 PM',
};

export const ImportRequest = z.strictObject({
  /** The file's text. */
  csv: z.string().max(50_000_000, 'The file is larger than 50 MB; split it by year'),
  /** Canonical column → the file's header that holds it; missing: matched by name. */
  mapping: z.partialRecord(z.enum(CSV_COLUMNS), z.string().max(200)).default({}),
  dateFormat: z.enum(DATE_FORMATS).default('iso'),
  /** Import the good rows and report the bad ones, instead of all or nothing. */
  skipBadRows: z.boolean().default(false),
  /** Check and report only; write nothing. */
  dryRun: z.boolean().default(false),
});

export const ImportProblem = z.object({ line: z.number().int(), column: z.string().nullable(), reason: z.string() });

export const ImportResult = z.object({
  headers: z.array(z.string()),
  /** The mapping used: canonical column → header (after matching by name). */
  mapping: z.partialRecord(z.enum(CSV_COLUMNS), z.string()),
  /**
   * The file's columns that nothing is read from (neither a canonical name nor mapped by the user),
   * so their cells are not imported: the header, or `column 4 (no header)`, `Notes (column 7)` for
   * an unnamed or repeated one. An unnamed column with every cell empty is not listed.
   */
  ignoredColumns: z.array(z.string()),
  rows: z.number().int(),
  incidents: z.number().int(),
  compensations: z.number().int(),
  /**
   * Of `compensations`: entries past their giver's monthly allowance with nobody's approval in the
   * file. History cannot be asked any more, so they are kept and marked "over allowance, not approved".
   */
  overAllowanceUnapproved: z.number().int(),
  problems: z.array(ImportProblem),
  /** True when rows were written (not a dry run, and no problem, or skipBadRows). */
  written: z.boolean(),
  /** New categories, causes and staff the import created (or would create). */
  created: z.object({ categories: z.array(z.string()), rootCauses: z.array(z.string()), staff: z.array(z.string()) }),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ExportRequest = z.strictObject({
  from: Day('From must be a date such as 2026-10-01').optional(),
  to: Day('To must be a date such as 2026-10-31').optional(),
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
