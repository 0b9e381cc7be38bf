import { checkSecret } from '../../secret-size.ts';
import { BackendError, type InvalidResponseReason } from '../backend-error.ts';
import { sendRequest, type FetchFunction, type HttpOptions } from '../http.ts';
import type {
  CreateOptions,
  CreatedSecret,
  SecretBackend,
  SecretReceipt,
} from '../secret-backend.ts';
import { readV1Receipt, v1BurnPath, v1Failure, v1ShareBody, v1SharePath } from './api-v1.ts';
import { readV2Receipt, v2BurnPath, v2ConcealBody, v2ConcealPath, v2Failure } from './api-v2.ts';
import type { OtsCreateResponse } from './receipt.ts';
import { defaultTimeoutMs, otsMaxSecretBytes } from './ots-limits.ts';
import { buildSecretLink, isValidSecretKey } from './secret-link.ts';

/** A receipt is ~1.5 kB; anything near this is not a One-Time Secret answer. */
const maxResponseBytes = 64 * 1024;
/** The longest lifetime any OTS configuration allows (365 days); more is a broken answer. */
const maxTtlSeconds = 365 * 24 * 3600;

export interface OtsBackendConfig {
  origin: string;
  credentials?: { username: string; token: string } | undefined;
  fetch: FetchFunction;
  timeoutMs?: number;
  now?: () => number;
}

export function createOneTimeSecretBackend(config: OtsBackendConfig): SecretBackend {
  const origin = new URL(config.origin).origin;
  const now = config.now ?? Date.now;
  const http: HttpOptions = {
    fetch: config.fetch,
    timeoutMs: config.timeoutMs ?? defaultTimeoutMs,
    maxResponseBytes,
  };
  const authorization: Record<string, string> = config.credentials
    ? { Authorization: basicAuthorization(config.credentials.username, config.credentials.token) }
    : {};

  async function create(secret: string, options: CreateOptions): Promise<CreatedSecret> {
    const problem = checkSecret(secret, otsMaxSecretBytes);
    if (problem) {
      const { code, ...params } = problem;
      throw new BackendError(code, params);
    }
    const { passphrase, ttlSeconds, signal } = options;

    const v1 = await sendRequest(
      {
        method: 'POST',
        url: origin + v1SharePath,
        headers: { ...authorization, Accept: 'application/json' },
        body: v1ShareBody(secret, passphrase, ttlSeconds),
        signal,
      },
      http,
    );
    if (v1.status === 200) return accept(readV1Receipt(v1.json), 'ots-v1', options);
    const v1Refusal = v1Failure(v1, now());
    if (v1Refusal !== 'unavailable') throw v1Refusal;

    const v2 = await sendRequest(
      {
        method: 'POST',
        url: origin + v2ConcealPath,
        headers: {
          ...authorization,
          Accept: 'application/json',
          'Content-Type': 'application/json',
        },
        body: v2ConcealBody(secret, passphrase, ttlSeconds),
        signal,
      },
      http,
    );
    if (v2.status === 200 || v2.status === 201) {
      return accept(readV2Receipt(v2.json), 'ots-v2', options);
    }
    throw v2Failure(v2, now());
  }

  /**
   * The server said yes; check that what it created is what we asked for. A secret that is
   * truncated or lost its passphrase must not be handed to support, and must not linger.
   */
  async function accept(
    response: OtsCreateResponse | undefined,
    api: SecretReceipt['api'],
    options: CreateOptions,
  ): Promise<CreatedSecret> {
    if (!response) throw new BackendError('invalid-response', { reason: 'not-json' });
    const receipt = isValidSecretKey(response.receiptKey)
      ? { api, key: response.receiptKey }
      : undefined;
    const fault = findFault(response, options.passphrase);
    if (fault) {
      if (receipt) await burnQuietly(receipt, options.passphrase);
      throw new BackendError('invalid-response', { reason: fault });
    }
    const ttlSeconds = response.ttlSeconds ?? options.ttlSeconds;
    return {
      link: buildSecretLink(origin, response.secretKey as string),
      expiresAt: now() + ttlSeconds * 1000,
      ...(receipt ? { receipt } : {}),
    };
  }

  async function burnQuietly(receipt: SecretReceipt, passphrase: string): Promise<void> {
    const withPassphrase = passphrase === '' ? {} : { passphrase };
    const request =
      receipt.api === 'ots-v1'
        ? { path: v1BurnPath(receipt.key), body: new URLSearchParams(withPassphrase) }
        : {
            path: v2BurnPath(receipt.key),
            body: JSON.stringify({ continue: true, ...withPassphrase }),
          };
    const headers: Record<string, string> = { ...authorization, Accept: 'application/json' };
    if (receipt.api === 'ots-v2') headers['Content-Type'] = 'application/json';
    try {
      await sendRequest(
        { method: 'POST', url: origin + request.path, headers, body: request.body },
        http,
      );
    } catch {
      // Best effort: the secret expires on its own, and the user is told it was not usable.
    }
  }

  return { origin, maxSecretBytes: otsMaxSecretBytes, create };
}

function findFault(
  response: OtsCreateResponse,
  passphrase: string,
): InvalidResponseReason | undefined {
  if (response.secretKey === undefined || response.secretKey === null) return 'missing-key';
  if (!isValidSecretKey(response.secretKey)) return 'bad-key';
  if (response.truncated) return 'truncated';
  if (passphrase !== '' && response.hasPassphrase === false) return 'passphrase-ignored';
  const ttl = response.ttlSeconds;
  if (ttl !== undefined && (ttl <= 0 || ttl > maxTtlSeconds)) return 'bad-ttl';
  return undefined;
}

function basicAuthorization(username: string, token: string): string {
  const bytes = new TextEncoder().encode(`${username}:${token}`);
  return `Basic ${btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))}`;
}
