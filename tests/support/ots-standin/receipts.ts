import type { ReceiptState, SecretStore, StoredSecret } from './store.ts';

// STAND-IN: the receipt JSON of apps/api/v1/controllers/class_methods.rb#receipt_hsh, with the
// v0.24.1 alias block, and the v2 conceal record of apps/api/v2/logic/secrets/conceal_secret.rb
// with the receipt record that show_receipt.rb also answers.

export function v1Receipt(store: SecretStore, secret: StoredSecret, origin: string): object {
  const secretTtl = store.secondsLeft(secret);
  const receiptTtl = secret.ttlSeconds * 2;
  const received = secret.state === 'received';
  return {
    custid: secret.owner,
    metadata_key: secret.receiptKey,
    ...(received ? { received: Math.round((secret.receivedAt ?? 0) / 1000) } : {}),
    ...(received ? {} : { secret_key: secret.secretKey, secret_ttl: secretTtl }),
    ttl: secret.ttlSeconds,
    metadata_ttl: receiptTtl,
    metadata_url: `${origin}/receipt/${secret.receiptKey}`,
    state: secret.state,
    created: Math.round(secret.createdAt / 1000),
    updated: Math.round(secret.createdAt / 1000),
    recipient: [],
    share_domain: '',
    passphrase_required: secret.passphrase !== undefined,
    identifier: secret.receiptKey,
    ...(received ? {} : { secret_identifier: secret.secretKey }),
    has_passphrase: secret.passphrase !== undefined,
    recipients: [],
    receipt_ttl: receiptTtl,
    receipt_url: `${origin}/receipt/${secret.receiptKey}`,
  };
}

/**
 * The v2 receipt record (`receipt.safe_dump`), as conceal and `GET /api/v2/receipt/:key` send it.
 * v2 passes the state name through as stored, so it uses v0.24's internal names ("previewed",
 * "revealed"); the `is_*` flags follow the state. v2 sends "string-encoded values (mirroring
 * Redis storage)": numbers and booleans arrive as strings.
 */
export function v2Receipt(secret: StoredSecret): Record<string, unknown> {
  return {
    identifier: secret.receiptKey,
    key: secret.receiptKey,
    ...(secret.state === 'new' || secret.state === 'viewed'
      ? { secret_identifier: secret.secretKey }
      : {}),
    secret_shortid: secret.secretKey.slice(0, 8),
    state: v2StateNames[secret.state],
    secret_ttl: String(secret.ttlSeconds),
    receipt_ttl: String(secret.ttlSeconds * 2),
    metadata_ttl: String(secret.ttlSeconds * 2),
    lifespan: String(secret.ttlSeconds * 2),
    share_domain: null,
    created: String(secret.createdAt / 1000),
    updated: String(secret.createdAt / 1000),
    has_passphrase: String(secret.passphrase !== undefined),
    kind: 'conceal',
    is_viewed: String(secret.state === 'viewed'),
    is_received: String(secret.state === 'received'),
    is_burned: String(secret.state === 'burned'),
    is_expired: String(secret.state === 'expired'),
    is_destroyed: String(secret.state !== 'new' && secret.state !== 'viewed'),
    recipients: '',
  };
}

const v2StateNames: Record<ReceiptState, string> = {
  new: 'new',
  viewed: 'previewed',
  received: 'revealed',
  burned: 'burned',
  expired: 'expired',
};

export function v2ConcealRecord(store: SecretStore, secret: StoredSecret): object {
  const receipt = v2Receipt(secret);
  return {
    success: true,
    record: {
      receipt,
      metadata: receipt,
      secret: {
        identifier: secret.secretKey,
        key: secret.secretKey,
        shortid: secret.secretKey.slice(0, 8),
        state: secret.state,
        secret_ttl: String(store.secondsLeft(secret)),
        lifespan: String(secret.ttlSeconds),
        has_passphrase: String(secret.passphrase !== undefined),
        verification: 'false',
        created: String(secret.createdAt / 1000),
      },
      share_domain: null,
    },
    details: { kind: 'conceal', recipient: [], recipient_safe: [] },
  };
}
