import type { z } from 'zod';
import { Settings, type SettingsUpdate } from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';

const KEYS = ['businessName', 'currency', 'locale', 'theme'] as const;

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return Settings.parse(Object.fromEntries(KEYS.map((k) => [k, map.get(k)])));
}

export function updateSettings(db: Db, changes: z.output<typeof SettingsUpdate>): Settings {
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return db.transaction(() => {
    for (const key of KEYS) {
      const value = changes[key];
      if (value !== undefined) put.run(key, JSON.stringify(value));
    }
    return getSettings(db);
  })();
}
