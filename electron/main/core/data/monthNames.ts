// Month names a date may be written with ("3 Oct 2026", "3. Oktober 2026", "3 de octubre de
// 2026", "3 octobre 2026"), long and short, per language; read with accents and case ignored.
// Data only, like headerWords.ts, for the language catalogues to take over.
import type { Language } from './headerWords';

/** Each month's names, January first. */
export const MONTH_NAMES: Record<Language, readonly (readonly string[])[]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'],
    ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  de: [['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'], ['juli', 'jul'],
    ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  es: [['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'], ['julio', 'jul'],
    ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept', 'set'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic']],
  fr: [['janvier', 'janv', 'jan'], ['février', 'févr', 'fév'], ['mars', 'mar'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'],
    ['août', 'aou'], ['septembre', 'sept', 'sep'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc']],
};

/** Words that sit between a date's parts and say nothing: "3 de octubre de 2026", "the 3rd of October". */
export const DATE_FILLERS: readonly string[] = ['de', 'del', 'the', 'of', 'le', 'am', 'den', 'el'];
