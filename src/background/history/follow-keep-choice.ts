import browser from '../../shared/browser.ts';
import { repairSettings } from '../../shared/settings.ts';
import { inTurn } from './lock.ts';
import { changeReceipts } from './receipt-store.ts';

/**
 * When the user changes whether receipts are kept across restarts, they move to that storage
 * area at once, rather than with the next share (which a restart might come before). Other
 * settings, saved as the user types, leave the receipts alone.
 */
export function followKeepChoice(): void {
  browser.storage.local.onChanged.addListener(({ settings }) => {
    if (!settings) return;
    const keep = (value: unknown) => repairSettings(value).history.keep;
    if (keep(settings.oldValue) !== keep(settings.newValue))
      void inTurn(() => changeReceipts((receipts) => receipts));
  });
}
