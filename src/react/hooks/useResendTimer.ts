import { useCallback } from 'react';
import { useCountdown } from './useCountdown.js';

const DEFAULT_RESEND_COOLDOWN_SECONDS = 30;

/** The part of a link-request state that decides when another request may go. */
interface LinkTimes {
  sentAt: number | null;
  blockedUntil: number | null;
}

/**
 * When the next reset link may be asked for: after the resend cooldown since the last one was
 * sent, and after any wait a rate limit imposed. Shared by the organization and discovery flows.
 */
export function useResendTimer(times: LinkTimes, cooldownSeconds = DEFAULT_RESEND_COOLDOWN_SECONDS) {
  const cooldownMs = cooldownSeconds * 1000;
  const availableAt = useCallback(
    ({ sentAt, blockedUntil }: LinkTimes) => Math.max(sentAt === null ? 0 : sentAt + cooldownMs, blockedUntil ?? 0),
    [cooldownMs],
  );
  const next = availableAt(times);
  const resendAvailableInSeconds = useCountdown(next > 0 ? next : null);
  /** True when a resend is allowed now, for the latest state (read outside render). */
  const mayResend = useCallback((latest: LinkTimes) => availableAt(latest) <= Date.now(), [availableAt]);
  return { resendAvailableInSeconds, mayResend };
}
