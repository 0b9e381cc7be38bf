import browser from '../../shared/browser.ts';
import { clearReceipts, viewOf } from '../../shared/history/receipts.ts';
import { readReminders, writeReminders } from '../../shared/history/reminders.ts';
import type { Handler } from '../message-router.ts';
import { openBackend } from '../open-backend.ts';
import { inTurn } from './lock.ts';
import { changeReceipts } from './receipt-store.ts';
import { refreshAlarm } from './refresh-alarm.ts';
import { refreshReceipts } from './refresh-receipts.ts';
import { reminderAlarmPrefix } from './reminders.ts';
import { isRecord } from '../../shared/is-record.ts';

/** The popup's "Shared" list, asked fresh from the backend. */
export const listReceipts: Handler<'listReceipts'> = {
  accepts: (request): request is Record<string, never> => isRecord(request),
  handle: async () => (await refreshReceipts()).map(viewOf),
};

/** "Burn now": destroys an unread secret through its receipt. */
export const burnReceipt: Handler<'burnReceipt'> = {
  accepts: (request): request is { id: string; passphrase: string } =>
    isRecord(request) &&
    typeof request['id'] === 'string' &&
    request['id'].length < 100 &&
    typeof request['passphrase'] === 'string' &&
    request['passphrase'].length < 1000,
  handle: ({ id, passphrase }) =>
    inTurn(async () => {
      const receipts = await changeReceipts(async (current) => {
        const target = current.find((receipt) => receipt.id === id);
        if (!target) return current;
        const backend = await openBackend(target.backendOrigin);
        await backend.burn(target.receipt, passphrase);
        return current.map((receipt) =>
          receipt === target ? { ...receipt, state: 'burned' as const } : receipt,
        );
      });
      return receipts.map(viewOf);
    }),
};

/** "Clear all": every receipt and reminder, from every storage area, and their alarms. */
export const clearHistory: Handler<'clearHistory'> = {
  accepts: (request): request is Record<string, never> => isRecord(request),
  handle: () =>
    inTurn(async () => {
      const reminders = await readReminders();
      await Promise.all([
        clearReceipts(),
        writeReminders([]),
        browser.alarms.clear(refreshAlarm),
        ...reminders.map((reminder) => browser.alarms.clear(reminderAlarmPrefix + reminder.id)),
      ]);
      return null;
    }),
};
