// Errors and confirmations as notifications, in plain words.
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/call';
import { Say } from './Say';

export const notifyError = (error: unknown, title?: string) =>
  notifications.show({ color: 'red', title: title ?? <Say id="lib.notify.failed" />, message: errorMessage(error), autoClose: 8000 });

export const notifyDone = (message: string) => notifications.show({ color: 'teal', message, autoClose: 3000 });
