/** What OnceLink needs from either API's create response, before any of it is trusted. */
export interface OtsCreateResponse {
  secretKey: unknown;
  receiptKey: unknown;
  ttlSeconds: number | undefined;
  hasPassphrase: boolean | undefined;
  truncated: boolean;
}
