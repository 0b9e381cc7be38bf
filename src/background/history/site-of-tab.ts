import browser from '../../shared/browser.ts';
import type { SharedSite } from '../../shared/history/receipts.ts';

/**
 * The page a share was made for, as the tab shows it (the activeTab grant of the popup or the
 * menu click lets the background see its address and title), and whether it is private.
 */
export async function siteOfTab(
  tabId: number | undefined,
): Promise<{ site: SharedSite | undefined; incognito: boolean }> {
  if (tabId === undefined) return { site: undefined, incognito: false };
  try {
    const tab = await browser.tabs.get(tabId);
    const url = tab.url && URL.canParse(tab.url) ? new URL(tab.url) : undefined;
    const web = url && (url.protocol === 'https:' || url.protocol === 'http:');
    return {
      site: web ? { origin: url.origin, title: titleOf(tab.title, url.host) } : undefined,
      incognito: tab.incognito,
    };
  } catch {
    // The tab is gone: the share still counts, without a site to show.
    return { site: undefined, incognito: false };
  }
}

/** A page without a title is named by its host. */
function titleOf(title: string | undefined, host: string): string {
  const trimmed = title?.trim().slice(0, 200) ?? '';
  return trimmed === '' ? host : trimmed;
}
