// The command line, the desktop app's own words and the browser bridge speak a language too (issue
// 18): the CLI the terminal's (commander's own errors and the figures table included), the app's menu
// and dialogs the data file's, and the bridge's refusals the file's, which is what the page speaks.
// English stays word for word what it was.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commanderError } from '../../electron/cli/commanderErrors';
import { speakOutsideCalls, speaking } from '../../electron/main/core/i18n/speak';
import { callerOf } from '../../electron/main/core/rpc/dispatch';
import { followFileLanguage, say } from '../../electron/main/language';
import { startBridge, type Bridge } from '../../electron/main/server/bridge';
import { onPostgres } from '../support/pgTest';
import { tempCore, type TempCore } from '../support/core';

vi.mock('electron', async () => {
  // A plain JavaScript module without types: named by a variable so the compiler does not look for them.
  const standInPath = '../e2e-electron/stand-in/electron.mjs';
  return await import(standInPath);
});
const standInPath = '../e2e-electron/stand-in/electron.mjs';
const { record } = (await import(standInPath)) as { record: { menu: { template: { label?: string }[] } | null } };
const { installMenu } = await import('../../electron/main/menu');

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date(2026, 10, 5, 12));
});
afterEach(() => {
  speakOutsideCalls('en');
  t.cleanup();
});

const inGerman = <T>(fn: () => T) => speaking(() => 'de', fn);

describe('commander’s own errors', () => {
  // Each as commander 14 writes it, with the code it gives.
  const lines: [string, string, string][] = [
    ['commander.unknownOption', "error: unknown option '--jsno'\n(Did you mean --json?)", 'Fehler: unbekannte Option „--jsno“\n(Meinten Sie --json?)'],
    ['commander.unknownCommand', "error: unknown command 'figuers'\n(Did you mean one of figures, report?)", 'Fehler: unbekannter Befehl „figuers“\n(Meinten Sie eines davon: figures, report?)'],
    ['commander.missingArgument', "error: missing required argument 'file'", 'Fehler: das Argument „file“ fehlt'],
    ['commander.optionMissingArgument', "error: option '--month <YYYY-MM>' argument missing", 'Fehler: der Option „--month <YYYY-MM>“ fehlt ihr Wert'],
    ['commander.missingMandatoryOptionValue', "error: required option '--out <file.pdf>' not specified", 'Fehler: die Option „--out <file.pdf>“ ist erforderlich'],
    ['commander.excessArguments', "error: too many arguments for 'figures'. Expected 0 arguments but got 2.", 'Fehler: zu viele Argumente für „figures“. Erwartet: 0, angegeben: 2.'],
    ['commander.excessArguments', 'error: too many arguments. Expected 1 argument but got 3.', 'Fehler: zu viele Argumente. Erwartet: 1, angegeben: 3.'],
    [
      'commander.invalidArgument',
      "error: option '--date-format <order>' argument 'xyz' is invalid. Allowed choices are dmy, mdy, ymd, iso.",
      'Fehler: der Wert „xyz“ der Option „--date-format <order>“ ist ungültig. Erlaubt sind: dmy, mdy, ymd, iso.',
    ],
  ];

  it.each(lines)('%s: German in a German terminal, English as commander wrote it', (code, english, german) => {
    expect(inGerman(() => commanderError(english, code))).toBe(german);
    expect(commanderError(english, code)).toBe(english);
  });

  it('leaves a line it does not know as it was', () => {
    expect(inGerman(() => commanderError('error: something new', 'commander.somethingNew'))).toBe('error: something new');
    expect(inGerman(() => commanderError("error: unknown option '--x' in a new way", 'commander.unknownOption'))).toBe("error: unknown option '--x' in a new way");
  });
});

describe.skipIf(onPostgres)('the command line in a German terminal', () => {
  const cli = (args: string[], LANG: string) =>
    spawnSync(join('node_modules', '.bin', 'tsx'), ['electron/cli/index.ts', '--db', t.databasePath, ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG, LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' },
      timeout: 60_000,
    });

  it('prints commander’s error and the figures table in German', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: 'The order was late', occurredAt: new Date(2026, 9, 3, 10).toISOString() });
    const cause = (await t.call('rootCauses.list', {}))[0]!.id;
    await t.call('incidents.update', { id: incident.id, changes: { rootCauseId: cause } });
    const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 100_000 })).id;
    await t.call('compensations.add', { incidentId: incident.id, kind: 'refund', cost: 500, givenById: sam, givenAt: new Date(2026, 9, 3, 11).toISOString() });
    t.core.close();
    try {
      const wrong = cli(['figures', '--month', '2026-10', '--jsno'], 'de_DE.UTF-8');
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toMatch(/^Fehler: unbekannte Option „--jsno“\n\(Meinten Sie --json\?\)\n\nAufruf: makegood figures/);

      const table = cli(['figures', '--month', '2026-10'], 'de_DE.UTF-8');
      expect(table.status, table.stderr).toBe(0);
      expect(table.stdout).toMatch(/^Zeitraum +2026-10-01 bis 2026-10-31\nVorfälle +1\n/);
      expect(table.stdout).toMatch(/\n {2}Erstattung +\S/);
      expect(table.stdout).toContain('Häufigste Ursachen (Vorfälle, kumulierter Anteil, Entschädigung)');
      expect(table.stdout).not.toMatch(/Period|Refund|Recovery rate/);
    } finally {
      t.reopen(new Date(2026, 10, 5, 12));
    }
  }, 60_000);
});

describe('the desktop app and the bridge, in the file’s language', () => {
  it('label the menu in German once the file is German, and again when it changes', async () => {
    const call = callerOf(t.core.handlers);
    await t.call('settings.update', { language: 'de' });
    expect(await followFileLanguage(call)).toBe(true);
    installMenu();
    const labels = record.menu!.template.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster']));
    expect(say('desktop.dialog.sharedTitle')).toBe('Makegood konnte die gemeinsame Datenbank nicht öffnen');
    await t.call('settings.update', { language: 'fr' });
    expect(await followFileLanguage(call)).toBe(true);
    expect(await followFileLanguage(call)).toBe(false);
    expect(say('desktop.import.title')).toBe('Importer des incidents depuis un fichier');
  });

  it('refuse in the browser in the file’s language', async () => {
    await t.call('settings.update', { language: 'de' });
    const bridge: Bridge = await startBridge({ call: callerOf(t.core.handlers) });
    try {
      const post = (body: string, key = bridge.sessionKey) =>
        fetch(`${bridge.url}rpc/settings.get`, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body });
      expect(await (await post('{not json')).json()).toEqual({ ok: false, code: 'BAD_REQUEST', message: 'Der Inhalt der Anfrage ist kein gültiges JSON.' });
      expect((await (await post('{}', 'wrong')).json()).message).toBe('Makegood mit der Adresse öffnen, die `makegood serve` ausgegeben hat (sie enthält einen Einmalschlüssel).');
      const foreign = await fetch(`${bridge.url}rpc/settings.get`, { method: 'POST', headers: { origin: 'http://evil.example' } });
      expect((await foreign.json()).message).toBe('Abgelehnt: fremde Herkunft');
    } finally {
      await bridge.close();
    }
  });
});
