import type { LudsFeedback, PasswordPolicy, ResetLocale } from '../core/types.js';

/** A zxcvbn score: 0 (too guessable) to 4 (very unguessable). */
export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** Where an estimate ran: in a Web Worker, or on the page's main thread (the fallback, and Node). */
export type StrengthMode = 'worker' | 'main-thread';

/** The policy fields `checkLuds` needs. */
export interface LudsPolicy {
  /** Minimum length in characters (Unicode code points), 8..32. */
  minLength: number;
  /** Minimum number of character classes among lower case, upper case, digit and symbol, 1..4. */
  minComplexity: number;
}

/** What `checkLuds` finds: the backend's LUDS feedback plus the verdict. */
export interface LudsResult extends LudsFeedback {
  /** True when both the length and the complexity requirements are met. */
  valid: boolean;
}

/** Feedback for the member, in the estimator's locale. */
export interface StrengthFeedback {
  /** The main problem with the password, or null when there is none to report. */
  warning: string | null;
  /** Ways to make the password stronger; may be empty. */
  suggestions: string[];
}

/** A finished estimate of one password. */
export interface StrengthResult {
  /** Always false: tells a result from a {@link StaleStrengthEstimate}. */
  stale: false;
  /** The zxcvbn score, equal to what zxcvbn-ts 4.2 reports with the same dictionaries. */
  score: StrengthScore;
  /** log10 of zxcvbn's guess count: a finer grain than `score`, for meters that want it. */
  guessesLog10: number;
  /**
   * Whether the policy accepts the password, as far as the browser can tell: LUDS rules under a
   * LUDS policy, `score >= 3` under the zxcvbn policy. Breaches are only known to the backend
   * (see `mergeStrengthCheck`).
   */
  valid: boolean;
  feedback: StrengthFeedback;
  /** The LUDS findings, present under a LUDS policy. */
  luds?: LudsResult;
  /**
   * Where the estimate ran. Both modes score the whole password (since resetkit's own engine; the
   * former `partial` flag, set when the main-thread fallback scored only a prefix, is gone).
   */
  mode: StrengthMode;
}

/**
 * What a superseded `estimate()` resolves with: a newer call on the same estimator made this one
 * pointless, so it was dropped (never computed, or its answer discarded).
 */
export interface StaleStrengthEstimate {
  stale: true;
}

/** What `estimate()` resolves with: a result, or the marker of a dropped, superseded call. */
export type StrengthEstimate = StrengthResult | StaleStrengthEstimate;

/** Options of `createStrengthEstimator`. */
export interface StrengthEstimatorOptions {
  /** The project's password policy (decides `valid`, and whether `luds` is filled). */
  policy: PasswordPolicy;
  /** Language of the dictionaries and of the feedback. */
  locale: ResetLocale;
  /**
   * Run estimates in a Web Worker when the page can start one (default true). False forces the
   * main-thread path, as where no worker can start.
   */
  worker?: boolean;
}

/** Options of one estimate. */
export interface EstimateOptions {
  /**
   * Words the password must not be built from (the member's email, name, the organization's
   * name...): zxcvbn-ts treats them as a dictionary of its own.
   */
  userInputs?: readonly (string | number)[];
}

/** Estimates password strength off the main thread, the latest input winning. */
export interface StrengthEstimator {
  /** The options the estimator was created with. */
  readonly policy: PasswordPolicy;
  readonly locale: ResetLocale;
  /**
   * Estimates `password`. Each call supersedes the previous call on this estimator: when a newer
   * call comes before an older one is answered, the older promise resolves at once with
   * `{ stale: true }` and its work is dropped (never queued), so a hook can write
   * `const r = await estimate(value); if (r.stale) return; setState(r);` with no race and no
   * rejection to handle. An estimator used for one call at a time (a fresh one per check, as a
   * backend emulator does) never sees a stale answer.
   *
   * Rejects only when the dictionaries cannot be loaded (e.g. the network is down), and then only
   * the newest call; the next call tries to load them again.
   */
  estimate(password: string, options?: EstimateOptions): Promise<StrengthEstimate>;
  /**
   * Fetches and prepares the dictionaries (and starts the worker) ahead of the first estimate,
   * e.g. when a password field mounts or gets focus. Nothing is fetched before this or the first
   * `estimate()`. Resolves when estimates can start; never rejects (a failure shows up on the next
   * `estimate()`).
   */
  preload(): Promise<void>;
  /** Drops the pending estimate (resolved as stale); the estimator stays usable. */
  cancel(): void;
  /**
   * Forgets every password this estimator has seen: drops the pending estimate, the cache of
   * recent answers and the engine's typing session (in the worker and on the main thread), e.g.
   * once a reset succeeded. The estimator stays usable.
   */
  forget(): void;
  /**
   * Drops the pending estimate and lets go of the worker, which is terminated (its memory freed)
   * once no estimator of its locale holds it. The estimator stays usable: the next call starts a
   * worker again.
   */
  dispose(): void;
}
