// The core's sentences about records (issue 18): not found, names already taken, a stale edit, a
// compensation named by its kind, a voucher code, and the database's own refusals are said in the
// file's language, German here, and word for word as before in an English file.
import { describe, expect, it } from 'vitest';
import { fromConstraint } from '../../electron/main/core/domain/rules';
import { speaking } from '../../electron/main/core/i18n/speak';
import type { Core } from '../../electron/main/core/app';
import { call, languageFiles, refusal } from '../support/languageFile';

const { openIn } = languageFiles();

/** An incident with a discount on it, given by Sam and approved by Kim. */
async function withDiscount(core: Core) {
  const sam = await call(core, 'staff.create', { name: 'Sam', monthlyAllowance: 100 });
  const kim = await call(core, 'staff.create', { name: 'Kim', monthlyAllowance: 100 });
  const { incident } = await call(core, 'incidents.create', { whatHappened: 'Cold soup' });
  const discount = await call(core, 'compensations.add', { incidentId: incident.id, kind: 'discount', cost: 5, givenById: sam.id, approvedById: kim.id });
  return { incident, discount };
}

describe('the core’s sentences about records', () => {
  it('are German in a German file', async () => {
    const core = openIn('de-DE');
    const { incident, discount } = await withDiscount(core);
    expect(await refusal(core, 'incidents.get', { id: 999 })).toBe('Vorfall 999 wurde nicht gefunden.');
    expect(await refusal(core, 'staff.create', { name: 'sam' })).toBe('Es gibt im Team schon jemanden namens sam.');
    expect(await refusal(core, 'compensations.restore', { id: discount.id })).toBe(
      'Dieser Rabatt wurde nicht entfernt, es gibt also nichts wiederherzustellen.',
    );
    expect(await refusal(core, 'incidents.update', { id: incident.id, changes: { whatHappened: 'Cold' }, updatedAt: '2020-01-01T00:00:00.000Z' })).toBe(
      'Dieser Vorfall wurde an einem anderen Arbeitsplatz geändert: neu laden, um die Änderung zu sehen.',
    );
    expect((await call(core, 'vouchers.find', { code: 'MGV-ZZZZ' })).sentence).toMatch(/^Kein Gutschein hat den Code /);
    expect(speaking(() => 'de', () => fromConstraint({ code: 'SQLITE_CONSTRAINT_UNIQUE', constraint: 'staff_name' })?.message)).toBe(
      'Das ist schon vergeben: Ein anderer Datensatz hat denselben Wert (staff_name). Neu laden und es erneut versuchen.',
    );
  });

  it('are the same English sentences as before in an English file', async () => {
    const core = openIn('en-US');
    const { discount } = await withDiscount(core);
    expect(await refusal(core, 'incidents.get', { id: 999 })).toBe('Incident 999 was not found.');
    expect(await refusal(core, 'staff.create', { name: 'sam' })).toBe('There is already a staff member called sam.');
    expect(await refusal(core, 'compensations.restore', { id: discount.id })).toBe('This discount was not removed, so there is nothing to restore.');
    expect(speaking(() => 'en', () => fromConstraint({ code: '23502' })?.message)).toBe('That change leaves out something Makegood needs.');
  });
});
