// What a backup file is called says what made it and when (local time), so the folder reads
// well to a person and the retention rule can tell the automatic copies from the rest.
import { format, isValid, parse } from 'date-fns';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_KINDS, type BackupKind } from '../../../../shared/schemas/backup';

/** The kinds Makegood writes, so names it can read back: every kind but `other` (a file copied in by hand). */
export type NamedBackupKind = Exclude<BackupKind, 'other'>;
export const NAMED_BACKUP_KINDS = BACKUP_KINDS.filter((k): k is NamedBackupKind => k !== 'other');

const STAMP = 'yyyy-MM-dd-HHmmss';
const STAMP_RE = '(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-\\d+)?';

// `makegood-<stamp>` is what `makegood backup` has always written, so old copies keep reading as manual.
// A Record, so a kind added to the shared list without a pattern here does not compile.
const PATTERNS: Record<NamedBackupKind, RegExp> = {
  daily: new RegExp(`^makegood-daily-${STAMP_RE}\\.sqlite$`),
  'before-migration': new RegExp(`^makegood-before-migration-v\\d+-to-v\\d+-${STAMP_RE}\\.sqlite$`),
  'before-restore': new RegExp(`^makegood-before-restore-${STAMP_RE}\\.sqlite$`),
  manual: new RegExp(`^makegood-${STAMP_RE}\\.sqlite$`),
};

/**
 * The `backups` folder beside the data file; `NAME-backups` for a file not called makegood.sqlite,
 * so two data files in one folder (`--db a.sqlite`, `--db b.sqlite`) never share, rotate or
 * restore each other's copies.
 */
export function backupsDir(databasePath: string): string {
  const stem = basename(databasePath).replace(/\.[^.]*$/, '');
  return join(dirname(databasePath), stem === 'makegood' ? 'backups' : `${stem}-backups`);
}

export function backupFileName(kind: NamedBackupKind, at: Date, migration?: { from: number; to: number }): string {
  const stamp = format(at, STAMP);
  switch (kind) {
    case 'daily':
      return `makegood-daily-${stamp}.sqlite`;
    case 'before-migration':
      return `makegood-before-migration-v${migration?.from ?? 0}-to-v${migration?.to ?? 0}-${stamp}.sqlite`;
    case 'before-restore':
      return `makegood-before-restore-${stamp}.sqlite`;
    case 'manual':
      return `makegood-${stamp}.sqlite`;
  }
}

export interface ParsedBackupName {
  kind: NamedBackupKind;
  /** When it was made, read from the name (local time). */
  at: Date;
}

/** Reads a name written by backupFileName; null for any other file (never touched by the rotation). */
export function parseBackupName(name: string): ParsedBackupName | null {
  for (const [kind, re] of Object.entries(PATTERNS) as [NamedBackupKind, RegExp][]) {
    const m = re.exec(name);
    if (!m?.[1]) continue;
    const at = parse(m[1], STAMP, new Date(0));
    return isValid(at) ? { kind, at } : null;
  }
  return null;
}

/** `path`, or `path` with -2, -3… before `.sqlite` when a copy made in the same second is already there. */
export function unusedPath(path: string): string {
  if (!existsSync(path)) return path;
  for (let n = 2; ; n += 1) {
    const candidate = path.replace(/\.sqlite$/, `-${n}.sqlite`);
    if (!existsSync(candidate)) return candidate;
  }
}

export const backupPath = (databasePath: string, kind: NamedBackupKind, at: Date, migration?: { from: number; to: number }) =>
  unusedPath(join(backupsDir(databasePath), backupFileName(kind, at, migration)));
