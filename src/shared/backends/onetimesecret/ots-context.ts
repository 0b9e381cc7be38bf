import type { FetchFunction, HttpOptions } from '../http.ts';
import { defaultTimeoutMs } from './ots-limits.ts';

/** A receipt is ~1.5 kB; anything near this is not a One-Time Secret answer. */
const maxResponseBytes = 64 * 1024;

export interface OtsBackendConfig {
  origin: string;
  credentials?: { username: string; token: string } | undefined;
  fetch: FetchFunction;
  timeoutMs?: number;
  now?: () => number;
}

/** What every request to one One-Time Secret server shares. */
export interface OtsContext {
  origin: string;
  http: HttpOptions;
  /** The Basic Authorization header when credentials are configured, else nothing. */
  authorization: Record<string, string>;
  hasCredentials: boolean;
  now: () => number;
}

export function createOtsContext(config: OtsBackendConfig): OtsContext {
  return {
    origin: new URL(config.origin).origin,
    http: {
      fetch: config.fetch,
      timeoutMs: config.timeoutMs ?? defaultTimeoutMs,
      maxResponseBytes,
    },
    authorization: config.credentials
      ? { Authorization: basicAuthorization(config.credentials.username, config.credentials.token) }
      : {},
    hasCredentials: config.credentials !== undefined,
    now: config.now ?? Date.now,
  };
}

function basicAuthorization(username: string, token: string): string {
  const bytes = new TextEncoder().encode(`${username}:${token}`);
  return `Basic ${btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))}`;
}
