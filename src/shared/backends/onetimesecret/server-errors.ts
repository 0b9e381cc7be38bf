import { BackendError, type BackendErrorCode, type BackendErrorParams } from '../backend-error.ts';
import { parseRetryAfter, type HttpResponse } from '../http.ts';
import { asNumber, asRecord } from './coerce.ts';

// Both API versions explain refusals in English sentences (apps/api/v1/logic/secrets/*.rb,
// ADR-013); the status alone does not say whether the passphrase or the size was the problem.
const patterns: [RegExp, BackendErrorCode][] = [
  [/rate limit/i, 'rate-limited'],
  [/maximum size|too large|too long|exceeds/i, 'secret-too-large'],
  [/passphrase/i, 'passphrase-rejected'],
  [/not authori[sz]ed|unauthori[sz]ed|credentials/i, 'unauthorized'],
  [/guest|anonymous/i, 'anonymous-disabled'],
  [/unexpected error/i, 'server-error'],
];

export function errorFromServerMessage(message: string | undefined): BackendError {
  const code = patterns.find(([pattern]) => message !== undefined && pattern.test(message))?.[1];
  return new BackendError(code ?? 'rejected', withDetail(message));
}

/** Status codes that mean the same on v1 (behind proxies) and on v2. */
export function errorFromStatus(
  response: HttpResponse,
  message: string | undefined,
  now: number,
): BackendError {
  const { status } = response;
  if (status === 401) return new BackendError('unauthorized', withDetail(message));
  if (status === 403) return new BackendError('forbidden', withDetail(message));
  if (status === 413) return new BackendError('secret-too-large', withDetail(message));
  if (status === 429) {
    const seconds =
      asNumber(asRecord(response.json)?.['retry_after']) ??
      parseRetryAfter(response.headers.get('retry-after'), now);
    return new BackendError('rate-limited', seconds === undefined ? {} : { seconds });
  }
  if (status >= 500) return new BackendError('server-error', { status });
  return errorFromServerMessage(message ?? `HTTP ${status}`);
}

export function withDetail(message: string | undefined): BackendErrorParams {
  return message === undefined ? {} : { detail: message };
}
