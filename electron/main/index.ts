// Makegood's main process: one instance, one core, one window; the database closes on quit.
import { join } from 'node:path';
import { BrowserWindow, app, dialog, session } from 'electron';
import { AppError } from '../../shared/result';
import { CHANGED_CHANNEL } from '../preload/channel';
import type { CoreClient } from './core/service/client';
import { startCoreProcess } from './coreProcess';
import { registerIpc } from './ipc';
import { followFileLanguage, say, speakComputerLanguage } from './language';
import { installMenu } from './menu';
import { nativeAddonProblem, nativeBindingPath } from './native-binding';
import { registerAppScheme, serveAppScheme } from './protocol';
import { electronExportHost } from './exportFile';
import { electronReportHost } from './report';
import { startReminders } from './reminders';
import { electronSlipHost } from './slipPrinter';
import { electronDatabaseHost, rememberTarget, rememberedTarget } from './sharedDatabase';
import { guardAllWebContents, lockDownPermissions } from './security';
import { appUrl, createMainWindow } from './window';

app.setName('Makegood');
// Tests (and a second copy on one machine) get their own profile, and with it their own single-instance lock.
if (process.env.MAKEGOOD_USER_DATA) app.setPath('userData', process.env.MAKEGOOD_USER_DATA);
// Every renderer sandboxed, even one created by mistake without the webPreferences.
app.enableSandbox();
registerAppScheme();

// Only an unpackaged app may load the electron-vite dev server.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
let core: CoreClient | null = null;
let mainWindow: BrowserWindow | null = null;
let stopReminders: () => void = () => undefined;
const restarting = () => ({ ok: false, code: 'UNAVAILABLE', message: say('desktop.switching') }) as const;

/** The data changed (another counter, the command line, or this window's own save): the window refetches what it shows. */
function tellWindowDataChanged(): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(CHANGED_CHANNEL);
  // The language in Settings may be what changed: the menu and the next dialog follow it.
  if (core) void speakFileLanguage(core);
}

/** Reads the open file's language for main's own words, and labels the menu again when it changed. */
async function speakFileLanguage(client: CoreClient): Promise<void> {
  if (await followFileLanguage(client.call)) installMenu();
}

/** Brings the one window to the front, or makes it; `route` (a reminder's incident) opens that screen in it. */
function showWindow(route?: string): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    // A second launch (or the dock icon) brings the one window back: out of the taskbar, shown, in front.
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    // Only the hash changes: the router moves to the screen without reloading the page.
    if (route) void mainWindow.loadURL(appUrl(devServerUrl, route));
    return;
  }
  mainWindow = createMainWindow(devServerUrl, route);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

const ownFile = () => join(app.getPath('userData'), 'makegood.sqlite');

async function openCoreOrExplain(): Promise<CoreClient | null> {
  // MAKEGOOD_DB first (as the CLI), then the shared database chosen in Settings → Data, else this computer's file.
  const shared = process.env.MAKEGOOD_DB ? null : rememberedTarget();
  const databasePath = process.env.MAKEGOOD_DB || shared?.url || ownFile();
  const nativeBinding = nativeBindingPath();
  // The core runs in its own process; the window stays responsive whatever it is doing.
  const client = startCoreProcess(
    {
      databasePath,
      version: app.getVersion(),
      dailyBackups: true,
      purgeDeleted: true,
      // A new file starts in the computer's language (issue 18): the OS's list, most preferred first.
      languages: app.getPreferredSystemLanguages(),
      ...(nativeBinding ? { nativeBinding } : {}),
    },
    // Export PDF: a save dialog, then the report printed in a hidden window. Export CSV: a save
    // dialog, then the core writes the file from its own process.
    {
      ...electronReportHost(() => core, () => mainWindow, devServerUrl),
      ...electronExportHost(() => mainWindow),
      // Print slip: the voucher page in a hidden window, to the printer this computer remembers.
      ...electronSlipHost(() => mainWindow, devServerUrl),
      // Settings → Data: a shared database, or this computer's file again; the core restarts there.
      ...electronDatabaseHost(() => void switchCore()),
    },
    { onChange: tellWindowDataChanged, ...(shared?.password ? { password: shared.password } : {}) },
  );
  try {
    await client.ready;
    return client;
  } catch (error) {
    // A database module built for another computer is this installation's fault, not the data file's.
    const addon = nativeAddonProblem(error, nativeBinding);
    if (addon) {
      dialog.showErrorBox(say('desktop.dialog.reinstallTitle'), addon);
      return null;
    }
    // An AppError already speaks to the shop owner; anything else is a bug, so show its text for the report.
    const detail = error instanceof Error ? error.message : String(error);
    if (shared) return unreachableSharedDatabase(detail);
    dialog.showErrorBox(
      say('desktop.dialog.openFailedTitle'),
      error instanceof AppError ? detail : `${say('desktop.dialog.couldNotStart')}\n\n${detail}`,
    );
    return null;
  }
}

/**
 * The shared database chosen in Settings → Data cannot be opened (the server is off, the password
 * changed): try again, go back to this computer's own file, or quit. Never silently the file, which
 * would split the shop's log in two.
 */
async function unreachableSharedDatabase(detail: string): Promise<CoreClient | null> {
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: say('desktop.dialog.sharedTitle'),
    message: say('desktop.dialog.sharedTitle'),
    detail: `${detail}\n\n${say('desktop.dialog.sharedDetail')}`,
    buttons: [say('desktop.dialog.tryAgain'), say('desktop.dialog.useOwnFile'), say('desktop.dialog.quit')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  if (response === 0) return openCoreOrExplain();
  if (response === 1) {
    await rememberTarget(null);
    return openCoreOrExplain();
  }
  return null;
}

/** Restarts the core where Settings → Data now points, and reloads the window on it. */
async function switchCore(): Promise<void> {
  stopReminders();
  const closing = core;
  core = null;
  await closing?.close();
  core = await openCoreOrExplain();
  if (!core) {
    app.exit(1);
    return;
  }
  const running = core;
  await speakFileLanguage(running);
  stopReminders = startReminders({ call: running.call, open: (route) => showWindow(route) });
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.reload();
}

/** Closes the data file before the app ends: the first quit waits for it, then quits again. */
function closeCoreThenQuit(event: { preventDefault(): void }): void {
  if (!core) return;
  stopReminders();
  event.preventDefault();
  const closing = core;
  core = null;
  closing.close().finally(() => app.quit());
}

async function start(): Promise<void> {
  guardAllWebContents(devServerUrl);
  await app.whenReady();
  // Until the data file is open (and when it cannot be), the computer's language.
  speakComputerLanguage(app.getPreferredSystemLanguages());
  core = await openCoreOrExplain();
  if (!core) {
    app.exit(1);
    return;
  }
  await followFileLanguage(core.call);
  lockDownPermissions(session.defaultSession, devServerUrl);
  installMenu();
  if (!devServerUrl) serveAppScheme(join(import.meta.dirname, '../renderer'));
  // The core in use now: Settings → Data may restart it on another database (switchCore).
  registerIpc((channel, payload) => (core ? core.call(channel, payload) : Promise.resolve(restarting())), () => mainWindow, devServerUrl);
  showWindow();
  stopReminders = startReminders({ call: core.call, open: (route) => showWindow(route) });
}

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which gets 'second-instance') and leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (core) showWindow();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', closeCoreThenQuit);
  start().catch((error: unknown) => {
    dialog.showErrorBox(say('desktop.dialog.couldNotStartTitle'), error instanceof Error ? error.message : String(error));
    void core?.close();
    core = null;
    app.exit(1);
  });
}
