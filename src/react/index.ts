'use client';
/**
 * resetkit: the React layer. `ResetProvider` gives the adapter, strings and policy to the
 * headless hooks; the styled components are built only on those hooks.
 */
export { ResetProvider, DEFAULT_POLICY } from './ResetProvider.js';
export type { ResetI18n, ResetProviderProps } from './ResetProvider.js';
export type { ResetEvent, ResetEventSource, ResetSurface, ResetTheme } from './context.js';
export { useResetTranslation } from './hooks/useResetTranslation.js';
export type { ResetTranslation } from './hooks/useResetTranslation.js';
export { matchLocale, resolveLocale } from './i18n.js';
export type { Catalogue, DeepPartial, MessageKey, MessageOverrides, Translate } from './i18n.js';
export { useResetStart } from './hooks/useResetStart.js';
export type { UseResetStartOptions, UseResetStartResult } from './hooks/useResetStart.js';
export { useResetComplete } from './hooks/useResetComplete.js';
export type {
  ResetCompleteSubmission,
  ResetMethod,
  UseResetCompleteOptions,
  UseResetCompleteResult,
} from './hooks/useResetComplete.js';
export { useDiscoveryReset } from './hooks/useDiscoveryReset.js';
export type { NewOrganization, UseDiscoveryResetOptions, UseDiscoveryResetResult } from './hooks/useDiscoveryReset.js';
export { usePasswordStrength } from './hooks/usePasswordStrength.js';
export type { PasswordStrength, UsePasswordStrengthOptions } from './hooks/usePasswordStrength.js';
export { usePasswordPolicy } from './hooks/usePasswordPolicy.js';
export type { UsePasswordPolicyResult } from './hooks/usePasswordPolicy.js';
export { useResetTheme } from './hooks/useResetTheme.js';
export { useResetToken } from './hooks/useResetToken.js';
export type { UseResetTokenOptions, UseResetTokenResult } from './hooks/useResetToken.js';
export { useCountdown } from './hooks/useCountdown.js';
export * from './components/index.js';
export type * from '../core/types.js';
export { ResetError, RESET_ERROR_CODES, ERROR_RECOVERY, canRetry, recoveryFor } from '../core/errors.js';
export type { ResetErrorCode, ResetRecovery } from '../core/errors.js';
