import { readReceipts, writeReceipts, type ShareReceipt } from '../../shared/history/receipts.ts';
import { readSettings } from '../../shared/settings.ts';
import { syncRefreshAlarm } from './refresh-alarm.ts';

/** Changes the receipts in turn (see lock.ts callers) and keeps the refresh alarm in step. */
export async function changeReceipts(
  change: (receipts: ShareReceipt[]) => ShareReceipt[] | Promise<ShareReceipt[]>,
): Promise<ShareReceipt[]> {
  const [receipts, settings] = await Promise.all([readReceipts(), readSettings()]);
  const changed = await change(receipts);
  await writeReceipts(changed, settings.history.keep);
  await syncRefreshAlarm(changed);
  return changed;
}
