// Serves the built renderer from app://makegood with a strict CSP, so the page never runs from file://.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppFile } from './app-files';

/** Must run before `app` is ready: standard + secure gives the scheme a real origin and fetch(). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
};

const refusal = (status: number): Response =>
  new Response(null, { status, headers: securityHeaders });

/** Answers app:// requests with files from `rendererDir` only. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const target = resolveAppFile(rendererDir, request.url);
    if (target.kind === 'refused') return refusal(target.status);
    try {
      const body = await readFile(target.path);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...securityHeaders, 'content-type': mimeTypeFor(target.path) },
      });
    } catch {
      return refusal(404);
    }
  });
}
