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

export async function generatePassphrase(
  shape: PassphraseShape = defaultPassphraseShape,
): Promise<string> {
  return composePassphrase(await loadSecureRandom(), shape);
}
