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
  /**
   * What became of the secret, read from its receipt alone: never by opening the link, which
   * would count as a view or consume it. Throws a BackendError when the server cannot say.
   */
  status(receipt: SecretReceipt): Promise<ReceiptState>;
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

/** A secret's state as its receipt tells it, in One-Time Secret's v1 vocabulary. */
export type ReceiptState =
  /**
   * Created and unread, not known to have been opened (v0.24+ "shared"). Servers since v0.24 no
   * longer advance the state when the page is opened (#3633): v1 says "new" until the secret is
   * revealed, burned or expired; only v2's `is_viewed` tells of the opened page.
   */
  | 'new'
  /**
   * The recipient opened the secret page but has not revealed the secret (v0.24 "previewed").
   * A link scanner that fetches the page counts too. Servers before v0.24 also set it when the
   * receipt itself is first read, so there it may mean only that we asked.
   */
  | 'viewed'
  /** The secret was revealed and is gone from the server (v0.24+ "revealed"). */
  | 'received'
  /** The sender destroyed it unread. */
  | 'burned'
  /**
   * Its lifetime ran out unread, or the server no longer knows the receipt at all (v1 404
   * "Unknown secret" once receipt and secret have expired). An "orphaned" receipt, whose secret
   * vanished without being revealed or burned, is reported the same way.
   */
  | 'expired';

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
