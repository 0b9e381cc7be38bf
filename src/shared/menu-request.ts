import browser from './browser.ts';
import { isRecord } from './is-record.ts';

/**
 * A right-click on "Share as one-time secret", as the browser reported it, waiting for the
 * popup it opened. Only where the click happened is kept (storage.session, out of reach of
 * content scripts); the field's value is read when the popup asks for the share.
 */
export interface MenuRequest {
  tabId: number;
  frameId: number;
  frameUrl: string;
  pageUrl: string;
  targetElementId?: number | undefined;
  at: number;
}

const storageKey = 'menuRequest';

/** A click older than this was not meant for the popup opening now. */
const freshForMs = 60_000;

export function writeMenuRequest(request: MenuRequest): Promise<void> {
  return browser.storage.session.set({ [storageKey]: request });
}

/**
 * The popup that opens claims the click: one click, one popup that shares from it. A popup
 * opened later from the toolbar shows the usual form.
 */
export async function takeMenuRequest(now = Date.now()): Promise<MenuRequest | undefined> {
  const stored = (await browser.storage.session.get(storageKey))[storageKey];
  if (stored === undefined) return undefined;
  await browser.storage.session.remove(storageKey);
  return isMenuRequest(stored) && now - stored.at >= 0 && now - stored.at < freshForMs
    ? stored
    : undefined;
}

const isWebUrl = (value: unknown) => {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  return ['http:', 'https:', 'file:'].includes(new URL(value).protocol);
};

const isId = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

export function isMenuRequest(request: unknown): request is MenuRequest {
  if (!isRecord(request)) return false;
  return (
    isId(request['tabId']) &&
    isId(request['frameId']) &&
    isWebUrl(request['frameUrl']) &&
    isWebUrl(request['pageUrl']) &&
    (request['targetElementId'] === undefined ||
      Number.isSafeInteger(request['targetElementId'])) &&
    typeof request['at'] === 'number'
  );
}
