import { BackendError } from '../backend-error.ts';
import type { HttpResponse } from '../http.ts';
import { asBoolean, asNumber, asRecord, asText } from './coerce.ts';
import type { ReceiptState } from '../secret-backend.ts';
import type { OtsCreateResponse } from './receipt.ts';
import { stateOfV2Receipt } from './receipt-state.ts';
import { errorFromStatus, withDetail } from './server-errors.ts';

/** API v2: JSON, parameters nested under `secret`, real status codes (ADR-013). */
export const v2ConcealPath = '/api/v2/secret/conceal';

export function v2ConcealBody(secret: string, passphrase: string, ttlSeconds: number): string {
  // v2 treats a present passphrase key as a passphrase, even an empty one: omit it instead.
  const fields: Record<string, string | number> = { secret, ttl: ttlSeconds };
  if (passphrase !== '') fields['passphrase'] = passphrase;
  return JSON.stringify({ secret: fields });
}

export function readV2Receipt(json: unknown): OtsCreateResponse | undefined {
  const record = asRecord(asRecord(json)?.['record']);
  if (!record) return undefined;
  const secret = asRecord(record['secret']);
  const receipt = asRecord(record['receipt']) ?? asRecord(record['metadata']);
  return {
    secretKey: secret?.['identifier'] ?? secret?.['key'] ?? receipt?.['secret_identifier'],
    receiptKey: receipt?.['identifier'] ?? receipt?.['key'],
    ttlSeconds: asNumber(secret?.['secret_ttl']) ?? asNumber(receipt?.['secret_ttl']),
    hasPassphrase: asBoolean(secret?.['has_passphrase'] ?? receipt?.['has_passphrase']),
    truncated: asBoolean(secret?.['is_truncated'] ?? receipt?.['is_truncated']) ?? false,
  };
}

export function v2BurnPath(receiptKey: string): string {
  return `/api/v2/receipt/${receiptKey}/burn`;
}

/**
 * The receipt (`ShowReceipt`), read with GET. Not `GET /api/v2/secret/:id/status`: that one is
 * logged on the receipt's access timeline, so polling it would itself look like a visit.
 */
export function v2ReceiptPath(receiptKey: string): string {
  return `/api/v2/receipt/${receiptKey}`;
}

/**
 * The state in `{ record: { state, is_viewed, is_received, is_burned, … } }`; `receipt` or
 * `metadata` in place of `record`, or nested in it as the conceal answer has them, are read too.
 */
export function readV2ReceiptState(json: unknown): ReceiptState | undefined {
  const body = asRecord(json);
  const outer =
    asRecord(body?.['record']) ?? asRecord(body?.['receipt']) ?? asRecord(body?.['metadata']);
  const receipt = asRecord(outer?.['receipt']) ?? asRecord(outer?.['metadata']) ?? outer;
  return receipt ? stateOfV2Receipt(receipt) : undefined;
}

/**
 * Whether a v2 404 is the server's own "no such receipt" (`RecordNotFound`/`MissingSecret`, or a
 * pre-ADR-013 `{message}`), not the router's fallback for a path it does not have
 * (`NotFound`) or a 404 page from something in front of it.
 */
export function isUnknownV2Receipt(response: HttpResponse): boolean {
  const body = asRecord(response.json);
  return response.status === 404 && body !== undefined && body['error_type'] !== 'NotFound';
}

export function v2Failure(response: HttpResponse, now: number): BackendError {
  const body = asRecord(response.json);
  const message = asText(body?.['error']) ?? asText(body?.['message']);
  const errorType = asText(body?.['error_type']) ?? '';
  const code = asText(body?.['code']) ?? '';
  if (response.status === 404) return new BackendError('not-a-secret-server', {});
  if (
    response.status === 403 &&
    (errorType === 'GuestRoutesDisabled' || code.startsWith('GUEST_'))
  ) {
    return new BackendError('anonymous-disabled', withDetail(message));
  }
  return errorFromStatus(response, message, now);
}
