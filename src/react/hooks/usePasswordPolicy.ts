import type { PasswordPolicy } from '../../core/index.js';
import { useResetContext } from '../context.js';

export interface UsePasswordPolicyResult {
  /** The policy new passwords must meet: the provider's, the adapter's, or zxcvbn by default. */
  policy: PasswordPolicy;
  /** False while the policy is still being read from the adapter. */
  ready: boolean;
  /** Starts fetching the strength dictionaries, e.g. when a password field gets focus. */
  preloadStrength: () => void;
}

/** The password policy in force, for forms that state the rules before anything is typed. */
export function usePasswordPolicy(): UsePasswordPolicyResult {
  const { policy, policyReady, strength } = useResetContext('usePasswordPolicy');
  return { policy, ready: policyReady, preloadStrength: strength.preload };
}
