import browser from './browser.ts';

/**
 * API credentials for a backend, per origin (One-Time Secret regions are separate services
 * with separate accounts). Kept in storage.local only: never synced, never sent to pages.
 */
export interface Credentials {
  /** Account email or customer id. */
  username: string;
  token: string;
}

const storageKey = 'credentials';

async function all(): Promise<Record<string, Credentials>> {
  const stored = (await browser.storage.local.get(storageKey))[storageKey];
  return typeof stored === 'object' && stored !== null
    ? (stored as Record<string, Credentials>)
    : {};
}

export async function readCredentials(origin: string): Promise<Credentials | undefined> {
  const found = (await all())[origin];
  return found &&
    typeof found.username === 'string' &&
    typeof found.token === 'string' &&
    found.token !== ''
    ? found
    : undefined;
}

export async function saveCredentials(
  origin: string,
  credentials: Credentials | undefined,
): Promise<void> {
  const others = Object.entries(await all()).filter(([saved]) => saved !== origin);
  const stored = Object.fromEntries(credentials ? [...others, [origin, credentials]] : others);
  await browser.storage.local.set({ [storageKey]: stored });
}

/** What may be shown of a saved token: enough to recognise it, never enough to use it. */
export function maskToken(token: string): string {
  return token.length <= 8 ? '••••' : `••••${token.slice(-4)}`;
}
