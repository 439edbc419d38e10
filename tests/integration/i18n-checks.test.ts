// The contract's own refusals, the allowance sentence, the follow-up message's filled-in words and
// the reminder notices speak the file's language (issue 18): a German shop reads German there too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { speaking } from '../../electron/main/core/i18n/speak';
import { allowanceSentence } from '../../shared/allowance';
import { formatMoney } from '../../shared/format';
import { reminderNotices } from '../../shared/reminderNotice';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
beforeEach(async () => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
  await t.call('settings.update', { language: 'de', currency: 'EUR', locale: 'de-DE' });
});
afterEach(() => t.cleanup());

const refusal = async (channel: string, request: unknown) => {
  const result = await t.raw(channel, request);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.message;
};

describe('a German file', () => {
  it('refuses in German, naming the field in German', async () => {
    expect(await refusal('incidents.create', { whatHappened: '  ' })).toBe('whatHappened: „Was ist passiert“ muss ausgefüllt sein');
    expect(await refusal('settings.update', { businessName: 'Bad\u0000name' })).toBe(
      'businessName: „Name des Geschäfts“ enthält ein unsichtbares Steuerzeichen (etwa NUL) oder ein beschädigtes Zeichen; bitte entfernen',
    );
    expect(await refusal('settings.update', { followUpTemplate: 'x'.repeat(1001) })).toBe(
      'followUpTemplate: „Die Nachfass-Nachricht“ darf höchstens 1.000 Zeichen lang sein',
    );
    expect(await refusal('settings.update', { currency: 'XX1' })).toBe('currency: Die Währung muss ein Code nach ISO 4217 wie USD oder EUR sein');
    expect(await refusal('compensations.checkAllowance', { givenById: 999, cost: 100 })).toBe('Gegeben von: Im Team gibt es niemanden mit der Nummer 999.');
  });

  it('fills the follow-up message with German words', async () => {
    const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 100_000 })).id;
    await t.call('settings.update', { businessName: '', followUpTemplate: 'Hallo {first_name}, hier ist {shop}. Wir {what_we_did}.' });
    const { incident } = await t.call('incidents.create', { whatHappened: 'Falsche Größe' });
    const message = async () => (await t.call('followUps.message', { incidentId: incident.id })).text;
    expect(await message()).toBe('Hallo liebe Kundin, lieber Kunde, hier ist das Geschäft. Wir haben uns angesehen, was schiefgelaufen ist.');
    await t.call('compensations.add', { incidentId: incident.id, kind: 'refund', cost: 1200, givenById: sam });
    await t.call('compensations.add', { incidentId: incident.id, kind: 'gift', cost: 300, givenById: sam });
    expect(await message()).toBe('Hallo liebe Kundin, lieber Kunde, hier ist das Geschäft. Wir haben Ihnen eine Erstattung von 12,00\u00a0€ und ein kleines Geschenk gegeben.');
  });
});

describe('the shared sentences, in the language they are asked in', () => {
  const euro = (minor: number) => formatMoney(minor, { currency: 'EUR', locale: 'de-DE' });
  const check = { staffId: 1, staffName: 'Lea', month: '2026-09', allowance: 6000, spent: 11500, remaining: -5500, cost: 2000, needsApproval: true };

  it('says the allowance sentence, naming another month in the language', () => {
    expect(speaking(() => 'de', () => allowanceSentence(check, euro, { currentMonth: '2026-10' }))).toBe(
      'Lea liegt im September 2026 55,00\u00a0€ über dem Budget von 60,00\u00a0€; dieser Eintrag beträgt 20,00\u00a0€.',
    );
    expect(speaking(() => 'es', () => allowanceSentence({ ...check, spent: 2000, remaining: 4000 }, euro, { currentMonth: '2026-10' }))).toBe(
      'A Lea le quedan 40,00\u00a0€ de 60,00\u00a0€ en septiembre de 2026; esta entrada es de 20,00\u00a0€.',
    );
  });

  it('says the reminder notices', () => {
    const due = (n: number) => ({ incidentId: n, ref: `MG-${n}`, firstName: 'Dana', summary: 'Kalte Suppe', dueAt: '2026-10-15T12:00:00.000Z' });
    expect(speaking(() => 'fr', () => reminderNotices([due(7)]))[0]?.title).toBe('Suivi\u00a0: Dana · MG-7');
    expect(speaking(() => 'de', () => reminderNotices([1, 2, 3, 4, 5].map(due)))[0]).toMatchObject({
      title: 'Nachfassen fällig: 5 Vorfälle',
      body: 'MG-1, MG-2, MG-3 und 2 weitere. Makegood öffnen, um sie auf der Startseite zu sehen.',
    });
  });
});
