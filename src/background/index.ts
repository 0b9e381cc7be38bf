import browser from '../shared/browser.ts';
import { createShareMenu, onShareMenuClick } from './context-menu.ts';
import { createShare } from './create-share.ts';
import { inspectTab } from './inspect-tab.ts';
import { listenForMessages } from './message-router.ts';
import { shareFromPage } from './share-from-page.ts';
import { testConnection } from './test-connection.ts';

// Wiring only: listeners must be registered synchronously on every worker start.
listenForMessages({ inspectTab, createShare, testConnection, shareFromPage });
browser.contextMenus.onClicked.addListener((info, tab) => void onShareMenuClick(info, tab));
void createShareMenu();
