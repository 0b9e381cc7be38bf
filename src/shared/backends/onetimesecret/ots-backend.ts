import { checkSecret } from '../../secret-size.ts';
import { BackendError, type InvalidResponseReason } from '../backend-error.ts';
import { sendRequest } from '../http.ts';
import type {
  CreateOptions,
  CreatedSecret,
  ReceiptState,
  SecretBackend,
  SecretReceipt,
} from '../secret-backend.ts';
import {
  isUnknownV1Receipt,
  readV1Receipt,
  readV1ReceiptState,
  v1BurnPath,
  v1Failure,
  v1ReceiptPath,
  v1ShareBody,
  v1SharePath,
} from './api-v1.ts';
import {
  isUnknownV2Receipt,
  readV2Receipt,
  readV2ReceiptState,
  v2BurnPath,
  v2ConcealBody,
  v2ConcealPath,
  v2Failure,
  v2ReceiptPath,
} from './api-v2.ts';
import { checkConnection } from './check-connection.ts';
import { createOtsContext, type OtsBackendConfig, type OtsContext } from './ots-context.ts';
import { otsMaxSecretBytes } from './ots-limits.ts';
import type { OtsCreateResponse } from './receipt.ts';
import { buildSecretLink, isValidSecretKey } from './secret-link.ts';

export type { OtsBackendConfig } from './ots-context.ts';

/** The longest lifetime any OTS configuration allows (365 days); more is a broken answer. */
const maxTtlSeconds = 365 * 24 * 3600;

export function createOneTimeSecretBackend(config: OtsBackendConfig): SecretBackend {
  const context = createOtsContext(config);
  const backend: SecretBackend = {
    origin: context.origin,
    maxSecretBytes: otsMaxSecretBytes,
    create: (secret, options) => create(context, secret, options),
    burn: (receipt, passphrase) => burn(context, receipt, passphrase),
    status: (receipt) => status(context, receipt),
    checkConnection: () => checkConnection(context, backend),
  };
  return backend;
}

async function create(
  context: OtsContext,
  secret: string,
  options: CreateOptions,
): Promise<CreatedSecret> {
  const problem = checkSecret(secret, otsMaxSecretBytes);
  if (problem) {
    const { code, ...params } = problem;
    throw new BackendError(code, params);
  }
  const { origin, http, authorization, now } = context;
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
  if (v1.status === 200) return accept(context, readV1Receipt(v1.json), 'ots-v1', options);
  const v1Refusal = v1Failure(v1, now());
  if (v1Refusal !== 'unavailable') throw v1Refusal;

  const v2 = await sendRequest(
    {
      method: 'POST',
      url: origin + v2ConcealPath,
      headers: { ...authorization, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: v2ConcealBody(secret, passphrase, ttlSeconds),
      signal,
    },
    http,
  );
  if (v2.status === 200 || v2.status === 201)
    return accept(context, readV2Receipt(v2.json), 'ots-v2', options);
  throw v2Failure(v2, now());
}

/**
 * The server said yes; check that what it created is what we asked for. A secret that is
 * truncated or lost its passphrase must not be handed to support, and must not linger.
 */
async function accept(
  context: OtsContext,
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
    if (receipt) await burn(context, receipt, options.passphrase).catch(() => undefined);
    throw new BackendError('invalid-response', { reason: fault });
  }
  const ttlSeconds = response.ttlSeconds ?? options.ttlSeconds;
  return {
    link: buildSecretLink(context.origin, response.secretKey as string),
    expiresAt: context.now() + ttlSeconds * 1000,
    ...(receipt ? { receipt } : {}),
    ...(response.serverHost ? { serverHost: response.serverHost } : {}),
  };
}

async function burn(
  context: OtsContext,
  receipt: SecretReceipt,
  passphrase: string,
): Promise<void> {
  const withPassphrase = passphrase === '' ? {} : { passphrase };
  const v1 = receipt.api === 'ots-v1';
  const response = await sendRequest(
    {
      method: 'POST',
      url: context.origin + (v1 ? v1BurnPath(receipt.key) : v2BurnPath(receipt.key)),
      headers: {
        ...context.authorization,
        Accept: 'application/json',
        ...(v1 ? {} : { 'Content-Type': 'application/json' }),
      },
      body: v1
        ? new URLSearchParams(withPassphrase)
        : JSON.stringify({ continue: true, ...withPassphrase }),
    },
    context.http,
  );
  if (response.status === 200) return;
  const refusal = v1 ? v1Failure(response, context.now()) : v2Failure(response, context.now());
  throw refusal === 'unavailable' ? new BackendError('not-a-secret-server', {}) : refusal;
}

/**
 * The receipt's state, read from the receipt endpoint only (never the secret link, which the
 * server counts as a visit). A receipt the server no longer knows has expired: receipts live
 * twice as long as their secret, so a 404 means both are gone.
 */
async function status(context: OtsContext, receipt: SecretReceipt): Promise<ReceiptState> {
  if (!isValidSecretKey(receipt.key)) {
    throw new BackendError('invalid-response', { reason: 'bad-key' });
  }
  const v1 = receipt.api === 'ots-v1';
  const headers = { ...context.authorization, Accept: 'application/json' };
  const response = await sendRequest(
    v1
      ? {
          method: 'POST',
          url: context.origin + v1ReceiptPath(receipt.key),
          headers,
          body: new URLSearchParams(),
        }
      : { method: 'GET', url: context.origin + v2ReceiptPath(receipt.key), headers },
    context.http,
  );
  if (response.status === 200) {
    const state = v1 ? readV1ReceiptState(response.json) : readV2ReceiptState(response.json);
    if (state === undefined) throw new BackendError('invalid-response', { reason: 'not-json' });
    return state;
  }
  if (v1 ? isUnknownV1Receipt(response) : isUnknownV2Receipt(response)) return 'expired';
  const refusal = v1 ? v1Failure(response, context.now()) : v2Failure(response, context.now());
  const error = refusal === 'unavailable' ? new BackendError('not-a-secret-server', {}) : refusal;
  throw withoutKey(error, receipt.key);
}

/** The server's own words may quote the key; errors are shown and logged, the key never is. */
function withoutKey(error: BackendError, key: string): BackendError {
  const { detail } = error.params;
  if (!detail?.includes(key)) return error;
  return new BackendError(error.code, { ...error.params, detail: detail.replaceAll(key, '…') });
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
