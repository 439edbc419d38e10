// Locks down every web contents and the session: no navigation away, no new windows, no permissions.
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl, isDevServerUrl } from './app-files';

/** The renderer may only ever show our own pages. */
export const isOwnPage = (url: string, devServerUrl: string | undefined): boolean =>
  isAppUrl(url) || isDevServerUrl(url, devServerUrl);

function guardContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, devServerUrl)) event.preventDefault();
  });
  // Nothing in Makegood needs a second window or an embedded <webview>.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies the guards to every web contents Electron creates, including ones we did not ask for. */
export function guardAllWebContents(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, devServerUrl));
}

/**
 * A service log needs no camera, location, notifications (main shows those: reminders.ts) or
 * clipboard reads: all refused. One exception: our own page may write text to the clipboard
 * ("Copy follow-up message"), which Chromium asks for as clipboard-sanitized-write.
 */
export function lockDownPermissions(session: Session, devServerUrl: string | undefined): void {
  const allowed = (permission: string, url: string | undefined, isMainFrame: boolean | undefined) =>
    permission === 'clipboard-sanitized-write' && isMainFrame === true && url !== undefined && isOwnPage(url, devServerUrl);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowed(permission, details.requestingUrl, details.isMainFrame)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame));
}
