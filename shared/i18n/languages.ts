// The languages Makegood speaks (issue 18). A shop's language is a setting of its data file: what
// every screen, the monthly PDF and the CLI say. How dates and money are written is the separate
// `locale` setting (a shop in Zurich may speak German and write CHF 1'234.50).

export const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, as a person looking for theirs would read it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch', es: 'Español', fr: 'Français' };

/** Which way each language is written: the page's `dir` (the layout uses logical CSS properties, so a right-to-left language needs only this and its catalogue). */
export const DIRECTIONS: Record<Language, 'ltr' | 'rtl'> = { en: 'ltr', de: 'ltr', es: 'ltr', fr: 'ltr' };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * A language tag's primary language, from a browser's "de-AT", an OS's "fr_CA", or a POSIX
 * LANG such as "es_ES.UTF-8" or "de_DE@euro"; null for "C", "POSIX" or nothing.
 */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = (tag ?? '').trim().split(/[._@-]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * The first of a computer's preferred languages (most preferred first) that Makegood speaks, or
 * English when it speaks none of them.
 */
export function pickLanguage(preferred: readonly (string | null | undefined)[]): Language {
  for (const tag of preferred) {
    const primary = primaryLanguage(tag);
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/**
 * The CLI's and `serve`'s language: POSIX's order (LC_ALL overrides LC_MESSAGES, which overrides
 * LANG), then LANGUAGE's colon-separated list, as gettext reads them.
 */
export function environmentLanguages(env: Record<string, string | undefined>): string[] {
  const messages = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  // gettext ignores LANGUAGE when the locale is "C".
  const list = messages && primaryLanguage(messages) === null ? [] : (env.LANGUAGE ?? '').split(':');
  return [...list, messages].filter((t): t is string => Boolean(t));
}
