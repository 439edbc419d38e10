// What the command line says, in the terminal's language (issue 18): LANG and its kin, as every
// POSIX tool reads them (shared/i18n/languages.ts environmentLanguages), English when Makegood does
// not speak it. English is built in; another language's catalogue is loaded only when LANG names
// it. The data file's own language is what its screens and PDFs say; a person at a terminal reads
// the terminal's.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { loadMessages, type MessageId } from '../../shared/i18n/catalog';
import english from '../../shared/i18n/messages/en.json';
import { environmentLanguages, type Language, pickLanguage } from '../../shared/i18n/languages';

const cache = createIntlCache();
/** English until the terminal's language is loaded (and for a command's code called on its own, as tests do). */
let intl: IntlShape<string> = createIntl({ locale: 'en', defaultLocale: 'en', messages: english }, cache);

/** Loads the terminal's language once, before any command is described or run. */
export async function loadCliLanguage(env: NodeJS.ProcessEnv = process.env): Promise<Language> {
  const language = pickLanguage(environmentLanguages(env));
  if (language !== 'en') intl = createIntl({ locale: language, defaultLocale: 'en', messages: await loadMessages(language) }, cache);
  return language;
}

/** A message of the catalogue in the terminal's language. */
export function say(id: MessageId, values?: Record<string, string | number>): string {
  return intl.formatMessage({ id }, values);
}
