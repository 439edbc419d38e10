// Pure rules for serving the built renderer over app://: no Electron import, so tests run under Node.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'makegood';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

// One policy for both ways the renderer is served: app:// here and the browser bridge.
export { CONTENT_SECURITY_POLICY } from './server/security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const mimeTypeFor = (filePath: string): string =>
  MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/** True for a URL the app itself serves (app://makegood/...). Node gives custom schemes origin "null", so compare parts. */
export function isAppUrl(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** True when `url` has the same origin as the dev server URL electron-vite gave us. */
export function isDevServerUrl(url: string, devServerUrl: string | undefined): boolean {
  if (!devServerUrl) return false;
  const parsed = URL.parse(url);
  const dev = URL.parse(devServerUrl);
  return parsed !== null && dev !== null && parsed.origin !== 'null' && parsed.origin === dev.origin;
}

export type AppFile =
  | { kind: 'file'; path: string }
  | { kind: 'refused'; status: 400 | 403 };

/** Maps an app:// request URL to a file inside `rootDir`, refusing anything that escapes it. */
export function resolveAppFile(rootDir: string, url: string): AppFile {
  const parsed = URL.parse(url);
  if (parsed === null || !isAppUrl(url)) return { kind: 'refused', status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'refused', status: 400 };
  const root = resolve(rootDir);
  const requested = pathname === '/' || pathname === '' ? '/index.html' : pathname;
  const candidate = resolve(root, `.${requested}`);
  const inside = relative(root, candidate);
  if (inside === '' || inside.split(sep)[0] === '..' || isAbsolute(inside)) return { kind: 'refused', status: 403 };
  return { kind: 'file', path: candidate };
}
