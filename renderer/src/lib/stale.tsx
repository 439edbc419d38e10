// "Changed on another counter": an edit sent with the record's updatedAt as this screen read it
// was refused because the record changed since (electron/main/core/domain/stale.ts). Nothing was
// overwritten; the person reloads, sees the other counter's change, and makes theirs again.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { STALE_PATH } from '../../../shared/schemas/common';
import { ApiError } from '../api/call';
import { Say } from './Say';

export const isStale = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.code === 'CONFLICT' && error.issues.some((i) => i.path === STALE_PATH);

/** The refusal's sentence with a Reload button that fetches the record afresh. */
export function notifyStale(error: ApiError, reload: () => void) {
  const id = 'changed-on-another-counter';
  notifications.show({
    id,
    color: 'orange',
    title: <Say id="lib.stale.title" />,
    autoClose: false,
    message: (
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <Text size="sm">{error.message}</Text>
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            reload();
          }}
        >
          <Say id="lib.stale.reload" />
        </Button>
      </Group>
    ),
  });
}
