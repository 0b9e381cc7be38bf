import browser from '../../shared/browser.ts';
import { refreshAlarm } from './refresh-alarm.ts';
import { refreshReceipts } from './refresh-receipts.ts';
import { fireReminder, reminderAlarmPrefix } from './reminders.ts';

/** The receipts' gentle refresh and the reminders, on their alarms. */
export function listenForHistoryAlarms(): void {
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === refreshAlarm) void refreshReceipts();
    else if (name.startsWith(reminderAlarmPrefix))
      void fireReminder(name.slice(reminderAlarmPrefix.length));
  });
}
