import { describe, expect, it } from 'vitest';
import { paperFor } from '../../shared/paper';

describe('paper by the shop’s locale', () => {
  it('prints on Letter in the US-letter countries', () => {
    for (const locale of ['en-US', 'en-CA', 'fr-CA', 'es-MX', 'en-PH', 'es-US', 'es-CL']) expect(paperFor(locale), locale).toBe('Letter');
  });

  it('prints on A4 everywhere else, and when the locale names no country', () => {
    for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'en-AU', 'es-ES', 'ja-JP', 'en', 'fr', 'not a locale']) expect(paperFor(locale), locale).toBe('A4');
  });
});
