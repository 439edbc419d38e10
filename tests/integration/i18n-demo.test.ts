// `makegood demo` writes its sample incidents in the file's language (issue 18): a file made on a
// German computer gets the German table's stories, notes, staff, causes, lessons and customers, an
// English one the English table's, and both the same year in numbers (the same rows of each table).
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/main/core/app';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { speaking } from '../../electron/main/core/i18n/speak';
import { SAMPLES } from '../../electron/main/core/demo/samples';
import { de } from '../../electron/main/core/demo/samples/de';
import { SEED_CATEGORIES } from '../../shared/i18n/seeds';
import type { Language } from '../../shared/i18n/languages';
import { languageFiles } from '../support/languageFile';

const { openIn } = languageFiles();
const now = new Date('2026-11-20T15:00:00.000Z');

/** A new file started on a computer that speaks `computer`, filled with 400 demo incidents. */
function demoIn(computer: string): Core {
  const core = openIn(computer);
  generateDemo(core.db, { incidents: 400, seed: 11, now });
  return core;
}

const all = <T>(core: Core, sql: string) => core.db.prepare(sql).pluck().all() as T[];
const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** Each story of the language's table as a pattern, its {item}, {minutes} and {amount} filled in any way the table allows. */
function storyPatterns(language: Language): RegExp[] {
  const t = SAMPLES[language];
  const items = `(${t.items.map(escape).join('|')})`;
  const amount = escape(t.amount).replace('{units}', '\\d+').replace('{cents}', '\\d\\d');
  return Object.values(t.stories)
    .flat()
    .map((story) => new RegExp(`^${escape(story).replace('{item}', () => items).replace('{minutes}', '\\d+').replace('{amount}', () => amount)}$`));
}

function expectWrittenIn(core: Core, language: Language, other: Language) {
  const t = SAMPLES[language];
  const stories = all<string>(core, 'SELECT what_happened FROM incidents');
  expect(stories).toHaveLength(400);
  const ours = storyPatterns(language);
  const theirs = storyPatterns(other);
  expect(stories.filter((s) => !ours.some((p) => p.test(s)))).toEqual([]);
  expect(stories.filter((s) => theirs.some((p) => p.test(s)))).toEqual([]);
  expect(new Set(stories).size).toBeGreaterThan(40);

  expect(all(core, "SELECT value FROM settings WHERE key = 'businessName'")).toEqual([JSON.stringify(t.business)]);
  expect(all(core, 'SELECT name FROM staff ORDER BY id')).toEqual(t.staff.map((s) => s.name));
  expect(all(core, 'SELECT role FROM staff ORDER BY id')).toEqual(t.staff.map((s) => s.role));
  const causes = all<string>(core, 'SELECT name FROM root_causes');
  expect(causes).toEqual(expect.arrayContaining(Object.values(t.causes)));
  expect(all(core, 'SELECT title FROM lessons ORDER BY id')).toEqual(Object.values(t.lessons).map((l) => l.title));
  const notes = all<string>(core, "SELECT internal_note FROM incidents WHERE internal_note <> ''");
  expect(notes.length).toBeGreaterThan(5);
  expect(notes.filter((n) => !(t.notes as readonly string[]).includes(n))).toEqual([]);
  const given = all<string>(core, 'SELECT description FROM compensations');
  expect(given.length).toBeGreaterThan(50);
  expect(given.filter((d) => !(Object.values(t.compensations) as string[]).includes(d))).toEqual([]);
}

/** The year in numbers, with categories and causes by their place in the tables rather than their names. */
function figures(core: Core, language: Language) {
  const causes = Object.values(SAMPLES[language].causes) as string[];
  const incidents = core.db
    .prepare(
      `SELECT i.occurred_at, i.resolved_at, i.diagnosed_at, i.followed_up_at, i.severity, i.channel, i.status, i.outcome,
              i.score_before, i.score_after, c.name AS category, r.name AS cause
       FROM incidents i LEFT JOIN categories c ON c.id = i.category_id LEFT JOIN root_causes r ON r.id = i.root_cause_id
       ORDER BY i.id`,
    )
    .all() as { category: string | null; cause: string | null }[];
  return {
    incidents: incidents.map((r) => ({ ...r, category: SEED_CATEGORIES[language].indexOf(r.category ?? ''), cause: r.cause === null ? null : causes.indexOf(r.cause) })),
    compensations: core.db.prepare('SELECT incident_id, kind, cost, given_at, given_by_id, approved_by_id, redeemed_at FROM compensations ORDER BY id').all(),
    customers: core.db.prepare("SELECT count(*) AS n, count(NULLIF(phone, '')) AS phones, count(NULLIF(email, '')) AS emails FROM customers").get(),
  };
}

describe('the demo in the file’s language', () => {
  it('writes a German file’s samples from the German table, an English file’s from the English one, the same year in numbers', () => {
    const german = demoIn('de-DE');
    const english = demoIn('en-US');
    expectWrittenIn(german, 'de', 'en');
    expectWrittenIn(english, 'en', 'de');
    expect(figures(german, 'de')).toEqual(figures(english, 'en'));

    // Its customers are Munich's, their phones and addresses German.
    const people = de.people;
    const names = all<string>(german, 'SELECT name FROM customers');
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => !people.firstNames.includes(n.split(' ')[0]!) || !people.lastNames.includes(n.split(' ').slice(1).join(' ')))).toEqual([]);
    expect(all<string>(german, "SELECT phone FROM customers WHERE phone <> ''").filter((p) => !/^0\d{2,3} \d{7,8}$/.test(p) && !/^0\d{2}\.\d{3}\.\d+$/.test(p))).toEqual([]);
    expect(all<string>(german, "SELECT email FROM customers WHERE email <> ''").filter((e) => !/@(gmx\.de|web\.de|t-online\.de|gmail\.com|icloud\.com|posteo\.de)$/.test(e))).toEqual([]);

    // A second demo into the same file is refused, in the language spoken.
    expect(() => speaking(() => 'de', () => generateDemo(german.db, { incidents: 10, seed: 1, now }))).toThrow('Diese Datenbank enthält bereits 400 Vorfälle.');
  }, 30_000);

  it.each(['en', 'de', 'es', 'fr'] as const)('%s: every story fills only {item}, {minutes} and {amount}, each at most once', (language) => {
    const t = SAMPLES[language];
    for (const story of Object.values(t.stories).flat()) {
      const holes = story.match(/\{[^}]*\}/g) ?? [];
      expect(holes.filter((h) => !['{item}', '{minutes}', '{amount}'].includes(h)), story).toEqual([]);
      expect(new Set(holes).size, story).toBe(holes.length);
    }
    expect(t.amount.indexOf('{units}')).toBeLessThan(t.amount.indexOf('{cents}'));
    expect(t.notes[2].startsWith(t.staff[1].name.split(' ')[0]!)).toBe(true);
  });
});
