import { BackendError } from '../backend-error.ts';
import { sendRequest, type HttpResponse } from '../http.ts';
import type { ConnectionReport, ReportedError, SecretBackend } from '../secret-backend.ts';
import { asRecord, asText } from './coerce.ts';
import type { OtsContext } from './ots-context.ts';

/** What the test secret says, should anyone ever read it. */
const testSecret =
  'OnceLink connection test. This secret was destroyed straight after it was made.';

function reported(error: unknown): ReportedError {
  return error instanceof BackendError
    ? { code: error.code, params: error.params }
    : { code: 'network', params: {} };
}

async function get(context: OtsContext, path: string, authorized: boolean): Promise<HttpResponse> {
  return sendRequest(
    {
      method: 'GET',
      url: context.origin + path,
      headers: { Accept: 'application/json', ...(authorized ? context.authorization : {}) },
    },
    context.http,
  );
}

const nominal = (response: HttpResponse) =>
  response.status === 200 && asText(asRecord(response.json)?.['status']) !== undefined;

/** Status without credentials: v1 first (frozen, everywhere), v2 where v1 is gone. */
async function reach(context: OtsContext): Promise<ConnectionReport['reachable']> {
  try {
    const v1 = await get(context, '/api/v1/status', false);
    if (nominal(v1)) return { ok: true };
    if (v1.status >= 500)
      return { ok: false, error: { code: 'server-error', params: { status: v1.status } } };
    const v2 = await get(context, '/api/v2/status', false);
    if (nominal(v2)) return { ok: true };
    if (v1.status === 200 && v1.json === undefined) {
      return { ok: false, error: { code: 'invalid-response', params: { reason: 'not-json' } } };
    }
    return {
      ok: false,
      error: { code: 'not-a-secret-server', params: { host: new URL(context.origin).host } },
    };
  } catch (error) {
    return { ok: false, error: reported(error) };
  }
}

/** v1's authcheck answers 200 for good credentials and "every error is 404" otherwise. */
async function authenticate(context: OtsContext): Promise<ConnectionReport['credentials']> {
  if (!context.hasCredentials) return 'none';
  try {
    const response = await get(context, '/api/v1/authcheck', true);
    if (response.status === 200) return 'accepted';
    const intended = Number(response.headers.get('x-ots-intended-status'));
    return response.status === 401 || intended === 401 ? 'rejected' : 'unchecked';
  } catch {
    return 'unchecked';
  }
}

/**
 * Reachable, credentials, and a real creation: only the last shows what users meet (anonymous
 * creation disabled, an origin check that turns extensions away, a server that names another
 * host in its links). The one-minute test secret is destroyed at once.
 */
export async function checkConnection(
  context: OtsContext,
  backend: SecretBackend,
): Promise<ConnectionReport> {
  const reachable = await reach(context);
  if (!reachable.ok)
    return { reachable, credentials: context.hasCredentials ? 'unchecked' : 'none' };
  const credentials = await authenticate(context);
  try {
    const created = await backend.create(testSecret, { passphrase: '', ttlSeconds: 60 });
    if (created.receipt) await backend.burn(created.receipt, '').catch(() => undefined);
    return { reachable, credentials, creation: { ok: true, serverHost: created.serverHost } };
  } catch (error) {
    return { reachable, credentials, creation: { ok: false, error: reported(error) } };
  }
}
