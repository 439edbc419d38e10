// The message catalogues: one JSON file of ICU messages per language, English the reference.
// A screen loads only its shop's language; each catalogue is its own chunk (a dynamic import).
import type en from './messages/en.json';
import type { Language } from './languages';

/** Every message's id, as English has it; a missing or extra id in another language fails tests/unit/i18n-catalogs.test.ts. */
export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;

const LOADERS: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en.json'),
  de: () => import('./messages/de.json'),
  es: () => import('./messages/es.json'),
  fr: () => import('./messages/fr.json'),
};

/** One language's catalogue. */
export async function loadMessages(language: Language): Promise<Messages> {
  return (await LOADERS[language]()).default;
}
