import type { StrengthCheckResult } from '../core/types.js';
import type { LudsResult, StrengthFeedback, StrengthResult, StrengthScore } from './types.js';

/** The verdict shown once the backend has answered: its word on validity and breach, plus local detail. */
export interface MergedStrengthResult {
  /** The backend's score (its dictionaries may differ from the local ones; its verdict is the one that counts). */
  score: StrengthScore;
  /** The backend's verdict; a breached password is never valid. */
  valid: boolean;
  /** Whether the backend found the password in a breach corpus. */
  breached: boolean;
  /** The policy the backend applied. */
  policy: 'zxcvbn' | 'luds';
  /**
   * The local estimate's feedback (in the member's language) where it has any; the backend's
   * (English) fills what the local one leaves empty. A breach has no feedback string here: show
   * the localized `errors.breached_password` message when `breached` is true.
   */
  feedback: StrengthFeedback;
  /** The backend's LUDS findings under a LUDS policy, else the local ones, if any. */
  luds?: LudsResult;
}

/**
 * Merges a local estimate with the backend's strength check for the same password (the caller
 * makes sure both are for the same value). The backend wins on validity, score and breach, which
 * only it can detect; the local estimate fills the gaps, mostly localized feedback the backend
 * gives only in English or not at all. Pure: no I/O, no clock.
 */
export function mergeStrengthCheck(
  local: StrengthResult | null | undefined,
  backend: StrengthCheckResult,
): MergedStrengthResult {
  const backendWarning = backend.zxcvbnFeedback.warning.trim() || null;
  const feedback: StrengthFeedback = {
    warning: local?.feedback.warning ?? backendWarning,
    suggestions: [...(local?.feedback.suggestions.length ? local.feedback.suggestions : backend.zxcvbnFeedback.suggestions)],
  };
  const { ludsFeedback } = backend;
  const luds: LudsResult | undefined =
    backend.strengthPolicy === 'luds'
      ? { ...ludsFeedback, valid: ludsFeedback.missingCharacters === 0 && ludsFeedback.missingComplexity === 0 }
      : local?.luds;
  return {
    score: backend.score,
    valid: backend.validPassword && !backend.breachedPassword,
    breached: backend.breachedPassword,
    policy: backend.strengthPolicy,
    feedback,
    ...(luds ? { luds } : {}),
  };
}
