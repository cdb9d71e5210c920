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
  /** Hands an event to the provider's `onEvent` (a no-op without one). */
  onEvent: (event: ResetEvent) => void;
  pkce: PkceVerifierStore;
  /** The strength estimator for the active locale and policy. */
  strength: SharedEstimator;
}

/**
 * What happened, for product analytics (`<ResetProvider onEvent>`). Events carry no password,
 * token or email address: only steps, flows, methods and error codes.
 */
export type ResetEvent =
  /** A screen was shown: `request`, `sent`, `password`, `expired`, `organizations`, `restart`, `outcome`, ... */
  | { type: 'step_viewed'; component: ResetEventSource; step: string }
  /** A reset link was asked for (the sent screen shows whether or not the account exists). */
  | { type: 'link_requested'; component: ResetEventSource }
  /** Another link was asked for from the sent screen. */
  | { type: 'link_resent'; component: ResetEventSource }
  /** The new password is saved and the member is signed in. */
  | { type: 'reset_succeeded'; component: ResetEventSource }
  /** The new password is saved but the organization asks for a second factor first. */
  | { type: 'mfa_required'; component: ResetEventSource }
  /** A step failed, with its code (`ResetError.code`). */
  | { type: 'reset_failed'; component: ResetEventSource; code: ResetError['code'] }
  /** The member chose an organization in the discovery flow (or created one: `created`). */
  | { type: 'organization_chosen'; component: ResetEventSource; created: boolean };

/** The `data-scope` of the component an event comes from. */
export type ResetEventSource = 'reset-flow' | 'reset-start' | 'reset-complete' | 'discovery-reset';

export const ResetContext = createContext<ResetContextValue | null>(null);
ResetContext.displayName = 'ResetContext';

/** The provider's value; every resetkit hook and component must sit inside `<ResetProvider>`. */
export function useResetContext(consumer: string): ResetContextValue {
  const value = useContext(ResetContext);
  if (!value) throw new Error(`\`${consumer}\` must be used within \`<ResetProvider>\`.`);
  return value;
}
