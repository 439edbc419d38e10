// Runs the built main (out/main/index.js) against the stand-in and prints what it observed as JSON.
// Usage: node --import ./register.mjs drive.mjs   (MAKEGOOD_DB and MAKEGOOD_USER_DATA set by the caller)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, record } from './electron.mjs';

const root = resolve(import.meta.dirname, '..', '..', '..');
const until = async (check) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

await import(join(root, 'out', 'main', 'index.js'));
await until(() => record.windows.length > 0 || record.exitCode !== null || record.quit);

// The menu as role names, submenus flattened: enough to see what a person can reach.
const roles = (items = []) => items.flatMap((i) => [i.role ?? i.label, ...roles(i.submenu)]).filter(Boolean);
const observed = { lockRequested: record.lockRequested, name: record.name, schemes: record.schemes, sandboxAll: record.sandboxAll, dialogs: record.dialogs, exitCode: record.exitCode, menu: roles(record.menu?.template) };
const window = record.windows[0];
if (window) {
  await until(() => window.visible);
  observed.window = { options: window.options, loadedUrl: window.loadedUrl, visible: window.visible };

  const serve = record.protocolHandlers.get('app');
  const fetchApp = async (url, method = 'GET') => {
    const res = await serve(new Request(url, { method }));
    return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), body: res.status === 200 ? (await res.text()).slice(0, 40) : '' };
  };
  const html = await fetchApp('app://makegood/index.html');
  const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await (await serve(new Request('app://makegood/index.html'))).text())?.[1];
  observed.protocol = {
    index: html,
    script: script ? await fetchApp(`app://makegood/${script}`) : null,
    traversal: await fetchApp('app://makegood/assets/..%2f..%2f..%2fpackage.json'),
    missing: await fetchApp('app://makegood/nope.js'),
    post: await fetchApp('app://makegood/index.html', 'POST'),
  };

  const invoke = record.ipcHandlers.get('makegood:invoke');
  const frame = window.webContents.mainFrame;
  const event = (senderFrame, sender = window.webContents) => ({ sender, senderFrame });
  observed.ipc = {
    channels: [...record.ipcHandlers.keys()],
    fromWindow: await invoke(event(frame), 'app.info', {}),
    fromSubframe: await invoke(event({ ...frame, frameToken: 'child', parent: frame }), 'app.info', {}),
    fromOtherPage: await invoke(event({ ...frame, url: 'https://example.com/' }), 'app.info', {}),
    fromNoFrame: await invoke(event(null), 'app.info', {}),
    fromOtherContents: await invoke(event(frame, {}), 'app.info', {}),
    channelNotString: await invoke(event(frame), 42, {}),
    unknownChannel: await invoke(event(frame), 'nope.nothing', {}),
  };

  // Export PDF prints in a second, hidden window: it must be as locked down as the first, and go away.
  const exported = await invoke(event(frame), 'reports.exportPdf', { month: '2026-10', edition: 'external' });
  const printer = record.windows[1];
  observed.report = { exported, options: printer?.options, loadedUrl: printer?.loadedUrl, destroyed: printer?.destroyed };

  // Export CSV: the save dialog (answered beside the PDF), then the core writes the file itself.
  process.env.STAND_IN_SAVE_TO = join(process.env.STAND_IN_SAVE_TO, '..', 'export.csv');
  observed.csv = { exported: await invoke(event(frame), 'data.exportFile', {}) };

  // Print slip: the first time lists the printers; the one chosen prints and is remembered for the next.
  const ok = (answer) => answer.value;
  // A name of this run's own: a spec may start the app twice on one file.
  const giver = ok(await invoke(event(frame), 'staff.create', { name: `Dana Stand-in ${process.pid}`, monthlyAllowance: 50000 }));
  const { incident } = ok(await invoke(event(frame), 'incidents.create', { whatHappened: 'Cake dropped' }));
  const voucher = ok(await invoke(event(frame), 'compensations.add', { incidentId: incident.id, kind: 'voucher', cost: 1500, givenById: giver.id }));
  const first = await invoke(event(frame), 'vouchers.print', { id: voucher.id });
  const chosen = await invoke(event(frame), 'vouchers.print', { id: voucher.id, deviceName: 'Counter_TM20' });
  const again = await invoke(event(frame), 'vouchers.print', { id: voucher.id });
  const slipWindow = record.windows.at(-1);
  // Settings: the printers with the one remembered, then a choice kept without printing anything.
  const settingsList = await invoke(event(frame), 'vouchers.print', { choose: true });
  const settingsChoice = await invoke(event(frame), 'vouchers.print', { deviceName: 'Counter_TM20' });
  observed.slip = { settingsList, settingsChoice, first, chosen, again, prints: record.prints, options: slipWindow?.options, destroyed: slipWindow?.destroyed };

  // Those writes changed the data file: the core's process says so, and main tells the window (the watcher looks each second).
  for (let i = 0; i < 500 && record.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  observed.changed = record.sent.slice(0, 1);

  const navigate = (name, url) => {
    let prevented = false;
    window.webContents.emit(name, { preventDefault: () => { prevented = true; } }, url);
    return prevented;
  };
  let webviewPrevented = false;
  window.webContents.emit('will-attach-webview', { preventDefault: () => { webviewPrevented = true; } });
  observed.guards = {
    navigateAway: navigate('will-navigate', 'https://example.com/'),
    navigateFile: navigate('will-navigate', 'file:///etc/passwd'),
    navigateOwn: navigate('will-navigate', 'app://makegood/index.html#/journal'),
    redirectAway: navigate('will-redirect', 'https://example.com/'),
    windowOpen: window.webContents.windowOpenHandler?.({ url: 'https://example.com/' }),
    webviewPrevented,
  };
  let granted = null;
  record.permissionRequest?.(window.webContents, 'media', (answer) => { granted = answer; }, {});
  observed.permissions = { request: granted, check: record.permissionCheck?.(window.webContents, 'clipboard-read', 'app://makegood', {}) };
  // Our own page may write to the clipboard (Copy follow-up message); nothing else may, nor read it.
  const clipboard = (url, isMainFrame = true) => {
    let answer = null;
    record.permissionRequest?.(window.webContents, 'clipboard-sanitized-write', (a) => { answer = a; }, { requestingUrl: url, isMainFrame });
    return { request: answer, check: record.permissionCheck?.(window.webContents, 'clipboard-sanitized-write', new URL(url).origin, { requestingUrl: url, isMainFrame }) };
  };
  observed.clipboardWrite = { own: clipboard('app://makegood/index.html#/incidents/1'), other: clipboard('https://example.com/'), subframe: clipboard('app://makegood/index.html', false) };

  // STAND_IN_REMINDERS: the data file has follow-ups due; main shows them, and the drive clicks the first and presses "Followed up" on it.
  if (process.env.STAND_IN_REMINDERS) {
    await until(() => record.notifications.length > 0);
    const [first] = record.notifications;
    observed.reminders = { shown: record.notifications.map((n) => n.options) };
    if (first) {
      window.visible = false;
      window.calls.length = 0;
      first.emit('click', {});
      observed.reminders.afterClick = { calls: [...window.calls], visible: window.visible, loadedUrl: window.loadedUrl };
      first.emit('action', { actionIndex: 0 }, 0);
      const id = Number(/#\/incidents\/(\d+)$/.exec(window.loadedUrl)?.[1]);
      let got = null;
      for (let i = 0; i < 100 && !got?.value?.incident?.followedUpAt; i++) {
        await new Promise((r) => setTimeout(r, 20));
        got = await invoke(event(frame), 'incidents.get', { id });
      }
      observed.reminders.afterAction = { followedUpAt: got?.value?.incident?.followedUpAt ?? null };
    }
  }

  // A second launch while the window sits minimised and hidden: the same window comes back to the front.
  window.calls.length = 0;
  window.minimized = true;
  window.visible = false;
  app.emit('second-instance', {}, ['makegood'], root, {});
  observed.secondInstance = { calls: [...window.calls], visible: window.visible, minimized: window.minimized, windows: BrowserWindow.getAllWindows().length };

  window.destroyed = true;
  window.emit('closed');
  app.emit('window-all-closed');
  // Quitting waits for the core's process to close the file.
  await until(() => record.quit);
  observed.walLeft = existsSync(`${process.env.MAKEGOOD_DB}-wal`);
}
observed.utilityProcesses = record.utilityProcesses.map((p) => ({ module: p.modulePath.split(/[\\/]/).pop(), serviceName: p.options.serviceName }));
observed.quit = record.quit;
process.stdout.write(JSON.stringify(observed));
