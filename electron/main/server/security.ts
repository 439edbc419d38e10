import { randomBytes, timingSafeEqual } from 'node:crypto';

// electronegativity: CSP_GLOBAL_CHECK — this policy goes out as a response header from protocol.ts (app://) and the bridge, where the tool does not look (it reads <meta> tags and onHeadersReceived); main-process.spec.ts reads the header and renderer-csp.spec.ts runs the app under it.
/** The policy both the Electron protocol and the browser bridge send with the app's pages. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine writes its CSS variables into <style> tags at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const newToken = () => randomBytes(24).toString('base64url');

export function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only our own loopback names, with our port: defeats DNS rebinding. */
export const allowedHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`];
export const allowedOrigins = (port: number) => allowedHosts(port).map((h) => `http://${h}`);

/**
 * Browser mode's two keys. The link key is printed once and works once: trading it for the session
 * key replaces it at once with a fresh one, handed to `onLinkUsed` (serve prints it, for another
 * tab). The session key lives as long as the bridge. Both are compared in constant time.
 */
export function createKeys(onLinkUsed?: (linkKey: string) => void) {
  const sessionKey = newToken();
  let linkKey = newToken();
  return {
    sessionKey,
    get linkKey() {
      return linkKey;
    },
    /** The session key for the current link key, which is then forgotten; null for any other. */
    trade(given: string | undefined): string | null {
      if (!sameToken(given, linkKey)) return null;
      linkKey = newToken();
      onLinkUsed?.(linkKey);
      return sessionKey;
    },
    isSession: (given: string | undefined) => sameToken(given, sessionKey),
  };
}

export type BridgeKeys = ReturnType<typeof createKeys>;

/** The key in an `Authorization: Bearer …` header; a header in any other form carries none. */
export const bearer = (header: string | undefined) => (header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined);
