/**
 * All of zxcvbn-ts's matchers over one password, in its order (date, dictionary, l33t, reversed,
 * regex, repeat, sequence, spatial, separator, word sequence), sorted by position like its
 * omnimatch: the order of equal-position matches decides ties in the search.
 */
import { l33tMatches, SUBSTITUTION_CHARS, substitutedCopies, type Copy, type CopyHits } from './l33t.js';
import {
  dateMatches,
  graphInfo,
  nextRepeat,
  recentYearMatches,
  separatorMatches,
  sequenceMatches,
  spatialMatches,
  type GraphInfo,
  type RawMatch,
} from './patterns.js';
import { estimate, search } from './scoring.js';
import { collect, dictionaryName, scope, type DictionaryTables, type Hit, type Scope, type UserDictionary } from './tables.js';
import type { Graphs } from './types.js';

export interface Knowledge {
  tables: DictionaryTables;
  graphs: readonly GraphInfo[];
  graphsByName: ReadonlyMap<string, GraphInfo>;
  /** Scopes without user inputs: the repeat units' and the word-sequence matcher's. */
  plain: Scope;
  wordSequences: Scope;
}

const REPEAT_UNIT_CACHE = 2000;

export function knowledgeOf({ tables, graphs }: { tables: DictionaryTables; graphs: Graphs }): Knowledge {
  const layouts = graphInfo(graphs);
  return {
    tables,
    graphs: layouts,
    graphsByName: new Map(layouts.map((layout) => [layout.name, layout])),
    plain: scope(tables, null),
    wordSequences: scope(tables, null, true),
  };
}

function dictionaryMatch(sc: Scope, password: string, { start, end, dictionary, rank, word }: Hit): RawMatch {
  return {
    pattern: 'dictionary',
    i: start,
    j: end,
    token: password.slice(start, end + 1),
    matchedWord: word,
    rank,
    dictionaryName: dictionaryName(sc.tables, dictionary),
    reversed: false,
    l33t: false,
  };
}

/** Hits of the reversed password, with start and end in the password's own positions. */
function reversedHits(sc: Scope, password: string, lastStart?: number): Hit[] {
  const reversed = password.split('').reverse().join('');
  const last = password.length - 1;
  return collect(sc, reversed, reversed.toLowerCase(), undefined, lastStart).map((hit) => ({ ...hit, start: last - hit.end, end: last - hit.start }));
}

// zxcvbn-ts reverses its token back unit by unit: the password's own slice.
const reversedMatch = (sc: Scope, password: string, hit: Hit): RawMatch => ({ ...dictionaryMatch(sc, password, hit), reversed: true });

const dictionaryMatches = (sc: Scope, password: string) =>
  collect(sc, password, password.toLowerCase()).map((hit) => dictionaryMatch(sc, password, hit));
const reversedMatches = (sc: Scope, password: string) => reversedHits(sc, password).map((hit) => reversedMatch(sc, password, hit));

/** Guesses of repeat units, estimated without user inputs; kept by a typing session (password fragments: never longer). */
type Units = Map<string, number>;

function repeatUnitGuesses(knowledge: Knowledge, unit: string, units: Units): number {
  const cached = units.get(unit);
  if (cached !== undefined) return cached;
  const { matches } = omnimatch(knowledge, unit, null, undefined, units);
  const guesses = new Float64Array(matches.length);
  matches.forEach((match, index) => (guesses[index] = estimate(match, unit.length, knowledge.graphsByName).guesses));
  const result = search(unit.length, matches, guesses).guesses;
  if (units.size >= REPEAT_UNIT_CACHE) units.clear();
  units.set(unit, result);
  return result;
}

function repeatMatches(knowledge: Knowledge, password: string, units: Units): RawMatch[] {
  const found: RawMatch[] = [];
  let from = 0;
  while (from < password.length) {
    const repeat = nextRepeat(password, from);
    if (!repeat) break;
    const j = repeat.i + repeat.token.length - 1;
    found.push({
      pattern: 'repeat',
      i: repeat.i,
      j,
      token: repeat.token,
      baseToken: repeat.baseToken,
      baseGuesses: repeatUnitGuesses(knowledge, repeat.baseToken, units),
      repeatCount: repeat.token.length / repeat.baseToken.length,
    });
    from = j + 1;
  }
  return found;
}

// ---------------------------------------------------------------------------------- word sequences

interface Word {
  word: string;
  i: number;
  j: number;
  rank: number;
  dictionaryName: string;
}

const SEPARATORS = ['', ' ', '-', '_', '.'];

function joins(previous: Word, next: Word, password: string): boolean {
  const between = password.slice(previous.j + 1, next.i);
  // Nothing, a separator, or one capital letter (camelCase).
  return SEPARATORS.includes(between) || (between.length === 1 && between === between.toUpperCase() && between !== between.toLowerCase());
}

function mostCommon(names: string[]): string {
  const counts = new Map<string, number>();
  let best = names[0]!;
  let max = 0;
  for (const name of names) {
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    if (count > max) {
      max = count;
      best = name;
    }
  }
  return best;
}

function sequenceOf(words: Word[], password: string): RawMatch {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const ranks = words.map((word) => word.rank);
  return {
    pattern: 'wordSequence',
    i: first.i,
    j: last.j,
    token: password.slice(first.i, last.j + 1),
    words: words.map((word) => word.word),
    wordCount: words.length,
    dictionaryName: mostCommon(words.map((word) => word.dictionaryName)),
    ascending: ranks.every((rank, index) => index === 0 || rank >= ranks[index - 1]!),
  };
}

function wordSequenceMatches(knowledge: Knowledge, password: string, copies: readonly Copy[]): RawMatch[] {
  const sc = knowledge.wordSequences;
  const candidates = [...dictionaryMatches(sc, password), ...l33tMatches(sc, password, copies).matches, ...reversedMatches(sc, password)];
  candidates.sort((a, b) => {
    if (a.i !== b.i) return a.i - b.i;
    if (a.j !== b.j) return a.j - b.j;
    // Forward before reversed, plain before l33t, then the better rank.
    if (a.reversed !== b.reversed) return a.reversed ? 1 : -1;
    if (a.l33t !== b.l33t) return a.l33t ? 1 : -1;
    return (a.rank as number) - (b.rank as number);
  });
  const words: Word[] = [];
  for (const match of candidates) {
    const previous = words[words.length - 1];
    if (!previous || match.i > previous.j) {
      words.push({ word: match.matchedWord as string, i: match.i, j: match.j, rank: match.rank as number, dictionaryName: match.dictionaryName as string });
    }
  }
  words.sort((a, b) => a.i - b.i);
  const sequences: RawMatch[] = [];
  for (let start = 0; start < words.length; start += 1) {
    let current = [words[start]!];
    let end = current[0]!.j;
    for (let next = start + 1; next < words.length; next += 1) {
      const word = words[next]!;
      if (joins(current[current.length - 1]!, word, password)) {
        current.push(word);
        end = word.j;
      } else if (word.i > end) {
        if (current.length > 1) sequences.push(sequenceOf(current, password));
        current = [word];
        end = word.j;
      }
    }
    if (current.length > 1) sequences.push(sequenceOf(current, password));
  }
  return sequences;
}

// ---------------------------------------------------------------------------------- all

/** zxcvbn-ts's stable sort by i then j, as buckets: matches are many, positions few. */
function byPosition(matches: RawMatch[], n: number): RawMatch[] {
  const buckets: RawMatch[][] = Array.from({ length: n }, () => []);
  for (const match of matches) buckets[match.i]!.push(match);
  const sorted: RawMatch[] = [];
  for (const bucket of buckets) {
    if (bucket.length > 1) bucket.sort((a, b) => a.j - b.j);
    for (const match of bucket) sorted.push(match);
  }
  return sorted;
}

/** What one estimate's dictionary scans found, for the next keystroke. */
export interface Keystroke {
  password: string;
  forward: Hit[];
  reversed: Hit[];
  l33t: CopyHits;
  units: Units;
}

/**
 * Whether `password` is `previous.password` plus one character whose lower case is one character
 * that changes no other's ('Σ' does): then every substring that does not reach the new end reads
 * the same letters as before.
 */
function extends1(previous: Keystroke | undefined, password: string): previous is Keystroke {
  if (!previous || password.length !== previous.password.length + 1 || !password.startsWith(previous.password)) return false;
  return password.charAt(password.length - 1).toLowerCase().length === 1 && !password.includes('Σ');
}

/**
 * zxcvbn-ts's omnimatch. `user` null: no user-input dictionary at all (its repeat units).
 * `previous`: the keystroke before, whose dictionary work is reused when `password` extends it.
 */
export function omnimatch(
  knowledge: Knowledge,
  password: string,
  user: UserDictionary | null,
  previous?: Keystroke,
  units: Units = previous?.units ?? new Map(),
): { matches: RawMatch[]; keystroke: Keystroke } {
  const sc = user ? scope(knowledge.tables, user) : knowledge.plain;
  const copies = substitutedCopies(password);
  const n = password.length;
  let forward: Hit[];
  let reversed: Hit[];
  let l33t: ReturnType<typeof l33tMatches>;
  if (extends1(previous, password)) {
    // Substrings that end before the last two characters were looked up one keystroke ago.
    const firstEnd = Int32Array.from({ length: n + 1 }, (_, start) => Math.max(start, n - 2));
    forward = [...previous.forward.filter((hit) => hit.end <= n - 3), ...collect(sc, password, password.toLowerCase(), firstEnd)];
    reversed = [...previous.reversed.filter((hit) => hit.end <= n - 3), ...reversedHits(sc, password, 1)];
    const sameCopies = !SUBSTITUTION_CHARS.has(password.charAt(n - 1));
    l33t = l33tMatches(sc, password, copies, sameCopies ? previous.l33t : undefined);
  } else {
    forward = collect(sc, password, password.toLowerCase());
    reversed = reversedHits(sc, password);
    l33t = l33tMatches(sc, password, copies);
  }
  const matches = [
    ...dateMatches(password),
    ...forward.map((hit) => dictionaryMatch(sc, password, hit)),
    ...l33t.matches,
    ...reversed.map((hit) => reversedMatch(sc, password, hit)),
    ...recentYearMatches(password),
    ...repeatMatches(knowledge, password, units),
    ...sequenceMatches(password),
    ...spatialMatches(password, knowledge.graphs),
    ...separatorMatches(password),
    ...wordSequenceMatches(knowledge, password, copies),
  ];
  return { matches: byPosition(matches, n), keystroke: { password, forward, reversed, l33t: l33t.hits, units } };
}
