// How long ago something happened, in the screen's language: date-fns's words ("3 days ago",
// "vor 3 Tagen", "hace 3 días", "il y a 3 jours"), chosen by the language the screens speak.
import { formatDistanceToNowStrict, type Locale } from 'date-fns';
import { de, enUS, es, fr } from 'date-fns/locale';
import { useIntl } from 'react-intl';
import { isLanguage, type Language } from '../../../shared/i18n/languages';

const DATE_LOCALES: Record<Language, Locale> = { en: enUS, de, es, fr };

export function useAgo(): (at: string | Date) => string {
  const { locale } = useIntl();
  const dateLocale = isLanguage(locale) ? DATE_LOCALES[locale] : enUS;
  return (at) => formatDistanceToNowStrict(new Date(at), { addSuffix: true, locale: dateLocale });
}
