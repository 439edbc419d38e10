// Which paper a shop's printer holds: US Letter where it is the norm, A4 everywhere else.

export type Paper = 'A4' | 'Letter';

/** Regions that print on US Letter (the US and its territories, Canada, Mexico, the Philippines, parts of Latin America). */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR', 'DO', 'SV', 'PA', 'NI', 'BZ', 'GU', 'AS', 'VI', 'MP', 'UM']);

/** `en-US`, `fr-CA`, `es-MX` → Letter; `en-GB`, `de-DE`, `en` (no region) → A4. */
export function paperFor(locale: string): Paper {
  let region: string | undefined;
  try {
    // Only a region the locale names counts: a bare `en` is no proof of a US printer.
    region = new Intl.Locale(locale).region;
  } catch {
    region = undefined;
  }
  return region !== undefined && LETTER_REGIONS.has(region.toUpperCase()) ? 'Letter' : 'A4';
}

/** The CSS `@page` size keyword for a paper. */
export const cssPageSize = (paper: Paper): string => (paper === 'Letter' ? 'letter' : 'A4');
