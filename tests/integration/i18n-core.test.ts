// The core answers in its file's language (issue 18): a German file's refusals are German, a
// French one's French, each call in its own file's language even when two answer at once, and a
// change of language in Settings holds from the next call. The command line's outer language (the
// terminal's) wins over the file's, as its lines do.
import { describe, expect, it } from 'vitest';
import { speaking } from '../../electron/main/core/i18n/speak';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { languageFiles, refusal } from '../support/languageFile';

const { openIn } = languageFiles();

describe('the core speaks its file’s language', () => {
  it('refuses in German in a German file: our checks and zod’s own', async () => {
    const core = openIn('de-DE');
    expect(await refusal(core, 'staff.create', { name: '   ', role: '' })).toMatch(/muss ausgefüllt sein/);
    expect(await refusal(core, 'no.such.channel', {})).toBe('Es gibt keinen Kanal namens no.such.channel.');
    // zod's own words (a number sent as text), in zod's German.
    expect(await refusal(core, 'incidents.get', { id: 'x' })).toMatch(/^id: Ungültige Eingabe/);
    // The same refusals in English for an English file, word for word as before.
    const english = openIn('en-US');
    expect(await refusal(english, 'no.such.channel', {})).toBe('There is no channel called no.such.channel.');
    expect(await refusal(english, 'incidents.get', { id: 'x' })).toMatch(/^id: Invalid input/);
  });

  it('answers two files at once, each in its own language', async () => {
    const german = openIn('de');
    const french = openIn('fr');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => refusal(i % 2 ? french : german, 'incidents.get', { id: -1 })),
    );
    answers.forEach((message, i) => expect(message).toMatch(i % 2 ? /^id: Trop petit/ : /^id: Zu klein/));
  });

  it('speaks the new language from the next call after Settings changes it', async () => {
    const core = openIn('de');
    expect(await refusal(core, 'no.such.channel', {})).toMatch(/^Es gibt keinen Kanal/);
    const changed = await dispatch(core.handlers, 'settings.update', { language: 'es' });
    expect(changed.ok).toBe(true);
    expect(await refusal(core, 'no.such.channel', {})).toBe('No hay ningún canal llamado no.such.channel.');
  });

  it('keeps the command line’s language (the terminal’s) around a call into a German file', async () => {
    const core = openIn('de');
    const message = await speaking(() => 'fr', () => refusal(core, 'no.such.channel', {}));
    expect(message).toBe('Il n’y a pas de canal nommé no.such.channel.');
  });
});
