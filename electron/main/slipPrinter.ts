// The app's Print slip: voucher.html drawn in a hidden, sandboxed window and sent by Electron's
// webContents.print, silently, to the printer this computer remembers. The choice is kept in a
// small JSON beside the app's settings (userData), not in the data file: a second till sharing the
// file has its own printer.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BrowserWindow, type WebContents, app } from 'electron';
import { AppError } from '../../shared/result';
import type { VoucherPrinted } from '../../shared/schemas/voucher';
import { SLIP_PAGE_DATASET, voucherPagePath } from '../../shared/slipPaper';
import { APP_ENTRY_URL } from './app-files';
import type { CoreHost } from './core/context';
import { say } from './language';
import { waitForPage } from './pageReady';
import { PRELOAD_PATH } from './window';

const slipWindows = new Set<BrowserWindow>();

/** The hidden slip windows, which ipc.ts trusts like the main window while they print. */
export const isSlipContents = (contents: WebContents): boolean => [...slipWindows].some((w) => !w.isDestroyed() && w.webContents === contents);

const printerFile = () => join(app.getPath('userData'), 'slip-printer.json');

async function rememberedPrinter(): Promise<string | null> {
  try {
    const saved = JSON.parse(await readFile(printerFile(), 'utf8')) as { deviceName?: unknown };
    return typeof saved.deviceName === 'string' && saved.deviceName !== '' ? saved.deviceName : null;
  } catch {
    return null;
  }
}

/** The page the slip drew itself on, in microns as print() takes it (a receipt is as tall as its slip); null if it says none. */
async function slipPageSize(contents: WebContents): Promise<{ width: number; height: number } | null> {
  try {
    const text = (await contents.executeJavaScript(`document.body.dataset.${SLIP_PAGE_DATASET} || ''`)) as string;
    const { widthMm, heightMm } = JSON.parse(text) as { widthMm: unknown; heightMm: unknown };
    if (typeof widthMm !== 'number' || typeof heightMm !== 'number') return null;
    return { width: Math.round(widthMm * 1000), height: Math.round(heightMm * 1000) };
  } catch {
    return null;
  }
}

async function printInWindow(id: number, deviceName: string, devServerUrl: string | undefined): Promise<void> {
  // electronegativity: AUXCLICK_JS_CHECK — as report.ts: a hidden window whose new windows are denied and whose navigation stays on our pages (security.ts).
  const window = new BrowserWindow({
    show: false,
    width: 400,
    height: 800,
    // electronegativity: PRELOAD_JS_CHECK — our own sandboxed preload, one invoke on one fixed channel (electron/preload/index.ts).
    webPreferences: { preload: PRELOAD_PATH, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
  });
  slipWindows.add(window);
  try {
    await window.loadURL(new URL(voucherPagePath(id), devServerUrl ?? APP_ENTRY_URL).href);
    await waitForPage(window.webContents, {
      name: 'slip',
      timeoutMs: 20_000,
      failed: (reason) => say('desktop.slip.failed', { reason }),
      tooLong: () => say('desktop.slip.tooLong'),
    });
    const pageSize = await slipPageSize(window.webContents);
    await new Promise<void>((resolve, reject) => {
      window.webContents.print({ silent: true, deviceName, printBackground: true, margins: { marginType: 'none' }, ...(pageSize ? { pageSize } : {}) }, (ok, reason) =>
        ok ? resolve() : reject(new AppError('CONFLICT', say('desktop.slip.notPrinted', { printer: deviceName, reason }))),
      );
    });
  } finally {
    slipWindows.delete(window);
    if (!window.isDestroyed()) window.destroy();
  }
}

/** The core's host in the app: prints to the remembered printer, or lists the printers to choose one. */
export function electronSlipHost(getParent: () => BrowserWindow | null, devServerUrl: string | undefined): Pick<CoreHost, 'printVoucherSlip'> {
  return {
    printVoucherSlip: async (id, { deviceName, choose }): Promise<VoucherPrinted> => {
      const remembered = await rememberedPrinter();
      if (choose || (deviceName === undefined && remembered === null) || (id === null && deviceName === undefined)) {
        const parent = getParent();
        const printers = parent && !parent.isDestroyed() ? await parent.webContents.getPrintersAsync() : [];
        if (printers.length === 0) throw new AppError('CONFLICT', say('desktop.slip.noPrinter'));
        // The system's default printer is named in the platform's options (CUPS: printer-is-default), when it says.
        const isDefault = (p: (typeof printers)[number]) => (p.options as Record<string, unknown> | undefined)?.['printer-is-default'] === 'true';
        return { printed: false, deviceName: remembered, printers: printers.map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: isDefault(p) })) };
      }
      const target = deviceName ?? (remembered as string);
      if (deviceName !== undefined && deviceName !== remembered) {
        // The folder may not be there yet on a first run (Electron makes it lazily).
        await mkdir(dirname(printerFile()), { recursive: true });
        await writeFile(printerFile(), JSON.stringify({ deviceName }));
      }
      // Settings chose a printer and printed nothing.
      if (id === null) return { printed: false, deviceName: target, printers: [] };
      await printInWindow(id, target, devServerUrl);
      return { printed: true, deviceName: target, printers: [] };
    },
  };
}
