import { describe, expect, it } from 'vitest';
import {
  composePassphrase,
  defaultPassphraseShape,
  generatePassphrase,
  loadSecureRandom,
  passphraseAlphabet,
  type RandomBelow,
} from '../../../src/shared/passphrase.ts';

/** Pearson's chi-square statistic of symbol counts against a uniform distribution. */
function chiSquare(text: string): number {
  const counts = new Map<string, number>();
  for (const symbol of text) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  const expected = text.length / passphraseAlphabet.length;
  // The alphabet is ASCII, so splitting it into characters is safe.
  return passphraseAlphabet
    .split('')
    .reduce((sum, symbol) => sum + ((counts.get(symbol) ?? 0) - expected) ** 2 / expected, 0);
}

// 55 degrees of freedom: a uniform source exceeds 120 with probability below one in a million.
const chiSquareLimit = 120;
const sample = passphraseAlphabet.length * 2000;

describe('generated passphrases', () => {
  it('have four groups of five symbols from an alphabet without look-alikes', async () => {
    const passphrase = await generatePassphrase();
    expect(passphrase).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
    expect(passphraseAlphabet).not.toMatch(/[0O1lIo]/);
    expect(new Set(passphraseAlphabet).size).toBe(passphraseAlphabet.length);
  });

  it('differ every time', async () => {
    const many = await Promise.all(Array.from({ length: 50 }, () => generatePassphrase()));
    expect(new Set(many).size).toBe(50);
  });

  it('follow the requested shape', async () => {
    expect(await generatePassphrase({ length: 12, groupSize: 4 })).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    expect(await generatePassphrase({ length: 7, groupSize: 7 })).toMatch(/^\w{7}$/);
  });

  it('use every symbol equally often (libsodium randombytes_uniform, no modulo bias)', async () => {
    const random = await loadSecureRandom();
    const symbols = composePassphrase(random, { length: sample, groupSize: sample });
    expect(chiSquare(symbols)).toBeLessThan(chiSquareLimit);
  });

  it('the same check catches a biased source', () => {
    // byte % 56 favours the first 32 symbols (256 = 4 × 56 + 32): the classic mistake.
    const biased: RandomBelow = (bound) =>
      (crypto.getRandomValues(new Uint8Array(1))[0] ?? 0) % bound;
    const symbols = composePassphrase(biased, { length: sample, groupSize: sample });
    expect(chiSquare(symbols)).toBeGreaterThan(chiSquareLimit);
  });

  it('are strong: at least 100 bits by default', () => {
    expect(defaultPassphraseShape.length * Math.log2(passphraseAlphabet.length)).toBeGreaterThan(
      100,
    );
  });
});
