/**
 * resetkit's zxcvbn engine fed with a locale's data: what the worker and the main-thread fallback
 * score passwords with. Not part of the public API.
 */
import { createEngine, prepare, prepareSliced } from './engine/index.js';
import { loadEngineData, type Pause } from './data.js';
import type { LanguagePack } from './packs/pack.js';
import type { StrengthFeedback, StrengthScore } from './types.js';

/** What the engine says about one password; the policy is applied by the caller. */
export interface EngineCheck {
  score: StrengthScore;
  guessesLog10: number;
  feedback: StrengthFeedback;
}

export interface Scorer {
  /**
   * Scores the whole password. Consecutive calls with the same user inputs go through one typing
   * session, so a password that extends the previous one (a keystroke) reuses its work; the
   * result is the same as a fresh estimate's.
   */
  check(password: string, userInputs?: readonly (string | number)[]): EngineCheck;
  /** Drops the typing session, and with it the last password it holds. */
  forget(): void;
}

/**
 * Loads `language`'s data and starts the engine on it. With `pause`, loading is cut into slices
 * with a pause between them (for the main thread); without, it is done as fast as possible.
 */
export async function createScorer(language: LanguagePack, pause?: Pause): Promise<Scorer> {
  const [data, tips] = await Promise.all([loadEngineData(language, pause), language.tips?.()]);
  // resetkit's own feedback strings where the locale has them; the scores do not depend on them.
  const shown = tips ? { ...data, translations: tips.default } : data;
  // The lookup tables take ~150 ms to build: in slices on the main thread.
  const engine = createEngine(pause ? await prepareSliced(shown, pause) : prepare(shown));
  let typing: { key: string; session: ReturnType<typeof engine.session> } | null = null;
  return {
    check(password, userInputs = []) {
      const key = JSON.stringify(userInputs);
      if (typing?.key !== key) typing = { key, session: engine.session(userInputs) };
      const { score, guessesLog10, feedback } = typing.session.check(password);
      return { score, guessesLog10, feedback: { warning: feedback.warning, suggestions: [...feedback.suggestions] } };
    },
    forget() {
      typing = null;
    },
  };
}
