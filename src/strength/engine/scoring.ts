/**
 * Guesses per match and zxcvbn's most-guessable-sequence search. The arithmetic is zxcvbn-ts's,
 * operation for operation, so every float is bit-identical (`guessesLog10` included); the search
 * keeps its state in flat typed arrays reused between estimates instead of objects per prefix.
 * Ranks are not always numbers (see tables.ts): they are used with JavaScript's own operators,
 * which turn them into NaN exactly where zxcvbn-ts does.
 */
import type { GraphInfo, RawMatch } from './patterns.js';
import { REFERENCE_YEAR } from './patterns.js';
import type { MatchLike } from './types.js';

const LOG10 = Math.log(10);
export const log10 = (n: number) => (n === 0 ? 0 : Math.log(n) / LOG10);

function nCk(n: number, k: number): number {
  let count = n;
  if (k > count) return 0;
  if (k === 0) return 1;
  let result = 1;
  for (let i = 1; i <= k; i += 1) {
    result *= count;
    result /= i;
    count -= 1;
  }
  return result;
}

function factorial(n: number): number {
  let result = 1;
  for (let i = 2; i <= n; i += 1) result *= i;
  return result;
}

const MIN_SUBMATCH_SINGLE = 10;
const MIN_SUBMATCH_MULTI = 50;
const MIN_YEAR_SPACE = 21;
const SEQUENCE_PENALTY = 10000;

// zxcvbn-ts's letter classes (Latin-1 letters count; 'ß' is both cases).
const START_UPPER = /^[A-Z\xbf-\xdf][^A-Z\xbf-\xdf]+$/;
const END_UPPER = /^[^A-Z\xbf-\xdf]+[A-Z\xbf-\xdf]$/;
export const ALL_UPPER_INVERTED = /^[^a-z\xdf-\xff]+$/;
const ALL_LOWER_INVERTED = /^[^A-Z\xbf-\xdf]+$/;
const ONE_LOWER = /[a-z\xdf-\xff]/;
const ONE_UPPER = /[A-Z\xbf-\xdf]/;
const NOT_ALPHA = /[^A-Za-z\xbf-\xdf]/gi;
export { START_UPPER };

function uppercaseVariations(token: string): number {
  const word = token.replace(NOT_ALPHA, '');
  if (ALL_LOWER_INVERTED.test(word) || word.toLowerCase() === word) return 1;
  // Capitalised, end-capitalised or all caps: common enough to only double the space.
  if (START_UPPER.test(word) || END_UPPER.test(word) || ALL_UPPER_INVERTED.test(word)) return 2;
  let upper = 0;
  let lower = 0;
  for (const char of word.split('')) {
    if (ONE_UPPER.test(char)) upper += 1;
    if (ONE_LOWER.test(char)) lower += 1;
  }
  let variations = 0;
  for (let i = 1; i <= Math.min(upper, lower); i += 1) variations += nCk(upper + lower, i);
  return variations;
}

function occurrences(text: string, part: string): number {
  let count = 0;
  let at = text.indexOf(part);
  while (at >= 0) {
    count += 1;
    at = text.indexOf(part, at + part.length);
  }
  return count;
}

function l33tVariations(match: RawMatch): number {
  if (!match.l33t) return 1;
  let variations = 1;
  const lower = match.token.toLowerCase();
  for (const { letter, substitution } of match.subs as { letter: string; substitution: string }[]) {
    const subbed = occurrences(lower, substitution);
    const unsubbed = occurrences(lower, letter);
    if (subbed === 0 || unsubbed === 0) variations *= 2;
    else {
      let possibilities = 0;
      for (let i = 1; i <= Math.min(unsubbed, subbed); i += 1) possibilities += nCk(unsubbed + subbed, i);
      variations *= possibilities;
    }
  }
  return variations;
}

function spatialGuesses(match: RawMatch, graphs: ReadonlyMap<string, GraphInfo>): number {
  const { startingPositions, averageDegree } = graphs.get(match.graph as string)!;
  const length = match.token.length;
  const turns = match.turns as number;
  let guesses = 0;
  for (let i = 2; i <= length; i += 1) {
    const possibleTurns = Math.min(turns, i - 1);
    for (let j = 1; j <= possibleTurns; j += 1) guesses += nCk(i - 1, j - 1) * startingPositions * averageDegree ** j;
  }
  const shifted = match.shiftedCount as number;
  if (shifted) {
    const unshifted = length - shifted;
    if (shifted === 0 || unshifted === 0) guesses *= 2;
    else {
      let variations = 0;
      for (let i = 1; i <= Math.min(shifted, unshifted); i += 1) variations += nCk(shifted + unshifted, i);
      guesses *= variations;
    }
  }
  return Math.round(guesses);
}

function sequenceGuesses(match: RawMatch): number {
  const first = match.token.charAt(0);
  let base: number;
  if (['a', 'A', 'z', 'Z', '0', '1', '9'].includes(first)) base = 4;
  else if (/\d/.test(first)) base = 10;
  else base = 26;
  if (!match.ascending) base *= 2;
  return base * match.token.length;
}

function bruteforceGuesses(length: number): number {
  let guesses = 10 ** length;
  if (guesses === Number.POSITIVE_INFINITY) guesses = Number.MAX_VALUE;
  // One more than the smallest submatch: another pattern over the same span wins the tie.
  return Math.max(guesses, length === 1 ? MIN_SUBMATCH_SINGLE + 1 : MIN_SUBMATCH_MULTI + 1);
}

/** A match with its guesses, and for a dictionary match the factors they come from. */
export interface Estimate {
  guesses: number;
  extras: Record<string, number> | null;
}

export function estimate(match: RawMatch, passwordLength: number, graphs: ReadonlyMap<string, GraphInfo>): Estimate {
  const length = match.token.length;
  const minimum = length < passwordLength ? (length === 1 ? MIN_SUBMATCH_SINGLE : MIN_SUBMATCH_MULTI) : 1;
  let guesses = 0;
  let extras: Record<string, number> | null = null;
  switch (match.pattern) {
    case 'dictionary': {
      const rank = match.rank as number;
      const upper = uppercaseVariations(match.token);
      const l33t = l33tVariations(match);
      const reversed = match.reversed ? 2 : 1;
      // Every diceware word is worth the same: half of 6^5.
      guesses = match.dictionaryName === 'diceware' ? 6 ** 5 / 2 : rank * upper * l33t * reversed;
      extras = { baseGuesses: rank, uppercaseVariations: upper, l33tVariations: l33t };
      break;
    }
    case 'spatial':
      guesses = spatialGuesses(match, graphs);
      break;
    case 'repeat':
      guesses = (match.baseGuesses as number) * (match.repeatCount as number);
      break;
    case 'sequence':
      guesses = sequenceGuesses(match);
      break;
    case 'regex':
      guesses = Math.max(Math.abs(parseInt((match.regexMatch as string[])[0]!, 10) - REFERENCE_YEAR), MIN_YEAR_SPACE);
      break;
    case 'date':
      guesses = Math.max(Math.abs((match.year as number) - REFERENCE_YEAR), MIN_YEAR_SPACE) * 365;
      if (match.separator) guesses *= 4;
      break;
    case 'separator':
      guesses = 10;
      break;
    case 'wordSequence': {
      const count = match.wordCount as number;
      guesses = factorial(count) * 2 ** (count - 2);
      break;
    }
    case 'bruteforce':
      guesses = bruteforceGuesses(length);
      break;
  }
  return { guesses: Math.max(guesses, minimum), extras };
}

export function estimated(match: RawMatch, { guesses, extras }: Estimate): MatchLike {
  return { ...match, ...extras, guesses, guessesLog10: log10(guesses) };
}

// ---------------------------------------------------------------------------------- search

let capacity = 0;
let total = new Float64Array(0);
let product = new Float64Array(0);
let present = new Uint8Array(0);
// >= 0: index of the match; < 0: a bruteforce run starting at -1 - value.
let chosen = new Int32Array(0);
const FACTORIAL: number[] = [];
const PENALTY: number[] = [];

function reserve(cells: number): void {
  if (cells <= capacity) return;
  capacity = Math.max(cells, capacity * 2);
  total = new Float64Array(capacity);
  product = new Float64Array(capacity);
  present = new Uint8Array(capacity);
  chosen = new Int32Array(capacity);
}

for (let l = 0; l <= 300; l += 1) {
  FACTORIAL.push(factorial(l));
  PENALTY.push(SEQUENCE_PENALTY ** (l - 1));
}

export interface Search {
  guesses: number;
  /** Match indexes, or -1 - start for a bruteforce run, in password order. */
  picks: number[];
  /** End index of each pick. */
  ends: number[];
}

/**
 * zxcvbn's search for the sequence of non-overlapping matches (bruteforce in the gaps) that
 * minimises l! * product(guesses) + 10000^(l-1). `matches` must be sorted by i then j; `guesses`
 * are their estimates. Ties go to the first candidate tried, in zxcvbn-ts's order.
 */
export function search(passwordLength: number, matches: readonly RawMatch[], guesses: Float64Array, excludeAdditive = false): Search {
  const n = passwordLength;
  if (n === 0) return { guesses: 1, picks: [], ends: [] };
  const stride = n + 1;
  reserve(n * stride);
  present.fill(0, 0, n * stride);
  const top = new Int32Array(n);
  const byEnd: number[][] = Array.from({ length: n }, () => []);
  matches.forEach((match, index) => byEnd[match.j]!.push(index));
  const brute = new Float64Array(n + 1);
  for (let length = 1; length <= n; length += 1) brute[length] = bruteforceGuesses(length);

  const update = (k: number, i: number, matchGuesses: number, length: number, pick: number) => {
    let pi = matchGuesses;
    if (length > 1) pi *= product[(i - 1) * stride + length - 1]!;
    let g = (length < FACTORIAL.length ? FACTORIAL[length]! : factorial(length)) * pi;
    if (!excludeAdditive) g += length < PENALTY.length ? PENALTY[length]! : SEQUENCE_PENALTY ** (length - 1);
    const row = k * stride;
    const last = Math.min(length, top[k]!);
    for (let l = 1; l <= last; l += 1) if (present[row + l] && total[row + l]! <= g) return;
    total[row + length] = g;
    product[row + length] = pi;
    chosen[row + length] = pick;
    if (!present[row + length]) {
      present[row + length] = 1;
      if (length > top[k]!) top[k] = length;
    }
  };

  for (let k = 0; k < n; k += 1) {
    for (const index of byEnd[k]!) {
      const { i } = matches[index]!;
      const g = guesses[index]!;
      if (i > 0) {
        const row = (i - 1) * stride;
        const last = top[i - 1]!;
        for (let l = 1; l <= last; l += 1) if (present[row + l]) update(k, i, g, l + 1, index);
      } else update(k, 0, g, 1, index);
    }
    update(k, 0, brute[k + 1]!, 1, -1);
    for (let i = 1; i <= k; i += 1) {
      const row = (i - 1) * stride;
      const last = top[i - 1]!;
      // Two bruteforce runs side by side are never better than one.
      for (let l = 1; l <= last; l += 1) if (present[row + l] && chosen[row + l]! >= 0) update(k, i, brute[k - i + 1]!, l + 1, -1 - i);
    }
  }

  const end = (n - 1) * stride;
  let length = 0;
  let best = Infinity;
  for (let l = 1; l <= top[n - 1]!; l += 1) {
    if (present[end + l] && total[end + l]! < best) {
      length = l;
      best = total[end + l]!;
    }
  }
  const count = length;
  const picks: number[] = [];
  const ends: number[] = [];
  for (let k = n - 1; k >= 0; length -= 1) {
    const pick = chosen[k * stride + length]!;
    picks.push(pick);
    ends.push(k);
    k = (pick >= 0 ? matches[pick]!.i : -1 - pick) - 1;
  }
  picks.reverse();
  ends.reverse();
  return { guesses: total[end + count]!, picks, ends };
}
