// What a follow-up reminder says, the same in Electron's Notification and the browser's: the
// customer's first name and the ref, then what happened (staff names already taken out by the core).
// In the language of whoever shows it: the window's, or in the desktop app's main process the file's.
import { say } from './i18n/say';
import type { DueReminder } from './schemas/followUp';

export interface ReminderNotice {
  title: string;
  body: string;
  /** The incident a click opens; null for a summary of many, which opens Home. */
  incidentId: number | null;
  /** One per incident and due time, so a second tab showing the same one replaces it. */
  tag: string;
}

/** More at once than this (a file opened after a long time, an import) is one notice, not a stack of them. */
export const MAX_SEPARATE_NOTICES = 3;

export function reminderNotices(due: readonly DueReminder[]): ReminderNotice[] {
  if (due.length > MAX_SEPARATE_NOTICES) {
    const shown = due.slice(0, MAX_SEPARATE_NOTICES).map((d) => d.ref);
    return [
      {
        title: say('reminders.many.title', { count: due.length }),
        body: say('reminders.many.body', { refs: shown.join(', '), more: due.length - shown.length }),
        incidentId: null,
        tag: 'follow-ups-due',
      },
    ];
  }
  return due.map((d) => ({
    title: d.firstName ? say('reminders.title.named', { firstName: d.firstName, ref: d.ref }) : say('reminders.title', { ref: d.ref }),
    body: d.summary,
    incidentId: d.incidentId,
    tag: `follow-up-${d.incidentId}-${d.dueAt}`,
  }));
}
