import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser.ts';
import { onShareMenuClick } from './context-menu.ts';

/**
 * Test hooks of the Firefox end-to-end build only (`__E2E__`; see vite.config.ts): no test
 * tool clicks Firefox's toolbar button or context menu, and WebDriver BiDi may not open an
 * extension page. So this build opens its options page when installed, from where a test
 * uses the extension's own APIs, and lets that page deliver a menu click to the real handler.
 */
export function installE2eHooks(): void {
  browser.runtime.onInstalled.addListener(() => void browser.runtime.openOptionsPage());
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const { clickShareMenu } = (message ?? {}) as { clickShareMenu?: [object, number] };
    if (!clickShareMenu || sender.url !== browser.runtime.getURL('src/options/index.html'))
      return undefined;
    const [info, tabId] = clickShareMenu;
    return browser.tabs
      .get(tabId)
      .then((tab) => onShareMenuClick(info as Parameters<typeof onShareMenuClick>[0], tab));
  });
}
