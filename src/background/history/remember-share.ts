import type { CreatedSecret } from '../../shared/backends/secret-backend.ts';
import type { ReminderDelay } from '../../shared/history/reminders.ts';
import { inTurn } from './lock.ts';
import { changeReceipts } from './receipt-store.ts';
import { scheduleReminder } from './reminders.ts';
import { siteOfTab } from './site-of-tab.ts';

export interface ShareContext {
  /** The tab the share was made for (the popup's page, or the right-clicked one). */
  tabId?: number | undefined;
  /** The popup was opened in a private window. */
  privateWindow?: boolean | undefined;
  /** The user asked to be reminded to remove a temporary account. */
  remindAfter?: ReminderDelay | undefined;
}

/**
 * Keeps a receipt of a created secret, and schedules the reminder asked for. Nothing is
 * recorded for a private window: it would outlive the window's own history.
 */
export async function rememberShare(
  created: CreatedSecret,
  details: { backendOrigin: string; hasPassphrase: boolean },
  context: ShareContext,
): Promise<string | undefined> {
  const { site, incognito } = await siteOfTab(context.tabId);
  if (incognito || context.privateWindow) return undefined;
  if (context.remindAfter !== undefined) await scheduleReminder(site, context.remindAfter);
  const { receipt } = created;
  if (!receipt) return undefined;
  const id = crypto.randomUUID();
  await inTurn(() =>
    changeReceipts((receipts) => [
      {
        id,
        site,
        backendOrigin: details.backendOrigin,
        receipt,
        hasPassphrase: details.hasPassphrase,
        createdAt: Date.now(),
        expiresAt: created.expiresAt,
        state: 'new',
        notified: false,
      },
      ...receipts,
    ]),
  );
  return id;
}
