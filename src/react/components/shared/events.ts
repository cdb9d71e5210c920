import { useCallback, useEffect, useRef } from 'react';
import type { ResetError } from '../../../core/index.js';
import { type ResetEventSource, useResetContext } from '../../context.js';

/**
 * Reports a component's screens and outcomes to the provider's `onEvent`: each screen shown,
 * each failure with its code, success and the MFA hand-off. Only the innermost component of a
 * screen reports it, so a `ResetFlow` around a form does not count its screens twice.
 */
export function useFlowEvents(component: ResetEventSource, { step, status, error }: { step: string; status: string; error: ResetError | null }) {
  const { onEvent } = useResetContext(component);
  useEffect(() => {
    onEvent({ type: 'step_viewed', component, step });
  }, [onEvent, component, step]);
  useEffect(() => {
    if (error) onEvent({ type: 'reset_failed', component, code: error.code });
  }, [onEvent, component, error]);
  useEffect(() => {
    if (status === 'success') onEvent({ type: 'reset_succeeded', component });
    else if (status === 'mfa_required') onEvent({ type: 'mfa_required', component });
  }, [onEvent, component, status]);
}

/**
 * `onSent` for a link hook that also reports `link_requested`, or `link_resent` for each link
 * after the first to the same address; `restart` forgets that a link went out.
 */
export function useLinkEvents(component: ResetEventSource, onSent: ((details: { email: string }) => void) | undefined) {
  const { onEvent } = useResetContext(component);
  const sent = useRef(false);
  const latest = useRef(onSent);
  useEffect(() => {
    latest.current = onSent;
  });
  const reportSent = useCallback(
    (details: { email: string }) => {
      onEvent({ type: sent.current ? 'link_resent' : 'link_requested', component });
      sent.current = true;
      latest.current?.(details);
    },
    [onEvent, component],
  );
  const restart = useCallback(() => {
    sent.current = false;
  }, []);
  return { onSent: reportSent, restart };
}
