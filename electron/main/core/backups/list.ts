import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BackupName, type BackupFile } from '../../../../shared/schemas/backup';
import { backupsDir, parseBackupName } from './names';

/** Every `.sqlite` file in the backups folder, newest first; a file copied in by hand shows as `other`. */
export function listBackups(databasePath: string): BackupFile[] {
  const dir = backupsDir(databasePath);
  if (!existsSync(dir)) return [];
  const files: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    // Only names the app could ask to restore (data.restore takes the same schema).
    if (!BackupName.safeParse(name).success) continue;
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const parsed = parseBackupName(name);
    files.push({
      name,
      kind: parsed?.kind ?? 'other',
      createdAt: (parsed?.at ?? stat.mtime).toISOString(),
      bytes: stat.size,
    });
  }
  return files.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
