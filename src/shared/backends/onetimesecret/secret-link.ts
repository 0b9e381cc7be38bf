/**
 * The link is assembled from the configured origin and a key we have checked; nothing the
 * server says about URLs (metadata_url, share_domain, receipt links) is ever used for it.
 * OTS keys are base36 verifiable identifiers (62 characters on current servers, ~31 on v0.23).
 */
const SECRET_KEY = /^[A-Za-z0-9]{8,64}$/;

export function isValidSecretKey(key: unknown): key is string {
  return typeof key === 'string' && SECRET_KEY.test(key);
}

export function buildSecretLink(origin: string, key: string): string {
  if (!isValidSecretKey(key)) throw new TypeError('refusing to build a link from an unchecked key');
  return `${new URL(origin).origin}/secret/${key}`;
}
