import type { Menus, Tabs } from 'webextension-polyfill';
import browser from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { writeMenuRequest } from '../shared/menu-request.ts';
import { openPopup } from './open-popup.ts';

const menuId = 'share-as-one-time-secret';

/**
 * Firefox's `menus` (its manifest asks for that permission, see scripts/build/manifest.ts),
 * else Chrome's `contextMenus`: the same API under two names.
 */
function menus(): Menus.Static {
  // The types promise both; each browser has the one its manifest asked for.
  const api: { menus?: Menus.Static; contextMenus: Menus.Static } = browser;
  return api.menus ?? api.contextMenus;
}

/**
 * "Share as one-time secret" on editable fields. Chrome has no "password" context: the item
 * shows on every editable field, and the page decides (a password field, or selected text).
 * Created again on every start of the background, replacing what an earlier start made.
 */
export async function createShareMenu(): Promise<void> {
  const types = (menus() as { ContextType?: object }).ContextType ?? {};
  const passwordContext = 'PASSWORD' in types;
  await menus().removeAll();
  menus().create({
    id: menuId,
    title: t('menuShare'),
    contexts: passwordContext ? ['editable', 'password'] : ['editable'],
  });
}

/**
 * The click grants activeTab for the tab. Only where it happened is noted; the popup then
 * makes the passphrase (libsodium lives in pages, not in the worker) and asks for the share,
 * which reads the field. Both calls start at once: Firefox opens a popup only while the
 * handler of the user's click is still running.
 */
export async function onShareMenuClick(
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId !== menuId || tab?.id === undefined || !info.pageUrl) return;
  const noted = writeMenuRequest({
    tabId: tab.id,
    frameId: info.frameId ?? 0,
    frameUrl: info.frameUrl ?? info.pageUrl,
    pageUrl: info.pageUrl,
    targetElementId: info.targetElementId,
    at: Date.now(),
  });
  await Promise.all([noted, openPopup()]);
}

/** The click's listener, registered at once on every start of the background. */
export function listenForShareMenuClicks(): void {
  menus().onClicked.addListener((info, tab) => void onShareMenuClick(info, tab));
}
