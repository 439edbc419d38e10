// The four catalogues (shared/i18n/messages) hold the same messages: a missing message, one no code
// asks for, a message ICU cannot read, or a translation that drops or invents a placeholder fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';

const root = join(__dirname, '..', '..');
const catalogue = (language: string) => JSON.parse(readFileSync(join(root, 'shared', 'i18n', 'messages', `${language}.json`), 'utf8')) as Record<string, string>;
const english = catalogue('en');

/** Named styles ICU knows; anything else after `date,` or `number,` (a typo: a no-break space before `::`) formats nothing. */
const NAMED_STYLES = new Set(['integer', 'percent', 'currency', 'short', 'medium', 'long', 'full']);

/** A number, date or time placeholder's format that is neither a skeleton nor a named style. */
function unknownStyles(elements: MessageFormatElement[], into: string[] = []): string[] {
  for (const e of elements) {
    if ((e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) && typeof e.style === 'string' && !NAMED_STYLES.has(e.style)) into.push(`{${e.value}}: “${e.style}”`);
    if (e.type === TYPE.tag) unknownStyles(e.children, into);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) unknownStyles(option.value, into);
  }
  return into;
}

/** The names a message's placeholders, plurals and selects take, sorted. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if (e.type === TYPE.tag) argumentsOf(e.children, into.add(`<${e.value}>`));
    else into.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) argumentsOf(option.value, into);
  }
  return into;
}
const placeholders = (message: string) => [...argumentsOf(parse(message))].sort();

/** Every source file that may ask for a message. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || path.endsWith(join('i18n', 'messages')) ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('message catalogues', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English message and no other', (language) => {
    const keys = Object.keys(catalogue(language));
    expect({ missing: Object.keys(english).filter((k) => !keys.includes(k)), extra: keys.filter((k) => !(k in english)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)('every %s message is ICU, non-empty, with English placeholders', (language) => {
    const messages = catalogue(language);
    const wrong: string[] = [];
    for (const [key, message] of Object.entries(messages)) {
      if (message.trim() === '') wrong.push(`${key}: empty`);
      try {
        const theirs = placeholders(message);
        const ours = english[key] === undefined ? theirs : placeholders(english[key]);
        if (theirs.join() !== ours.join()) wrong.push(`${key}: {${theirs.join(', ')}} where English has {${ours.join(', ')}}`);
        for (const style of unknownStyles(parse(message))) wrong.push(`${key}: ${style} is neither a skeleton (::…) nor a named style`);
      } catch (error) {
        wrong.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every English message is asked for by the code, by its id in quotes', () => {
    const code = ['renderer', 'electron', 'shared'].flatMap((d) => sources(join(root, d))).map((f) => readFileSync(f, 'utf8'));
    const unused = Object.keys(english).filter((key) => !code.some((text) => text.includes(`'${key}'`) || text.includes(`"${key}"`)));
    expect(unused).toEqual([]);
  });

  it('reads the catalogues it checks', () => {
    // A guard for the checks above: an empty English catalogue would pass them all.
    expect(Object.keys(english).length).toBeGreaterThan(20);
  });
});
