import { createOneTimeSecretBackend } from '../shared/backends/onetimesecret/ots-backend.ts';
import type { SecretBackend } from '../shared/backends/secret-backend.ts';
import type { Settings } from '../shared/settings.ts';

export function openBackend(settings: Settings): SecretBackend {
  return createOneTimeSecretBackend({
    origin: settings.backendOrigin,
    fetch: (url, init) => fetch(url, init),
  });
}
