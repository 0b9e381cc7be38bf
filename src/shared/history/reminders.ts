import browser from '../browser.ts';
import type { SharedSite } from './receipts.ts';

/** "Remove the temporary account you created for support on <site>", due at a time. */
export interface Reminder {
  id: string;
  site: SharedSite | undefined;
  dueAt: number;
}

/** The delays the user can pick, in minutes: a day, three days, a week, two weeks. */
export const reminderDelays = [1440, 4320, 10080, 20160] as const;
export type ReminderDelay = (typeof reminderDelays)[number];

export const isReminderDelay = (value: unknown): value is ReminderDelay =>
  reminderDelays.includes(value as ReminderDelay);

// Reminders are due days later, after restarts: storage.local, holding no secret.
const storageKey = 'reminders';

export async function readReminders(): Promise<Reminder[]> {
  const stored = (await browser.storage.local.get(storageKey))[storageKey];
  return Array.isArray(stored) ? (stored as Reminder[]) : [];
}

export async function writeReminders(reminders: Reminder[]): Promise<void> {
  if (reminders.length === 0) await browser.storage.local.remove(storageKey);
  else await browser.storage.local.set({ [storageKey]: reminders });
}
