// The app's Export PDF: the report page drawn in a hidden, sandboxed window, printed by Electron's
// printToPDF on the shop's paper, saved where the owner picks in a save dialog.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, type WebContents, app, dialog } from 'electron';
import { paperFor } from '../../shared/paper';
import { type Edition, reportPagePath } from '../../shared/report';
import { AppError } from '../../shared/result';
import { APP_ENTRY_URL } from './app-files';
import type { CoreClient } from './core/service/client';
import type { CoreHost } from './core/context';
import { footerTemplate } from './core/report/footer';
import { say } from './language';
import { waitForPage } from './pageReady';
import { PRELOAD_PATH } from './window';

const reportWindows = new Set<BrowserWindow>();

/** The hidden report windows, which ipc.ts trusts like the main window while they print. */
export const isReportContents = (contents: WebContents): boolean =>
  [...reportWindows].some((w) => !w.isDestroyed() && w.webContents === contents);

/** Draws report.html in a hidden window and prints it; the window is closed whatever happens. */
export async function printReportInWindow(core: CoreClient, month: string, edition: Edition, devServerUrl: string | undefined): Promise<Buffer> {
  const answer = await core.call('settings.get', {});
  if (!answer.ok) throw new AppError(answer.code, answer.message);
  const settings = answer.value as { locale: string; businessName: string };
  const monthWords = new Intl.DateTimeFormat(settings.locale, { month: 'long', year: 'numeric' }).format(
    new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1),
  );
  // electronegativity: AUXCLICK_JS_CHECK — a middle-click can only open a new window, which the window-open handler denies, or navigate, which will-navigate allows to our own pages only (security.ts, for every web contents; main-process.spec.ts).
  const window = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1200,
    // electronegativity: PRELOAD_JS_CHECK — our own sandboxed preload (electron/preload/index.ts) exposes one invoke on one fixed channel, never ipcRenderer; security.spec.ts checks the page sees only makegood.invoke.
    webPreferences: { preload: PRELOAD_PATH, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
  });
  reportWindows.add(window);
  try {
    await window.loadURL(new URL(reportPagePath(month, edition), devServerUrl ?? APP_ENTRY_URL).href);
    await waitForPage(window.webContents, {
      name: 'report',
      timeoutMs: 60_000,
      failed: (reason) => say('desktop.report.failed', { reason }),
      tooLong: () => say('desktop.report.tooLong'),
    });
    // The footer's words in the shop's language, as the page left them (core/report/footer.ts).
    const pageWords = (await window.webContents.executeJavaScript('document.body.dataset.footerPage')) as string | undefined;
    return await window.webContents.printToPDF({
      pageSize: paperFor(settings.locale),
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(settings.businessName, monthWords, pageWords),
    });
  } finally {
    reportWindows.delete(window);
    if (!window.isDestroyed()) window.destroy();
  }
}

/** The core's host in the app: asks where to save, then prints and writes the file there. */
export function electronReportHost(
  getCore: () => CoreClient | null,
  getParent: () => BrowserWindow | null,
  devServerUrl: string | undefined,
): Pick<CoreHost, 'exportReportPdf'> {
  return {
    exportReportPdf: async (month, edition) => {
      const core = getCore();
      if (!core) throw new AppError('INTERNAL', say('desktop.closing'));
      const parent = getParent();
      const options = {
        title: say('desktop.report.saveTitle'),
        defaultPath: join(app.getPath('documents'), `makegood-report-${month}${edition === 'internal' ? '-internal' : ''}.pdf`),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { savedTo: null, downloadUrl: null };
      const pdf = await printReportInWindow(core, month, edition, devServerUrl);
      await writeFile(choice.filePath, pdf);
      return { savedTo: choice.filePath, downloadUrl: null };
    },
  };
}
