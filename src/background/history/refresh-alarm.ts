import browser from '../../shared/browser.ts';
import { isSettled, type ShareReceipt } from '../../shared/history/receipts.ts';

export const refreshAlarm = 'refresh-receipts';

/** Gentle: a secret is opened within hours or days; a few requests an hour are plenty. */
const periodInMinutes = 15;

/** Runs while some secret may still be opened, and stops when none can. */
export async function syncRefreshAlarm(receipts: ShareReceipt[]): Promise<void> {
  const open = receipts.some((receipt) => !isSettled(receipt.state));
  const running = await browser.alarms.get(refreshAlarm);
  if (open && !running) await browser.alarms.create(refreshAlarm, { periodInMinutes });
  if (!open && running) await browser.alarms.clear(refreshAlarm);
}
