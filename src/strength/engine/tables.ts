/**
 * Dictionary lookups. zxcvbn-ts keeps one plain object per dictionary (word -> rank) and probes
 * each of them with a fresh substring for every (start, end). Here all dictionaries share one
 * open-addressing table keyed by a rolling hash, plus a filter of every word prefix: a scan
 * extends a substring one character at a time, stops as soon as no word starts that way, and
 * compares characters in place instead of slicing.
 *
 * Behaviour that follows from plain objects is kept on purpose: a substring that names an
 * `Object.prototype` member ("constructor", "__proto__", ...) is found in every dictionary whose
 * longest word is at least as long (the whole password in any), with that member as its rank.
 */

/** A word list per dictionary, in the order zxcvbn-ts's options list them. */
export type Dictionaries = Record<string, readonly (string | number)[]>;

// zxcvbn-ts decides with these names which dictionaries its word-sequence matcher reads.
const WORD_SEQUENCE_NAMES = [
  'cardinalNumbers',
  'ordinalNumbers',
  'daysOfWeek',
  'months',
  'seasons',
  'timePeriods',
  'rainbowColors',
  'directions',
  'intermediateDirections',
  'sizeProgression',
  'militaryAlphabet',
  'planets',
  'zodiacSigns',
  'chineseZodiac',
];

const isWordSequence = (name: string) =>
  WORD_SEQUENCE_NAMES.some((sequence) => name === sequence || name.startsWith(`${sequence}-`));

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const plain: Record<string, unknown> = {};

// A rank and its dictionary in one small integer: no allocation per word.
const RANK_BITS = 2 ** 21;

const HASH_SEED = 0x811c9dc5;
/** FNV-1a over UTF-16 code units, one unit at a time (the scan extends it as it goes). */
const step = (hash: number, unit: number) => Math.imul(hash ^ unit, 0x01000193);

/** Words with their (dictionary, rank) pairs, and a filter of their prefixes. */
export interface WordTable {
  words: string[];
  hashes: Int32Array;
  /** `dictionary * RANK_BITS + rank`, or `-(1 + index)` into `shared` for a word in several dictionaries. */
  codes: Int32Array;
  shared: number[][];
  /** Open addressing: 1 + index into `words`, 0 when empty. */
  slots: Int32Array;
  /** One bit per prefix hash: clear means no word continues this substring. */
  prefixes: Uint32Array;
  prefixShift: number;
  /** Hashes of the `Object.prototype` members, which every plain-object dictionary also "holds". */
  prototypeHashes: Set<number>;
}

interface TableBuilder {
  add(word: string, dictionary: number, rank: number): void;
  finish(): WordTable;
}

function tableBuilder(expected: number): TableBuilder {
  let slotBits = 4;
  while (1 << slotBits < expected * 2) slotBits += 1;
  const filterBits = Math.min(24, slotBits + 3);
  const slots = new Int32Array(1 << slotBits);
  const mask = slots.length - 1;
  const words: string[] = [];
  // Typed: most hashes are beyond small-integer range and would each be a heap number.
  const hashes = new Int32Array(Math.max(1, expected));
  const codes = new Int32Array(Math.max(1, expected));
  const shared: number[][] = [];
  const prefixes = new Uint32Array(Math.max(1, (1 << filterBits) >>> 5));
  const prefixShift = 32 - filterBits;
  const mark = (word: string) => {
    let hash = HASH_SEED;
    for (let k = 0; k < word.length; k += 1) {
      hash = step(hash, word.charCodeAt(k));
      const bit = hash >>> prefixShift;
      prefixes[bit >>> 5]! |= 1 << (bit & 31);
    }
    return hash;
  };
  const add = (word: string, dictionary: number, rank: number) => {
    const hash = mark(word);
    let slot = hash & mask;
    let index = -1;
    while (slots[slot] !== 0) {
      const candidate = slots[slot]! - 1;
      if (hashes[candidate] === hash && words[candidate] === word) {
        index = candidate;
        break;
      }
      slot = (slot + 1) & mask;
    }
    const code = dictionary * RANK_BITS + rank;
    if (index < 0) {
      hashes[words.length] = hash;
      codes[words.length] = code;
      words.push(word);
      slots[slot] = words.length;
      return;
    }
    const known = codes[index]!;
    if (known >= 0) {
      // Repeated in the same list: the last rank wins, as in an object.
      if (Math.floor(known / RANK_BITS) === dictionary) codes[index] = code;
      else {
        shared.push([Math.floor(known / RANK_BITS), known % RANK_BITS, dictionary, rank]);
        codes[index] = -shared.length;
      }
    } else {
      const pairs = shared[-known - 1]!;
      if (pairs[pairs.length - 2] === dictionary) pairs[pairs.length - 1] = rank;
      else pairs.push(dictionary, rank);
    }
  };
  const finish = (): WordTable => {
    const prototypeHashes = new Set(PROTOTYPE_NAMES.map(mark));
    return { words, hashes, codes, shared, slots, prefixes, prefixShift, prototypeHashes };
  };
  return { add, finish };
}

/** The (dictionary, rank) pairs of the word at lower[start..end] with this hash, or none. */
function find(table: WordTable, hash: number, lower: string, start: number, end: number): number | undefined {
  const mask = table.slots.length - 1;
  const length = end - start + 1;
  for (let slot = hash & mask; table.slots[slot] !== 0; slot = (slot + 1) & mask) {
    const index = table.slots[slot]! - 1;
    if (table.hashes[index] !== hash) continue;
    const word = table.words[index]!;
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && word.charCodeAt(k) === lower.charCodeAt(start + k)) k += 1;
    if (k === length) return table.codes[index];
  }
  return undefined;
}

const hasPrefix = (table: WordTable, hash: number) => {
  const bit = hash >>> table.prefixShift;
  return (table.prefixes[bit >>> 5]! & (1 << (bit & 31))) !== 0;
};

/** The lookup tables of one language's dictionaries. */
export interface DictionaryTables {
  names: readonly string[];
  /** Longest entry of each dictionary (zxcvbn-ts skips longer substrings, except the whole password). */
  maxSizes: readonly number[];
  isWordSequence: readonly boolean[];
  all: WordTable;
  wordSequences: WordTable;
  maxAll: number;
  maxWordSequence: number;
}

/** The user inputs of one estimate: zxcvbn-ts's extra `userInputs` dictionary (last in order). */
export interface UserDictionary {
  table: WordTable;
  maxSize: number;
}

const USER_INPUTS = 'userInputs';

/** Builds the tables, yielding every few thousand words (see `buildTablesSliced`). */
function* building(dictionaries: Dictionaries): Generator<void, DictionaryTables> {
  const names = Object.keys(dictionaries);
  if (names.length >= 1000) throw new Error('resetkit/strength: too many dictionaries');
  const lists = names.map((name) => dictionaries[name] ?? []);
  const wordSequence = names.map(isWordSequence);
  const count = (only: boolean) => lists.reduce((sum, list, index) => sum + (only && !wordSequence[index] ? 0 : list.length), 0);
  const all = tableBuilder(count(false));
  const sequences = tableBuilder(count(true));
  const maxSizes = names.map(() => 0);
  for (let dictionary = 0; dictionary < names.length; dictionary += 1) {
    const list = lists[dictionary]!;
    for (let index = 0; index < list.length; index += 1) {
      const word = String(list[index]);
      if (word.length > maxSizes[dictionary]!) maxSizes[dictionary] = word.length;
      // An object ignores a number assigned to its __proto__: the word is not in zxcvbn-ts's table.
      if (word === '__proto__') continue;
      all.add(word, dictionary, index + 1);
      if (wordSequence[dictionary]) sequences.add(word, dictionary, index + 1);
      if ((index & 2047) === 2047) yield;
    }
  }
  return {
    names,
    maxSizes,
    isWordSequence: wordSequence,
    all: all.finish(),
    wordSequences: sequences.finish(),
    maxAll: Math.max(0, ...maxSizes),
    maxWordSequence: Math.max(0, ...maxSizes.filter((_, index) => wordSequence[index])),
  };
}

/** Builds the tables: one pass over the lists, no copy of the words. */
export function buildTables(dictionaries: Dictionaries): DictionaryTables {
  const steps = building(dictionaries);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, in slices of about `budgetMs` with `pause()` between them (for a page's main thread). */
export async function buildTablesSliced(dictionaries: Dictionaries, pause: () => Promise<void>, budgetMs: number): Promise<DictionaryTables> {
  const steps = building(dictionaries);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** zxcvbn-ts's user-input dictionary: strings, numbers and booleans, lower-cased, ranked by position. */
export function buildUserDictionary(inputs: readonly unknown[] | undefined, dictionary: number): UserDictionary {
  const entries: [string, number][] = [];
  let maxSize = 0;
  let rank = 1;
  for (const input of inputs ?? []) {
    const kind = typeof input;
    if (kind === 'string' || kind === 'number' || kind === 'boolean') {
      const word = String(input).toLowerCase();
      if (word !== '__proto__') entries.push([word, rank]);
      rank += 1;
    }
    // Measured on the inputs as given (zxcvbn-ts does), not on their lower-cased form.
    maxSize = Math.max(maxSize, String(input).length);
  }
  const table = tableBuilder(entries.length);
  for (const [word, rank] of entries) table.add(word, dictionary, rank);
  return { table: table.finish(), maxSize };
}

/** Called for each dictionary hit, in zxcvbn-ts's order: start, end, then dictionary. */
export type HitSink = (start: number, end: number, dictionary: number, rank: number, word: string) => void;

/**
 * Which dictionaries a scan reads: all of them plus the user inputs (the dictionary matchers),
 * only the word sequences (the word-sequence matcher), or all of them without user inputs
 * (zxcvbn-ts's repeat matcher re-estimates its unit without them).
 */
export interface Scope {
  tables: DictionaryTables;
  table: WordTable;
  wordSequenceOnly: boolean;
  user: UserDictionary | null;
  /** zxcvbn-ts's search width: the longest word of the dictionaries read. */
  width: number;
}

export function scope(tables: DictionaryTables, user: UserDictionary | null, wordSequenceOnly = false): Scope {
  const width = wordSequenceOnly ? tables.maxWordSequence : Math.max(tables.maxAll, user ? user.maxSize : 0);
  return { tables, table: wordSequenceOnly ? tables.wordSequences : tables.all, wordSequenceOnly, user: wordSequenceOnly ? null : user, width };
}

function pairsOf(table: WordTable, code: number | undefined, into: Map<number, number>): void {
  if (code === undefined) return;
  if (code >= 0) into.set(Math.floor(code / RANK_BITS), code % RANK_BITS);
  else {
    const pairs = table.shared[-code - 1]!;
    for (let k = 0; k < pairs.length; k += 2) into.set(pairs[k]!, pairs[k + 1]!);
  }
}

/** A substring naming an `Object.prototype` member: real entries where there are, the member elsewhere. */
function prototypeHits(sc: Scope, word: string, hash: number, start: number, end: number, whole: boolean, sink: HitSink): void {
  const { tables } = sc;
  const own = new Map<number, number>();
  pairsOf(sc.table, find(sc.table, hash, word, 0, word.length - 1), own);
  if (sc.user) pairsOf(sc.user.table, find(sc.user.table, hash, word, 0, word.length - 1), own);
  const size = end - start + 1;
  const member = plain[word] as number;
  for (let dictionary = 0; dictionary < tables.names.length; dictionary += 1) {
    if (sc.wordSequenceOnly && !tables.isWordSequence[dictionary]) continue;
    const rank = own.get(dictionary);
    if (rank !== undefined) sink(start, end, dictionary, rank, word);
    else if (size <= tables.maxSizes[dictionary]! || whole) sink(start, end, dictionary, member, word);
  }
  if (sc.user && (size <= sc.user.maxSize || whole)) sink(start, end, tables.names.length, own.get(tables.names.length) ?? member, word);
}

function emit(table: WordTable, code: number, sc: Scope, start: number, end: number, word: string, sink: HitSink): void {
  if (code >= 0) sink(start, end, Math.floor(code / RANK_BITS), code % RANK_BITS, word);
  else {
    const pairs = table.shared[-code - 1]!;
    for (let k = 0; k < pairs.length; k += 2) sink(start, end, pairs[k]!, pairs[k + 1]!, word);
  }
}

/**
 * zxcvbn-ts's dictionary scan of `text` (lower-cased: `lower`), over the substrings that end at
 * or after `firstEnd[start]` (all of them without `firstEnd`) and `minEnd`, and start at or before `lastStart`. Like zxcvbn-ts it runs over
 * `text`'s length but reads `lower`, whose length differs when lower-casing does ('İ').
 */
export function scan(
  sc: Scope,
  text: string,
  lower: string,
  sink: HitSink,
  firstEnd?: Int32Array,
  lastStart = Infinity,
  minEnd = 0,
): void {
  const { table, user, width } = sc;
  const n = text.length;
  for (let start = 0; start < n && start <= lastStart; start += 1) {
    const from = Math.max(firstEnd ? firstEnd[start]! : start, minEnd);
    if (from >= n) break;
    // Too far before the first substring to look up (the whole password aside, when it is short enough).
    if (from - start + 1 > width && !(start === 0 && n - 1 <= width)) continue;
    let hash = HASH_SEED;
    for (let end = start; end < n; end += 1) {
      const whole = start === 0 && end === n - 1;
      if (end - start + 1 > width && !whole) break;
      hash = step(hash, lower.charCodeAt(end));
      const inTable = hasPrefix(table, hash);
      const inUser = user !== null && hasPrefix(user.table, hash);
      if (!inTable && !inUser) break;
      if (end < from) continue;
      if (table.prototypeHashes.has(hash)) {
        const word = lower.slice(start, end + 1);
        if (PROTOTYPE_NAMES.includes(word)) {
          prototypeHits(sc, word, hash, start, end, whole, sink);
          continue;
        }
      }
      const code = inTable ? find(table, hash, lower, start, end) : undefined;
      const userCode = inUser ? find(user.table, hash, lower, start, end) : undefined;
      // A lower-cased input can be longer than the longest input as given: zxcvbn-ts skips it.
      const userHit = userCode !== undefined && (end - start + 1 <= user!.maxSize || whole);
      if (code === undefined && !userHit) continue;
      const word = lower.slice(start, end + 1);
      if (code !== undefined) emit(table, code, sc, start, end, word, sink);
      if (userHit) emit(user!.table, userCode, sc, start, end, word, sink);
    }
  }
}

export function dictionaryName(tables: DictionaryTables, dictionary: number): string {
  return dictionary === tables.names.length ? USER_INPUTS : tables.names[dictionary]!;
}

/** One dictionary hit of a scan, kept so that the next keystroke can reuse it. */
export interface Hit {
  start: number;
  end: number;
  dictionary: number;
  rank: number;
  word: string;
}

/** `scan`'s hits as a list, in its order. */
export function collect(sc: Scope, text: string, lower: string, firstEnd?: Int32Array, lastStart?: number, minEnd?: number): Hit[] {
  const hits: Hit[] = [];
  scan(sc, text, lower, (start, end, dictionary, rank, word) => hits.push({ start, end, dictionary, rank, word }), firstEnd, lastStart, minEnd);
  return hits;
}
