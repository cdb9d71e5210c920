import { useEffect, useMemo, useState } from 'react';
import type { LudsFeedback, PasswordPolicy, StrengthCheckResult } from '../../core/index.js';
import { type StrengthFeedback, type StrengthResult, checkLuds, mergeStrengthCheck } from '../../strength/index.js';
import { useResetContext } from '../context.js';

export interface UsePasswordStrengthOptions {
  /** Words the password must not be built from: the member's name, email, organization. */
  userInputs?: string[];
  /** Lets the backend's strength check (when the adapter has one) look for breaches. */
  emailAddress?: string;
  /** Milliseconds of quiet typing before the backend is asked (default 400). */
  backendDebounceMs?: number;
}

export interface PasswordStrength {
  /** True once the estimate for the current password has arrived. */
  ready: boolean;
  /** 0..4, as zxcvbn scores; 0 for an empty password. */
  score: 0 | 1 | 2 | 3 | 4;
  /** Whether the backend will accept it: its own verdict when it gave one, else the local estimate. */
  valid: boolean;
  policy: PasswordPolicy;
  /** With the LUDS policy: which classes and how many characters are still missing. */
  luds: (LudsFeedback & { valid: boolean }) | null;
  /** Warning (or null) and suggestions in the active locale, from zxcvbn-ts's language packs. */
  feedback: StrengthFeedback;
  /** True when the backend found the password in a breach corpus; undefined until it answered. */
  breached?: boolean;
  /** Starts fetching the dictionaries, e.g. when a password field gets focus. */
  preload: () => void;
}

const EMPTY_FEEDBACK: StrengthFeedback = { warning: null, suggestions: [] };
const DEFAULT_BACKEND_DEBOUNCE_MS = 400;

/**
 * A live strength estimate in the active locale and policy. Estimates run off the main thread
 * (a stale one is dropped, never shown); when the adapter has `strengthCheck`, the backend is
 * asked too, debounced, and decides validity and breach.
 */
export function usePasswordStrength(password: string, options: UsePasswordStrengthOptions = {}): PasswordStrength {
  const { adapter, policy, strength } = useResetContext('usePasswordStrength');
  const userInputsKey = JSON.stringify(options.userInputs ?? []);

  const [local, setLocal] = useState<{ password: string; result: StrengthResult } | null>(null);
  useEffect(() => {
    if (!password) return;
    let current = true;
    strength.estimate(password, JSON.parse(userInputsKey) as string[]).then(
      (result) => {
        if (current && !result.stale) setLocal({ password, result });
      },
      // A failed estimate (dictionaries unreachable) leaves the meter waiting; submit still checks.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [password, strength, userInputsKey]);

  const [backend, setBackend] = useState<{ password: string; result: StrengthCheckResult } | null>(null);
  const debounceMs = options.backendDebounceMs ?? DEFAULT_BACKEND_DEBOUNCE_MS;
  const { emailAddress } = options;
  useEffect(() => {
    if (!password || !adapter.strengthCheck) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      adapter.strengthCheck!({ password, ...(emailAddress ? { emailAddress } : {}) }, { signal: controller.signal }).then(
        (result) => {
          if (!controller.signal.aborted) setBackend({ password, result });
        },
        // The backend check is advisory while typing; the reset call itself enforces the policy.
        () => undefined,
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [adapter, password, emailAddress, debounceMs]);

  return useMemo(() => {
    const luds = policy.kind === 'luds' ? checkLuds(password, policy) : null;
    const preload = () => strength.preload();
    const estimate = local?.password === password ? local.result : null;
    const verdict = backend?.password === password ? backend.result : null;
    if (!password) {
      return { ready: true, score: 0, valid: false, policy, luds, feedback: EMPTY_FEEDBACK, preload };
    }
    if (!estimate) {
      // The backend's verdict counts even while (or if) the local dictionaries are not there.
      return verdict
        ? { ready: false, score: verdict.score, valid: verdict.validPassword && !verdict.breachedPassword, policy, luds, feedback: EMPTY_FEEDBACK, breached: verdict.breachedPassword, preload }
        : { ready: false, score: 0, valid: luds?.valid ?? false, policy, luds, feedback: EMPTY_FEEDBACK, preload };
    }
    const merged = verdict ? mergeStrengthCheck(estimate, verdict) : estimate;
    return {
      ready: true,
      score: merged.score,
      valid: merged.valid,
      policy,
      luds,
      feedback: merged.feedback,
      ...(verdict ? { breached: verdict.breachedPassword } : {}),
      preload,
    };
  }, [password, policy, local, backend, strength]);
}
