// The language the app's own words speak outside the window (issue 18): the dialogs, the menu and
// main's refusals. Main is never inside a core call, so it speaks what core/i18n/speak.ts says
// "outside calls": the computer's language until a data file is open, then the file's, read again
// whenever the data changes (a change in Settings, here or on another counter, is one).
import { isLanguage, type Language, pickLanguage } from '../../shared/i18n/languages';
import { currentLanguage, speakOutsideCalls } from './core/i18n/speak';
import type { CoreCall } from './core/service/protocol';

/** Main's sentences: importing `say` from here installs the core's speaker in main too. */
export { say } from './core/i18n/speak';

/** The file's language as the core reads it; null when the core cannot answer (closing, restarting). */
export async function fileLanguageOf(call: CoreCall): Promise<Language | null> {
  try {
    const answer = await call('settings.get', {});
    const language = answer.ok ? (answer.value as { language?: unknown }).language : undefined;
    return isLanguage(language) ? language : null;
  } catch {
    return null;
  }
}

/** Before any file is open: the first of the computer's preferred languages Makegood speaks. */
export function speakComputerLanguage(preferred: readonly string[]): void {
  speakOutsideCalls(pickLanguage(preferred));
}

/** Speaks the file's language from now on (the last one when the core cannot answer); true when it changed. */
export async function followFileLanguage(call: CoreCall): Promise<boolean> {
  const before = currentLanguage();
  const language = await fileLanguageOf(call);
  if (language) speakOutsideCalls(language);
  return currentLanguage() !== before;
}
