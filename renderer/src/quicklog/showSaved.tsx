// "Incident MG-123 logged · Open MG-123": the focus goes to its Open link, so Enter opens the incident.
import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';

const linkId = (id: number) => `saved-incident-${id}-open`;

/** Focus the note's link once it is drawn; else (or once the note is gone) go back to `back`. */
export function showSaved(id: number, ref: string, back: HTMLElement | null) {
  const returnBack = () => {
    if (back?.isConnected) back.focus();
  };
  let followed = false;
  notifications.show({
    color: 'teal',
    title: `Incident ${ref} logged`,
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
        Open {ref}
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
