import browser from '../shared/browser.ts';
import { contentScriptFile, takeScriptFile } from '../shared/content-script-file.ts';
import { isPageFacts } from '../shared/detection/check-facts.ts';
import type { PageFacts } from '../shared/detection/page-facts.ts';
import {
  contentApiKey,
  type ClickedField,
  type ContentApi,
  type TakenSecret,
  type FillOutcome,
  type FillPlan,
  type FillValues,
} from '../shared/ticket-form.ts';
import { isRecord } from '../shared/is-record.ts';

/**
 * Code reaches a page only here, and only on the user's gesture: the popup opening (activeTab)
 * or the context-menu click. The top frame, and same-origin frames from there; a cross-origin
 * frame only to take a secret the user right-clicked in it, with the access they gave for it.
 */
export interface PageTarget {
  tabId: number;
  /** The frame that was read: the top one unless the right-click was in a frame from another site. */
  frameId?: number | undefined;
  /** Chrome names documents: a fill then reaches exactly the document that was read. */
  documentId?: string | undefined;
}

type ApiScope = Record<string, ContentApi | undefined>;

/** The document that was read where the browser names documents, else its frame. */
function target({ tabId, frameId = 0, documentId }: PageTarget): {
  tabId: number;
  frameIds?: number[];
  documentIds?: string[];
} {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
}

/** Reads the page; undefined where the browser gives no access (its own pages, the web store, PDFs). */
export async function readTab(
  tabId: number,
  frameId = 0,
): Promise<{ facts: PageFacts; documentId?: string } | undefined> {
  try {
    const where = target({ tabId, frameId });
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

/**
 * The secret the user right-clicked, read in the document `read` came from (the same
 * inspection): the password field's value or the text selected in a field.
 */
export async function takeFromTab(
  page: PageTarget,
  clicked: ClickedField,
): Promise<TakenSecret | undefined> {
  try {
    const where = target(page);
    await browser.scripting.executeScript({ target: where, files: [takeScriptFile] });
    const [taken] = await browser.scripting.executeScript({
      target: where,
      func: (key: string, field: ClickedField): TakenSecret | undefined =>
        (globalThis as unknown as ApiScope)[key]?.take?.(field),
      args: [contentApiKey, clicked],
    });
    return isTakenSecret(taken?.result) ? taken.result : undefined;
  } catch {
    return undefined;
  }
}

/** The content script's answer is checked like any message from a page (security A7). */
function isTakenSecret(taken: unknown): taken is TakenSecret {
  if (!isRecord(taken)) return false;
  if (taken['status'] !== 'found')
    return ['empty', 'no-field', 'read-only'].includes(taken['status'] as string);
  return (
    (taken['kind'] === 'password' || taken['kind'] === 'selection') &&
    typeof taken['inspectionId'] === 'string' &&
    typeof taken['token'] === 'string' &&
    typeof taken['value'] === 'string'
  );
}
