// Each kind of backup in words; shared/schemas/backup.ts keeps the English for the command line.
import type { MessageId } from '../../../shared/i18n/catalog';
import type { BackupKind } from '../../../shared/schemas/backup';

export const BACKUP_KIND: Record<BackupKind, MessageId> = {
  daily: 'settings.backups.kind.daily',
  manual: 'settings.backups.kind.manual',
  'before-migration': 'settings.backups.kind.beforeMigration',
  'before-restore': 'settings.backups.kind.beforeRestore',
  other: 'settings.backups.kind.other',
};
