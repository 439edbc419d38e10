// The one main window: sized for a counter screen, sandboxed, shown only once painted.
import { join } from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './app-files';

// Mantine's body colours, so the frame does not flash white in dark mode before the first paint.
const BACKGROUND = { light: '#ffffff', dark: '#242424' } as const;

/** Built next to main by electron-vite: out/main/index.js → out/preload/index.cjs. */
export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

/** The app's page, at a route of its hash router ("/incidents/12") when one is given. */
export const appUrl = (devServerUrl: string | undefined, route?: string): string => `${devServerUrl ?? APP_ENTRY_URL}${route ? `#${route}` : ''}`;

export function createMainWindow(devServerUrl: string | undefined, route?: string): BrowserWindow {
  // electronegativity: AUXCLICK_JS_CHECK — a middle-click can only open a new window, which the window-open handler denies, or navigate, which will-navigate allows to our own pages only (security.ts, for every web contents; main-process.spec.ts).
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Makegood',
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      // electronegativity: PRELOAD_JS_CHECK — our own sandboxed preload (electron/preload/index.ts) exposes one invoke on one fixed channel, never ipcRenderer; security.spec.ts checks the page sees only makegood.invoke.
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl(devServerUrl, route));
  return window;
}
