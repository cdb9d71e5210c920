import type { StrengthEstimate, StrengthEstimator, StrengthResult } from '../strength/index.js';

/**
 * The provider's one estimator, shared by the meter (which wants the latest input to win) and
 * the submit check (which needs an answer). A request for the password already being estimated
 * joins that estimate instead of superseding it, so the two never starve each other.
 */
export interface SharedEstimator {
  /** The latest-wins estimate; `stale` when a newer password came first. */
  estimate(password: string, userInputs: readonly string[]): Promise<StrengthEstimate>;
  /** An answer for this password, waiting out estimates of other passwords that supersede it. */
  check(password: string, userInputs: readonly string[]): Promise<StrengthResult>;
  preload(): void;
  /** Forgets every password estimated so far (cache and typing session), e.g. after a reset. */
  forget(): void;
  /** Stops the estimator's worker; the next use starts a new one. */
  dispose(): void;
}

// A member who keeps typing while a submit is checked could supersede it forever; after this many
// rounds the check gives up and the backend, which enforces the policy anyway, decides.
const CHECK_ATTEMPTS = 4;

/**
 * Creates the estimator lazily, so a provider that never shows a password field costs nothing,
 * and again after `dispose` (React's strict mode disposes effects once before using them).
 */
export function shareEstimator(create: () => StrengthEstimator): SharedEstimator {
  let estimator: StrengthEstimator | null = null;
  const current = () => (estimator ??= create());
  let last: { key: string; promise: Promise<StrengthEstimate> } | null = null;
  const estimate = (password: string, userInputs: readonly string[]) => {
    const key = JSON.stringify([password, userInputs]);
    if (last?.key === key) return last.promise;
    const promise = current().estimate(password, { userInputs });
    const entry = { key, promise };
    last = entry;
    const forget = () => {
      if (last === entry) last = null;
    };
    promise.then((result) => result.stale && forget(), forget);
    return promise;
  };
  return {
    estimate,
    async check(password, userInputs) {
      for (let attempt = 0; attempt < CHECK_ATTEMPTS; attempt++) {
        const result = await estimate(password, userInputs);
        if (!result.stale) return result;
      }
      throw new Error('The strength check kept being superseded.');
    },
    preload: () => void current().preload(),
    forget() {
      estimator?.forget();
      last = null;
    },
    dispose() {
      estimator?.dispose();
      estimator = null;
      last = null;
    },
  };
}
