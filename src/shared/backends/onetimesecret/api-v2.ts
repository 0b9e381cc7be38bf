import { BackendError } from '../backend-error.ts';
import type { HttpResponse } from '../http.ts';
import { asBoolean, asNumber, asRecord, asText } from './coerce.ts';
import type { OtsCreateResponse } from './receipt.ts';
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
