// What a follow-up reminder says, the same in Electron's Notification and the browser's: the
// customer's first name and the ref, then what happened (staff names already taken out by the core).
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
        title: `${due.length} follow-ups are due`,
        body: `${shown.join(', ')} and ${due.length - shown.length} more. Open Makegood to see them on Home.`,
        incidentId: null,
        tag: 'follow-ups-due',
      },
    ];
  }
  return due.map((d) => ({
    title: `Follow up: ${d.firstName ? `${d.firstName} · ` : ''}${d.ref}`,
    body: d.summary,
    incidentId: d.incidentId,
    tag: `follow-up-${d.incidentId}-${d.dueAt}`,
  }));
}
