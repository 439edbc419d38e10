import type { z } from 'zod';
import type { SettingsUpdate, Settings } from '../../../../shared/schemas/settings';
import { type Language, pickLanguage, primaryLanguage } from '../../../../shared/i18n/languages';
import {
  DEFAULT_CURRENCIES,
  DEFAULT_LOCALES,
  REGION_CURRENCIES,
  SEED_CATEGORIES,
  SEED_FOLLOW_UP_TEMPLATE,
  SEED_ROOT_CAUSES,
  SEED_SHOP_NAME,
  SEED_VOUCHER_APOLOGY,
} from '../../../../shared/i18n/seeds';
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

/**
 * A new data file speaks its computer's language when Makegood speaks it (issue 18): the first of
 * `preferred` (the OS's languages in the app, LANG and its kin for the CLI and `serve`) that is
 * one of LANGUAGES, else English. The categories and root causes migration 0001 seeded in English
 * take that language's names, dates and money its way of writing them and its money the region's
 * (the region the computer names, or the language's usual one: de-CH counts in francs); so do its placeholder business name, the voucher slip's
 * apology and the suggested follow-up message. Run once, right after a new file's migrations.
 */
export function startInLanguage(db: Db, preferred: readonly string[]): Language {
  const language = pickLanguage(preferred);
  db.transaction(() => {
    const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    put.run('language', JSON.stringify(language));
    if (language === 'en') return;
    const locale = regionalLocale(preferred, language);
    put.run('locale', JSON.stringify(locale));
    put.run('currency', JSON.stringify(REGION_CURRENCIES[new Intl.Locale(locale).region ?? ''] ?? DEFAULT_CURRENCIES[language]));
    put.run('voucherApology', JSON.stringify(SEED_VOUCHER_APOLOGY[language]));
    put.run('followUpTemplate', JSON.stringify(SEED_FOLLOW_UP_TEMPLATE[language]));
    db.prepare("UPDATE settings SET value = ? WHERE key = 'businessName' AND value = ?").run(
      JSON.stringify(SEED_SHOP_NAME[language]),
      JSON.stringify(SEED_SHOP_NAME.en),
    );
    const renameCategory = db.prepare('UPDATE categories SET name = ? WHERE name = ?');
    SEED_CATEGORIES.en.forEach((english, k) => renameCategory.run(SEED_CATEGORIES[language][k], english));
    const renameCause = db.prepare('UPDATE root_causes SET name = ? WHERE name = ? AND cause_group = ?');
    SEED_ROOT_CAUSES.en.forEach(([english, group], k) => renameCause.run(SEED_ROOT_CAUSES[language][k]![0], english, group));
  })();
  return language;
}

/** The first preferred tag in `language` that names a region ("de-AT", "fr_CH.UTF-8"), canonical; else the language's usual locale. */
function regionalLocale(preferred: readonly string[], language: Language): string {
  for (const tag of preferred) {
    if (primaryLanguage(tag) !== language) continue;
    const bcp47 = tag.split(/[.@]/)[0]!.replaceAll('_', '-');
    try {
      const [canonical] = Intl.getCanonicalLocales(bcp47);
      if (canonical && new Intl.Locale(canonical).region) return canonical;
    } catch {
      // Not a tag Intl reads: the next one, or the language's usual locale.
    }
  }
  return DEFAULT_LOCALES[language];
}
