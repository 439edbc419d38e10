import { describe, expect, it } from 'vitest';
import { environmentLanguages, pickLanguage, primaryLanguage } from '../../shared/i18n/languages';

describe('the computer language a new file starts in', () => {
  it.each([
    [['de-AT', 'en-US'], 'de'],
    [['pt-BR', 'fr-CA', 'de'], 'fr'],
    [['es-419'], 'es'],
    [['ES'], 'es'],
    [['zh-Hant-TW', 'ja'], 'en'],
    [[], 'en'],
    [['', null, undefined, 'C', 'POSIX'], 'en'],
    [['fr_CH.UTF-8'], 'fr'],
    [['de_DE@euro'], 'de'],
  ] as const)('%j → %s', (preferred, language) => {
    expect(pickLanguage(preferred)).toBe(language);
  });

  it('reads a POSIX locale name or a BCP 47 tag down to its language', () => {
    expect(primaryLanguage('es_ES.UTF-8')).toBe('es');
    expect(primaryLanguage('gsw-CH')).toBe('gsw');
    expect(primaryLanguage('C.UTF-8')).toBeNull();
    expect(primaryLanguage('12')).toBeNull();
  });

  it("reads the command line's environment as gettext does", () => {
    expect(pickLanguage(environmentLanguages({ LANG: 'de_DE.UTF-8' }))).toBe('de');
    expect(pickLanguage(environmentLanguages({ LANG: 'de_DE.UTF-8', LC_ALL: 'fr_FR.UTF-8' }))).toBe('fr');
    expect(pickLanguage(environmentLanguages({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' }))).toBe('es');
    expect(pickLanguage(environmentLanguages({ LANG: 'pt_BR.UTF-8', LANGUAGE: 'pt_BR:fr' }))).toBe('fr');
    // LANGUAGE is ignored when the locale is C.
    expect(pickLanguage(environmentLanguages({ LANG: 'C', LANGUAGE: 'de' }))).toBe('en');
    expect(pickLanguage(environmentLanguages({}))).toBe('en');
  });
});
