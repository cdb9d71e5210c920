import { useCallback } from 'react';
import {
  type ResetError,
  type ResetStartStatus,
  initialResetStartState,
  resetStartReducer,
} from '../../core/index.js';
import { useResetContext } from '../context.js';
import { useFlow, useLatest } from './useFlow.js';
import { useResendTimer } from './useResendTimer.js';
import { useRequest } from './useRequest.js';
import { type ResetLinkOptions, sendResetLink } from './sendResetLink.js';

export interface UseResetStartOptions extends ResetLinkOptions {
  /** The organization (id, slug or external id) whose member resets. Required unless `discovery`. */
  organizationId?: string;
  /** Send a cross-organization (discovery) link instead; no organization is needed. */
  discovery?: boolean;
  /** Organization flow: where the "verify email" link of a first password leads. */
  loginRedirectUrl?: string;
  /** Discovery flow: where the member picks an organization after resetting. */
  discoveryRedirectUrl?: string;
  /** Seconds before another link may be requested (default 30). */
  resendCooldownSeconds?: number;
  /** Called after each link is sent (also, indistinguishably, for an unknown address). */
  onSent?: (details: { email: string }) => void;
}

export interface UseResetStartResult {
  status: ResetStartStatus;
  /** True while a request is in flight. */
  isPending: boolean;
  /** The address last submitted; never cleared by an error. */
  email: string;
  /** True once a link was sent, and through a resend (so a "sent" screen can stay up meanwhile). */
  hasSent: boolean;
  error: ResetError | null;
  /** `error` in the active locale. */
  errorMessage: string | null;
  /** Asks for a reset link. A no-op while a request is in flight or a rate limit runs. */
  submit: (email: string) => void;
  /** Asks for another link for the same address, once `resendAvailableInSeconds` is 0. */
  resend: () => void;
  /** Seconds until another request is allowed: the resend cooldown or a rate limit's wait. */
  resendAvailableInSeconds: number;
  /** Back to the empty start screen, keeping the typed address. Cancels a request in flight. */
  reset: () => void;
}

/**
 * Requesting a reset link. Whether an account exists never shows: an unknown address ends on
 * the same "sent" screen as a known one.
 */
export function useResetStart(options: UseResetStartOptions = {}): UseResetStartResult {
  const { adapter, locale, pkce, errorMessage } = useResetContext('useResetStart');
  const [state, send, current] = useFlow(resetStartReducer, initialResetStartState);
  const request = useRequest();
  const latestOptions = useLatest(options);

  const { resendAvailableInSeconds, mayResend } = useResendTimer(state, options.resendCooldownSeconds);

  const submit = useCallback(
    (typed: string) => {
      const before = current();
      if (before.status === 'submitting' || (before.blockedUntil ?? 0) > Date.now()) return;
      const email = typed.trim();
      send({ type: 'EMAIL.SUBMIT', email });
      const opts = latestOptions.current;
      void request
        .run((signal) =>
          sendResetLink(
            adapter,
            pkce,
            {
              ...opts,
              emailAddress: email,
              locale,
              organizationId: opts.discovery ? undefined : (opts.organizationId ?? ''),
            },
            signal,
          ),
        )
        .then((outcome) => {
          if (!outcome) return;
          const at = Date.now();
          if (outcome.ok) send({ type: 'REQUEST.SUCCESS', at });
          else send({ type: 'REQUEST.FAILURE', error: outcome.error, at });
          if (current().status === 'sent') latestOptions.current.onSent?.({ email });
        });
    },
    [adapter, locale, pkce, request, send, current, latestOptions],
  );

  const resend = useCallback(() => {
    const before = current();
    if (before.status === 'sent' && mayResend(before)) submit(before.email);
  }, [mayResend, current, submit]);

  const reset = useCallback(() => {
    request.cancel();
    send({ type: 'FLOW.RESET' });
  }, [request, send]);

  return {
    status: state.status,
    isPending: state.status === 'submitting',
    email: state.email,
    hasSent: state.sentAt !== null,
    error: state.error,
    errorMessage: state.error ? errorMessage(state.error) : null,
    submit,
    resend,
    resendAvailableInSeconds,
    reset,
  };
}
