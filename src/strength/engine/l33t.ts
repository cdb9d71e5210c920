/**
 * l33t matching with zxcvbn-ts's semantics and a fraction of its work. zxcvbn-ts writes out up to
 * `l33tMaxSubstitutions` (100) substituted copies of the whole password, depth first (whole
 * substitutions first, then partial ones), and runs the full dictionary scan on each copy until
 * one covers the whole password. Which l33t matches exist depends on that order and that cut-off,
 * so the copies are enumerated the same way here; but consecutive copies differ only in a few
 * characters, and a substring that did not change was already looked up in the copy before, so
 * only the substrings that cross the changed part are looked up again.
 */
import type { RawMatch } from './patterns.js';
import { collect, dictionaryName, type Hit, type Scope } from './tables.js';

/** zxcvbn-ts 4's default l33t table: letter -> what may stand for it. */
export const L33T_TABLE: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'],
  b: ['8'],
  c: ['(', '{', '[', '<'],
  d: ['6', '|)'],
  e: ['3'],
  f: ['#'],
  g: ['6', '9', '&'],
  h: ['#', '|-|'],
  i: ['1', '!', '|'],
  k: ['<', '|<'],
  l: ['!', '1', '|', '7'],
  m: ['^^', 'nn', '2n', '/\\\\/\\\\'],
  n: ['//'],
  o: ['0', '()'],
  q: ['9'],
  u: ['|_|'],
  s: ['$', '5'],
  t: ['+', '7'],
  v: ['<', '>', '/'],
  w: ['^/', 'uu', 'vv', '2u', '2v', '\\\\/\\\\/'],
  x: ['%', '><'],
  z: ['2'],
};

/** zxcvbn-ts's default `l33tMaxSubstitutions`. */
const MAX_SUBSTITUTED_COPIES = 100;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** The substituted text that leads here. */
  path: string;
  /** Letters it may stand for, in table order; undefined when `path` is only a prefix. */
  letters?: string[];
}

function buildTrie(table: Readonly<Record<string, readonly string[]>>): TrieNode {
  const root: TrieNode = { children: new Map(), path: '' };
  for (const [letter, substitutions] of Object.entries(table)) {
    for (const substitution of substitutions) {
      let node = root;
      for (const char of substitution.split('')) {
        let next = node.children.get(char);
        if (!next) {
          next = { children: new Map(), path: node.path + char };
          node.children.set(char, next);
        }
        node = next;
      }
      node.letters = [...(node.letters ?? []), letter];
    }
  }
  return root;
}

const TRIE = buildTrie(L33T_TABLE);

/** One character of a substituted copy: the letter for `length` characters at `start`, or a character kept. */
interface Piece {
  start: number;
  length: number;
  char: string;
  /** The substituted text, when this piece is a substitution. */
  substitution: string | null;
}

/** One substituted copy, with what differs from the copy before it. */
export interface Copy {
  pieces: Piece[];
  text: string;
  lower: string;
  /** shift[v]: how many more characters the password has than the copy before copy position v. */
  shift: Int32Array;
  /** firstEnd[v]: the first changed position at or after v; a substring ending before it was already looked up. */
  firstEnd: Int32Array;
  /** Whether lower-casing is character by character (no 'İ', no 'Σ'). */
  local: boolean;
  /** substituted[v]: how many substitutions the copy makes before position v. */
  substituted: Int32Array;
}

/** Enumerates the substituted copies exactly as zxcvbn-ts does (order, cut-off, at most 3 equal substitutions in a row). */
function enumerate(password: string, limit: number): { copies: Piece[][]; kept: number[] } {
  const copies: Piece[][] = [];
  // How many leading pieces each copy shares with the one before (the stack never went lower).
  const shared: number[] = [];
  let low = 0;
  const stack: Piece[] = [];
  const pop = () => {
    stack.pop();
    if (stack.length < low) low = stack.length;
  };
  const unchanged = password.split('').map((char, start) => ({ start, length: 1, char, substitution: null }));
  const walk = (onlyWhole: boolean, whole: boolean, index: number, lastSubstitution: string | undefined, run: number): void => {
    if (copies.length >= limit) return;
    if (index === password.length) {
      if (onlyWhole === whole) {
        copies.push(stack.slice());
        shared.push(low);
        low = stack.length;
      }
      return;
    }
    const nodes: TrieNode[] = [];
    let node: TrieNode | undefined = TRIE;
    for (let k = index; k < password.length; k += 1) {
      node = node.children.get(password.charAt(k));
      if (!node) break;
      nodes.push(node);
    }
    let substituted = false;
    // Longest substitutions first.
    for (let n = nodes.length - 1; n >= 0; n -= 1) {
      const { letters, path } = nodes[n]!;
      if (!letters) continue;
      if (lastSubstitution === path && run >= 3) continue;
      substituted = true;
      for (const letter of letters) {
        stack.push({ start: index, length: path.length, char: letter, substitution: path });
        walk(onlyWhole, whole, index + path.length, path, lastSubstitution === path ? run + 1 : 1);
        pop();
        if (copies.length >= limit) return;
      }
    }
    if (!onlyWhole || !substituted) {
      stack.push(unchanged[index]!);
      walk(onlyWhole, whole && !substituted, index + 1, lastSubstitution, run);
      pop();
    }
  };
  walk(true, true, 0, undefined, 0);
  walk(false, true, 0, undefined, 0);
  return { copies, kept: shared };
}

const samePiece = (a: Piece, b: Piece) => a === b || (a.start === b.start && a.length === b.length && a.char === b.char);

/** The substituted copies of `password`, each with the positions that changed since the previous one. */
export function substitutedCopies(password: string, limit = MAX_SUBSTITUTED_COPIES): Copy[] {
  const { copies, kept } = enumerate(password, limit);
  let previous: Copy | undefined;
  return copies.map((pieces, index) => {
    const n = pieces.length;
    // The first `keep` pieces are the previous copy's own: only the rest is worked out again.
    const keep = previous ? kept[index]! : 0;
    let tail = '';
    for (let v = keep; v < n; v += 1) tail += pieces[v]!.char;
    const text = previous ? previous.text.slice(0, keep) + tail : tail;
    // Lower-casing must be character by character for an unchanged substring to read the same
    // letters as before: not so with 'İ' (two characters) or 'Σ' (depends on its neighbours).
    // Neither is ever substituted, so all copies of a password are alike in this.
    const local = previous ? previous.local : text.toLowerCase().length === text.length && !text.includes('Σ');
    const lower = previous && local ? previous.lower.slice(0, keep) + tail.toLowerCase() : text.toLowerCase();
    const shift = new Int32Array(n + 1);
    const substituted = new Int32Array(n + 1);
    if (previous) {
      shift.set(previous.shift.subarray(0, keep + 1));
      substituted.set(previous.substituted.subarray(0, keep + 1));
    }
    for (let v = keep; v < n; v += 1) {
      shift[v + 1] = shift[v]! + pieces[v]!.length - 1;
      substituted[v + 1] = substituted[v]! + (pieces[v]!.substitution === null ? 0 : 1);
    }
    const firstEnd = new Int32Array(n + 1);
    firstEnd[n] = n;
    if (!previous) {
      for (let v = 0; v < n; v += 1) firstEnd[v] = v;
    } else if (local) {
      // A piece changed unless the previous copy has the same one at the same password position.
      const old = previous.pieces;
      const changed = new Uint8Array(n);
      for (let v = keep, w = keep; v < n; v += 1) {
        const piece = pieces[v]!;
        while (w < old.length && old[w]!.start < piece.start) w += 1;
        changed[v] = w < old.length && samePiece(old[w]!, piece) ? 0 : 1;
      }
      for (let v = n - 1; v >= keep; v -= 1) firstEnd[v] = changed[v] ? v : firstEnd[v + 1]!;
      for (let v = keep - 1; v >= 0; v -= 1) firstEnd[v] = firstEnd[keep]!;
    } else {
      // Otherwise only what precedes the first difference, in the copy and in its lower case, is the same.
      const limitSame = Math.min(keep, lower.length, previous.lower.length);
      let same = 0;
      while (same < limitSame && lower.charCodeAt(same) === previous.lower.charCodeAt(same)) same += 1;
      for (let v = 0; v < n; v += 1) firstEnd[v] = Math.max(v, same);
    }
    previous = { pieces, text, lower, shift, firstEnd, local, substituted };
    return previous;
  });
}

/** A l33t dictionary match, with zxcvbn-ts's fields in its order. */
export interface L33tMatch extends RawMatch {
  pattern: 'dictionary';
  i: number;
  j: number;
  token: string;
  matchedWord: string;
  rank: number;
  dictionaryName: string;
  reversed: false;
  l33t: true;
  subs: { letter: string; substitution: string }[];
  subDisplay: string;
}

function substitutions(copy: Copy, start: number, end: number) {
  const subs: { letter: string; substitution: string }[] = [];
  const display: string[] = [];
  const seen = new Set<string>();
  for (let v = start; v <= end; v += 1) {
    const { char: letter, substitution } = copy.pieces[v]!;
    if (substitution === null) continue;
    const key = `${letter}-${substitution}`;
    if (seen.has(key)) continue;
    seen.add(key);
    subs.push({ letter, substitution });
    display.push(`${substitution} -> ${letter}`);
  }
  return { subs, subDisplay: display.join(', ') };
}

/** The hits of each copy zxcvbn-ts reads (it stops after the first copy with a hit covering the password). */
export type CopyHits = Hit[][];

/**
 * zxcvbn-ts's l33t matcher over `copies` (from `substitutedCopies(password)`), reading `sc`'s
 * dictionaries. `previous`: the hits of the same copies one character shorter (the password
 * typed so far, when the new character is part of no substitution): their substrings that do not
 * reach the new end are not looked up again.
 */
export function l33tMatches(
  sc: Scope,
  password: string,
  copies: readonly Copy[],
  previous?: CopyHits,
): { matches: L33tMatch[]; hits: CopyHits } {
  const found: L33tMatch[] = [];
  const hits: CopyHits = [];
  const seen = new Set<string>();
  let coversPassword = false;
  const last = password.length - 1;
  for (let index = 0; index < copies.length && !coversPassword; index += 1) {
    const copy = copies[index]!;
    const { shift, text } = copy;
    const n = text.length;
    const before = previous?.[index];
    let own: Hit[];
    if (before) {
      // Substrings ending before the last two characters were read one keystroke ago.
      own = before.filter((hit) => hit.end <= n - 3);
      for (const hit of collect(sc, text, copy.lower, copy.firstEnd, undefined, n - 2)) own.push(hit);
    } else own = collect(sc, text, copy.lower, copy.firstEnd);
    hits.push(own);
    // Only hits over the same (i, j) have an order that matters, and those come from one substring.
    for (const { start, end, dictionary, rank, word } of own) {
      const i = start + shift[start]!;
      const j = end + shift[end + 1]!;
      if (i === 0 && j === last) coversPassword = true;
      // Dropped in the end anyway: one-character tokens, and (lower-casing being local) substrings
      // without a substitution, whose token is the word itself.
      if (i === j) continue;
      if (copy.local && copy.substituted[end + 1] === copy.substituted[start]) continue;
      const token = password.slice(i, j + 1);
      if (token.toLowerCase() === word) continue;
      const key = `${i} ${j} ${dictionary} ${word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        pattern: 'dictionary',
        i,
        j,
        token,
        matchedWord: word,
        rank,
        dictionaryName: dictionaryName(sc.tables, dictionary),
        reversed: false,
        l33t: true,
        ...substitutions(copy, start, end),
      });
    }
  }
  // zxcvbn-ts drops one-character l33t matches ('1' for 'i' is noise).
  return { matches: found.filter((match) => match.token.length > 1), hits };
}

/** Characters that are part of some substitution: typing another one leaves the copies as they were, one longer. */
export const SUBSTITUTION_CHARS = new Set(Object.values(L33T_TABLE).flatMap((list) => list.flatMap((text) => text.split(''))));
