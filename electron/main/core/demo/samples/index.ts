import type { Language } from '../../../../../shared/i18n/languages';
import type { DemoPeople } from '../people';
import { de } from './de';
import { en, type DemoTexts } from './en';
import { es } from './es';
import { fr } from './fr';

export type { DemoTexts } from './en';

/**
 * The demo's sample texts in each language a file speaks. English has no `people`: its customers
 * are faker's English ones, as the demo has always written them.
 */
export const SAMPLES: Record<Language, DemoTexts & { people?: DemoPeople }> = { en, de, es, fr };
