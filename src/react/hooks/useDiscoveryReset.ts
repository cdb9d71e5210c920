import { useCallback } from 'react';
import {
  type AuthResult,
  type CreateOrganizationRequest,
  type DiscoveredOrganization,
  type DiscoveryStatus,
  type DiscoveryStep,
  type ResetError,
  ResetError as ResetErrorClass,
  discoveryReducer,
  initialDiscoveryState,
  isDiscoveryPending,
} from '../../core/index.js';
import { useResetContext } from '../context.js';
import { useFlow, useLatest } from './useFlow.js';
import { useResendTimer } from './useResendTimer.js';
import { usePolicyCheck } from './usePolicyCheck.js';
import { type Outcome, useRequest } from './useRequest.js';
import { type ResetLinkOptions, sendResetLink, withoutUndefined } from './sendResetLink.js';

export interface UseDiscoveryResetOptions extends ResetLinkOptions {
  /** Where the member picks an organization after resetting (the discovery redirect). */
  discoveryRedirectUrl?: string;
  /** The discovery reset token from the emailed link (`useResetToken`); `complete` may also take it. */
  token?: string;
  /** Lifetime of the session created in the chosen organization, 5..527040 minutes. */
  sessionDurationMinutes?: number;
  /** Claims added to that session (at most 4 KB, no reserved claims). */
  sessionCustomClaims?: Record<string, unknown>;
  /** Seconds before another link may be requested (default 30). */
  resendCooldownSeconds?: number;
  /** Called after each link is sent. */
  onSent?: (details: { email: string }) => void;
  /** Called once the member is signed in to the chosen organization. */
  onSuccess?: (result: AuthResult) => void;
  /** Called once when the chosen organization requires MFA; the result holds the intermediate session. */
  onMfaRequired?: (result: AuthResult) => void;
}

/** A new organization's name and optional slug, for `createOrganization`. */
export type NewOrganization = Pick<CreateOrganizationRequest, 'organizationName' | 'organizationSlug'>;

export interface UseDiscoveryResetResult {
  status: DiscoveryStatus;
  isPending: boolean;
  /** Which step the error belongs to: `start`, `reset` or `exchange`. */
  failedStep: DiscoveryStep | null;
  error: ResetError | null;
  errorMessage: string | null;
  /** The address typed (or, after the reset, the one the backend confirmed). */
  email: string;
  /** True once a link was sent, and through a resend. */
  hasSent: boolean;
  /** The member's organizations, with their membership type, after the reset. */
  organizations: DiscoveredOrganization[];
  selectedOrganizationId: string | null;
  /** True when the intermediate session expired: only a restart (`reset`) helps. */
  needsRestart: boolean;
  result: AuthResult | null;
  /** Asks for a discovery reset link. */
  start: (email: string) => void;
  /** Asks again for the same address once `resendAvailableInSeconds` is 0. */
  resend: () => void;
  resendAvailableInSeconds: number;
  /** Sets the new password with the emailed token; the policy is checked first. */
  complete: (submission: { password: string; token?: string }) => void;
  /** Signs in to one of the discovered organizations. */
  selectOrganization: (organizationId: string) => void;
  /** Creates an organization and signs in to it; absent when the adapter cannot. */
  createOrganization?: (organization: NewOrganization) => void;
  /** Back to the start, keeping the typed address. Cancels a request in flight. */
  reset: () => void;
}

/** The whole cross-organization reset: link, new password, organization, session or MFA. */
export function useDiscoveryReset(options: UseDiscoveryResetOptions = {}): UseDiscoveryResetResult {
  const { adapter, locale, pkce, errorMessage } = useResetContext('useDiscoveryReset');
  const [state, send, current] = useFlow(discoveryReducer, initialDiscoveryState);
  const request = useRequest();
  const latestOptions = useLatest(options);
  const checkPolicy = usePolicyCheck();

  const { resendAvailableInSeconds, mayResend } = useResendTimer(state, options.resendCooldownSeconds);

  const start = useCallback(
    (typed: string) => {
      const before = current();
      if (isDiscoveryPending(before) || (before.blockedUntil ?? 0) > Date.now()) return;
      const email = typed.trim();
      send({ type: 'START.SUBMIT', email });
      if (current().status !== 'sending') return;
      const opts = latestOptions.current;
      void request
        .run((signal) => sendResetLink(adapter, pkce, { ...opts, emailAddress: email, locale }, signal))
        .then((outcome) => {
          if (!outcome) return;
          const at = Date.now();
          send(outcome.ok ? { type: 'START.SUCCESS', at } : { type: 'START.FAILURE', error: outcome.error, at });
          if (current().status === 'sent') latestOptions.current.onSent?.({ email });
        });
    },
    [adapter, current, latestOptions, locale, pkce, request, send],
  );

  const resend = useCallback(() => {
    const before = current();
    if (before.status === 'sent' && mayResend(before)) start(before.email);
  }, [mayResend, current, start]);

  const complete = useCallback(
    ({ password, token }: { password: string; token?: string }) => {
      send({ type: 'PASSWORD.SUBMIT', password });
      if (current().status !== 'resetting') return;
      void request
        .run(async (signal) => {
          const passwordResetToken = token ?? latestOptions.current.token;
          if (!passwordResetToken) {
            throw new ResetErrorClass('token_invalid', 'No reset token: open the link from the email.', { field: 'passwordResetToken' });
          }
          const weak = await checkPolicy(password, []);
          if (weak) throw weak;
          const codeVerifier = pkce.read('discovery');
          const discovery = await adapter.discoveryResetByEmail(withoutUndefined({ passwordResetToken, password, codeVerifier }), { signal });
          pkce.clear('discovery');
          return discovery;
        })
        .then((outcome) => {
          if (!outcome) return;
          send(outcome.ok ? { type: 'RESET.SUCCESS', discovery: outcome.value } : { type: 'RESET.FAILURE', error: outcome.error });
        });
    },
    [adapter, checkPolicy, current, latestOptions, pkce, request, send],
  );

  const settleExchange = useCallback(
    (outcome: Outcome<AuthResult> | null) => {
      if (!outcome) return;
      if (!outcome.ok) {
        send({ type: 'EXCHANGE.FAILURE', error: outcome.error });
        return;
      }
      send({ type: 'EXCHANGE.SUCCESS', result: outcome.value });
      const opts = latestOptions.current;
      if (current().status === 'success') opts.onSuccess?.(outcome.value);
      else opts.onMfaRequired?.(outcome.value);
    },
    [current, latestOptions, send],
  );

  const sessionOptions = useCallback(() => {
    const opts = latestOptions.current;
    return withoutUndefined({
      sessionDurationMinutes: opts.sessionDurationMinutes,
      sessionCustomClaims: opts.sessionCustomClaims,
      locale,
    });
  }, [latestOptions, locale]);

  const selectOrganization = useCallback(
    (organizationId: string) => {
      send({ type: 'ORGANIZATION.SELECT', organizationId });
      const selected = current();
      if (selected.status !== 'exchanging' || !selected.intermediateSessionToken) return;
      const intermediateSessionToken = selected.intermediateSessionToken;
      void request
        .run((signal) =>
          adapter.exchangeIntermediateSession({ ...sessionOptions(), intermediateSessionToken, organizationId }, { signal }),
        )
        .then(settleExchange);
    },
    [adapter, current, request, send, sessionOptions, settleExchange],
  );

  const canCreateOrganization = typeof adapter.createOrganizationViaDiscovery === 'function';
  const createOrganization = useCallback(
    (organization: NewOrganization) => {
      if (!adapter.createOrganizationViaDiscovery) return;
      send({ type: 'ORGANIZATION.CREATE' });
      const selected = current();
      if (selected.status !== 'exchanging' || !selected.intermediateSessionToken) return;
      const intermediateSessionToken = selected.intermediateSessionToken;
      void request
        .run((signal) =>
          adapter.createOrganizationViaDiscovery!(
            withoutUndefined({ ...sessionOptions(), ...organization, intermediateSessionToken }),
            { signal },
          ),
        )
        .then(settleExchange);
    },
    [adapter, current, request, send, sessionOptions, settleExchange],
  );

  const reset = useCallback(() => {
    request.cancel();
    send({ type: 'FLOW.RESET' });
  }, [request, send]);

  return {
    status: state.status,
    isPending: isDiscoveryPending(state),
    failedStep: state.failedStep,
    error: state.error,
    errorMessage: state.error ? errorMessage(state.error) : null,
    email: state.email,
    hasSent: state.sentAt !== null,
    organizations: state.organizations,
    selectedOrganizationId: state.selectedOrganizationId,
    needsRestart: state.error?.code === 'discovery_session_expired',
    result: state.result,
    start,
    resend,
    resendAvailableInSeconds,
    complete,
    selectOrganization,
    ...(canCreateOrganization ? { createOrganization } : {}),
    reset,
  };
}
