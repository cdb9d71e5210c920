import type { TranslationKeys } from '../engine/types.js';

/** Loads one module of a zxcvbn-ts package (with `import()`, so it is its own chunk). */
export type ModuleLoader<T = unknown> = () => Promise<{ default: T }>;

/**
 * The parts of a zxcvbn-ts language package, one module each, in the order of the package's own
 * `dictionary` object: the order of the dictionaries decides how ties between equally good
 * matches are broken, so keeping it keeps feedback identical to zxcvbn-ts's.
 */
export interface LanguagePack {
  /** The package, for messages. */
  name: string;
  /** Ranked word lists, by dictionary name. */
  lists: readonly (readonly [name: string, load: ModuleLoader])[];
  /** Word sequences (numbers, months, ...), an object of lists spread into the dictionary. */
  wordSequences?: ModuleLoader;
  /** Feedback strings in the pack's language. */
  translations?: ModuleLoader<TranslationKeys>;
  /**
   * resetkit's own feedback strings for the locale (src/strength/tips/), shown instead of
   * `translations`; they change no score.
   */
  tips?: ModuleLoader<TranslationKeys>;
  /** Keyboard layouts (only in the common pack). */
  adjacencyGraphs?: ModuleLoader;
}
