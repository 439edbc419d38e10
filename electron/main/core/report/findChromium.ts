// Where a Chromium or Chrome lives, for printing the report outside Electron.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../../shared/result';
import { say } from '../i18n/speak';

/** The usual install paths, most likely first, per platform. */
export function usualChromiumPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Chromium', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

/**
 * The browser to print with: `--chromium PATH`, else $MAKEGOOD_CHROMIUM, else the first usual
 * install path that exists. A named path that does not exist is an error, not a fallback.
 */
export function findChromium(options: { flag?: string | undefined; env?: NodeJS.ProcessEnv; exists?: (p: string) => boolean } = {}): string {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const named = options.flag ?? env.MAKEGOOD_CHROMIUM;
  if (named) {
    if (!exists(named)) {
      const source = options.flag ? '--chromium' : 'MAKEGOOD_CHROMIUM';
      throw new AppError('NOT_FOUND', say('storage.report.noBrowserAt', { path: named, source }));
    }
    return named;
  }
  const found = usualChromiumPaths(process.platform, env).find(exists);
  if (!found) {
    throw new AppError('NOT_FOUND', say('storage.report.noBrowser'));
  }
  return found;
}
