// punycode.js ships no types; OnceLink uses one function from it.
declare module 'punycode.js' {
  /** Converts an ASCII (xn--) domain name to the Unicode it encodes; other labels pass through. */
  export function toUnicode(domain: string): string;
}
