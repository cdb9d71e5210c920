import { describe, expect, it } from 'vitest';
import {
  RESET_START_STATUSES,
  ResetError,
  blockedUntilFor,
  initialResetStartState,
  resetStartReducer,
  type ResetStartEvent,
  type ResetStartState,
  type ResetStartStatus,
} from '../../src/core/index.js';

const weak = new ResetError('server', 'The backend failed.', { status: 500 });
const oldError = new ResetError('network', 'Offline.');

/** One representative state of each status, as the reducer itself would have produced it. */
const STATES: Record<ResetStartStatus, ResetStartState> = {
  idle: initialResetStartState,
  submitting: { status: 'submitting', email: 'typed@example.com', error: null, sentAt: 1_000, blockedUntil: 9_000 },
  sent: { status: 'sent', email: 'typed@example.com', error: null, sentAt: 1_000, blockedUntil: null },
  error: { status: 'error', email: 'typed@example.com', error: oldError, sentAt: 1_000, blockedUntil: 9_000 },
};

const submit: ResetStartEvent = { type: 'EMAIL.SUBMIT', email: 'new@example.com' };
const success: ResetStartEvent = { type: 'REQUEST.SUCCESS', at: 50_000 };
const failure: ResetStartEvent = { type: 'REQUEST.FAILURE', error: weak, at: 50_000 };
const notFound: ResetStartEvent = {
  type: 'REQUEST.FAILURE',
  error: new ResetError('member_not_found', 'No such member.', { status: 404, errorType: 'member_not_found' }),
  at: 50_000,
};
const rateLimited: ResetStartEvent = {
  type: 'REQUEST.FAILURE',
  error: new ResetError('rate_limited', 'Slow down.', { status: 429, retryAfterSeconds: 30 }),
  at: 50_000,
};
const rateLimitedNoDelay: ResetStartEvent = {
  type: 'REQUEST.FAILURE',
  error: new ResetError('rate_limited', 'Slow down.', { status: 429 }),
  at: 50_000,
};
const flowReset: ResetStartEvent = { type: 'FLOW.RESET' };

const EVENTS = { submit, success, failure, notFound, rateLimited, rateLimitedNoDelay, flowReset };
type EventName = keyof typeof EVENTS;

/**
 * The whole transition table: for each status and event, the expected next state, or 'ignored'
 * when the reducer must return the very same state object.
 */
const TABLE: Record<ResetStartStatus, Record<EventName, ResetStartState | 'ignored'>> = {
  idle: {
    submit: { status: 'submitting', email: 'new@example.com', error: null, sentAt: null, blockedUntil: null },
    success: 'ignored',
    failure: 'ignored',
    notFound: 'ignored',
    rateLimited: 'ignored',
    rateLimitedNoDelay: 'ignored',
    flowReset: initialResetStartState,
  },
  submitting: {
    // A double submit while a request is in flight is a no-op.
    submit: 'ignored',
    success: { status: 'sent', email: 'typed@example.com', error: null, sentAt: 50_000, blockedUntil: null },
    failure: { status: 'error', email: 'typed@example.com', error: weak, sentAt: 1_000, blockedUntil: null },
    // Anti-enumeration: an unknown address looks exactly like a sent link.
    notFound: { status: 'sent', email: 'typed@example.com', error: null, sentAt: 50_000, blockedUntil: null },
    rateLimited: {
      status: 'error',
      email: 'typed@example.com',
      error: rateLimited.error,
      sentAt: 1_000,
      blockedUntil: 80_000,
    },
    rateLimitedNoDelay: {
      status: 'error',
      email: 'typed@example.com',
      error: rateLimitedNoDelay.error,
      sentAt: 1_000,
      blockedUntil: null,
    },
    flowReset: { status: 'idle', email: 'typed@example.com', error: null, sentAt: null, blockedUntil: 9_000 },
  },
  sent: {
    // A resend.
    submit: { status: 'submitting', email: 'new@example.com', error: null, sentAt: 1_000, blockedUntil: null },
    success: 'ignored',
    failure: 'ignored',
    notFound: 'ignored',
    rateLimited: 'ignored',
    rateLimitedNoDelay: 'ignored',
    flowReset: { status: 'idle', email: 'typed@example.com', error: null, sentAt: null, blockedUntil: null },
  },
  error: {
    submit: { status: 'submitting', email: 'new@example.com', error: null, sentAt: 1_000, blockedUntil: 9_000 },
    success: 'ignored',
    failure: 'ignored',
    notFound: 'ignored',
    rateLimited: 'ignored',
    rateLimitedNoDelay: 'ignored',
    flowReset: { status: 'idle', email: 'typed@example.com', error: null, sentAt: null, blockedUntil: 9_000 },
  },
};

const CASES = RESET_START_STATUSES.flatMap((status) =>
  (Object.keys(EVENTS) as EventName[]).map((name) => [status, name, TABLE[status][name]] as const),
);

describe('resetStartReducer: every event in every status', () => {
  it('the table covers every declared status', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...RESET_START_STATUSES].sort());
    expect(Object.keys(STATES).sort()).toEqual([...RESET_START_STATUSES].sort());
  });

  it.each(CASES)('in %s, %s', (status, name, expected) => {
    const state = STATES[status];
    const snapshot = structuredClone({ ...state, error: null });
    const next = resetStartReducer(state, EVENTS[name]);
    if (expected === 'ignored') {
      expect(next).toBe(state);
    } else {
      expect(next).toEqual(expected);
      expect(next.error).toBe(expected.error);
    }
    // The reducer is pure: the previous state is untouched.
    expect({ ...state, error: null }).toEqual(snapshot);
  });
});

describe('resetStartReducer: flows', () => {
  it('request, wait, resend, then a rate limit keeps the email and blocks for Retry-After', () => {
    let state = resetStartReducer(initialResetStartState, { type: 'EMAIL.SUBMIT', email: 'm@example.com' });
    state = resetStartReducer(state, { type: 'REQUEST.SUCCESS', at: 10_000 });
    expect(state).toMatchObject({ status: 'sent', email: 'm@example.com', sentAt: 10_000 });
    state = resetStartReducer(state, { type: 'EMAIL.SUBMIT', email: 'm@example.com' });
    state = resetStartReducer(state, rateLimited);
    expect(state).toMatchObject({ status: 'error', email: 'm@example.com', blockedUntil: 50_000 + 30_000 });
    expect(state.error?.code).toBe('rate_limited');
  });

  it('a second answer to the same request is ignored', () => {
    let state = resetStartReducer(initialResetStartState, submit);
    state = resetStartReducer(state, success);
    const after = resetStartReducer(state, failure);
    expect(after).toBe(state);
    expect(after.status).toBe('sent');
  });

  it('a member_not_found answer is indistinguishable from a success', () => {
    const submitted = resetStartReducer(initialResetStartState, submit);
    expect(resetStartReducer(submitted, notFound)).toEqual(resetStartReducer(submitted, { type: 'REQUEST.SUCCESS', at: notFound.at }));
  });

  it('a later success clears an earlier block', () => {
    let state = resetStartReducer(resetStartReducer(initialResetStartState, submit), rateLimited);
    expect(state.blockedUntil).toBe(80_000);
    state = resetStartReducer(resetStartReducer(state, submit), success);
    expect(state.blockedUntil).toBeNull();
  });
});

describe('blockedUntilFor', () => {
  it.each([
    [new ResetError('rate_limited', 'x', { retryAfterSeconds: 30 }), 1_000, 31_000],
    [new ResetError('rate_limited', 'x', { retryAfterSeconds: 0 }), 1_000, 1_000],
    [new ResetError('rate_limited', 'x'), 1_000, null],
    [new ResetError('locked_out', 'x', { retryAfterSeconds: 30 }), 1_000, null],
    [new ResetError('server', 'x', { retryAfterSeconds: 30 }), 1_000, null],
  ])('%s at %d blocks until %s', (error, at, until) => {
    expect(blockedUntilFor(error, at)).toBe(until);
  });
});
