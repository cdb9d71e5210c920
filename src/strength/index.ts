/**
 * resetkit/strength: password strength for the reset screens. `createStrengthEstimator` runs
 * resetkit's zxcvbn engine (zxcvbn-ts 4.2's exact results, dictionaries per locale fetched only
 * on first use) in a Web Worker, the latest input winning; `checkLuds` applies a LUDS policy
 * exactly as the backend does; and `mergeStrengthCheck` combines a local estimate with the
 * backend's authoritative answer.
 * Importing this module loads no dictionary and touches no browser global.
 */
export { createStrengthEstimator } from './estimator.js';
export { checkLuds } from './luds.js';
export { mergeStrengthCheck } from './merge.js';
export type { MergedStrengthResult } from './merge.js';
export type {
  EstimateOptions,
  LudsPolicy,
  LudsResult,
  StaleStrengthEstimate,
  StrengthEstimate,
  StrengthEstimator,
  StrengthEstimatorOptions,
  StrengthFeedback,
  StrengthMode,
  StrengthResult,
  StrengthScore,
} from './types.js';
export type { LudsFeedback, PasswordPolicy, ResetLocale, StrengthCheckResult } from '../core/types.js';
