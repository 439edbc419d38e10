// Browser mode's permission to show notifications, as one value every screen follows: Home's
// "Allow reminders" asks for it, and the reminder loop starts as soon as it is granted.
import { useSyncExternalStore } from 'react';
import { isBrowserMode } from '../api/invoke';

/** 'unsupported': no Notification API here, or the desktop app, which shows its own (electron/main/reminders.ts). */
export type ReminderPermission = NotificationPermission | 'unsupported';

const listeners = new Set<() => void>();

function read(): ReminderPermission {
  if (!isBrowserMode() || typeof Notification === 'undefined') return 'unsupported';
  return Notification.permission;
}

let current: ReminderPermission = read();

function refresh(): void {
  const next = read();
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // The person may allow or block it in the browser's own site settings, too.
  const onFocus = () => refresh();
  window.addEventListener('focus', onFocus);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('focus', onFocus);
  };
}

export const useReminderPermission = (): ReminderPermission => useSyncExternalStore(subscribe, () => current);

/** Asks the browser; must run from a click (a user gesture), or the browser refuses without asking. */
export async function askForReminders(): Promise<ReminderPermission> {
  if (read() === 'unsupported') return 'unsupported';
  await Notification.requestPermission();
  refresh();
  return current;
}
