// "Incident MG-123 logged · Open MG-123": the focus goes to its Open link, so Enter opens the incident.
import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Say } from '../lib/Say';

const linkId = (id: number) => `saved-incident-${id}-open`;

/** Focus the note's link once it is drawn; else (or once the note is gone) go back to `back`. */
export function showSaved(id: number, ref: string, back: HTMLElement | null) {
  const returnBack = () => {
    if (back?.isConnected) back.focus();
  };
  let followed = false;
  notifications.show({
    color: 'teal',
    title: <Say id="quicklog.saved.title" values={{ ref }} />,
    autoClose: 10_000,
    onClose: () => {
      const active = document.activeElement;
      if (!followed && (active === null || active === document.body || active.id === linkId(id))) returnBack();
    },
    message: (
      <Anchor
        id={linkId(id)}
        href={`#/incidents/${id}`}
        onClick={() => {
          followed = true;
          notifications.clean();
        }}
      >
        <Say id="quicklog.saved.open" values={{ ref }} />
      </Anchor>
    ),
  });
  let frames = 0;
  const tryFocus = () => {
    const link = document.getElementById(linkId(id));
    if (link) {
      link.focus();
      if (document.activeElement === link) return;
    }
    if (++frames < 30) requestAnimationFrame(tryFocus);
    else returnBack();
  };
  requestAnimationFrame(tryFocus);
}

/** An incident kept on this computer while the shared database was out of reach, now saved (useOfflineSaves.ts). */
export function showSavedOffline(id: number, ref: string) {
  notifications.show({
    color: 'teal',
    title: <Say id="quicklog.savedOffline.title" values={{ ref }} />,
    autoClose: 15_000,
    message: (
      <Anchor href={`#/incidents/${id}`} onClick={() => notifications.clean()}>
        <Say id="quicklog.saved.open" values={{ ref }} />
      </Anchor>
    ),
  });
}

/** Save pressed while the shared database is out of reach: the incident waits on this computer. */
export function showKeptOffline() {
  notifications.show({
    color: 'orange',
    title: <Say id="quicklog.keptOffline.title" />,
    message: <Say id="quicklog.keptOffline.message" />,
    autoClose: 15_000,
  });
}
