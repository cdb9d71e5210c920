import { useCallback, useRef, useState } from 'react';
import {
  type AuthResult,
  type ResetByExistingPasswordInput,
  type ResetCompleteReducer,
  type ResetCompleteStatus,
  type ResetError,
  type SessionOptions,
  ResetError as ResetErrorClass,
  blockedUntilFor,
  initialResetCompleteState,
  resetByEmailReducer,
  resetByExistingPasswordReducer,
  resetBySessionReducer,
  validateEmailAddress,
} from '../../core/index.js';
import { useResetContext } from '../context.js';
import { useCountdown } from './useCountdown.js';
import { useFlow, useLatest } from './useFlow.js';
import { usePolicyCheck } from './usePolicyCheck.js';
import { useRequest } from './useRequest.js';
import { withoutUndefined } from './sendResetLink.js';

export type ResetMethod = 'email' | 'session' | 'existingPassword';

export interface UseResetCompleteOptions extends SessionOptions {
  /**
   * `email`: finish a reset from the emailed link (needs `token`); `session`: a signed-in member
   * sets a new password (needs `organizationId` and a session whose factor is under 5 minutes
   * old); `existingPassword`: replace a known password (needs `organizationId`).
   */
  method: ResetMethod;
  /** The reset token from the emailed link (`useResetToken`), for `method: 'email'`. */
  token?: string;
  /** The organization (id, slug or external id), for `session` and `existingPassword`. */
  organizationId?: string;
  /** The member's address, for `existingPassword` when the form does not ask for it. */
  emailAddress?: string;
  /** Called once the member is signed in with the new password. */
  onSuccess?: (result: AuthResult) => void;
  /** Called once when the password is saved but the organization requires MFA first. */
  onMfaRequired?: (result: AuthResult) => void;
}

/** What the form collects. `existingPassword` and `emailAddress` only matter to that method. */
export interface ResetCompleteSubmission {
  password: string;
  existingPassword?: string;
  emailAddress?: string;
}

export interface UseResetCompleteResult {
  status: ResetCompleteStatus;
  isPending: boolean;
  error: ResetError | null;
  errorMessage: string | null;
  /** The backend's answer: a session when `success`, an intermediate session when `mfa_required`. */
  result: AuthResult | null;
  /** What was last submitted, kept after an error so a form can restore it. */
  submitted: ResetCompleteSubmission | null;
  /** After a rate limit: seconds until `submit` works again (0 otherwise). */
  retryAvailableInSeconds: number;
  /**
   * Checks the password against the policy (a weak one never reaches the backend), then saves
   * it. A no-op while a request is in flight or once done.
   */
  submit: (submission: ResetCompleteSubmission) => void;
  /** Back to the form after an error, keeping what was typed. Cancels a request in flight. */
  reset: () => void;
}

type Input = ResetByExistingPasswordInput | { password: string };

const reducers: Record<ResetMethod, ResetCompleteReducer<Input>> = {
  email: resetByEmailReducer as ResetCompleteReducer<Input>,
  session: resetBySessionReducer as ResetCompleteReducer<Input>,
  existingPassword: resetByExistingPasswordReducer as ResetCompleteReducer<Input>,
};

/** Setting the new password, by emailed token, by session or with the existing password. */
export function useResetComplete(options: UseResetCompleteOptions): UseResetCompleteResult {
  const { adapter, locale, pkce, errorMessage, strength } = useResetContext('useResetComplete');
  const [state, send, current] = useFlow(reducers[options.method], initialResetCompleteState<Input>);
  const request = useRequest();
  const latestOptions = useLatest(options);
  const checkPolicy = usePolicyCheck();
  // Kept in a ref too, so that a submit in the same tick already sees it.
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const blockedUntilRef = useRef(0);
  const retryAvailableInSeconds = useCountdown(blockedUntil);

  const save = useCallback(
    async (submission: ResetCompleteSubmission, signal: AbortSignal): Promise<AuthResult> => {
      const opts = latestOptions.current;
      const session = withoutUndefined({
        sessionToken: opts.sessionToken,
        sessionJwt: opts.sessionJwt,
        sessionDurationMinutes: opts.sessionDurationMinutes,
        sessionCustomClaims: opts.sessionCustomClaims,
        locale,
      });
      const weak = await checkPolicy(submission.password, [submission.emailAddress ?? opts.emailAddress ?? '']);
      if (weak) throw weak;
      switch (opts.method) {
        case 'email': {
          if (!opts.token) throw new ResetErrorClass('token_invalid', 'No reset token: open the link from the email.', { field: 'passwordResetToken' });
          const codeVerifier = pkce.read('organization');
          const result = await adapter.resetByEmail(
            withoutUndefined({ ...session, passwordResetToken: opts.token, password: submission.password, codeVerifier }),
            { signal },
          );
          pkce.clear('organization');
          return result;
        }
        case 'session':
          return adapter.resetBySession(
            { ...session, organizationId: opts.organizationId ?? '', password: submission.password },
            { signal },
          );
        case 'existingPassword': {
          const emailAddress = (submission.emailAddress ?? opts.emailAddress ?? '').trim();
          const invalid = validateEmailAddress(emailAddress);
          if (invalid) throw invalid;
          return adapter.resetByExistingPassword(
            {
              ...session,
              organizationId: opts.organizationId ?? '',
              emailAddress,
              existingPassword: submission.existingPassword ?? '',
              newPassword: submission.password,
            },
            { signal },
          );
        }
      }
    },
    [adapter, checkPolicy, latestOptions, locale, pkce],
  );

  const submit = useCallback(
    (submission: ResetCompleteSubmission) => {
      const status = current().status;
      if (status === 'submitting' || status === 'success' || status === 'mfa_required') return;
      if (blockedUntilRef.current > Date.now()) return;
      send({ type: 'PASSWORD.SUBMIT', input: toInput(latestOptions.current.method, submission) });
      void request
        .run((signal) => save(submission, signal))
        .then((outcome) => {
          if (!outcome) return;
          if (!outcome.ok) {
            const until = blockedUntilFor(outcome.error, Date.now());
            blockedUntilRef.current = until ?? 0;
            setBlockedUntil(until);
            send({ type: 'REQUEST.FAILURE', error: outcome.error });
            return;
          }
          send({ type: 'REQUEST.SUCCESS', result: outcome.value });
          // The new password is set: nothing on the page keeps it any longer than needed.
          strength.forget();
          const opts = latestOptions.current;
          if (current().status === 'success') opts.onSuccess?.(outcome.value);
          else opts.onMfaRequired?.(outcome.value);
        });
    },
    [current, latestOptions, request, save, send, strength],
  );

  const reset = useCallback(() => {
    request.cancel();
    send({ type: 'FLOW.RESET' });
  }, [request, send]);

  return {
    status: state.status,
    isPending: state.status === 'submitting',
    error: state.error,
    errorMessage: state.error ? errorMessage(state.error) : null,
    result: state.result,
    submitted: state.input,
    retryAvailableInSeconds,
    submit,
    reset,
  };
}

function toInput(method: ResetMethod, submission: ResetCompleteSubmission): Input {
  if (method !== 'existingPassword') return { password: submission.password };
  return {
    emailAddress: submission.emailAddress ?? '',
    existingPassword: submission.existingPassword ?? '',
    password: submission.password,
  };
}
