import { createOneTimeSecretBackend } from '../shared/backends/onetimesecret/ots-backend.ts';
import type { SecretBackend } from '../shared/backends/secret-backend.ts';
import { readCredentials } from '../shared/credentials.ts';

/** The configured backend, with the API credentials saved for its origin, if any. */
export async function openBackend(origin: string): Promise<SecretBackend> {
  return createOneTimeSecretBackend({
    origin,
    credentials: await readCredentials(origin),
    fetch: (url, init) => fetch(url, init),
  });
}
