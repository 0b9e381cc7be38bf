import { describe, expect, it } from 'vitest';
import {
  type CharacterSet,
  composePassword,
  defaultPasswordShape,
  generatePassword,
  passwordAlphabets,
  passwordBits,
  passwordLengths,
  type PasswordShape,
} from '../../../src/shared/account-password.ts';
import { loadSecureRandom, type RandomBelow } from '../../../src/shared/passphrase.ts';

const allSets: readonly CharacterSet[] = ['lower', 'upper', 'digits', 'symbols'];

/** The union in the generator's order, whatever order the shape lists the sets in. */
function unionOf(sets: readonly CharacterSet[]): string {
  return allSets
    .filter((set) => sets.includes(set))
    .map((set) => passwordAlphabets[set])
    .join('');
}

function hasEverySet(password: string, sets: readonly CharacterSet[]): boolean {
  // The alphabets are ASCII, so splitting them into characters is safe.
  return sets.every((set) => passwordAlphabets[set].split('').some((c) => password.includes(c)));
}

/**
 * Probability that `draws` characters drawn uniformly from a union of `unionSize` contain at
 * least one character of each disjoint set in `required` (inclusion–exclusion over the sets
 * that are missed).
 */
function coverProbability(unionSize: number, required: readonly number[], draws: number): number {
  let sum = 0;
  for (let mask = 0; mask < 1 << required.length; mask++) {
    const missed = required.filter((_, index) => (mask >> index) & 1);
    const missedSize = missed.reduce((total, size) => total + size, 0);
    sum += (-1) ** missed.length * ((unionSize - missedSize) / unionSize) ** draws;
  }
  return sum;
}

/**
 * The exact probability of each character at any one position when every password the shape
 * allows is equally likely: P(c at position 1 | all sets present) = (1/u) · P(the other
 * length − 1 characters cover the other sets) / P(length characters cover all sets). The
 * requirement alone makes small sets a little more frequent, so this is not 1/u.
 */
function expectedFrequencies(shape: PasswordShape): Map<string, number> {
  const sets = allSets.filter((set) => shape.sets.includes(set));
  const sizes = sets.map((set) => passwordAlphabets[set].length);
  const unionSize = sizes.reduce((total, size) => total + size, 0);
  const valid = coverProbability(unionSize, sizes, shape.length);
  const frequencies = new Map<string, number>();
  sets.forEach((set, index) => {
    const others = sizes.filter((_, other) => other !== index);
    const frequency = coverProbability(unionSize, others, shape.length - 1) / unionSize / valid;
    for (const c of passwordAlphabets[set]) frequencies.set(c, frequency);
  });
  return frequencies;
}

/** Pearson's chi-square statistic of the characters of `text` against `frequencies`. */
function chiSquare(text: string, frequencies: ReadonlyMap<string, number>): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  // A character outside the alphabet would otherwise be ignored.
  expect([...counts.keys()].every((c) => frequencies.has(c))).toBe(true);
  let sum = 0;
  for (const [c, frequency] of frequencies) {
    const expected = frequency * text.length;
    sum += ((counts.get(c) ?? 0) - expected) ** 2 / expected;
  }
  return sum;
}

/**
 * Upper 0.001 points of the chi-square distribution by degrees of freedom (alphabet size − 1),
 * from scipy.stats.chi2.ppf(0.999, df): a uniform source exceeds them once in a thousand runs,
 * so the statistical tests below fail spuriously about once in 200 runs all together, while
 * the biased constructions they guard against land several times above them.
 */
const chiSquareLimits = new Map([
  [9, 27.88],
  [14, 36.12],
  [25, 52.62],
  [76, 119.85],
]);

function limitFor(alphabetSize: number): number {
  const limit = chiSquareLimits.get(alphabetSize - 1);
  if (limit === undefined) throw new Error(`No chi-square limit for ${String(alphabetSize)}`);
  return limit;
}

/** Concatenated passwords: their characters, for counting. */
function sample(random: RandomBelow, shape: PasswordShape, passwords: number): string {
  return Array.from({ length: passwords }, () => composePassword(random, shape)).join('');
}

/**
 * The common construction this module avoids: draw from the union, then overwrite one distinct
 * position per set with a character of that set.
 */
function composeByPlacement(random: RandomBelow, shape: PasswordShape): string {
  const union = unionOf(shape.sets);
  const characters = Array.from({ length: shape.length }, () => union.charAt(random(union.length)));
  const free = characters.map((_, index) => index);
  for (const set of shape.sets) {
    const [position = 0] = free.splice(random(free.length), 1);
    characters[position] = passwordAlphabets[set].charAt(random(passwordAlphabets[set].length));
  }
  return characters.join('');
}

/** Returns the scripted numbers in turn and records every bound it is asked for. */
function scripted(numbers: readonly number[]): { random: RandomBelow; bounds: number[] } {
  const bounds: number[] = [];
  const random: RandomBelow = (bound) => {
    const next = numbers[bounds.length];
    bounds.push(bound);
    if (next === undefined) throw new Error('Script exhausted');
    return next;
  };
  return { random, bounds };
}

describe('account password alphabets and shapes', () => {
  it('are explicit, disjoint and free of characters that break forms, CSV, HTML or quoting', () => {
    expect(passwordAlphabets).toEqual({
      lower: 'abcdefghijklmnopqrstuvwxyz',
      upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      digits: '0123456789',
      symbols: '!#$%&*+-.:=?@_~',
    });
    const union = unionOf(allSets);
    expect(new Set(union).size).toBe(union.length);
    expect(union).toMatch(/^[\x21-\x7e]+$/);
    expect(passwordAlphabets.symbols).not.toMatch(/[\s"'`\\<>,;()[\]{}|^/]/);
  });

  it('default to 20 characters of all four sets, with lengths from 12 to 64', () => {
    expect(defaultPasswordShape.length).toBe(20);
    expect([...defaultPasswordShape.sets].sort()).toEqual([...allSets].sort());
    expect(passwordLengths).toEqual({ min: 12, max: 64 });
  });
});

describe('generated account passwords', () => {
  const shapes: PasswordShape[] = [
    defaultPasswordShape,
    { length: 12, sets: ['digits'] },
    { length: 64, sets: ['lower', 'symbols'] },
    { length: 16, sets: ['upper', 'digits'] },
    { length: 33, sets: ['symbols'] },
    { length: 12, sets: ['symbols', 'lower', 'digits', 'upper'] },
    { length: 25, sets: ['digits', 'digits', 'lower'] },
  ];

  it.each(shapes)('have the length and alphabet of %o', async (shape) => {
    const union = unionOf(shape.sets);
    for (let run = 0; run < 50; run++) {
      const password = await generatePassword(shape);
      expect(password).toHaveLength(shape.length);
      for (const c of password) expect(union).toContain(c);
    }
  });

  it.each([
    { length: 12, sets: allSets },
    { length: 20, sets: allSets },
    { length: 12, sets: ['lower', 'digits'] },
    { length: 12, sets: ['upper', 'symbols'] },
  ] satisfies PasswordShape[])(
    'contain every set of %o, 1,000 times out of 1,000',
    async (shape) => {
      const random = await loadSecureRandom();
      for (let run = 0; run < 1000; run++)
        expect(hasEverySet(composePassword(random, shape), shape.sets)).toBe(true);
    },
  );

  it('differ every time', async () => {
    const many = await Promise.all(
      Array.from({ length: 50 }, () => generatePassword(defaultPasswordShape)),
    );
    expect(new Set(many).size).toBe(50);
  });
});

describe('password composition', () => {
  it('draws every character from the union and keeps the first candidate with every set', () => {
    const union = unionOf(allSets);
    expect(union).toHaveLength(77);
    // Candidate 1 is twelve "a": no upper case, digit or symbol, so it is discarded whole.
    const rejected = new Array<number>(12).fill(0);
    // Candidate 2 has all four sets: A, a, 0 and ! at indices 26, 0, 52 and 62 of the union.
    const accepted = [26, 0, 52, 62, 76, 75, 51, 25, 1, 61, 53, 63];
    const { random, bounds } = scripted([...rejected, ...accepted]);
    expect(composePassword(random, { length: 12, sets: allSets })).toBe('Aa0!~_Zzb91#');
    expect(bounds).toEqual(new Array<number>(24).fill(77));
  });

  it('orders the union lower, upper, digits, symbols whatever order the shape lists', () => {
    const { random, bounds } = scripted([10, ...new Array<number>(11).fill(0)]);
    expect(composePassword(random, { length: 12, sets: ['symbols', 'digits'] })).toBe(
      '!00000000000',
    );
    expect(bounds).toEqual(new Array<number>(12).fill(25));
  });

  it('gives up on a stuck random source instead of looping forever', () => {
    let calls = 0;
    const stuck: RandomBelow = () => {
      calls++;
      return 0;
    };
    expect(() => composePassword(stuck, defaultPasswordShape)).toThrow(/random source/);
    expect(calls).toBe(100 * 20);
  });

  it('rarely needs a second candidate: at least 73% are kept, for every shape', () => {
    // The loop stops after 100 candidates; at 27% rejections that is a chance below 10^-57.
    for (let mask = 1; mask < 16; mask++) {
      const sizes = allSets
        .filter((_, index) => (mask >> index) & 1)
        .map((set) => passwordAlphabets[set].length);
      const union = sizes.reduce((total, size) => total + size, 0);
      for (const length of [passwordLengths.min, 20, passwordLengths.max])
        expect(coverProbability(union, sizes, length)).toBeGreaterThan(0.73);
    }
  });
});

describe('password statistics with libsodium', () => {
  it.each(allSets)('use every character of %s equally often', async (set) => {
    const random = await loadSecureRandom();
    const alphabet = passwordAlphabets[set];
    // 1,000 passwords of 20: 20,000 characters, each drawn independently and uniformly.
    const text = sample(random, { length: 20, sets: [set] }, 1000);
    const uniform = new Map(alphabet.split('').map((c) => [c, 1 / alphabet.length]));
    expect(chiSquare(text, uniform)).toBeLessThan(limitFor(alphabet.length));
  });

  // 5,000 default passwords: 100,000 characters. Characters of one password are slightly
  // dependent (together they must cover every set); simulating the generator 4,000 times gave
  // the statistic a mean of 75.6, a variance of 148 and 0.13% above the limit: chi-square with
  // 76 degrees of freedom (76, 152, 0.1%) for practical purposes. 100,000 rather than 20,000
  // characters so that the placement construction is caught every time, not nine times in ten.
  const passwords = 5000;

  it('make every password of the shape equally likely: the exact frequencies, no more', async () => {
    const random = await loadSecureRandom();
    const frequencies = expectedFrequencies(defaultPasswordShape);
    expect(frequencies.size).toBe(77);
    const total = [...frequencies.values()].reduce((sum, frequency) => sum + frequency, 0);
    expect(total).toBeCloseTo(1, 12);
    // Requiring a digit makes each digit 1.08 times as frequent as each letter, by
    // conditioning alone.
    expect((frequencies.get('0') ?? 0) / (frequencies.get('a') ?? 1)).toBeCloseTo(1.077, 3);
    const text = sample(random, defaultPasswordShape, passwords);
    expect(chiSquare(text, frequencies)).toBeLessThan(limitFor(77));
  });

  it('the same check catches overwriting one position per set (digits 1.25 × as often)', async () => {
    const random = await loadSecureRandom();
    const text = Array.from({ length: passwords }, () =>
      composeByPlacement(random, defaultPasswordShape),
    ).join('');
    expect(hasEverySet(text.slice(0, 20), allSets)).toBe(true);
    expect(chiSquare(text, expectedFrequencies(defaultPasswordShape))).toBeGreaterThan(
      limitFor(77),
    );
  });

  it('the same check catches a modulo-biased source', () => {
    // byte % 77 favours the first 25 characters (256 = 3 × 77 + 25): the classic mistake.
    const biased: RandomBelow = (bound) =>
      (crypto.getRandomValues(new Uint8Array(1))[0] ?? 0) % bound;
    const text = sample(biased, defaultPasswordShape, passwords);
    expect(chiSquare(text, expectedFrequencies(defaultPasswordShape))).toBeGreaterThan(
      limitFor(77),
    );
  });
});

describe('password strength', () => {
  it('is length × log2(union): ≈ 125 bits by default', () => {
    expect(passwordBits(defaultPasswordShape)).toBeCloseTo(20 * Math.log2(77), 10);
    expect(passwordBits(defaultPasswordShape)).toBeCloseTo(125.34, 2);
    expect(passwordBits({ length: 12, sets: ['digits'] })).toBeCloseTo(39.86, 2);
    expect(passwordBits({ length: 64, sets: allSets })).toBeCloseTo(401.07, 2);
    expect(passwordBits({ length: 16, sets: ['symbols', 'upper'] })).toBeCloseTo(
      16 * Math.log2(41),
      10,
    );
  });

  it('is an upper bound, a fraction of a bit above the exact entropy', () => {
    // Exact: log2 of the number of passwords with every set = bits + log2(P(every set)).
    for (const length of [12, 20, 64]) {
      const shape = { length, sets: allSets };
      const loss = -Math.log2(coverProbability(77, [26, 26, 10, 15], length));
      expect(loss).toBeGreaterThanOrEqual(0);
      expect(loss).toBeLessThan(0.5);
      expect(passwordBits(shape)).toBeCloseTo(length * Math.log2(77), 10);
    }
    expect(-Math.log2(coverProbability(77, [26, 26, 10, 15], 20))).toBeCloseTo(0.11, 2);
  });
});

describe('bad password shapes', () => {
  const bad: [string, PasswordShape][] = [
    ['too short', { length: 11, sets: allSets }],
    ['too long', { length: 65, sets: allSets }],
    ['zero length', { length: 0, sets: allSets }],
    ['negative length', { length: -20, sets: allSets }],
    ['fractional length', { length: 12.5, sets: allSets }],
    ['NaN length', { length: Number.NaN, sets: allSets }],
    ['infinite length', { length: Number.POSITIVE_INFINITY, sets: allSets }],
    ['no sets', { length: 20, sets: [] }],
    ['an unknown set', { length: 20, sets: ['emoji' as CharacterSet] }],
    ['an inherited property as set', { length: 20, sets: ['toString' as CharacterSet] }],
    ['fewer characters than sets', { length: 3, sets: allSets }],
  ];

  it.each(bad)('are refused with a RangeError: %s', async (_, shape) => {
    expect(() => composePassword(() => 0, shape)).toThrow(RangeError);
    expect(() => passwordBits(shape)).toThrow(RangeError);
    await expect(generatePassword(shape)).rejects.toThrow(RangeError);
  });

  it('accept both ends of the length range', () => {
    expect(composePassword((bound) => bound - 1, { length: 12, sets: ['symbols'] })).toBe(
      '~'.repeat(12),
    );
    expect(composePassword(() => 0, { length: 64, sets: ['lower'] })).toBe('a'.repeat(64));
  });
});
