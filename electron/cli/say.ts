// What the command line says, in the terminal's language (issue 18): LANG and its kin, as every
// POSIX tool reads them (shared/i18n/languages.ts environmentLanguages), English when Makegood does
// not speak it. The data file's own language is what its screens and PDFs say; a person at a
// terminal reads the terminal's, the core's sentences the command prints included (its figures
// through dispatch too: core/i18n/speak.ts keeps an outer language).
import { environmentLanguages, type Language, pickLanguage } from '../../shared/i18n/languages';
import { speakOutsideCalls } from '../main/core/i18n/speak';

/** Chooses the terminal's language once, before any command is described or run. */
export function loadCliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const language = pickLanguage(environmentLanguages(env));
  speakOutsideCalls(language);
  return language;
}

/** A message of the catalogue in the terminal's language. */
export { say } from '../main/core/i18n/speak';
