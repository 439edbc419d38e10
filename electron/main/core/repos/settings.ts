import { Settings } from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';

export const SETTING_KEYS = ['businessName', 'currency', 'locale', 'theme', 'language', 'voucherApology', 'voucherValidDays', 'slipPaper', 'followUpTemplate'] as const;

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return Settings.parse(Object.fromEntries(SETTING_KEYS.map((k) => [k, map.get(k)])));
}
