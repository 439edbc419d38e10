// The shop's language on every screen (issue 18): the catalogue the data file's `language` setting
// names. Changing the setting refetches the settings, so the next catalogue is loaded and every
// screen says it at once, with no restart.
import { type ReactNode, useEffect } from 'react';
import { isLanguage, type Language, pickLanguage } from '../../../shared/i18n/languages';
import { useSettings } from '../api/lookups';
import { InLanguage } from '../lib/InLanguage';

/** When the file's setting cannot be read (the shared database out of reach at start): the browser's languages. */
const browserLanguage = (): Language => pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);

/**
 * The language this window last spoke: its catalogue loads while the settings are asked for, so the
 * first screen (and the keys pressed on it) need not wait for both one after the other. The file's
 * setting follows and wins.
 */
const REMEMBERED = 'makegood.language';
function remembered(): Language | null {
  try {
    const value = window.localStorage.getItem(REMEMBERED);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const fromFile = settings.data?.language;
  useEffect(() => {
    if (!fromFile) return;
    try {
      window.localStorage.setItem(REMEMBERED, fromFile);
    } catch {
      // Storage refused (a private window): the next start waits for the settings, as the first did.
    }
  }, [fromFile]);
  return <InLanguage language={fromFile ?? (settings.isError ? browserLanguage() : remembered())}>{children}</InLanguage>;
}
