// A tree that speaks `language`: its catalogue loaded on its own (shared/i18n/catalog.ts), then
// react-intl's provider. The app's screens get theirs from the file's setting (app/I18n.tsx); the
// printable pages (the report, the voucher slip) from the data they print.
import { type ReactNode, useEffect, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { loadMessages, type Messages } from '../../../shared/i18n/catalog';
import { DIRECTIONS, type Language } from '../../../shared/i18n/languages';
import { Speaks } from './Speaks';

/** `language` null: not known yet, so nothing is drawn (rather than drawn in the wrong language). */
export function InLanguage({ language, children }: { language: Language | null; children: ReactNode }) {
  // While the next language loads, the screen keeps saying the last one rather than going blank.
  const [catalogue, setCatalogue] = useState<{ language: Language; messages: Messages } | null>(null);
  useEffect(() => {
    if (language === null) return;
    let current = true;
    // A catalogue is a chunk of the app itself; if it cannot load, the app could not have either.
    void loadMessages(language).then((messages) => current && setCatalogue({ language, messages }));
    return () => {
      current = false;
    };
  }, [language]);
  const shown = catalogue?.language;
  useEffect(() => {
    if (!shown) return;
    document.documentElement.lang = shown;
    document.documentElement.dir = DIRECTIONS[shown];
  }, [shown]);
  if (!catalogue) return null;
  return (
    <IntlProvider locale={catalogue.language} defaultLocale="en" messages={catalogue.messages}>
      <Speaks>{children}</Speaks>
    </IntlProvider>
  );
}
