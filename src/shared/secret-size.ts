const encoder = new TextEncoder();

/** Size as the server counts it: UTF-8 bytes, exactly as typed (no trimming, no normalising). */
export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}

export type SecretProblem =
  | { code: 'empty-secret' }
  | { code: 'invalid-characters' }
  | { code: 'secret-too-large'; bytes: number; limit: number };

/**
 * Checks a secret before anything leaves the extension. A lone surrogate would be silently
 * replaced by U+FFFD on the wire, so the revealed secret would differ from the typed one.
 */
export function checkSecret(secret: string, limit: number): SecretProblem | undefined {
  if (secret.length === 0) return { code: 'empty-secret' };
  if (!secret.isWellFormed()) return { code: 'invalid-characters' };
  const bytes = utf8ByteLength(secret);
  if (bytes > limit) return { code: 'secret-too-large', bytes, limit };
  return undefined;
}
