// The storage layer speaks the file's language too (issue 18): a German file's restore refusals,
// shared-database address refusals and the move's summary are German, whole sentences and counts
// alike; outside a call (opening a file), the process's language. English stays word for word.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/main/core/app';
import { connect } from '../../electron/main/core/db/connect';
import { openSqlite } from '../../electron/main/core/db/open';
import { describeMove, type MoveResult } from '../../electron/main/core/domain/moveTo';
import { speaking } from '../../electron/main/core/i18n/speak';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import type { Response } from '../../shared/contract';
import { onPostgres } from '../support/pgTest';

const made: { dir: string; core?: Core }[] = [];
afterEach(() => {
  for (const m of made.splice(0)) {
    m.core?.close();
    rmSync(m.dir, { recursive: true, force: true });
  }
});

function germanFile(): { core: Core; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-storage-de-'));
  const core = openCore({ databasePath: join(dir, 'makegood.sqlite'), version: 'test', languages: ['de-DE'] });
  made.push({ dir, core });
  return { core, dir };
}

async function refusal(core: Core, channel: string, request: unknown): Promise<string> {
  const result = await dispatch(core.handlers, channel, request);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.message;
}

const moved: MoveResult = {
  counts: [
    { table: 'incidents', rows: 3214 },
    { table: 'compensations', rows: 1 },
    { table: 'incident_events', rows: 12 },
    { table: 'staff', rows: 2 },
    { table: 'categories', rows: 1 },
  ],
  months: [],
};

describe('the storage layer’s sentences', () => {
  it.skipIf(onPostgres)('refuses a restore in German in a German file, the row and its reason in one sentence', async () => {
    const { core, dir } = germanFile();
    const backup = (await dispatch(core.handlers, 'data.backup', {})) as { ok: true; value: Response<'data.backup'> };
    const tampered = connect(backup.value.path);
    tampered.exec(`INSERT INTO settings (key, value) VALUES ('evil', '"x"')`);
    tampered.close();
    expect(await refusal(core, 'data.restore', { name: backup.value.name })).toBe(
      `${backup.value.name} kann nicht wiederhergestellt werden (Tabelle settings): „evil“ ist keine Einstellung von Makegood; Ihre Daten wurden nicht geändert.`,
    );
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', 'notes.sqlite'), 'not a database at all, just some words '.repeat(200));
    expect(await refusal(core, 'data.restore', { name: 'notes.sqlite' })).toBe(
      'notes.sqlite ist keine Makegood-Sicherung (es ist keine Datenbankdatei); Ihre Daten wurden nicht geändert.',
    );
  });

  it.skipIf(onPostgres)('refuses a shared database’s address in German before connecting', async () => {
    const { core } = germanFile();
    expect(await refusal(core, 'database.test', { url: 'http://db.local/makegood', user: 'makegood', password: '' })).toBe(
      'Die Adresse der gemeinsamen Datenbank beginnt mit postgres://, z. B. postgres://db.local/makegood.',
    );
  });

  it('counts what was moved with each language’s plurals and numbers', () => {
    expect(speaking(() => 'en', () => describeMove(moved))).toBe(
      '3,214 incidents, 1 compensation, 0 customers, 12 history entries, 0 lessons, 2 staff members, 1 category or cause',
    );
    expect(speaking(() => 'de', () => describeMove(moved))).toBe(
      '3.214 Vorfälle, 1 Entschädigung, 0 Kunden, 12 Verlaufseinträge, 0 Erkenntnisse, 2 Teammitglieder, 1 Kategorie oder Ursache',
    );
    expect(speaking(() => 'fr', () => describeMove(moved))).toMatch(/^3\u202f214 incidents, 1 geste commercial, 0 client, 12 entrées de la chronologie/);
  });

  it('speaks the process’s language while opening, before any call', () => {
    const missing = join(tmpdir(), 'makegood-no-such-folder', 'makegood.sqlite');
    expect(() => speaking(() => 'de', () => openSqlite(missing, { readonly: true }))).toThrow(
      `Unter ${missing} gibt es keine Makegood-Datendatei; bitte den Pfad prüfen oder Makegood einmal öffnen, um sie anzulegen.`,
    );
  });
});
