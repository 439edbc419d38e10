// A log kept by copying the app's own words reads back (issue 18): every label a screen shows for a
// channel, severity, outcome, kind of compensation or cause group, in every language the app speaks,
// is read by the import as that value and no other.
import { describe, expect, it } from 'vitest';
import { readChannel, readGroup, readKind, readOutcome, readSeverity } from '../../electron/main/core/data/values';
import { CAUSE_GROUP, CHANNEL, KIND, OUTCOME, SEVERITY } from '../../shared/i18n/labelIds';
import { LANGUAGES } from '../../shared/i18n/languages';
import de from '../../shared/i18n/messages/de.json';
import en from '../../shared/i18n/messages/en.json';
import es from '../../shared/i18n/messages/es.json';
import fr from '../../shared/i18n/messages/fr.json';

const CATALOGUES: Record<(typeof LANGUAGES)[number], Record<string, string>> = { en, de, es, fr };

const cases = [
  ['channel', CHANNEL, readChannel],
  ['severity', SEVERITY, readSeverity],
  ['outcome', OUTCOME, readOutcome],
  ['kind', KIND, readKind],
  ['cause group', CAUSE_GROUP, (text: string) => readGroup(text)],
] as const;

describe.each(LANGUAGES)('the import reads what the %s screens say', (language) => {
  it.each(cases)('every %s', (_, ids, read) => {
    const readBack = Object.entries(ids).map(([value, id]) => {
      const label = CATALOGUES[language][id]!;
      return [label, String((read as (cell: string) => unknown)(label)), value];
    });
    expect(readBack.filter(([, got, value]) => got !== value)).toEqual([]);
    expect(readBack.length).toBeGreaterThan(2);
  });
});
