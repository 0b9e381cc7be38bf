/**
 * Everything that can go wrong between "Create link" and a usable link, as codes the UI turns
 * into sentences (see src/shared/user-error.ts). Values in `params` are never secret: they are
 * hosts, sizes, status codes and the server's own error text.
 */
export type BackendErrorCode =
  | 'empty-secret'
  | 'invalid-characters'
  | 'secret-too-large'
  | 'network'
  | 'redirect'
  | 'timeout'
  | 'server-error'
  | 'rate-limited'
  | 'unauthorized'
  | 'anonymous-disabled'
  | 'forbidden'
  | 'passphrase-rejected'
  | 'rejected'
  | 'not-a-secret-server'
  | 'invalid-response';

/** Why a response was not accepted; each is a fault of the server, not of the user. */
export type InvalidResponseReason =
  | 'not-json'
  | 'too-large'
  | 'missing-key'
  | 'bad-key'
  | 'bad-ttl'
  | 'truncated'
  | 'passphrase-ignored';

export interface BackendErrorParams {
  host?: string;
  status?: number;
  bytes?: number;
  limit?: number;
  seconds?: number;
  /** The server's own explanation, shown verbatim as text. */
  detail?: string;
  reason?: InvalidResponseReason;
}

export class BackendError extends Error {
  override readonly name = 'BackendError';

  constructor(
    readonly code: BackendErrorCode,
    readonly params: BackendErrorParams = {},
  ) {
    super(code);
  }
}
