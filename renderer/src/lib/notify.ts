// Errors and confirmations as notifications, in plain words.
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/call';

export const notifyError = (error: unknown, title = 'That did not work') =>
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });

export const notifyDone = (message: string) => notifications.show({ color: 'teal', message, autoClose: 3000 });
