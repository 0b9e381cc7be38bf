import { randomBytes, randomInt } from 'node:crypto';

// STAND-IN, not One-Time Secret: an in-memory model of the secret/receipt pair that
// lib/onetime/models/receipt.rb#spawn_pair creates, with the states the v1 API reports.

export type ReceiptState = 'new' | 'viewed' | 'received' | 'burned' | 'expired';

export interface StoredSecret {
  secretKey: string;
  receiptKey: string;
  value: string | undefined;
  passphrase: string | undefined;
  ttlSeconds: number;
  createdAt: number;
  state: ReceiptState;
  receivedAt?: number;
  owner: string;
  failedPassphraseAttempts: number;
}

/** Base36 like Familia's verifiable identifiers: 62 characters on current servers. */
function newKey(): string {
  let key = BigInt(`0x${randomBytes(40).toString('hex')}`).toString(36);
  while (key.length < 62) key = `0${key}`;
  return key.slice(0, 62);
}

export class SecretStore {
  private readonly bySecretKey = new Map<string, StoredSecret>();
  private readonly byReceiptKey = new Map<string, StoredSecret>();

  constructor(private readonly now: () => number) {}

  create(
    value: string,
    passphrase: string | undefined,
    ttlSeconds: number,
    owner: string,
  ): StoredSecret {
    const secret: StoredSecret = {
      secretKey: newKey(),
      receiptKey: newKey(),
      value,
      passphrase,
      ttlSeconds,
      createdAt: this.now(),
      state: 'new',
      owner,
      failedPassphraseAttempts: 0,
    };
    this.bySecretKey.set(secret.secretKey, secret);
    this.byReceiptKey.set(secret.receiptKey, secret);
    return secret;
  }

  bySecret(key: string): StoredSecret | undefined {
    return this.live(this.bySecretKey.get(key));
  }

  byReceipt(key: string): StoredSecret | undefined {
    const secret = this.byReceiptKey.get(key);
    if (!secret) return undefined;
    // Receipts outlive their secret by one TTL (receipt_ttl = 2 × secret_ttl).
    if (this.now() > secret.createdAt + secret.ttlSeconds * 2000) return undefined;
    this.live(secret);
    return secret;
  }

  secondsLeft(secret: StoredSecret): number {
    return Math.max(
      0,
      Math.round((secret.createdAt + secret.ttlSeconds * 1000 - this.now()) / 1000),
    );
  }

  /** Burn-after-reading: the value is gone the moment it is handed out. */
  reveal(secret: StoredSecret): string | undefined {
    const { value } = secret;
    secret.value = undefined;
    secret.state = 'received';
    secret.receivedAt = this.now();
    this.bySecretKey.delete(secret.secretKey);
    return value;
  }

  burn(secret: StoredSecret): void {
    secret.value = undefined;
    secret.state = 'burned';
    this.bySecretKey.delete(secret.secretKey);
  }

  all(): StoredSecret[] {
    return [...this.byReceiptKey.values()];
  }

  private live(secret: StoredSecret | undefined): StoredSecret | undefined {
    if (!secret) return undefined;
    if (secret.state === 'new' || secret.state === 'viewed') {
      if (this.now() >= secret.createdAt + secret.ttlSeconds * 1000) {
        secret.state = 'expired';
        secret.value = undefined;
        this.bySecretKey.delete(secret.secretKey);
        return undefined;
      }
    }
    return secret.state === 'new' || secret.state === 'viewed' ? secret : undefined;
  }
}

export function generatePassword(length: number): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}
