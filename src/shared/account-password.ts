/**
 * Generated passwords for the temporary account a user creates for support (a temporary
 * WordPress admin, say). Unlike passphrases they are pasted, not read out, so the alphabets are
 * the full ones sites ask for. Randomness comes from libsodium's randombytes_uniform through
 * loadSecureRandom in passphrase.ts, which rejects samples instead of folding them with a
 * modulo, so every draw is uniform.
 */
import { loadSecureRandom, type RandomBelow } from './passphrase.ts';

export type CharacterSet = 'lower' | 'upper' | 'digits' | 'symbols';

export interface PasswordShape {
  /** Characters in the password. */
  length: number;
  /** Sets to draw from; each appears at least once in the password. */
  sets: readonly CharacterSet[];
}

/**
 * The alphabets, disjoint. The symbols are those account forms accept and CSV files, HTML
 * attributes and single-quoted shell arguments carry unchanged: no quotes, backtick,
 * backslash, space, comma, semicolon, angle brackets, brackets or braces. Unquoted on a
 * command line, `$ ! * ? # & ~` still need quoting, as any password does.
 */
export const passwordAlphabets: Readonly<Record<CharacterSet, string>> = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  symbols: '!#$%&*+-.:=?@_~',
};

/** The order of the sets in the union, whatever order a shape lists them in. */
const setOrder: readonly CharacterSet[] = ['lower', 'upper', 'digits', 'symbols'];

export const passwordLengths = { min: 12, max: 64 } as const;

/** 20 characters of 77 ≈ 125 bits. */
export const defaultPasswordShape: PasswordShape = { length: 20, sets: setOrder };

/**
 * A candidate is rejected only when a chosen set is missing; at the worst shape (12
 * characters, four sets) that happens about one time in four, so 100 rejections in a row mean
 * a broken random source (a chance below 10^-57 otherwise), and throwing beats looping forever.
 */
const maxAttempts = 100;

interface Alphabets {
  /** The alphabet of each chosen set, in setOrder. */
  chosen: readonly string[];
  union: string;
}

function alphabetsOf(shape: PasswordShape): Alphabets {
  const { length, sets } = shape;
  if (!Number.isInteger(length) || length < passwordLengths.min || length > passwordLengths.max)
    throw new RangeError(
      `A password has ${String(passwordLengths.min)} to ${String(passwordLengths.max)} characters, not ${String(length)}.`,
    );
  for (const set of sets)
    if (!Object.hasOwn(passwordAlphabets, set))
      throw new RangeError(`Unknown character set: ${set}.`);
  const chosenSets = setOrder.filter((set) => sets.includes(set));
  if (chosenSets.length === 0) throw new RangeError('A password needs at least one character set.');
  // Unreachable while the minimum length exceeds the number of sets; kept for the rule's sake.
  if (length < chosenSets.length)
    throw new RangeError(
      `${String(length)} characters cannot hold one of each of ${String(chosenSets.length)} sets.`,
    );
  const chosen = chosenSets.map((set) => passwordAlphabets[set]);
  return { chosen, union: chosen.join('') };
}

function containsAny(text: string, alphabet: string): boolean {
  // The alphabets are ASCII, so splitting them into characters is safe.
  return alphabet.split('').some((character) => text.includes(character));
}

/**
 * Every character is drawn uniformly from the union of the chosen sets; a candidate that lacks
 * a chosen set is thrown away whole and drawn again. Every password the shape allows (length,
 * alphabet, each set present) is therefore exactly equally likely, and no other is produced.
 *
 * Not the usual "draw from the union, then overwrite one position per set with a character of
 * that set": that favours the small sets (at the default shape each digit comes out 1.25 times
 * as often as each letter) and makes passwords with many digits or symbols likelier than
 * others. Even with every allowed password equally likely, requiring a digit makes digits a
 * little more frequent (1.08 times a letter's frequency at the default shape): that is the
 * requirement's doing, and the tests expect exactly that much.
 */
export function composePassword(randomBelow: RandomBelow, shape: PasswordShape): string {
  const { chosen, union } = alphabetsOf(shape);
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const password = Array.from({ length: shape.length }, () =>
      union.charAt(randomBelow(union.length)),
    ).join('');
    if (chosen.every((alphabet) => containsAny(password, alphabet))) return password;
  }
  throw new Error(
    `${String(maxAttempts)} candidates in a row lacked a chosen character set: the random source is broken.`,
  );
}

/**
 * length × log2(size of the union), for the UI ("≈ 125 bits"). An upper bound: requiring every
 * set rules out some strings, which costs a fraction of a bit (0.11 at the default shape,
 * 0.45 at 12 characters of all four sets).
 */
export function passwordBits(shape: PasswordShape): number {
  return shape.length * Math.log2(alphabetsOf(shape).union.length);
}

export async function generatePassword(shape: PasswordShape): Promise<string> {
  // A bad shape fails before libsodium (~430 kB) is fetched.
  alphabetsOf(shape);
  return composePassword(await loadSecureRandom(), shape);
}
