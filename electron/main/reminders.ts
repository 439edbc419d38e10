// The desktop app's follow-up reminders: the main process asks the core for follow-ups that fell
// due (at start and every minute, window shown or hidden) and shows one notification each. The
// core hands each due time out once (domain/followUps.ts), so a restart repeats nothing.
// They speak the data file's language, as the window does.
import { Notification } from 'electron';
import type { Request } from '../../shared/contract';
import { reminderNotices, type ReminderNotice } from '../../shared/reminderNotice';
import type { DueReminder } from '../../shared/schemas/followUp';
import type { Settings } from '../../shared/schemas/settings';
import { say, speaking } from './core/i18n/speak';
import type { CoreCall } from './core/service/protocol';

export const REMINDER_INTERVAL_MS = 60_000;

/** macOS shows a notification's buttons; elsewhere a click opens the incident, where it is marked. */
const SHOWS_ACTIONS = process.platform === 'darwin';

export interface ReminderHost {
  call: CoreCall;
  /** Shows and focuses the window on a route of the app ("/incidents/12", or "/" for Home). */
  open: (route: string) => void;
}

/** Starts the loop; returns what stops it. */
export function startReminders(host: ReminderHost): () => void {
  if (!Notification.isSupported()) return () => undefined;
  // Held until closed: a notification the garbage collector takes no longer hears its click.
  const showing = new Set<Notification>();
  const show = (notice: ReminderNotice) => {
    const { incidentId } = notice;
    const notification = new Notification({
      title: notice.title,
      body: notice.body,
      actions: SHOWS_ACTIONS && incidentId !== null ? [{ type: 'button', text: say('reminders.followedUp') }] : [],
    });
    const done = () => showing.delete(notification);
    notification.on('click', () => {
      host.open(incidentId === null ? '/' : `/incidents/${incidentId}`);
      done();
    });
    notification.on('action', (details) => {
      if (incidentId === null || details.actionIndex !== 0) return;
      // The same command as the incident page's "Followed up" button.
      const request: Request<'incidents.update'> = { id: incidentId, changes: { followedUpAt: new Date().toISOString() } };
      void host.call('incidents.update', request);
      done();
    });
    notification.on('close', done);
    showing.add(notification);
    notification.show();
  };
  const check = async () => {
    // A failed claim (a restore under way) records nothing: the next minute asks again.
    const claimed = await host.call('followUps.claimDue', {});
    const due = claimed.ok ? (claimed.value as DueReminder[]) : [];
    if (due.length === 0) return;
    // This process is in no call of the core's: it asks the file's language, only when there is something to say.
    const settings = await host.call('settings.get', {});
    const language = settings.ok ? (settings.value as Settings).language : 'en';
    speaking(() => language, () => {
      for (const notice of reminderNotices(due)) show(notice);
    });
  };
  void check();
  const timer = setInterval(() => void check(), REMINDER_INTERVAL_MS);
  return () => clearInterval(timer);
}
