// The core speaks the data file's language (issue 18): each call through dispatch formats its
// sentences (errors, import problems, the allowance sentence) in the language the file's settings
// name, read only when a sentence is written. Outside a call (the command line's own steps) it
// speaks what the process chose: the terminal's language for the CLI, English otherwise.
// The core runs in Node, away from the first screen, so all four catalogues are bundled with it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { z } from 'zod';
import type { MessageId, Messages } from '../../../../shared/i18n/catalog';
import { isLanguage, type Language } from '../../../../shared/i18n/languages';
import de from '../../../../shared/i18n/messages/de.json' with { type: 'json' };
import en from '../../../../shared/i18n/messages/en.json' with { type: 'json' };
import es from '../../../../shared/i18n/messages/es.json' with { type: 'json' };
import fr from '../../../../shared/i18n/messages/fr.json' with { type: 'json' };
import { setSpeaker } from '../../../../shared/i18n/say';
import type { Db } from '../db/open';

const CATALOGUES: Record<Language, Messages> = { en, de, es, fr };
const cache = createIntlCache();
const intls = new Map<Language, IntlShape<string>>();

function intlIn(language: Language): IntlShape<string> {
  let intl = intls.get(language);
  if (!intl) {
    intl = createIntl({ locale: language, defaultLocale: 'en', messages: CATALOGUES[language] }, cache);
    intls.set(language, intl);
  }
  return intl;
}

/** A message as each language's catalogue writes it (the import reads a label in any of them). */
export const inEveryLanguage = (id: MessageId): string[] => Object.values(CATALOGUES).map((messages) => messages[id]);

const calls = new AsyncLocalStorage<() => Language>();
let outsideCalls: Language = 'en';

/** The command line: its own lines, and the core's sentences it prints, in the terminal's language. */
export function speakOutsideCalls(language: Language): void {
  outsideCalls = language;
}

/** The language of the call being answered. */
export const currentLanguage = (): Language => calls.getStore()?.() ?? outsideCalls;

/**
 * Runs `fn` speaking `language` (asked at most once, and only if a sentence is written). A call
 * inside another keeps the outer one's language: the command line's figures speak the terminal's.
 */
export function speaking<T>(language: () => Language, fn: () => T): T {
  if (calls.getStore()) return fn();
  let known: Language | null = null;
  return calls.run(() => (known ??= language()), fn);
}

/**
 * The file's language, read when asked. When the file cannot answer (the shared database out of
 * reach, which is itself a sentence to write), the last language it gave.
 */
export function fileLanguage(db: Db): () => Language {
  const read = (): Language | null => {
    try {
      const raw = db.prepare("SELECT value FROM settings WHERE key = 'language'").pluck().get() as string | undefined;
      const value = raw === undefined ? undefined : (JSON.parse(raw) as unknown);
      return isLanguage(value) ? value : 'en';
    } catch {
      return null;
    }
  };
  let last: Language = read() ?? 'en';
  return () => (last = read() ?? last);
}

const answering = new WeakMap<object, () => Language>();

/** A handler table answers in `language` (createHandlers: its file's). */
export function answerIn<T extends object>(language: () => Language, handlers: T): T {
  answering.set(handlers, language);
  return handlers;
}

/** The language a handler table answers in: its file's, or the process's when it was built without one. */
export const languageOf = (handlers: object): (() => Language) => answering.get(handlers) ?? (() => outsideCalls);

setSpeaker((id, values) => intlIn(currentLanguage()).formatMessage({ id }, values));

// What zod says itself ("Too small: expected number to be >=0"), in zod's own translations.
const ZOD: Record<Language, ReturnType<typeof z.locales.en>> = { en: z.locales.en(), de: z.locales.de(), es: z.locales.es(), fr: z.locales.fr() };
z.config({ localeError: (issue) => ZOD[currentLanguage()].localeError(issue) });

/** The core's sentences: import `say` from here, so the speaker above is installed wherever the core runs. */
export { say } from '../../../../shared/i18n/say';
