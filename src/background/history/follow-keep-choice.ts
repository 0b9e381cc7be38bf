import browser from '../../shared/browser.ts';
import { inTurn } from './lock.ts';
import { changeReceipts } from './receipt-store.ts';

/**
 * When the user changes whether receipts are kept across restarts, they move to that storage
 * area at once, rather than with the next share (which a restart might come before).
 */
export function followKeepChoice(): void {
  browser.storage.local.onChanged.addListener((changes) => {
    if ('settings' in changes) void inTurn(() => changeReceipts((receipts) => receipts));
  });
}
