import { BackendError } from '../backend-error.ts';
import type { HttpResponse } from '../http.ts';
import { asBoolean, asNumber, asRecord, asText } from './coerce.ts';
import type { ReceiptState } from '../secret-backend.ts';
import type { OtsCreateResponse } from './receipt.ts';
import { stateFromName } from './receipt-state.ts';
import { errorFromServerMessage, errorFromStatus, withDetail } from './server-errors.ts';

/** API v1: frozen, identical from v0.18 to v0.26, form-encoded (apps/api/v1/COMPAT.md). */
export const v1SharePath = '/api/v1/share';

export function v1ShareBody(
  secret: string,
  passphrase: string,
  ttlSeconds: number,
): URLSearchParams {
  const body = new URLSearchParams({ secret, ttl: String(ttlSeconds) });
  if (passphrase !== '') body.set('passphrase', passphrase);
  return body;
}

export function readV1Receipt(json: unknown): OtsCreateResponse | undefined {
  const receipt = asRecord(json);
  if (!receipt) return undefined;
  return {
    secretKey: receipt['secret_key'],
    receiptKey: receipt['metadata_key'],
    ttlSeconds: asNumber(receipt['secret_ttl']) ?? asNumber(receipt['ttl']),
    hasPassphrase: asBoolean(receipt['passphrase_required'] ?? receipt['has_passphrase']),
    truncated: asBoolean(receipt['truncated'] ?? receipt['is_truncated']) ?? false,
    serverHost: hostOf(receipt['metadata_url'] ?? receipt['receipt_url']),
  };
}

export function v1BurnPath(receiptKey: string): string {
  return `/api/v1/private/${receiptKey}/burn`;
}

/**
 * The receipt, read with POST and an empty form: `/private/` exists on every server version
 * (`/receipt/` only from v0.24), and from v0.24 on a read does not change the state (#3633).
 */
export function v1ReceiptPath(receiptKey: string): string {
  return `/api/v1/private/${receiptKey}`;
}

/** The receipt's `state`, in v1's vocabulary or v0.24's internal one; undefined when neither. */
export function readV1ReceiptState(json: unknown): ReceiptState | undefined {
  return stateFromName(asRecord(json)?.['state']);
}

/**
 * Whether a v1 404 is the server saying it knows no such receipt ("Unknown secret", from
 * `secret_not_found_response`), once receipt and secret have expired, rather than one of the
 * other refusals v1 also sends as 404 (credentials, rate limit, a missing endpoint).
 */
export function isUnknownV1Receipt(response: HttpResponse): boolean {
  if (response.status !== 404) return false;
  const message = asText(asRecord(response.json)?.['message']);
  const intended = Number(response.headers.get('x-ots-intended-status'));
  if (intended === 404) return message !== undefined;
  return !intended && message !== undefined && /^\s*unknown (secret|receipt)\b/i.test(message);
}

/**
 * v1 answers every refusal with HTTP 404, the reason in `message` and the status it meant in
 * `X-OTS-Intended-Status` (apps/api/v1/controllers/base.rb). A 404 without either is a
 * missing endpoint (the v0.24.0 outage, or a server without v1): "unavailable" lets the
 * caller try v2. Only definite "no such endpoint" answers qualify, since the secret must
 * never be created twice.
 */
export function v1Failure(response: HttpResponse, now: number): BackendError | 'unavailable' {
  const message = asText(asRecord(response.json)?.['message']);
  const intended = Number(response.headers.get('x-ots-intended-status'));
  const { status } = response;

  if (status === 404) {
    if (intended === 401) return new BackendError('unauthorized', withDetail(message));
    if (intended === 403) return new BackendError('forbidden', withDetail(message));
    if (message === undefined || (!intended && /not (available|found)/i.test(message))) {
      return 'unavailable';
    }
    return errorFromServerMessage(message);
  }
  if (status === 405 || status === 410 || status === 501) return 'unavailable';
  return errorFromStatus(response, message, now);
}

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
