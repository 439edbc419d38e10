// Browser mode's key (shared/browserKey.ts). Imported before the router: it takes the one-time link
// key out of the address bar as the page starts, then trades it for the session key and keeps that
// in sessionStorage, which (unlike a cookie) no other port on 127.0.0.1 can read or receive.
import { linkKeyIn, SESSION_KEY_STORE, tradeLinkKey } from '../../../shared/browserKey';

/** Keeps a link key across the reload that a link opened in an open tab needs. */
const PENDING_LINK_STORE = 'makegood.linkKey';

const inBrowserMode = () => window.makegood === undefined;

/** Takes a link key out of the address at once (and so out of history); null when there is none. */
function takeLinkKey(): string | null {
  const key = linkKeyIn(window.location.hash);
  if (key) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  return key;
}

let linkKey: string | null = null;
if (inBrowserMode()) {
  linkKey = takeLinkKey();
  // A link pasted into a tab already open here changes only the hash, so the page does not start
  // again: take the key before the router sees it (this listener comes first), then start again.
  window.addEventListener('popstate', () => {
    const key = takeLinkKey();
    if (!key) return;
    sessionStorage.setItem(PENDING_LINK_STORE, key);
    window.location.reload();
  });
  if (!linkKey) linkKey = sessionStorage.getItem(PENDING_LINK_STORE);
  sessionStorage.removeItem(PENDING_LINK_STORE);
}

const sessionKey = () => sessionStorage.getItem(SESSION_KEY_STORE);

/** The header a call to the bridge carries; none in Electron or before there is a key. */
export function keyHeader(): Record<string, string> {
  const key = inBrowserMode() ? sessionKey() : null;
  return key ? { authorization: `Bearer ${key}` } : {};
}

export type Opened = { ok: true } | { ok: false; message: string };

async function trade(key: string): Promise<Opened> {
  const traded = await tradeLinkKey('', key);
  if (!traded.ok) return traded;
  sessionStorage.setItem(SESSION_KEY_STORE, traded.sessionKey);
  return { ok: true };
}

/** Before the app draws: ready when this tab has a session key, else the sentence to show instead. */
export async function openSession(): Promise<Opened> {
  if (!inBrowserMode()) return { ok: true };
  const key = linkKey;
  linkKey = null;
  const traded = key ? await trade(key) : null;
  if (traded?.ok) return traded;
  // A reload keeps the tab's key; so does an old link opened again in the tab that used it.
  if (sessionKey()) return { ok: true };
  return traded ?? { ok: false, message: 'Open Makegood with the address `makegood serve` printed (it carries a one-time key).' };
}
