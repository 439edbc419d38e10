import type { z } from 'zod';
import type { SettingsUpdate, Settings } from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';
import { getSettings, SETTING_KEYS } from '../repos/settings';

export function updateSettings(db: Db, changes: z.output<typeof SettingsUpdate>): Settings {
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return db.transaction(() => {
    for (const key of SETTING_KEYS) {
      const value = changes[key];
      if (value !== undefined) put.run(key, JSON.stringify(value));
    }
    return getSettings(db);
  })();
}

/** The owner's count of sales in a month (incidents per 1,000 transactions); null clears it. */
export function setTransactions(db: Db, month: string, count: number | null): void {
  if (count === null) db.prepare('DELETE FROM month_transactions WHERE month = ?').run(month);
  else db.prepare('INSERT INTO month_transactions (month, count) VALUES (?, ?) ON CONFLICT (month) DO UPDATE SET count = excluded.count').run(month, count);
}
