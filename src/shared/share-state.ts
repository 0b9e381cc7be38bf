import browser from './browser.ts';
import type { ShareResult } from './messages.ts';
import type { UserError } from './user-error.ts';

/**
 * Where the popup finds the last share after it was closed and reopened. It lives in
 * storage.session: memory only, gone with the browser, and out of reach of content
 * scripts (their default access level). The secret itself is never part of it.
 */
export type ShareState =
  | { status: 'idle' }
  | { status: 'pending'; startedAt: number }
  | { status: 'done'; result: ShareResult }
  | { status: 'failed'; error: UserError };

const storageKey = 'share';

export async function readShareState(): Promise<ShareState> {
  const stored = await browser.storage.session.get(storageKey);
  return (stored[storageKey] as ShareState | undefined) ?? { status: 'idle' };
}

export function writeShareState(state: ShareState): Promise<void> {
  return browser.storage.session.set({ [storageKey]: state });
}

export function onShareStateChange(listener: (state: ShareState) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[storageKey];
    if (change) listener((change.newValue as ShareState | undefined) ?? { status: 'idle' });
  };
  browser.storage.session.onChanged.addListener(handle);
  return () => browser.storage.session.onChanged.removeListener(handle);
}

/** Longer than any request may take; a pending state older than this was interrupted. */
const pendingLimitMs = 40_000;

export function isInterrupted(state: ShareState, now: number): boolean {
  return state.status === 'pending' && now - state.startedAt > pendingLimitMs;
}
