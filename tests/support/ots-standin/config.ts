// STAND-IN configuration, named after the real server's settings (etc/defaults/config.defaults.yaml).
export interface StandInConfig {
  /** Basic-auth accounts: username (email) → API token. */
  accounts: Record<string, string>;
  /** API_GUEST_ROUTES_ENABLED=false / v1 authentication required. */
  anonymousDisabled: boolean;
  /** PASSPHRASE_REQUIRED */
  passphraseRequired: boolean;
  /** PASSPHRASE_MIN_LENGTH (4 on fresh installs). */
  passphraseMinLength: number;
  /** V1_MAX_SECRET_SIZE / SECRET_MAX_LENGTH */
  maxSecretBytes: number;
  /** V1_MIN_TTL */
  minTtl: number;
  /** TTL_MAX_ANONYMOUS (7 days) */
  maxTtlAnonymous: number;
  /** default_ttl when the request has none */
  defaultTtl: number;
  /** HOST as the server is configured: the host it names in its own links (metadata_url). */
  linkHost: string | undefined;
  /** MIDDLEWARE_HTTP_ORIGIN: refuse writes whose Origin header is another site (an extension). */
  originCheck: boolean;
}

export const defaultConfig: StandInConfig = {
  accounts: {},
  anonymousDisabled: false,
  passphraseRequired: false,
  passphraseMinLength: 4,
  maxSecretBytes: 10_000,
  minTtl: 60,
  maxTtlAnonymous: 604_800,
  defaultTtl: 604_800,
  linkHost: undefined,
  originCheck: false,
};

/** The server clamps silently (base_secret_action.rb#process_ttl); it never refuses a TTL. */
export function clampTtl(requested: unknown, config: StandInConfig): number {
  const ttl = Number(requested);
  if (requested === undefined || requested === '' || !Number.isFinite(ttl))
    return config.defaultTtl;
  return Math.min(config.maxTtlAnonymous, Math.max(config.minTtl, Math.round(ttl)));
}

/** The refusal the server gives for a secret/passphrase pair, or undefined when it is accepted. */
export function refusal(
  secret: string | undefined,
  passphrase: string | undefined,
  config: StandInConfig,
): string | undefined {
  if (secret === undefined || secret === '') return 'You did not provide anything to share';
  if (Buffer.byteLength(secret, 'utf8') > config.maxSecretBytes) {
    return `Secret value exceeds the maximum size of ${config.maxSecretBytes} bytes`;
  }
  if (passphrase === undefined || passphrase === '') {
    return config.passphraseRequired ? 'A passphrase is required for all secrets' : undefined;
  }
  if (passphrase.length < config.passphraseMinLength) {
    return `Passphrase must be at least ${config.passphraseMinLength} characters long`;
  }
  if (passphrase.length > 128) return 'Passphrase must be 128 characters or less';
  return undefined;
}
