// A new data file (or an empty shared database) starts in its computer's language (issue 18): its
// settings, its way of writing dates and money, and the categories and root causes it is seeded
// with. Only at creation: a file keeps its language whatever computer opens it later.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/main/core/app';
import { connect } from '../../electron/main/core/db/connect';
import { SEED_CATEGORIES, SEED_FOLLOW_UP_TEMPLATE, SEED_ROOT_CAUSES, SEED_SHOP_NAME, SEED_VOUCHER_APOLOGY } from '../../shared/i18n/seeds';
import { call, languageFiles } from '../support/languageFile';
import { onPostgres } from '../support/pgTest';

const { newPlace, open, closed } = languageFiles();

async function seeds(core: Core) {
  const categories = (await call(core, 'categories.list', {})).map((c) => c.name);
  const causes = (await call(core, 'rootCauses.list', {})).map((c) => [c.name, c.group] as const);
  return { categories: [...categories].sort(), causes: [...causes].sort() };
}
const sorted = <T>(list: readonly T[]) => [...list].sort();

describe('a new file’s language', () => {
  it.each([
    [['de-AT', 'en-US'], 'de', 'de-AT', 'EUR'],
    [['de_CH.UTF-8'], 'de', 'de-CH', 'CHF'],
    [['es'], 'es', 'es-ES', 'EUR'],
    [['es-MX'], 'es', 'es-MX', 'MXN'],
    [['pt-BR', 'fr_CA.UTF-8'], 'fr', 'fr-CA', 'CAD'],
    [['fr-FR@euro'], 'fr', 'fr-FR', 'EUR'],
  ] as const)('%j: speaks %s, writes as %s, counts in %s, and is seeded in it', async (languages, language, locale, currency) => {
    const core = open(newPlace(), [...languages]);
    const settings = await call(core, 'settings.get', {});
    expect({ language: settings.language, locale: settings.locale, currency: settings.currency }).toEqual({ language, locale, currency });
    expect(await seeds(core)).toEqual({ categories: sorted(SEED_CATEGORIES[language]), causes: sorted(SEED_ROOT_CAUSES[language]) });
    // The words the shop has not written yet: its placeholder name, the slip's apology, the follow-up message.
    expect({ name: settings.businessName, apology: settings.voucherApology, template: settings.followUpTemplate }).toEqual({
      name: SEED_SHOP_NAME[language],
      apology: SEED_VOUCHER_APOLOGY[language],
      template: SEED_FOLLOW_UP_TEMPLATE[language],
    });
  });

  it.each([[['pt-BR', 'ja']], [[]], [undefined]])('%j: English, as before, with en-US', async (languages) => {
    const core = open(newPlace(), languages ? [...languages] : undefined);
    const settings = await call(core, 'settings.get', {});
    expect({ language: settings.language, locale: settings.locale, currency: settings.currency }).toEqual({ language: 'en', locale: 'en-US', currency: 'USD' });
    expect(await seeds(core)).toEqual({ categories: sorted(SEED_CATEGORIES.en), causes: sorted(SEED_ROOT_CAUSES.en) });
    expect([settings.businessName, settings.voucherApology, settings.followUpTemplate]).toEqual([
      SEED_SHOP_NAME.en,
      SEED_VOUCHER_APOLOGY.en,
      SEED_FOLLOW_UP_TEMPLATE.en,
    ]);
  });

  it('is chosen once: reopened on a computer in another language, a file keeps its own, and its renamed seeds', async () => {
    const place = newPlace();
    const first = open(place, ['de-DE']);
    const [category] = (await call(first, 'categories.list', {})).filter((c) => c.name === 'Sauberkeit');
    await call(first, 'categories.update', { id: category!.id, name: 'Hygiene' });
    closed(first);
    const again = open(place, ['fr-FR']);
    expect((await call(again, 'settings.get', {})).language).toBe('de');
    const names = (await call(again, 'categories.list', {})).map((c) => c.name);
    expect(names).toContain('Hygiene');
    expect(names).not.toContain('Propreté');
  });
});

describe.skipIf(onPostgres)('the command line', () => {
  it('starts a new file in the language LANG names (LC_ALL over it), as gettext reads them', () => {
    const dir = dirname(newPlace());
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'makegood.js');
    const { LC_ALL: _a, LC_MESSAGES: _m, LANGUAGE: _l, ...env } = process.env;
    const cases = [
      { file: 'es.sqlite', env: { LANG: 'es_ES.UTF-8' }, language: 'es', category: 'Sin existencias' },
      { file: 'fr.sqlite', env: { LANG: 'de_DE.UTF-8', LC_ALL: 'fr_BE.UTF-8' }, language: 'fr', category: 'Rupture de stock' },
      { file: 'c.sqlite', env: { LANG: 'C.UTF-8' }, language: 'en', category: 'Out of stock' },
    ];
    for (const c of cases) {
      const db = join(dir, c.file);
      const run = spawnSync(process.execPath, [bin, '--db', db, 'demo', '--incidents', '20'], { encoding: 'utf8', env: { ...env, ...c.env }, timeout: 60_000 });
      expect(run.status, run.stderr).toBe(0);
      const file = connect(db, { readonly: true });
      try {
        const setting = file.prepare("SELECT value FROM settings WHERE key = 'language'").pluck().get() as string;
        expect(JSON.parse(setting)).toBe(c.language);
        expect(file.prepare('SELECT name FROM categories').pluck().all()).toContain(c.category);
        // The demo's incidents found their categories in the file's language.
        expect(file.prepare('SELECT count(*) FROM incidents WHERE category_id IS NULL').pluck().get()).toBe(0);
      } finally {
        file.close();
      }
    }
  });
});
