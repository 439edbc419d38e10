// Browser mode's reminder loop: while notifications are allowed, asks the core for follow-ups that
// fell due (at start and every minute) and shows one notification each. The core hands each due
// time out once, so a second tab or a reload shows nothing twice. The desktop app runs its own
// loop in the main process (electron/main/reminders.ts), which works with the window hidden.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { reminderNotices } from '../../../shared/reminderNotice';
import { useWrite } from '../api/useCall';
import { useReminderPermission } from './reminderPermission';

export const REMINDER_INTERVAL_MS = 60_000;

export function BrowserReminders() {
  const permission = useReminderPermission();
  const write = useWrite();
  const navigate = useNavigate();

  useEffect(() => {
    if (permission !== 'granted') return;
    const check = async () => {
      try {
        // Shown even if this screen went away meanwhile: what was claimed is not handed out again.
        const due = await write('followUps.claimDue', {});
        for (const notice of reminderNotices(due)) {
          const shown = new Notification(notice.title, { body: notice.body, tag: notice.tag });
          shown.onclick = () => {
            window.focus();
            navigate(notice.incidentId === null ? '/' : `/incidents/${notice.incidentId}`);
            shown.close();
          };
        }
      } catch {
        // Not reachable this minute (serve stopped, a restore under way): the next minute asks again, and nothing was claimed.
      }
    };
    void check();
    const timer = window.setInterval(() => void check(), REMINDER_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [permission, write, navigate]);
  return null;
}
