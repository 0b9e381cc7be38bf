import { createShareMenu, listenForShareMenuClicks } from './context-menu.ts';
import { createShare } from './create-share.ts';
import { followKeepChoice } from './history/follow-keep-choice.ts';
import { listenForHistoryAlarms } from './history/history-alarms.ts';
import { burnReceipt, clearHistory, listReceipts } from './history/history-handlers.ts';
import { installE2eHooks } from './e2e-hooks.ts';
import { inspectTab } from './inspect-tab.ts';
import { listenForMessages } from './message-router.ts';
import { shareFromPage } from './share-from-page.ts';
import { testConnection } from './test-connection.ts';

// Wiring only: listeners must be registered synchronously on every worker start.
listenForMessages({
  inspectTab,
  createShare,
  testConnection,
  shareFromPage,
  listReceipts,
  burnReceipt,
  clearHistory,
});
listenForHistoryAlarms();
followKeepChoice();
listenForShareMenuClicks();
void createShareMenu();
if (__E2E__) installE2eHooks();
