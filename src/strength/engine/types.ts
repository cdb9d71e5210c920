/**
 * The shapes the engine reads and returns: zxcvbn-ts 4.2's, declared here so that the engine
 * does not need `@zxcvbn-ts/core` at run time (it stays the test oracle).
 */

/** Turns a count into a phrase ("3 days"), for languages with several plural forms. */
export type PluralizationFunction = (value: number) => string;

/** The feedback strings of a zxcvbn-ts language pack (`translations`), zxcvbn-ts's shape. */
export interface TranslationKeys {
  warnings: Record<string, string>;
  suggestions: Record<string, string>;
  timeEstimation: Record<string, string | PluralizationFunction>;
}

/** Keyboard layouts: for each key, its neighbours in a fixed direction order (null: none). */
export type Graphs = Record<string, Record<string, (string | null)[]>>;

/**
 * One match of the sequence, with zxcvbn-ts's fields for its pattern (`rank` of a dictionary
 * match, `graph` of a spatial one, ...). Key order is zxcvbn-ts's too.
 */
export interface MatchLike {
  pattern: string;
  i: number;
  j: number;
  token: string;
  guesses: number;
  guessesLog10: number;
  [field: string]: unknown;
}

export interface CrackTime {
  base: number | null;
  seconds: number;
  display: string;
}

export interface CrackTimesLike {
  onlineThrottlingXPerHour: CrackTime;
  onlineNoThrottlingXPerSecond: CrackTime;
  offlineSlowHashingXPerSecond: CrackTime;
  offlineFastHashingXPerSecond: CrackTime;
}

export interface FeedbackLike {
  warning: string | null;
  suggestions: string[];
}

/** zxcvbn-ts's result without `calcTime` (the only field that depends on the clock). */
export interface ZxcvbnResultLike {
  password: string;
  guesses: number;
  guessesLog10: number;
  sequence: MatchLike[];
  crackTimes: CrackTimesLike;
  score: 0 | 1 | 2 | 3 | 4;
  feedback: FeedbackLike;
}
