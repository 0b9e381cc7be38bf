import browser from './browser.ts';
import { seal, unseal, type Sealed } from './credential-vault.ts';

/**
 * API credentials for a backend, per origin (One-Time Secret regions are separate services
 * with separate accounts). Kept in storage.local only, sealed (credential-vault.ts): never
 * synced, never sent to pages, never shown again in full.
 */
export interface Credentials {
  /** Account email or customer id. */
  username: string;
  token: string;
}

const storageKey = 'credentials';

async function all(): Promise<Record<string, Sealed>> {
  const stored = (await browser.storage.local.get(storageKey))[storageKey];
  return typeof stored === 'object' && stored !== null ? (stored as Record<string, Sealed>) : {};
}

export async function readCredentials(origin: string): Promise<Credentials | undefined> {
  const sealed = (await all())[origin];
  const opened =
    sealed && typeof sealed.iv === 'string' && typeof sealed.data === 'string'
      ? await unseal(sealed)
      : undefined;
  if (opened === undefined) return undefined;
  const parsed = JSON.parse(opened) as Partial<Credentials>;
  return typeof parsed.username === 'string' &&
    typeof parsed.token === 'string' &&
    parsed.token !== ''
    ? { username: parsed.username, token: parsed.token }
    : undefined;
}

export async function saveCredentials(
  origin: string,
  credentials: Credentials | undefined,
): Promise<void> {
  const others = Object.entries(await all()).filter(([saved]) => saved !== origin);
  const entries = credentials
    ? [...others, [origin, await seal(JSON.stringify(credentials))] as const]
    : others;
  await browser.storage.local.set({ [storageKey]: Object.fromEntries(entries) });
}

/** What may be shown of a saved token: enough to recognise it, never enough to use it. */
export function maskToken(token: string): string {
  return token.length <= 8 ? '••••' : `••••${token.slice(-4)}`;
}
