/**
 * The matchers that read no dictionary: dates, recent years, sequences, keyboard patterns,
 * separators and the repeat search. Each returns its matches in zxcvbn-ts's order with its
 * fields, because ties in the scoring are broken by that order.
 */
import type { Graphs } from './types.js';

export interface RawMatch {
  pattern: string;
  i: number;
  j: number;
  token: string;
  [field: string]: unknown;
}

const byPosition = (a: RawMatch, b: RawMatch) => a.i - b.i || a.j - b.j;

// ---------------------------------------------------------------------------------- dates

export const REFERENCE_YEAR = new Date().getFullYear();
const MIN_YEAR = 1000;
const MAX_YEAR = 2050;
// Where to cut a run of 4-8 digits into day, month and year.
const SPLITS: Record<number, [number, number][]> = {
  4: [[1, 2], [2, 3]],
  5: [[1, 3], [2, 3], [2, 4]],
  6: [[1, 2], [2, 4], [4, 5]],
  7: [[1, 3], [2, 3], [4, 5], [4, 6]],
  8: [[2, 4], [4, 6]],
};
const DIGITS_ONLY = /^\d{4,8}$/;
const WITH_SEPARATOR = /^(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})$/;

interface DayMonthYear {
  year: number;
  month: number;
  day: number;
}

function dayMonth(pair: number[]): { day: number; month: number } | null {
  for (const [day, month] of [pair, [pair[1]!, pair[0]!]]) {
    if (day! >= 1 && day! <= 31 && month! >= 1 && month! <= 12) return { day: day!, month: month! };
  }
  return null;
}

const fourDigitYear = (year: number) => (year > 99 ? year : year > 50 ? year + 1900 : year + 2000);

function toDate(integers: number[]): DayMonthYear | null {
  const [first, middle, last] = integers as [number, number, number];
  if (middle > 31 || middle <= 0) return null;
  let over12 = 0;
  let over31 = 0;
  let under1 = 0;
  for (const value of integers) {
    if ((value > 99 && value < MIN_YEAR) || value > MAX_YEAR) return null;
    if (value > 31) over31 += 1;
    if (value > 12) over12 += 1;
    if (value <= 0) under1 += 1;
  }
  if (over31 >= 2 || over12 === 3 || under1 >= 2) return null;
  const splits: [number, number[]][] = [
    [last, [first, middle]],
    [first, [middle, last]],
  ];
  for (const [year, rest] of splits) {
    if (year >= MIN_YEAR && year <= MAX_YEAR) {
      const dm = dayMonth(rest);
      // A four-digit year whose other two numbers are no day and month: not a date at all.
      return dm ? { year, month: dm.month, day: dm.day } : null;
    }
  }
  for (const [year, rest] of splits) {
    const dm = dayMonth(rest);
    if (dm) return { year: fourDigitYear(year), month: dm.month, day: dm.day };
  }
  return null;
}

export function dateMatches(password: string): RawMatch[] {
  const matches: RawMatch[] = [];
  const n = password.length;
  for (let i = 0; i <= Math.abs(n - 4); i += 1) {
    for (let j = i + 3; j <= i + 7 && j < n; j += 1) {
      const token = password.slice(i, j + 1);
      if (!DIGITS_ONLY.test(token)) continue;
      let best: DayMonthYear | null = null;
      let distance = 0;
      for (const [k, l] of SPLITS[token.length]!) {
        const date = toDate([parseInt(token.slice(0, k), 10), parseInt(token.slice(k, l), 10), parseInt(token.slice(l), 10)]);
        if (!date) continue;
        // The year closest to the reference year is the likeliest reading.
        const d = Math.abs(date.year - REFERENCE_YEAR);
        if (!best || d < distance) {
          best = date;
          distance = d;
        }
      }
      if (best) matches.push({ pattern: 'date', token, i, j, separator: '', year: best.year, month: best.month, day: best.day });
    }
  }
  for (let i = 0; i <= Math.abs(n - 6); i += 1) {
    for (let j = i + 5; j <= i + 9 && j < n; j += 1) {
      const token = password.slice(i, j + 1);
      const parts = WITH_SEPARATOR.exec(token);
      if (!parts) continue;
      const date = toDate([parseInt(parts[1]!, 10), parseInt(parts[3]!, 10), parseInt(parts[4]!, 10)]);
      if (date) matches.push({ pattern: 'date', token, i, j, separator: parts[2], year: date.year, month: date.month, day: date.day });
    }
  }
  // A date inside another date ('15_06_04' inside '2015_06_04') is noise.
  const kept = matches.filter((match) => !matches.some((other) => other !== match && other.i <= match.i && other.j >= match.j));
  return kept.sort(byPosition);
}

// ---------------------------------------------------------------------------------- regex

export function recentYearMatches(password: string): RawMatch[] {
  const matches: RawMatch[] = [];
  const recentYear = /19\d\d|200\d|201\d|202\d/g;
  let found: RegExpExecArray | null;
  while ((found = recentYear.exec(password))) {
    matches.push({
      pattern: 'regex',
      token: found[0],
      i: found.index,
      j: found.index + found[0].length - 1,
      regexName: 'recentYear',
      regexMatch: found,
    });
  }
  return matches.sort(byPosition);
}

// ---------------------------------------------------------------------------------- sequences

const ALL_LOWER = /^[a-z\xdf-\xff]+$/;
const ALL_UPPER = /^[A-Z\xbf-\xdf]+$/;
const ALL_DIGIT = /^\d+$/;
const MAX_DELTA = 5;

function sequenceMatch(password: string, i: number, j: number, delta: number, into: RawMatch[]): void {
  if (!(j - i > 1 || Math.abs(delta) === 1)) return;
  const size = Math.abs(delta);
  if (size <= 0 || size > MAX_DELTA) return;
  const token = password.slice(i, j + 1);
  let sequenceName = 'unicode';
  let sequenceSpace = 26;
  if (ALL_LOWER.test(token)) sequenceName = 'lower';
  else if (ALL_UPPER.test(token)) sequenceName = 'upper';
  else if (ALL_DIGIT.test(token)) {
    sequenceName = 'digits';
    sequenceSpace = 10;
  }
  into.push({ pattern: 'sequence', i, j, token, sequenceName, sequenceSpace, ascending: delta > 0 });
}

/** Runs of a constant code-unit step of at most 5 ('abc', '9753'). */
export function sequenceMatches(password: string): RawMatch[] {
  const matches: RawMatch[] = [];
  const n = password.length;
  if (n === 1) return matches;
  let start = 0;
  let lastDelta: number | null = null;
  for (let k = 1; k < n; k += 1) {
    const delta = password.charCodeAt(k) - password.charCodeAt(k - 1);
    if (lastDelta === null) lastDelta = delta;
    if (delta !== lastDelta) {
      sequenceMatch(password, start, k - 1, lastDelta, matches);
      start = k - 1;
      lastDelta = delta;
    }
  }
  // zxcvbn-ts closes the last run even for an empty password (delta undefined: no match).
  sequenceMatch(password, start, n - 1, lastDelta as number, matches);
  return matches;
}

// ---------------------------------------------------------------------------------- keyboard

const SHIFTED = /[~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?]/;

export interface GraphInfo {
  name: string;
  graph: Record<string, (string | null)[]>;
  /** Keys, and the average number of neighbours: the scoring's constants for this layout. */
  startingPositions: number;
  averageDegree: number;
}

export function graphInfo(graphs: Graphs): GraphInfo[] {
  return Object.keys(graphs).map((name) => {
    const graph = graphs[name]!;
    let average = 0;
    for (const key of Object.keys(graph)) average += graph[key]!.filter((entry) => !!entry).length;
    average /= Object.entries(graph).length;
    return { name, graph, startingPositions: Object.keys(graph).length, averageDegree: average };
  });
}

function walks(password: string, { name, graph }: GraphInfo, into: RawMatch[]): void {
  const n = password.length;
  const keypad = name.includes('keypad');
  let i = 0;
  while (i < n - 1) {
    let j = i + 1;
    let lastDirection: number | null = null;
    let turns = 0;
    let shiftedCount = !keypad && SHIFTED.test(password.charAt(i)) ? 1 : 0;
    for (;;) {
      const neighbours = Object.prototype.hasOwnProperty.call(graph, password.charAt(j - 1)) ? graph[password.charAt(j - 1)]! : [];
      let found = false;
      if (j < n) {
        const char = password.charAt(j);
        for (let direction = 0; direction < neighbours.length; direction += 1) {
          const neighbour = neighbours[direction];
          if (!neighbour) continue;
          const at = neighbour.indexOf(char);
          if (at === -1) continue;
          found = true;
          // Index 1 of a neighbour is its shifted character ('@' in '2@').
          if (at === 1) shiftedCount += 1;
          if (lastDirection !== direction) {
            turns += 1;
            lastDirection = direction;
          }
          break;
        }
      }
      if (found) {
        j += 1;
        continue;
      }
      if (j - i > 2) into.push({ pattern: 'spatial', i, j: j - 1, token: password.slice(i, j), graph: name, turns, shiftedCount });
      i = j;
      break;
    }
  }
}

export function spatialMatches(password: string, graphs: readonly GraphInfo[]): RawMatch[] {
  const matches: RawMatch[] = [];
  for (const graph of graphs) walks(password, graph, matches);
  return matches.sort(byPosition);
}

// ---------------------------------------------------------------------------------- separators

// zxcvbn-ts builds its class from ' ,;:|/\\_.-', where '\\_' is an escaped '_': a backslash is no separator.
const SEPARATORS = new Set([' ', ',', ';', ':', '|', '/', '_', '.', '-']);
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const standalone = new Map<string, RegExp>();

export function separatorMatches(password: string): RawMatch[] {
  const matches: RawMatch[] = [];
  if (password.length === 0) return matches;
  const counts = new Map<string, number>();
  for (let k = 0; k < password.length; k += 1) {
    const char = password.charAt(k);
    if (SEPARATORS.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  // Most used first; on a tie, the first seen.
  let separator = '';
  let most = 0;
  for (const [char, count] of counts) {
    if (count > most) {
      separator = char;
      most = count;
    }
  }
  // Used once, it is a character, not a separator.
  if (most < 2) return matches;
  let alone = standalone.get(separator);
  if (!alone) {
    const escaped = separator.replace(ESCAPE, '\\$&');
    alone = new RegExp(`([^${escaped}\n])(${escaped})(?!${escaped})`, 'g');
    standalone.set(separator, alone);
  }
  for (const found of password.matchAll(alone)) {
    const i = found.index + 1;
    matches.push({ pattern: 'separator', token: separator, i, j: i });
  }
  return matches;
}

// ---------------------------------------------------------------------------------- repeats

/** A repeated run found at or after `from`, and the shortest unit it repeats; null when none is left. */
export function nextRepeat(password: string, from: number): { i: number; token: string; baseToken: string } | null {
  const greedy = /(.+)\1+/g;
  greedy.lastIndex = from;
  const long = greedy.exec(password);
  if (!long) return null;
  const lazy = /(.+?)\1+/g;
  lazy.lastIndex = from;
  const short = lazy.exec(password);
  if (short && long[0].length > short[0].length) {
    // 'aabaab': the greedy run is longer; its unit may itself repeat ('aabaabaabaab').
    const unit = /^(.+?)\1+$/.exec(long[0]);
    return { i: long.index, token: long[0], baseToken: unit ? unit[1]! : '' };
  }
  return short ? { i: short.index, token: short[0], baseToken: short[1]! } : null;
}
