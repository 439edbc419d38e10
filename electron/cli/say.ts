// What the command line says, in the terminal's language (issue 18): LANG and its kin, as every
// POSIX tool reads them (shared/i18n/languages.ts environmentLanguages), English when Makegood does
// not speak it. Only that language's catalogue is loaded. The data file's own language is what its
// screens and PDFs say; a person at a terminal reads the terminal's.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { loadMessages, type MessageId } from '../../shared/i18n/catalog';
import { environmentLanguages, type Language, pickLanguage } from '../../shared/i18n/languages';

let intl: IntlShape<string> | null = null;

/** Loads the terminal's language once, before any command is described or run. */
export async function loadCliLanguage(env: NodeJS.ProcessEnv = process.env): Promise<Language> {
  const language = pickLanguage(environmentLanguages(env));
  intl = createIntl({ locale: language, defaultLocale: 'en', messages: await loadMessages(language) }, createIntlCache());
  return language;
}

/** A message of the catalogue in the terminal's language. */
export function say(id: MessageId, values?: Record<string, string | number>): string {
  if (intl === null) throw new Error('loadCliLanguage() has not run');
  return intl.formatMessage({ id }, values);
}
