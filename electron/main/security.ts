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

/** A service log needs no camera, location, notifications or clipboard reads: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
