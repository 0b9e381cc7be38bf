/** What OnceLink needs from either API's create response, before any of it is trusted. */
export interface OtsCreateResponse {
  secretKey: unknown;
  receiptKey: unknown;
  ttlSeconds: number | undefined;
  hasPassphrase: boolean | undefined;
  truncated: boolean;
  /** The host of the server's own links (metadata_url, receipt_url), when it sends one. */
  serverHost?: string | undefined;
}
