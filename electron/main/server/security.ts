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

/** How long a download address stays good: the page follows it at once. */
export const TICKET_MS = 60_000;

/**
 * One-time download addresses (`/export.csv?ticket=…`). A link the browser follows cannot carry the
 * session key's header, and the session key must never sit in an address (history, the downloads
 * list); a ticket is minted for a caller that showed the session key, names what it downloads,
 * works once and for a minute only.
 */
export function createTickets<T>(now: () => number = Date.now) {
  const open = new Map<string, { value: T; until: number }>();
  return {
    issue(value: T): string {
      for (const [key, ticket] of open) if (ticket.until <= now()) open.delete(key);
      const key = newToken();
      open.set(key, { value, until: now() + TICKET_MS });
      return key;
    },
    /** What the ticket was issued for, once; null for an unknown, used or expired one. */
    take(given: string | undefined): T | null {
      if (!given) return null;
      const ticket = open.get(given);
      open.delete(given);
      return ticket && ticket.until > now() ? ticket.value : null;
    },
  };
}
