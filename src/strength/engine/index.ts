/**
 * resetkit's zxcvbn: the published zxcvbn algorithm as zxcvbn-ts 4.2 implements it, with its
 * default options (its l33t table, 100 substituted copies, no Levenshtein, 256 characters),
 * giving the same result field for field (calcTime aside: ZxcvbnResultLike), only faster: one
 * hashed table with a prefix filter for all dictionaries, l33t copies that re-read only what
 * changed, a typed-array search, and typing sessions that reuse the previous keystroke's lookups.
 * test/strength/engine/ proves it against zxcvbn-ts itself, test/strength/differential.test.ts
 * against zxcvbn-ts's recorded answers.
 *
 * The contract, as agreed with the estimator (differences from the first draft):
 * - `EngineData.dictionary` accepts numbers in the lists too (zxcvbn-ts does; they count as text);
 * - `createEngine` also takes `prepare(data)`'s result, and `prepareSliced(data, pause)` builds
 *   the same tables in slices of a few ms for a page's main thread. The tables cost about what
 *   zxcvbn-ts's own constructor does (time) and less memory; there is no precomputed format;
 * - a session reads its user inputs once, and returns the same (frozen by convention: do not
 *   mutate) result object when asked twice in a row for the same password.
 */
import { knowledgeOf, omnimatch, type Keystroke } from './matching.js';
import type { RawMatch } from './patterns.js';
import { estimate, estimated, log10, search, type Estimate } from './scoring.js';
import { buildTables, buildTablesSliced, buildUserDictionary, type DictionaryTables } from './tables.js';
import { crackTimes, feedback, score } from './feedback.js';
import type { Graphs, MatchLike, TranslationKeys, ZxcvbnResultLike } from './types.js';

export type { CrackTime, CrackTimesLike, FeedbackLike, Graphs, MatchLike, TranslationKeys, ZxcvbnResultLike } from './types.js';

/** Exactly what zxcvbn-ts's options are built from (see ../data.ts `loadEngineData`). */
export interface EngineData {
  /** Ranked word lists (and word sequences) in the packs' order: {...common.dictionary, ...language.dictionary}. */
  dictionary: Record<string, readonly (string | number)[]>;
  /** Keyboard adjacency graphs. */
  graphs: Graphs;
  /** Feedback strings, zxcvbn-ts's shape. */
  translations: TranslationKeys;
}

/** A typing session: estimates successive values of one field. */
export interface EngineSession {
  check(password: string): ZxcvbnResultLike;
}

export interface ZxcvbnEngine {
  /** Full estimate, identical to zxcvbn-ts 4.2 `new ZxcvbnFactory(options).check(password, userInputs)` with default options. */
  check(password: string, userInputs?: readonly (string | number)[]): ZxcvbnResultLike;
  /**
   * Typing: same result as check(). When the password is the previous call's plus one character
   * (a keystroke), the dictionary, reversed and l33t lookups that do not reach the new end are
   * reused; any other change is estimated afresh. Holds the last password until dropped.
   */
  session(userInputs?: readonly (string | number)[]): EngineSession;
}

/** zxcvbn-ts's default `maxLength`: longer passwords are cut. */
const MAX_LENGTH = 256;

/**
 * The lookup tables built from `data`, by `createEngine` or ahead of it: a hash table over all
 * words (no copy of them) and a prefix filter, about 12 MB for en where zxcvbn-ts keeps 15.
 */
export interface PreparedData {
  tables: DictionaryTables;
  graphs: Graphs;
  translations: TranslationKeys;
}

export function prepare(data: EngineData): PreparedData {
  return { tables: buildTables(data.dictionary), graphs: data.graphs, translations: data.translations };
}

/**
 * `prepare` cut into slices of about `budgetMs` (8 by default) with `await pause()` between
 * them: for a page's main thread, where one ~150 ms build would be a long task.
 */
export async function prepareSliced(data: EngineData, pause: () => Promise<void>, budgetMs = 8): Promise<PreparedData> {
  return { tables: await buildTablesSliced(data.dictionary, pause, budgetMs), graphs: data.graphs, translations: data.translations };
}

function isPrepared(data: EngineData | PreparedData): data is PreparedData {
  return 'tables' in data;
}

export function createEngine(data: EngineData | PreparedData): ZxcvbnEngine {
  const { tables, graphs, translations } = isPrepared(data) ? data : prepare(data);
  const knowledge = knowledgeOf({ tables, graphs });

  const result = (password: string, matches: RawMatch[]): ZxcvbnResultLike => {
    const n = password.length;
    const estimates: Estimate[] = matches.map((match) => estimate(match, n, knowledge.graphsByName));
    const found = search(n, matches, Float64Array.from(estimates, (e) => e.guesses));
    const sequence: MatchLike[] = found.picks.map((pick, index) => {
      if (pick >= 0) return estimated(matches[pick]!, estimates[pick]!);
      const i = -1 - pick;
      const j = found.ends[index]!;
      const bruteforce: RawMatch = { pattern: 'bruteforce', token: password.slice(i, j + 1), i, j };
      return estimated(bruteforce, estimate(bruteforce, n, knowledge.graphsByName));
    });
    const guesses = found.guesses;
    const s = score(guesses);
    return {
      password,
      guesses,
      guessesLog10: log10(guesses),
      sequence,
      crackTimes: crackTimes(guesses, translations),
      score: s,
      feedback: feedback(s, sequence, translations),
    };
  };

  const check = (password: string, userInputs?: readonly (string | number)[]) => {
    const cut = password.substring(0, MAX_LENGTH);
    return result(cut, omnimatch(knowledge, cut, buildUserDictionary(userInputs, tables.names.length)).matches);
  };

  return {
    check,
    session(userInputs) {
      const user = buildUserDictionary(userInputs, tables.names.length);
      let last: { keystroke: Keystroke; result: ZxcvbnResultLike } | undefined;
      return {
        check(password) {
          const cut = password.substring(0, MAX_LENGTH);
          if (last?.keystroke.password === cut) return last.result;
          const { matches, keystroke } = omnimatch(knowledge, cut, user, last?.keystroke);
          last = { keystroke, result: result(cut, matches) };
          return last.result;
        },
      };
    },
  };
}
