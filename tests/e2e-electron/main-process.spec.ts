// The built main process (out/main/index.js) run under Node against a recording stand-in for Electron's API:
// no binary needed, so it always runs. It checks our wiring with the real core, not Electron itself.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openCore } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { CSV_COLUMNS } from '../../shared/schemas/data';
import { repoRoot, type TempDatabase, tempDatabase } from './electron-app';

interface Fetched {
  status: number;
  type: string | null;
  csp: string | null;
}
interface Observed {
  lockRequested: boolean;
  name: string;
  schemes: unknown[];
  sandboxAll: boolean;
  menu: string[];
  dialogs: { title: string; content: string }[];
  exitCode: number | null;
  window?: { options: Record<string, unknown>; loadedUrl: string; visible: boolean };
  protocol?: Record<'index' | 'script' | 'traversal' | 'missing' | 'post', Fetched>;
  ipc?: Record<string, unknown>;
  guards?: Record<string, unknown>;
  permissions?: { request: boolean | null; check: boolean | null };
  clipboardWrite?: Record<'own' | 'other' | 'subframe', { request: boolean | null; check: boolean | null }>;
  reminders?: {
    shown: { title: string; body: string; actions: unknown[] }[];
    afterClick?: { calls: string[]; visible: boolean; loadedUrl: string };
    afterAction?: { followedUpAt: string | null };
  };
  secondInstance?: { calls: string[]; visible: boolean; minimized: boolean; windows: number };
  report?: { exported: unknown; options?: Record<string, unknown>; loadedUrl?: string; destroyed?: boolean };
  csv?: { exported: unknown };
  changed?: { channel: string; args: unknown[] }[];
  slip?: { settingsList: unknown; settingsChoice: unknown; first: unknown; chosen: unknown; again: unknown; prints: { options: Record<string, unknown>; url: string }[]; options?: Record<string, unknown>; destroyed?: boolean };
  quit: boolean;
  walLeft?: boolean;
  utilityProcesses: { module: string; serviceName: string }[];
}

const standIn = join(import.meta.dirname, 'stand-in');

function runMain(db: TempDatabase, env: Record<string, string> = {}): Observed {
  expect(existsSync(join(repoRoot, 'out', 'main', 'index.js')), 'run `npm run build` first').toBe(true);
  const output = execFileSync(process.execPath, ['--import', join(standIn, 'register.mjs'), join(standIn, 'drive.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, MAKEGOOD_DB: db.path, MAKEGOOD_USER_DATA: db.userData, ELECTRON_RENDERER_URL: '', STAND_IN_SAVE_TO: join(db.userData, '..', 'report.pdf'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return JSON.parse(output) as Observed;
}

/** Every module the built file loads, following its own relative imports. */
function builtImports(file: string, seen = new Set<string>()): Set<string> {
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^'"]*["']([^"']+)["']/gm)) {
    if (!spec) continue;
    if (!spec.startsWith('.')) seen.add(spec);
    else {
      const next = join(file, '..', spec);
      if (!seen.has(next)) {
        seen.add(next);
        builtImports(next, seen);
      }
    }
  }
  return seen;
}

test('the main process never loads SQLite: the core is the utility process’s', () => {
  const loaded = builtImports(join(repoRoot, 'out', 'main', 'index.js'));
  expect([...loaded].filter((m) => !m.startsWith('/'))).not.toContain('better-sqlite3');
  expect([...loaded].some((m) => m.endsWith('client.js') || m.includes('client-'))).toBe(true);
  expect([...builtImports(join(repoRoot, 'out', 'main', 'core-worker.js'))]).toContain('better-sqlite3');
});

let db: TempDatabase;
test.beforeEach(() => {
  db = tempDatabase();
});
test.afterEach(() => db.remove());

test('main opens the core, serves app:// with a CSP, guards IPC, and closes the database on quit', () => {
  const seen = runMain(db);
  expect(seen.dialogs).toEqual([]);
  expect(seen.name).toBe('Makegood');
  // The core (every SQLite call) runs in one utility process, never on the main process's thread.
  expect(seen.utilityProcesses).toEqual([{ module: 'core-process.js', serviceName: 'Makegood data' }]);
  expect(seen.sandboxAll).toBe(true);
  // Unpackaged here, so developer tools are offered; a packaged app leaves them out.
  expect(seen.menu).toEqual(expect.arrayContaining(['fileMenu', 'editMenu', 'zoomIn', 'windowMenu', 'toggleDevTools']));
  expect(seen.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

  expect(seen.window?.loadedUrl).toBe('app://makegood/index.html');
  expect(seen.window?.visible).toBe(true);
  expect(seen.window?.options).toMatchObject({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    webPreferences: {
      preload: join(repoRoot, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  expect(existsSync(join(repoRoot, 'out', 'preload', 'index.cjs'))).toBe(true);

  expect(seen.protocol?.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(seen.protocol?.index.csp).toContain("script-src 'self'");
  expect(seen.protocol?.script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  expect(seen.protocol?.traversal.status).toBe(403);
  expect(seen.protocol?.missing.status).toBe(404);
  expect(seen.protocol?.post.status).toBe(405);

  expect(seen.ipc?.channels).toEqual(['makegood:invoke']);
  expect(seen.ipc?.fromWindow).toMatchObject({ ok: true, value: { databasePath: db.path } });
  for (const denied of ['fromSubframe', 'fromOtherPage', 'fromNoFrame', 'fromOtherContents']) {
    expect(seen.ipc?.[denied], denied).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
  }
  expect(seen.ipc?.channelNotString).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  expect(seen.ipc?.unknownChannel).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });

  // The hidden window that prints Export PDF has the same webPreferences, loads only app://, and is destroyed after.
  const saved = join(db.userData, '..', 'report.pdf');
  expect(seen.report?.exported).toEqual({ ok: true, value: { savedTo: saved, downloadUrl: null } });
  expect(readFileSync(saved, 'utf8')).toBe('%PDF-stand-in');
  expect(seen.report?.options).toEqual({
    show: false,
    width: 1000,
    height: 1200,
    webPreferences: { preload: join(repoRoot, 'out', 'preload', 'index.cjs'), contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
  });
  expect(seen.report?.loadedUrl).toMatch(/^app:\/\/makegood\/report\.html\?/);
  expect(seen.report?.destroyed).toBe(true);

  // Export CSV: saved where the dialog points, written by the core (an empty file: the header alone).
  const csv = join(db.userData, '..', 'export.csv');
  expect(seen.csv?.exported).toEqual({ ok: true, value: { outcome: 'saved', savedTo: csv, incidents: 0, rows: 0 } });
  expect(readFileSync(csv, 'utf8')).toBe(`${CSV_COLUMNS.join(',')}\n`);

  // Print slip: the first time, the printers to choose from; then silently to the one chosen, remembered on this computer.
  const printers = [{ name: 'Counter_TM20', displayName: 'Counter TM-20', isDefault: true }];
  expect(seen.slip?.first).toEqual({ ok: true, value: { printed: false, deviceName: null, printers } });
  expect(seen.slip?.chosen).toEqual({ ok: true, value: { printed: true, deviceName: 'Counter_TM20', printers: [] } });
  expect(seen.slip?.again).toEqual({ ok: true, value: { printed: true, deviceName: 'Counter_TM20', printers: [] } });
  expect(seen.slip?.prints.map((p) => [p.options.silent, p.options.deviceName, p.options.pageSize])).toEqual([
    [true, 'Counter_TM20', { width: 80_000, height: 95_000 }],
    [true, 'Counter_TM20', { width: 80_000, height: 95_000 }],
  ]);
  // From Settings: the list with the one remembered, and a choice that prints nothing.
  expect(seen.slip?.settingsList).toEqual({ ok: true, value: { printed: false, deviceName: 'Counter_TM20', printers } });
  expect(seen.slip?.settingsChoice).toEqual({ ok: true, value: { printed: false, deviceName: 'Counter_TM20', printers: [] } });
  expect(seen.slip?.prints[0]?.url).toMatch(/^app:\/\/makegood\/voucher\.html\?id=\d+$/);
  expect(JSON.parse(readFileSync(join(db.userData, 'slip-printer.json'), 'utf8'))).toEqual({ deviceName: 'Counter_TM20' });
  expect(seen.slip?.options).toMatchObject({ show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
  expect(seen.slip?.destroyed).toBe(true);

  // The data changed (those saves; another counter's alike): main told the window, with nothing but the fact.
  expect(seen.changed).toEqual([{ channel: 'makegood:changed', args: [] }]);

  expect(seen.guards).toEqual({
    navigateAway: true,
    navigateFile: true,
    navigateOwn: false,
    redirectAway: true,
    windowOpen: { action: 'deny' },
    webviewPrevented: true,
  });
  expect(seen.permissions).toEqual({ request: false, check: false });
  expect(seen.clipboardWrite).toEqual({
    own: { request: true, check: true },
    other: { request: false, check: false },
    subframe: { request: false, check: false },
  });
  expect(seen.reminders).toBeUndefined();
  // A second launch brings the one window back: restored, shown, focused, and no second window.
  expect(seen.lockRequested).toBe(true);
  expect(seen.secondInstance).toEqual({ calls: ['restore', 'show', 'focus'], visible: true, minimized: false, windows: 1 });
  expect(seen.quit).toBe(true);
  expect(seen.walLeft).toBe(false);
});

test('a data file that is not Makegood’s is explained in a dialog, and the app leaves', () => {
  writeFileSync(db.path, 'this is a shopping list, not a database '.repeat(200));
  const seen = runMain(db);
  expect(seen.window).toBeUndefined();
  expect(seen.exitCode).toBe(1);
  expect(seen.dialogs).toEqual([
    { title: 'Makegood could not open its data', content: `The file at ${db.path} is not a Makegood database, or it is damaged.` },
  ]);
});

test('a database module built for another computer is named as the installation’s fault, not the data file’s', () => {
  // A Windows x64 library header where this computer wants its own: what a wrong download ships.
  const foreign = join(db.userData, '..', 'better_sqlite3.node');
  const pe = Buffer.alloc(4096);
  pe.write('MZ', 0, 'latin1');
  pe.writeUInt32LE(0x80, 0x3c);
  pe.writeUInt32BE(0x50450000, 0x80);
  pe.writeUInt16LE(0x8664, 0x84);
  writeFileSync(foreign, pe);
  const seen = runMain(db, { MAKEGOOD_NATIVE_BINDING: foreign });
  expect(seen.window).toBeUndefined();
  expect(seen.exitCode).toBe(1);
  expect(seen.dialogs).toHaveLength(1);
  expect(seen.dialogs[0]?.title).toBe('Makegood needs reinstalling');
  expect(seen.dialogs[0]?.content).toMatch(/built for Windows on x64 and does not match this computer .*Your data is untouched\./);
});

test('a second launch finds the lock held and leaves at once, before opening the data file or a window', () => {
  const db = tempDatabase({ create: false });
  const seen = runMain(db, { STAND_IN_LOCK: 'held' });
  expect(seen.lockRequested).toBe(true);
  expect(seen.quit).toBe(true);
  expect(seen.window).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(existsSync(db.path)).toBe(false);
  db.remove();
});

test('a follow-up that fell due shows a notification from main; its click opens the incident, its button marks it followed up', async () => {
  const core = openCore({ databasePath: db.path, version: 'test' });
  const call = async (channel: string, payload: unknown) => {
    const result = await dispatch(core.handlers, channel, payload);
    if (!result.ok) throw new Error(result.message);
    return result.value as { incident: { id: number } };
  };
  let first: number;
  try {
    // A staff member's name in what happened never reaches the notification.
    await call('staff.create', { name: 'Priya', monthlyAllowance: 0 });
    first = (await call('incidents.create', { whatHappened: 'Priya dropped the cake', customer: { name: 'Dana Fox', phone: '', email: '' } })).incident.id;
    const second = (await call('incidents.create', { whatHappened: 'Wrong size' })).incident.id;
    await call('incidents.update', { id: first, changes: { followUpDueAt: new Date(Date.now() - 120_000).toISOString() } });
    await call('incidents.update', { id: second, changes: { followUpDueAt: new Date(Date.now() - 60_000).toISOString() } });
  } finally {
    core.close();
  }
  const seen = runMain(db, { STAND_IN_REMINDERS: '1' });
  expect(seen.dialogs).toEqual([]);
  expect(seen.reminders?.shown).toEqual([
    { title: 'Follow up: Dana · MG-1', body: 'our team dropped the cake', actions: [] },
    { title: 'Follow up: MG-2', body: 'Wrong size', actions: [] },
  ]);
  // The window was hidden: the click shows it, in front, on the incident.
  expect(seen.reminders?.afterClick).toEqual({ calls: ['show', 'focus'], visible: true, loadedUrl: `app://makegood/index.html#/incidents/${first}` });
  expect(seen.reminders?.afterAction?.followedUpAt).toEqual(expect.any(String));
  // Each was reminded once: the next start shows nothing, though MG-2 is still not followed up.
  expect(runMain(db, { STAND_IN_REMINDERS: '1' }).reminders?.shown).toEqual([]);
});
