/**
 * resetkit/core: the framework-free heart of resetkit. Types and the backend contract, the error
 * taxonomy, validation of the backend's bounds, one pure reducer per reset flow, reset-link URL
 * helpers and PKCE helpers. Nothing here touches React, the DOM or i18next.
 */
export type * from './types.js';
export {
  BACKEND_ERROR_TYPES,
  ERROR_RECOVERY,
  RESET_ERROR_CODES,
  ResetError,
  canRetry,
  errorCodeFor,
  isResetError,
  parseRetryAfter,
  recoveryFor,
  resetErrorFromBackend,
  toResetError,
} from './errors.js';
export type { BackendErrorBody, ResetErrorCode, ResetErrorOptions, ResetRecovery } from './errors.js';
export {
  BOUNDS,
  RESERVED_CLAIMS,
  SUPPORTED_LOCALES,
  assertValidRequest,
  isSupportedLocale,
  isValidEmail,
  validateCustomClaims,
  validateEmailAddress,
  validateLocale,
  validateRedirectUrl,
  validateRequest,
} from './validation.js';
export type { RequestFor } from './validation.js';
export { readResetToken, stripResetToken } from './url.js';
export type { ResetLinkToken, ResetTokenType } from './url.js';
export { base64UrlEncode, createCodeChallenge, createPkcePair } from './pkce.js';
export type { PkcePair } from './pkce.js';
export {
  RESET_START_STATUSES,
  blockedUntilFor,
  initialResetStartState,
  resetStartReducer,
} from './flows/resetStart.js';
export type { ResetStartEvent, ResetStartState, ResetStartStatus } from './flows/resetStart.js';
export {
  RESET_COMPLETE_STATUSES,
  initialResetCompleteState,
  resetByEmailReducer,
  resetByExistingPasswordReducer,
  resetBySessionReducer,
  statusForAuthResult,
} from './flows/resetComplete.js';
export type {
  ResetByEmailInput,
  ResetByExistingPasswordInput,
  ResetBySessionInput,
  ResetCompleteEvent,
  ResetCompleteReducer,
  ResetCompleteState,
  ResetCompleteStatus,
} from './flows/resetComplete.js';
export { DISCOVERY_STATUSES, discoveryReducer, initialDiscoveryState, isDiscoveryPending } from './flows/discovery.js';
export type { DiscoveryEvent, DiscoveryState, DiscoveryStatus, DiscoveryStep } from './flows/discovery.js';
export { createPkceVerifierStore, defaultPkceStorage } from './pkceStore.js';
export type { PkceFlow, PkceStorage, PkceVerifierStore } from './pkceStore.js';
