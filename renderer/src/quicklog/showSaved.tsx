import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';

export function showSaved(id: number, ref: string) {
  notifications.show({
    color: 'teal',
    title: `Incident ${ref} logged`,
    autoClose: 10_000,
    message: (
      <Anchor href={`#/incidents/${id}`} onClick={() => notifications.clean()}>
        Open {ref}
      </Anchor>
    ),
  });
}
