import type { ReceiptState, SecretReceipt } from '../backends/secret-backend.ts';
import browser from '../browser.ts';

/** The page a secret was shared for, as the user saw it. */
export interface SharedSite {
  origin: string;
  title: string;
}

/**
 * What OnceLink keeps of a created secret: never the secret, the passphrase or the link.
 * The backend's receipt key is a capability (on One-Time Secret it can reveal the secret while
 * unread), so it stays in the background: pages get a `ReceiptView`.
 */
export interface ShareReceipt {
  /** Random; names the receipt in messages and notifications. */
  id: string;
  site: SharedSite | undefined;
  backendOrigin: string;
  receipt: SecretReceipt;
  hasPassphrase: boolean;
  createdAt: number;
  expiresAt: number;
  state: ReceiptState;
  /** The user was told that support opened it. */
  notified: boolean;
}

export type ReceiptView = Omit<ShareReceipt, 'receipt' | 'notified' | 'backendOrigin'> & {
  backendHost: string;
};

export function viewOf(receipt: ShareReceipt): ReceiptView {
  return {
    id: receipt.id,
    site: receipt.site,
    hasPassphrase: receipt.hasPassphrase,
    createdAt: receipt.createdAt,
    expiresAt: receipt.expiresAt,
    state: receipt.state,
    backendHost: new URL(receipt.backendOrigin).host,
  };
}

/** States after which the backend has nothing more to say. */
export const isSettled = (state: ReceiptState) => state !== 'new' && state !== 'viewed';

const storageKey = 'receipts';

/**
 * storage.session (memory, gone with the browser) unless the user chose to keep receipts
 * across restarts (storage.local). Never storage.sync. Reads look in both, so that changing
 * the choice moves them with the next write.
 */
function areas(keep: boolean) {
  const { session, local } = browser.storage;
  return keep ? { home: local, other: session } : { home: session, other: local };
}

function listIn(stored: Record<string, unknown>): ShareReceipt[] {
  const value = stored[storageKey];
  return Array.isArray(value) ? (value as ShareReceipt[]) : [];
}

/** Receipts whose secret still exists on the server, newest first. */
export async function readReceipts(now = Date.now()): Promise<ShareReceipt[]> {
  const [session, local] = await Promise.all([
    browser.storage.session.get(storageKey),
    browser.storage.local.get(storageKey),
  ]);
  const byId = new Map<string, ShareReceipt>();
  for (const receipt of [...listIn(local), ...listIn(session)]) byId.set(receipt.id, receipt);
  return [...byId.values()]
    .filter((receipt) => receipt.expiresAt > now)
    .sort((a, b) => b.createdAt - a.createdAt);
}

export async function writeReceipts(receipts: ShareReceipt[], keep: boolean): Promise<void> {
  const { home, other } = areas(keep);
  await other.remove(storageKey);
  if (receipts.length === 0) await home.remove(storageKey);
  else await home.set({ [storageKey]: receipts });
}

/** "Clear all": gone from every area. */
export async function clearReceipts(): Promise<void> {
  await Promise.all([
    browser.storage.session.remove(storageKey),
    browser.storage.local.remove(storageKey),
  ]);
}
