import { z } from 'zod';
import { say } from '../i18n/say';
import { Instant } from './common';

/** What made a backup; `other` is a file Makegood did not name (copied into the folder by hand). */
export const BACKUP_KINDS = ['daily', 'manual', 'before-migration', 'before-restore', 'other'] as const;
export const BackupKind = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof BackupKind>;

/** A file name in the backups folder, never a path: the renderer can only pick from that folder. */
export const BackupName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.sqlite$/, { error: () => say('check.backupName') });

export const BackupFile = z.object({
  name: BackupName,
  kind: BackupKind,
  /** From the name when Makegood wrote it, else the file's modified time. */
  createdAt: Instant,
  bytes: z.number().int().min(0),
});
export type BackupFile = z.infer<typeof BackupFile>;

export const BackupList = z.object({
  /** The backups folder beside the data file. */
  folder: z.string(),
  /** Newest first. */
  backups: z.array(BackupFile),
});

export const BackupMade = z.object({ path: z.string(), name: z.string() });

export const RestoreRequest = z.strictObject({ name: BackupName });
export const RestoreResult = z.object({
  /** Where the data as it was just before the restore was saved. */
  safetyCopy: z.string(),
  incidents: z.number().int().min(0),
  /** What bringing an older backup up to this version had to repair, one sentence each. */
  repaired: z.array(z.string()),
});
