// "The data changed", from whichever transport the page is on: the preload's `onChange` in
// Electron, the bridge's GET /changes (Server-Sent Events, read with fetch so it can carry the
// session key's header) in browser mode. No payload: the page refetches what it shows.
import { keyHeader } from './browserKey';

const RECONNECT_MS = 2000;

/** Calls `listener` on every change; returns the way to stop. */
export function subscribeToChanges(listener: () => void): () => void {
  const bridge = window.makegood;
  if (bridge) return bridge.onChange?.(listener) ?? (() => undefined);
  return followChangeStream(listener);
}

function followChangeStream(listener: () => void): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  let connectedBefore = false;

  const follow = async () => {
    controller = new AbortController();
    try {
      const res = await fetch('/changes', { headers: keyHeader(), signal: controller.signal });
      if (!res.ok || !res.body) throw new Error(`GET /changes answered ${res.status}`);
      // What happened while the stream was down is unknown: once back, count it as a change.
      if (connectedBefore) listener();
      connectedBefore = true;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        const events = buffered.split('\n\n');
        buffered = events.pop() ?? '';
        if (events.some((e) => /^event: changed$/m.test(e))) listener();
      }
    } catch {
      // The server restarted or the tab slept: try again below.
    }
    if (!stopped) window.setTimeout(() => void follow(), RECONNECT_MS);
  };
  void follow();
  return () => {
    stopped = true;
    controller?.abort();
  };
}
