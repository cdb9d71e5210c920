import { createContext, useContext } from 'react';
import type { PasswordPolicy, PkceVerifierStore, ResetAdapter, ResetError, ResetLocale } from '../core/index.js';
import type { Translate } from './i18n.js';
import type { SharedEstimator } from './sharedEstimator.js';

export type ResetTheme = 'light' | 'dark' | 'system';

/** `themed`: resetkit's roots paint their own surface and text colour; `none`: the host's show through. */
export type ResetSurface = 'themed' | 'none';

export interface ResetContextValue {
  adapter: ResetAdapter;
  /**
   * The member's locale: sent with every request (the language of the emails) and used by the
   * strength feedback. Strings switch to it once its catalogue has loaded (`stringsLocale`).
   */
  locale: ResetLocale;
  /** The locale whose strings `t` shows right now. */
  stringsLocale: ResetLocale;
  t: Translate;
  /** The localized message of an error, for any code. */
  errorMessage: (error: ResetError) => string;
  policy: PasswordPolicy;
  /** False while the policy is still being read from the adapter. */
  policyReady: boolean;
  theme: ResetTheme;
  surface: ResetSurface;
  pkce: PkceVerifierStore;
  /** The strength estimator for the active locale and policy. */
  strength: SharedEstimator;
}

export const ResetContext = createContext<ResetContextValue | null>(null);
ResetContext.displayName = 'ResetContext';

/** The provider's value; every resetkit hook and component must sit inside `<ResetProvider>`. */
export function useResetContext(consumer: string): ResetContextValue {
  const value = useContext(ResetContext);
  if (!value) throw new Error(`\`${consumer}\` must be used within \`<ResetProvider>\`.`);
  return value;
}
