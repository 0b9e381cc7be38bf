/** The seam between OnceLink and a secret server (docs/ARCHITECTURE.md, "Backends"). */
export interface SecretBackend {
  /** The configured origin every link is built from. */
  readonly origin: string;
  /** The largest secret, in UTF-8 bytes, this backend accepts. */
  readonly maxSecretBytes: number;
  create(secret: string, options: CreateOptions): Promise<CreatedSecret>;
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
}

export interface SecretReceipt {
  api: 'ots-v1' | 'ots-v2';
  key: string;
}
