// The shop's language on every screen (issue 18): react-intl's provider with the one catalogue the
// data file's `language` setting names, loaded on its own (shared/i18n/catalog.ts). Changing the
// setting refetches the settings, so the next catalogue is loaded and every screen says it at once,
// with no restart.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { IntlProvider } from 'react-intl';
import { loadMessages } from '../../../shared/i18n/catalog';
import { type Language, pickLanguage } from '../../../shared/i18n/languages';
import { useSettings } from '../api/lookups';

/** When the file's setting cannot be read (the shared database out of reach at start): the browser's languages. */
const browserLanguage = (): Language => pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);

export function I18nProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const language = settings.data?.language ?? (settings.isError ? browserLanguage() : null);
  const catalogue = useQuery({
    queryKey: ['i18n', language],
    queryFn: async () => ({ language: language!, messages: await loadMessages(language!) }),
    enabled: language !== null,
    staleTime: Infinity,
    gcTime: Infinity,
    // While the next language loads, the screen keeps saying the last one rather than going blank.
    placeholderData: keepPreviousData,
  });
  const shown = catalogue.data?.language;
  useEffect(() => {
    if (shown) document.documentElement.lang = shown;
  }, [shown]);
  if (!catalogue.data) return null;
  return (
    <IntlProvider locale={catalogue.data.language} defaultLocale="en" messages={catalogue.data.messages}>
      {children}
    </IntlProvider>
  );
}
