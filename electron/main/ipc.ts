// The single IPC entry: checks who is calling, then hands the call to the core's dispatch.
import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { Result } from '../../shared/result';
import { INVOKE_CHANNEL } from '../preload/channel';
import type { CoreCall } from './core/service/protocol';
import { say } from './language';
import { isReportContents } from './report';
import { isSlipContents } from './slipPrinter';
import { isOwnPage } from './security';

const unauthorized = (): Result<never> => ({
  ok: false,
  code: 'UNAUTHORIZED',
  message: say('desktop.ipc.notOurWindow'),
});

/** Only the top frame of our own window, showing our own page, may talk to the core. */
function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  devServerUrl: string | undefined,
): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  // The main window, or a hidden window printing the report (report.ts) or a slip (slipPrinter.ts), and nothing else.
  const printing = isReportContents(event.sender) || isSlipContents(event.sender);
  const contents = window && !window.isDestroyed() && event.sender === window.webContents ? window.webContents : printing ? event.sender : null;
  if (!contents || frame.parent !== null) return false;
  // Compare frame tokens, not wrapper objects: a frame must be our window's top frame.
  if (frame.frameToken !== contents.mainFrame.frameToken) return false;
  return isOwnPage(frame.url, devServerUrl);
}

export function registerIpc(
  call: CoreCall,
  getWindow: () => BrowserWindow | null,
  devServerUrl: string | undefined,
): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, channel: unknown, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, getWindow(), devServerUrl)) return unauthorized();
      if (typeof channel !== 'string') {
        return { ok: false, code: 'BAD_REQUEST', message: say('desktop.ipc.noChannel') };
      }
      return call(channel, payload);
    },
  );
}
