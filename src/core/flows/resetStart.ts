import type { ResetError } from '../errors.js';

/** Requesting a reset link (organization flow): the start screen and the "check your email" screen. */
export type ResetStartStatus = 'idle' | 'submitting' | 'sent' | 'error';

export const RESET_START_STATUSES: readonly ResetStartStatus[] = ['idle', 'submitting', 'sent', 'error'];

export interface ResetStartState {
  status: ResetStartStatus;
  /** The address the member typed; kept through every error so the form never empties. */
  email: string;
  error: ResetError | null;
  /** When the last link was sent (ms), for the resend cooldown. */
  sentAt: number | null;
  /** Until when the backend asked us to wait (ms), after a rate limit. */
  blockedUntil: number | null;
}

export type ResetStartEvent =
  | { type: 'EMAIL.SUBMIT'; email: string }
  | { type: 'REQUEST.SUCCESS'; at: number }
  | { type: 'REQUEST.FAILURE'; error: ResetError; at: number }
  | { type: 'FLOW.RESET' };

export const initialResetStartState: ResetStartState = {
  status: 'idle',
  email: '',
  error: null,
  sentAt: null,
  blockedUntil: null,
};

/** Until when a rate-limit answer asks the member to wait, or null. */
export function blockedUntilFor(error: ResetError, at: number): number | null {
  return error.code === 'rate_limited' && error.retryAfterSeconds !== undefined ? at + error.retryAfterSeconds * 1000 : null;
}

export function resetStartReducer(state: ResetStartState, event: ResetStartEvent): ResetStartState {
  switch (event.type) {
    case 'EMAIL.SUBMIT':
      // One request at a time: a second submit while one is in flight is a no-op.
      if (state.status === 'submitting') return state;
      return { ...state, status: 'submitting', email: event.email, error: null };
    case 'REQUEST.SUCCESS':
      if (state.status !== 'submitting') return state;
      return { ...state, status: 'sent', error: null, sentAt: event.at, blockedUntil: null };
    case 'REQUEST.FAILURE':
      if (state.status !== 'submitting') return state;
      // Whether an account exists must not show: an unknown address looks exactly like a sent link.
      if (event.error.code === 'member_not_found') {
        return { ...state, status: 'sent', error: null, sentAt: event.at, blockedUntil: null };
      }
      return { ...state, status: 'error', error: event.error, blockedUntil: blockedUntilFor(event.error, event.at) };
    case 'FLOW.RESET':
      // Starting over neither forgets the address nor lifts the backend's rate limit.
      return { ...initialResetStartState, email: state.email, blockedUntil: state.blockedUntil };
  }
}
