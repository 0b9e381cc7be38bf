import { checkBackendUrl } from './backend-url.ts';
import browser from './browser.ts';

/** Hosted One-Time Secret; "remains operational and routes to an active data center". */
export const defaultBackendOrigin = 'https://onetimesecret.com';

export interface Settings {
  backendOrigin: string;
}

export const defaultSettings: Settings = { backendOrigin: defaultBackendOrigin };

const storageKey = 'settings';

/** Whatever is stored, the extension gets usable settings: bad values fall back to defaults. */
export function repairSettings(stored: unknown): Settings {
  const record =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const backend =
    typeof record['backendOrigin'] === 'string'
      ? checkBackendUrl(record['backendOrigin'])
      : undefined;
  return { backendOrigin: backend?.ok ? backend.origin : defaultSettings.backendOrigin };
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(storageKey);
  return repairSettings(stored[storageKey]);
}
