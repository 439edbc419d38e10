// Migration 20 on the shared database: a statement's new incidents get their search words from the
// same expression makegood_incident_words says, in one pass (db/pg/0020-words-by-statement.ts).
// Here: the words the statement trigger stores are the words makegood_incident_words gives, for
// the demo's history (slices of thousands, with and without a customer) and for incidents saved
// one at a time with texts made to differ (accents, other scripts, long words, empty fields).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/main/core/demo/generate';
import { tempCore, type TempCore } from '../../support/core';
import { onPostgres } from '../../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');

describe.runIf(onPostgres)('search words written a statement at a time', () => {
  let t: TempCore;
  beforeAll(() => {
    t = tempCore(NOW);
  });
  afterAll(() => t.cleanup());

  const differing = () =>
    t.core.db
      .prepare(
        `SELECT i.ref FROM incidents i LEFT JOIN incidents_fts f ON f.id = i.id
         WHERE i.deleted_at IS NULL AND f.words IS DISTINCT FROM makegood_incident_words(i) ORDER BY i.id`,
      )
      .pluck()
      .all() as string[];

  it('are the words makegood_incident_words gives, for a history written in slices', () => {
    generateDemo(t.core.db, { incidents: 2_500, seed: 20, now: NOW });
    expect(t.core.db.prepare('SELECT count(*) FROM incidents_fts').pluck().get()).toBe(
      t.core.db.prepare('SELECT count(*) FROM incidents WHERE deleted_at IS NULL').pluck().get(),
    );
    expect(differing()).toEqual([]);
  }, 30_000);

  it('and for incidents saved one at a time, with or without a customer, whatever their text', async () => {
    const texts = [
      'Crème brûlée came cold; Ærøskøbing order #4521',
      'Καφές χωρίς γάλα, 東京 branch, ٣ items',
      `${'x'.repeat(600)} then a short word`,
      'a',
      '   --- !!! ---   ',
    ];
    for (const [n, whatHappened] of texts.entries()) {
      const customer = n % 2 === 0 ? { name: `Zoë O'Brien-${n}`, phone: '+1 (926) 511-9993', email: `ZOE${n}@Example.com`, note: 'naïve café' } : null;
      await t.call('incidents.create', { whatHappened, customer });
    }
    expect(differing()).toEqual([]);
    expect(t.core.db.prepare("SELECT count(*) FROM incidents_fts WHERE words @@ 'creme'::tsquery").pluck().get()).toBeGreaterThan(0);
  });
});
