import browser from '../../shared/browser.ts';
import {
  readReminders,
  writeReminders,
  type ReminderDelay,
} from '../../shared/history/reminders.ts';
import type { SharedSite } from '../../shared/history/receipts.ts';
import { t } from '../../shared/i18n.ts';
import { inTurn } from './lock.ts';
import { notify } from './notify.ts';

export const reminderAlarmPrefix = 'reminder:';

/** "Remove the temporary account…" after the delay the user picked. */
export function scheduleReminder(site: SharedSite | undefined, delay: ReminderDelay) {
  return inTurn(async () => {
    const reminder = { id: crypto.randomUUID(), site, dueAt: Date.now() + delay * 60_000 };
    await writeReminders([...(await readReminders()), reminder]);
    await browser.alarms.create(reminderAlarmPrefix + reminder.id, { when: reminder.dueAt });
  });
}

/** The alarm of a reminder went off: the notification, and the reminder is done. */
export function fireReminder(id: string) {
  return inTurn(async () => {
    const reminders = await readReminders();
    const due = reminders.find((reminder) => reminder.id === id);
    if (!due) return;
    await writeReminders(reminders.filter((reminder) => reminder !== due));
    const where = due.site ? new URL(due.site.origin).host : t('reminderUnknownSite');
    await notify(reminderAlarmPrefix + id, t('reminderTitle'), t('reminderMessage', where));
  });
}
