import browser from '../shared/browser.ts';
import { contentScriptFile } from '../shared/content-script-file.ts';
import { isPageFacts } from '../shared/detection/check-facts.ts';
import type { PageFacts } from '../shared/detection/page-facts.ts';
import {
  contentApiKey,
  type ContentApi,
  type FillOutcome,
  type FillPlan,
  type FillValues,
} from '../shared/ticket-form.ts';

/**
 * Code reaches a page only here, and only on the user's gesture: the popup opening (activeTab)
 * or the context-menu click. Always the top frame; same-origin frames are reached from there
 * and cross-origin frames never.
 */
export interface PageTarget {
  tabId: number;
  /** Chrome names documents: a fill then reaches exactly the document that was read. */
  documentId?: string | undefined;
}

type ApiScope = Record<string, ContentApi | undefined>;

function target({ tabId, documentId }: PageTarget): {
  tabId: number;
  frameIds?: number[];
  documentIds?: string[];
} {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
}

/** Reads the page; undefined where the browser gives no access (its own pages, the web store, PDFs). */
export async function readTab(
  tabId: number,
): Promise<{ facts: PageFacts; documentId?: string } | undefined> {
  try {
    const where = { tabId, frameIds: [0] };
    const [installed] = await browser.scripting.executeScript({
      target: where,
      func: (key: string) => key in globalThis,
      args: [contentApiKey],
    });
    if (installed?.result !== true)
      await browser.scripting.executeScript({ target: where, files: [contentScriptFile] });
    const [read] = await browser.scripting.executeScript({
      target: where,
      func: (key: string) => (globalThis as unknown as ApiScope)[key]?.read(),
      args: [contentApiKey],
    });
    if (!read || !isPageFacts(read.result)) return undefined;
    return { facts: read.result, ...(read.documentId ? { documentId: read.documentId } : {}) };
  } catch {
    return undefined;
  }
}

/** Fills what was planned, in the document that was read; a changed page fills nothing. */
export async function fillTab(
  page: PageTarget,
  plan: FillPlan,
  values: FillValues,
): Promise<FillOutcome> {
  try {
    const [filled] = await browser.scripting.executeScript({
      target: target(page),
      func: async (
        key: string,
        fillPlan: FillPlan,
        fillValues: FillValues,
      ): Promise<FillOutcome> => {
        const api = (globalThis as unknown as ApiScope)[key];
        return api ? api.fill(fillPlan, fillValues) : { ok: false, reason: 'page-changed' };
      },
      args: [contentApiKey, plan, values],
    });
    const outcome = filled?.result as FillOutcome | undefined;
    return outcome && typeof outcome.ok === 'boolean'
      ? outcome
      : { ok: false, reason: 'page-changed' };
  } catch {
    // The tab was closed or navigated: the document that was read is gone.
    return { ok: false, reason: 'page-changed' };
  }
}
