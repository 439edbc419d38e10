// The shop's language on every screen (issue 18): the catalogue the data file's `language` setting
// names. Changing the setting refetches the settings, so the next catalogue is loaded and every
// screen says it at once, with no restart.
import type { ReactNode } from 'react';
import { type Language, pickLanguage } from '../../../shared/i18n/languages';
import { useSettings } from '../api/lookups';
import { InLanguage } from '../lib/InLanguage';

/** When the file's setting cannot be read (the shared database out of reach at start): the browser's languages. */
const browserLanguage = (): Language => pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);

export function I18nProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  return <InLanguage language={settings.data?.language ?? (settings.isError ? browserLanguage() : null)}>{children}</InLanguage>;
}
