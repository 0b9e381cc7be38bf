import { describe, expect, it } from 'vitest';
import {
  buildSecretLink,
  isValidSecretKey,
} from '../../../src/shared/backends/onetimesecret/secret-link.ts';

describe('secret keys and links (security case 32)', () => {
  it.each([
    'abcdefgh',
    'a'.repeat(64),
    'x7k2m9q4w8e1r5t3y6u0i2o4p7a9s1d3f5g8h0j2k4l6z8x0c2v4b6n8m0q1w3',
    'ABCdef123456',
  ])('accepts %s', (key) => expect(isValidSecretKey(key)).toBe(true));

  it.each([
    '',
    'abc',
    'a'.repeat(65),
    'abc/../defgh',
    'abcdefg#x',
    'abcdefg?x',
    'abc%2Fdefgh',
    'abcd efgh',
    'abcdéfgh',
    'abcd@efgh',
    42,
    null,
  ])('refuses %j', (key) => expect(isValidSecretKey(key)).toBe(false));

  it('builds the link from the origin alone', () => {
    expect(buildSecretLink('https://eu.onetimesecret.com/anything?x#y', 'abcdefgh12')).toBe(
      'https://eu.onetimesecret.com/secret/abcdefgh12',
    );
  });

  it('never builds a link from an unchecked key', () => {
    expect(() => buildSecretLink('https://eu.onetimesecret.com', '../receipt/abc')).toThrow();
  });
});
