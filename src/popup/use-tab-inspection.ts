import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { send, type TabInspection } from '../shared/messages.ts';

export type InspectionState = { status: 'looking' } | TabInspection;

/** Forms that render late (after a fetch, by a framework) get two more looks. */
const retryDelays = [600, 1500];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The tab the popup was opened on. The Firefox end-to-end build opens the popup as a tab of
 * its own (no tool clicks Firefox's toolbar button), and names the page's tab in `?tab=`.
 */
async function inspectedTab() {
  const named = __E2E__ ? Number(new URLSearchParams(location.search).get('tab')) : 0;
  if (named) return browser.tabs.get(named);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

/**
 * Inspects the tab the popup was opened on: the toolbar click granted activeTab for it, and
 * the background reads it once, on this gesture.
 */
export function useTabInspection(): InspectionState {
  const [state, setState] = useState<InspectionState>({ status: 'looking' });
  useEffect(() => {
    const abort = new AbortController();
    const inspect = async () => {
      const tab = await inspectedTab();
      if (tab?.id === undefined) {
        setState({ status: 'unavailable' });
        return;
      }
      for (const delay of [0, ...retryDelays]) {
        await pause(delay);
        const result = await send('inspectTab', { tabId: tab.id }).catch((): TabInspection => ({
          status: 'unavailable',
        }));
        // The popup may have moved on (closed, another share started) while the page was read.
        if (abort.signal.aborted) return;
        setState(result);
        if (result.status !== 'read' || result.report.kind !== 'none') return;
      }
    };
    void inspect();
    return () => abort.abort();
  }, []);
  return state;
}
