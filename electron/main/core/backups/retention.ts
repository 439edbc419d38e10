// Which automatic backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12
// months that have one (the rule restic calls --keep-daily 7 --keep-weekly 4 --keep-monthly 12).
// Counting days that have a backup, not calendar days back from today, means a shop closed for
// a fortnight still has seven daily copies, and a clock set wrong once cannot wipe the history.
// Only `daily` files rotate: manual, before-migration and before-restore copies are the owner's
// to delete, and files Makegood did not name are never touched.
import { format, getISOWeek, getISOWeekYear } from 'date-fns';
import { parseBackupName } from './names';

export const RETENTION = { days: 7, weeks: 4, months: 12 } as const;

const BUCKETS: ReadonlyArray<readonly [count: number, key: (d: Date) => string]> = [
  [RETENTION.days, (d) => format(d, 'yyyy-MM-dd')],
  [RETENTION.weeks, (d) => `${getISOWeekYear(d)}-W${getISOWeek(d)}`],
  [RETENTION.months, (d) => format(d, 'yyyy-MM')],
];

/** The automatic backups among `names` that the rotation removes; every other name is kept. */
export function backupsToDelete(names: readonly string[]): string[] {
  const daily = names
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      return parsed?.kind === 'daily' ? [{ name, at: parsed.at }] : [];
    })
    // Newest first; the name breaks a tie so the answer never depends on the order given.
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  for (const [count, key] of BUCKETS) {
    const seen = new Set<string>();
    for (const b of daily) {
      if (seen.size === count) break;
      const k = key(b.at);
      if (seen.has(k)) continue;
      seen.add(k);
      keep.add(b.name);
    }
  }
  return daily.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
