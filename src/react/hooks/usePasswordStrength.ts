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
  /**
   * Milliseconds to wait for the local estimate before reporting it `unavailable` (default 5000),
   * so a meter never says "checking" for good. A result arriving later still replaces it.
   */
  estimateTimeoutMs?: number;
}

export interface PasswordStrength {
  /** True once the estimate for the current password has arrived. */
  ready: boolean;
  /**
   * True when no local estimate could be made for the current password in time (dictionaries
   * unreachable, worker stuck): the backend's verdict, or the check on submit, has to decide.
   */
  unavailable: boolean;
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
  /**
   * True while the backend's strength check (when the adapter has one) has not answered for the
   * current password, so a meter does not call a password fine before a breach could be found.
   */
  backendPending: boolean;
  /** Starts fetching the dictionaries, e.g. when a password field gets focus. */
  preload: () => void;
}

const EMPTY_FEEDBACK: StrengthFeedback = { warning: null, suggestions: [] };
const DEFAULT_BACKEND_DEBOUNCE_MS = 400;
const DEFAULT_ESTIMATE_TIMEOUT_MS = 5000;
// A stale answer means another request for the same estimator came first (e.g. the submit check
// with other user inputs): ask again, a few times, rather than wait for an answer that never comes.
const STALE_RETRIES = 3;

/**
 * A live strength estimate in the active locale and policy. Estimates run off the main thread
 * (a stale one is dropped, never shown); when the adapter has `strengthCheck`, the backend is
 * asked too, debounced, and decides validity and breach.
 */
export function usePasswordStrength(password: string, options: UsePasswordStrengthOptions = {}): PasswordStrength {
  const { adapter, policy, strength } = useResetContext('usePasswordStrength');
  const userInputsKey = JSON.stringify(options.userInputs ?? []);

  // `result` null: no estimate for that password could be made in time.
  const [local, setLocal] = useState<{ password: string; result: StrengthResult | null } | null>(null);
  const estimateTimeoutMs = options.estimateTimeoutMs ?? DEFAULT_ESTIMATE_TIMEOUT_MS;
  useEffect(() => {
    if (!password) return;
    let current = true;
    const giveUp = () => setLocal((shown) => (shown?.password === password ? shown : { password, result: null }));
    const ask = (retries: number) =>
      strength.estimate(password, JSON.parse(userInputsKey) as string[]).then(
        (result) => {
          if (!current) return;
          if (!result.stale) setLocal({ password, result });
          else if (retries > 0) ask(retries - 1);
          else giveUp();
        },
        // Dictionaries unreachable: say so; the backend (or the check on submit) decides.
        () => current && giveUp(),
      );
    ask(STALE_RETRIES);
    const timer = setTimeout(() => current && giveUp(), estimateTimeoutMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, strength, userInputsKey, estimateTimeoutMs]);

  // `result` null: the check failed; it is advisory, so the local estimate stands.
  const [backend, setBackend] = useState<{ password: string; result: StrengthCheckResult | null } | null>(null);
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
        () => {
          if (!controller.signal.aborted) setBackend({ password, result: null });
        },
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
    const forPassword = local?.password === password ? local : null;
    const estimate = forPassword?.result ?? null;
    const unavailable = forPassword !== null && forPassword.result === null;
    const verdict = backend?.password === password ? backend.result : null;
    const backendPending = Boolean(adapter.strengthCheck) && backend?.password !== password;
    if (!password) {
      return { ready: true, unavailable: false, backendPending: false, score: 0, valid: false, policy, luds, feedback: EMPTY_FEEDBACK, preload };
    }
    if (!estimate) {
      // The backend's verdict counts even while (or if) the local dictionaries are not there.
      return verdict
        ? { ready: false, unavailable, backendPending, score: verdict.score, valid: verdict.validPassword && !verdict.breachedPassword, policy, luds, feedback: EMPTY_FEEDBACK, breached: verdict.breachedPassword, preload }
        : { ready: false, unavailable, backendPending, score: 0, valid: luds?.valid ?? false, policy, luds, feedback: EMPTY_FEEDBACK, preload };
    }
    const merged = verdict ? mergeStrengthCheck(estimate, verdict) : estimate;
    return {
      ready: true,
      unavailable: false,
      backendPending,
      score: merged.score,
      valid: merged.valid,
      policy,
      luds,
      feedback: merged.feedback,
      ...(verdict ? { breached: verdict.breachedPassword } : {}),
      preload,
    };
  }, [password, policy, local, backend, strength, adapter]);
}
