import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../electron/main/core/data/headers';
import { LANGUAGES } from '../../../electron/main/core/data/headerWords';
import { VALUE_WORDS } from '../../../electron/main/core/data/valueWords';
import { readChannel, readCost, readInstant, readKind, readOutcome, readSeverity, readYesNo } from '../../../electron/main/core/data/values';
import type { Cell } from '../../../electron/main/core/data/sources/types';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('yes/no', () => {
  it('reads the words of every language, ticks, 1/0 and a workbook boolean; empty or a dash is not recorded', () => {
    for (const yes of ['yes', 'Y', 'TRUE', '1', 'x', '✓', '✔', 'ja', 'Sí', 'si', 'oui', 'O'] as Cell[]) expect(readYesNo(yes), String(yes)).toBe(true);
    for (const no of ['no', 'N', 'false', '0', 'nein', 'non', 'Falso'] as Cell[]) expect(readYesNo(no), String(no)).toBe(false);
    expect(readYesNo(true)).toBe(true);
    expect(readYesNo(false)).toBe(false);
    expect(readYesNo(1)).toBe(true);
    expect(readYesNo(0)).toBe(false);
    for (const blank of ['', ' ', '-', '—', null] as Cell[]) expect(readYesNo(blank)).toBeNull();
    expect(reason(() => readYesNo('maybe'))).toBe('“maybe” is not yes or no (also true/false, 1/0, x, ja/nein, sí/no, oui/non)');
    expect(reason(() => readYesNo(2))).toMatch(/^“2” is not yes or no/);
  });
});

describe('severity', () => {
  it('reads 1–4 as text or a number, the labels, and words in four languages', () => {
    expect(readSeverity('3')).toBe(3);
    expect(readSeverity(4)).toBe(4);
    const words: [string, number][] = [['Minor', 1], ['low', 1], ['moderate', 2], ['Medium', 2], ['MAJOR', 3], ['high', 3], ['critical', 4], ['urgent', 4],
      ['gering', 1], ['mittel', 2], ['hoch', 3], ['kritisch', 4], ['leve', 1], ['media', 2], ['grave', 3], ['crítica', 4], ['mineur', 1], ['moyenne', 2], ['élevée', 3], ['critique', 4]];
    for (const [word, severity] of words) expect(readSeverity(word), word).toBe(severity);
    expect(reason(() => readSeverity('9'))).toBe('“9” is not a severity; use 1 to 4 or minor, moderate, major, critical (also low, medium, high, urgent)');
    expect(reason(() => readSeverity(2.5))).toMatch(/^“2.5” is not a severity/);
  });
});

describe('channel', () => {
  it("maps a log's words to the app's channels", () => {
    const words: [string, string][] = [
      ['in_person', 'in_person'], ['In person', 'in_person'], ['walk-in', 'in_person'], ['Walk in', 'in_person'], ['in store', 'in_person'], ['counter', 'in_person'],
      ['call', 'phone'], ['Phone', 'phone'], ['telephone', 'phone'], ['e-mail', 'email'], ['EMAIL', 'email'], ['mail', 'mail'], ['letter', 'mail'],
      ['chat', 'web'], ['online', 'web'], ['web', 'web'], ['social', 'social'], ['review', 'social'], ['Google review', 'social'],
      ['vor Ort', 'in_person'], ['Anruf', 'phone'], ['persönlich', 'in_person'], ['en persona', 'in_person'], ['llamada', 'phone'], ['redes sociales', 'social'],
      ['en magasin', 'in_person'], ['téléphone', 'phone'], ['courriel', 'email'], ['en ligne', 'web'], ['autre', 'other'],
    ];
    for (const [word, channel] of words) expect(readChannel(word), word).toBe(channel);
    expect(reason(() => readChannel('pigeon'))).toBe('“pigeon” is not a channel; use one of in person, phone, email, web, social, mail, other (or a word such as walk-in, call, online, review)');
  });
});

describe('outcome', () => {
  it('reads outcome words, and a yes/no column such as "Came back?"', () => {
    const words: [Cell, string][] = [['retained', 'retained'], ['Kept', 'retained'], ['came back', 'retained'], ['lost', 'lost'], ['left', 'lost'], ['unknown', 'unknown'],
      ['kam wieder', 'retained'], ['verloren', 'lost'], ['volvió', 'retained'], ['se fue', 'lost'], ['revenu', 'retained'], ['perdu', 'lost'], ['inconnu', 'unknown'],
      ['yes', 'retained'], ['no', 'lost'], [true, 'retained'], ['?', 'unknown'], ['-', 'unknown']];
    for (const [word, outcome] of words) expect(readOutcome(word), String(word)).toBe(outcome);
    expect(reason(() => readOutcome('moved away'))).toBe('“moved away” is not an outcome; use retained, lost or unknown (or kept, came back, left, yes/no)');
  });
});

describe('kind of compensation', () => {
  it('reads kind words in four languages', () => {
    const words: [string, string][] = [['refund', 'refund'], ['Free item', 'free_item'], ['free_item', 'free_item'], ['on the house', 'free_item'], ['voucher', 'voucher'],
      ['gift card', 'voucher'], ['replacement', 'replacement'], ['exchange', 'replacement'], ['discount', 'discount'], ['upgrade', 'upgrade'], ['gift', 'gift'],
      ['Gutschein', 'voucher'], ['Rabatt', 'discount'], ['Rückerstattung', 'refund'], ['reembolso', 'refund'], ['vale', 'voucher'], ['regalo', 'gift'],
      ['remboursement', 'refund'], ["bon d'achat", 'voucher'], ['offert', 'free_item'], ['cadeau', 'gift']];
    for (const [word, kind] of words) expect(readKind(word), word).toBe(kind);
    expect(reason(() => readKind('hug'))).toBe('“hug” is not a kind of compensation; use one of refund, discount, replacement, free item, upgrade, voucher, gift, other');
  });
});

describe('the value word tables', () => {
  it('give every word one meaning in every language', () => {
    const clashes: string[] = [];
    const kinds = ['severity', 'channel', 'outcome', 'kind'] as const;
    for (const kind of kinds) {
      const seen = new Map<string, string>();
      for (const language of LANGUAGES) {
        for (const [value, words] of Object.entries(VALUE_WORDS[language][kind])) {
          for (const word of words as string[]) {
            const key = normaliseHeader(word);
            if (key === '') clashes.push(`${language} ${kind} “${word}” is only punctuation`);
            if (seen.has(key) && seen.get(key) !== value) clashes.push(`${language} ${kind} “${word}”: ${value}, elsewhere ${seen.get(key)}`);
            seen.set(key, value);
          }
        }
      }
    }
    const yesNo = new Map<string, boolean>();
    for (const language of LANGUAGES) {
      for (const [answer, words] of [[true, VALUE_WORDS[language].yes], [false, VALUE_WORDS[language].no]] as const) {
        for (const word of words) {
          const key = normaliseHeader(word);
          if (yesNo.has(key) && yesNo.get(key) !== answer) clashes.push(`${language} “${word}” is both yes and no`);
          yesNo.set(key, answer);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('cells of other kinds, through the readers rows.ts uses', () => {
  it("reads a workbook's number as a cost and a serial as an instant", () => {
    expect(readCost(4.5, 'EUR', 'de-DE')).toBe(450);
    expect(readCost('1,234', 'EUR', 'de-DE', '.')).toBe(123400);
    expect(reason(() => readCost('£4.50', 'EUR', 'de-DE'))).toBe('“£4.50” is in GBP; this shop counts in EUR');
    expect(reason(() => readCost('200000', 'EUR', 'de-DE'))).toBe('Cost is larger than any make-good should be; check the amount');
    const now = new Date('2026-10-15T12:00:00Z');
    expect(readInstant(46298.5, null, now, true)).toBe(new Date(2026, 9, 3, 12).toISOString());
    expect(readInstant('03/10/2026', 'dmy', now, true, '14:05')).toBe(new Date(2026, 9, 3, 14, 5).toISOString());
    expect(reason(() => readInstant('03/10/1850', 'dmy', now, true))).toBe('“03/10/1850” is not in the years 1900 to 2999');
    expect(reason(() => readInstant('03/11/2026', 'dmy', now, true, '9:00'))).toBe('“03/11/2026 9:00” is in the future');
  });
});
