// Browser mode's keys, as the bridge writes them and the page reads them. `makegood serve` prints a
// link with a one-time link key in its fragment, which a browser sends to no server and in no
// Referer; the page trades it (POST /session) for the session key it then sends on every call.

/** A key as `newToken` makes it: 24 random bytes, base64url. */
const KEY = '[A-Za-z0-9_-]{32}';

/** The address to open: `http://127.0.0.1:PORT/#key=…`. */
export const linkWithKey = (url: string, linkKey: string) => `${url}#key=${linkKey}`;

/** Every such address in a text (what `serve` printed), oldest first: for tests and scripts. */
export const linksIn = (text: string): string[] => text.match(new RegExp(`http://127\\.0\\.0\\.1:\\d+/#key=${KEY}`, 'g')) ?? [];

/** The link key in a location's hash (`#key=…`), or null. */
export function linkKeyIn(hash: string): string | null {
  return new RegExp(`^#key=(${KEY})$`).exec(hash)?.[1] ?? null;
}

/** Where the page trades the link key (sent as `Authorization: Bearer …`) for the session key. */
export const SESSION_PATH = '/session';

export type Traded = { ok: true; sessionKey: string } | { ok: false; message: string };

/** Trades a link key for the session key at `origin` ('' from the page itself). */
export async function tradeLinkKey(origin: string, linkKey: string): Promise<Traded> {
  let res: Response;
  try {
    res = await fetch(`${origin}${SESSION_PATH}`, { method: 'POST', headers: { authorization: `Bearer ${linkKey}` } });
  } catch {
    return { ok: false, message: 'Makegood is not reachable. Is `makegood serve` still running?' };
  }
  const body = (await res.json().catch(() => null)) as { ok?: boolean; value?: { sessionKey?: unknown }; message?: unknown } | null;
  const sessionKey = body?.ok ? body.value?.sessionKey : undefined;
  if (typeof sessionKey === 'string') return { ok: true, sessionKey };
  return { ok: false, message: typeof body?.message === 'string' ? body.message : `Makegood refused the address (${res.status}).` };
}

/** The same for a whole printed link, from outside a browser (tests, scripts); throws when refused. */
export async function tradeLink(link: string): Promise<{ origin: string; sessionKey: string }> {
  const url = new URL(link);
  const traded = await tradeLinkKey(url.origin, linkKeyIn(url.hash) ?? '');
  if (!traded.ok) throw new Error(`${link}: ${traded.message}`);
  return { origin: url.origin, sessionKey: traded.sessionKey };
}

/** The sessionStorage entry that holds the session key: one tab's, gone when the tab closes. */
export const SESSION_KEY_STORE = 'makegood.sessionKey';
