import type { BackendErrorCode, BackendErrorParams } from './backend-error.ts';

/** The seam between OnceLink and a secret server (docs/ARCHITECTURE.md, "Backends"). */
export interface SecretBackend {
  /** The configured origin every link is built from. */
  readonly origin: string;
  /** The largest secret, in UTF-8 bytes, this backend accepts. */
  readonly maxSecretBytes: number;
  create(secret: string, options: CreateOptions): Promise<CreatedSecret>;
  /** Destroys an unread secret through its receipt; throws a BackendError when the server refuses. */
  burn(receipt: SecretReceipt, passphrase: string): Promise<void>;
  /** What the options page's "Test connection" reports. */
  checkConnection(): Promise<ConnectionReport>;
}

export interface CreateOptions {
  /** Empty means "no passphrase". */
  passphrase: string;
  ttlSeconds: number;
  signal?: AbortSignal;
}

export interface CreatedSecret {
  /** `<origin>/secret/<checked key>`: the one thing that goes to support. */
  link: string;
  /** When the server will delete the secret, from the TTL it actually applied (epoch ms). */
  expiresAt: number;
  /** The sender's handle for status and burn; a capability, never shown or put in a page. */
  receipt?: SecretReceipt;
  /** The host the server names in its own links: informative only, never used for the link. */
  serverHost?: string;
}

export interface SecretReceipt {
  api: 'ots-v1' | 'ots-v2';
  key: string;
}

export interface ReportedError {
  code: BackendErrorCode;
  params: BackendErrorParams;
}

/**
 * "Test connection": whether the server answers, whether it accepts the saved credentials, and
 * whether creating a secret works (a one-minute test secret, destroyed straight away).
 */
export interface ConnectionReport {
  reachable: { ok: true } | { ok: false; error: ReportedError };
  /** 'unchecked' when the server could not be asked (unreachable, or no v1 authcheck). */
  credentials: 'none' | 'accepted' | 'rejected' | 'unchecked';
  creation?: { ok: true; serverHost: string | undefined } | { ok: false; error: ReportedError };
}
