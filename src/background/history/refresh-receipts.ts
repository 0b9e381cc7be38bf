import { isSettled, type ShareReceipt } from '../../shared/history/receipts.ts';
import { t } from '../../shared/i18n.ts';
import { readSettings } from '../../shared/settings.ts';
import { openBackend } from '../open-backend.ts';
import { inTurn } from './lock.ts';
import { notify } from './notify.ts';
import { changeReceipts } from './receipt-store.ts';

/** The backend's word on one receipt; unchanged when it cannot be asked right now. */
async function checked(receipt: ShareReceipt): Promise<ShareReceipt> {
  if (isSettled(receipt.state)) return receipt;
  try {
    const backend = await openBackend(receipt.backendOrigin);
    return { ...receipt, state: await backend.status(receipt.receipt) };
  } catch {
    return receipt;
  }
}

const opened = (receipt: ShareReceipt) =>
  receipt.state === 'viewed' || receipt.state === 'received';

/**
 * Asks the backend for the state of every secret that may still be opened (its receipt
 * endpoint; never the link, which would burn it), and tells the user once when support has
 * opened one.
 */
export function refreshReceipts(): Promise<ShareReceipt[]> {
  return inTurn(async () => {
    const { history } = await readSettings();
    const news: ShareReceipt[] = [];
    const receipts = await changeReceipts(async (current) =>
      Promise.all(
        current.map(async (receipt) => {
          const next = await checked(receipt);
          if (!opened(next) || next.notified) return next;
          news.push(next);
          return { ...next, notified: true };
        }),
      ),
    );
    if (history.notifyWhenOpened)
      for (const receipt of news)
        await notify(
          `opened:${receipt.id}`,
          t('openedTitle'),
          t(
            'openedMessage',
            receipt.site ? new URL(receipt.site.origin).host : receipt.backendOrigin,
          ),
        );
    return receipts;
  });
}
