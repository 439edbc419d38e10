// Screens under test speak English, as the app does for a file whose language is English: wrap a
// rendered component in <InEnglish> (or pass `inLanguage('de')` as a wrapper) to give it its catalogue.
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import de from '../../shared/i18n/messages/de.json';
import en from '../../shared/i18n/messages/en.json';
import es from '../../shared/i18n/messages/es.json';
import fr from '../../shared/i18n/messages/fr.json';
import type { Language } from '../../shared/i18n/languages';
import { Speaks } from '../../renderer/src/lib/Speaks';

const CATALOGUES: Record<Language, Record<string, string>> = { en, de, es, fr };

export function inLanguage(language: Language) {
  return function InLanguage({ children }: { children: ReactNode }) {
    return (
      <IntlProvider locale={language} defaultLocale="en" messages={CATALOGUES[language]}>
        <Speaks>{children}</Speaks>
      </IntlProvider>
    );
  };
}

export const InEnglish = inLanguage('en');
