import { describe, expect, it } from 'vitest';
import {
  RESET_COMPLETE_STATUSES,
  ResetError,
  initialResetCompleteState,
  resetByEmailReducer,
  resetByExistingPasswordReducer,
  resetBySessionReducer,
  statusForAuthResult,
  type ResetCompleteEvent,
  type ResetCompleteReducer,
  type ResetCompleteState,
  type ResetCompleteStatus,
} from '../../src/core/index.js';
import { authResult } from './fixtures.js';

interface Subject<Input> {
  name: string;
  reducer: ResetCompleteReducer<Input>;
  /** What was typed before (held in the states below). */
  typed: Input;
  /** What the member types now. */
  next: Input;
}

const SUBJECTS = [
  {
    name: 'resetByEmailReducer',
    reducer: resetByEmailReducer,
    typed: { password: 'first try' },
    next: { password: 'second try' },
  } satisfies Subject<{ password: string }>,
  {
    name: 'resetBySessionReducer',
    reducer: resetBySessionReducer,
    typed: { password: 'first try' },
    next: { password: 'second try' },
  } satisfies Subject<{ password: string }>,
  {
    name: 'resetByExistingPasswordReducer',
    reducer: resetByExistingPasswordReducer,
    typed: { emailAddress: 'm@example.com', existingPassword: 'old', password: 'first try' },
    next: { emailAddress: 'm@example.com', existingPassword: 'old!', password: 'second try' },
  } satisfies Subject<{ emailAddress: string; existingPassword: string; password: string }>,
] as Subject<unknown>[];

const failureError = new ResetError('weak_password', 'Too weak.', { status: 400, errorType: 'weak_password' });
const previousError = new ResetError('breached_password', 'Breached.');
const signedIn = authResult(true);
const mfa = authResult(false);
const previousResult = authResult(true, 'member-previous');

type EventName = 'submit' | 'success' | 'successMfa' | 'failure' | 'flowReset';
const EVENT_NAMES: EventName[] = ['submit', 'success', 'successMfa', 'failure', 'flowReset'];

function events<Input>(subject: Subject<Input>): Record<EventName, ResetCompleteEvent<Input>> {
  return {
    submit: { type: 'PASSWORD.SUBMIT', input: subject.next },
    success: { type: 'REQUEST.SUCCESS', result: signedIn },
    successMfa: { type: 'REQUEST.SUCCESS', result: mfa },
    failure: { type: 'REQUEST.FAILURE', error: failureError },
    flowReset: { type: 'FLOW.RESET' },
  };
}

function states<Input>(subject: Subject<Input>): Record<ResetCompleteStatus, ResetCompleteState<Input>> {
  return {
    idle: initialResetCompleteState<Input>(),
    submitting: { status: 'submitting', input: subject.typed, error: null, result: null },
    // After success the password is gone.
    success: { status: 'success', input: null, error: null, result: previousResult },
    mfa_required: { status: 'mfa_required', input: null, error: null, result: mfa },
    error: { status: 'error', input: subject.typed, error: previousError, result: null },
  };
}

/** The whole transition table, expected next states written out ('ignored' = same object back). */
function table<Input>(
  subject: Subject<Input>,
): Record<ResetCompleteStatus, Record<EventName, ResetCompleteState<Input> | 'ignored'>> {
  const { typed, next } = subject;
  const ignoredAnswers = { success: 'ignored', successMfa: 'ignored', failure: 'ignored' } as const;
  return {
    idle: {
      submit: { status: 'submitting', input: next, error: null, result: null },
      ...ignoredAnswers,
      flowReset: { status: 'idle', input: null, error: null, result: null },
    },
    submitting: {
      // A double submit while the request is in flight is a no-op.
      submit: 'ignored',
      // Success drops the password: the backend has it now.
      success: { status: 'success', input: null, error: null, result: signedIn },
      successMfa: { status: 'mfa_required', input: null, error: null, result: mfa },
      // A failure keeps everything typed.
      failure: { status: 'error', input: typed, error: failureError, result: null },
      flowReset: { status: 'idle', input: typed, error: null, result: null },
    },
    success: {
      submit: 'ignored',
      ...ignoredAnswers,
      flowReset: { status: 'idle', input: null, error: null, result: null },
    },
    mfa_required: {
      submit: 'ignored',
      ...ignoredAnswers,
      flowReset: { status: 'idle', input: null, error: null, result: null },
    },
    error: {
      // A retry.
      submit: { status: 'submitting', input: next, error: null, result: null },
      ...ignoredAnswers,
      flowReset: { status: 'idle', input: typed, error: null, result: null },
    },
  };
}

describe.each(SUBJECTS)('$name: every event in every status', (subject) => {
  const STATES = states(subject);
  const EVENTS = events(subject);
  const TABLE = table(subject);

  it('the table covers every declared status', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...RESET_COMPLETE_STATUSES].sort());
  });

  const cases = RESET_COMPLETE_STATUSES.flatMap((status) => EVENT_NAMES.map((name) => [status, name] as const));

  it.each(cases)('in %s, %s', (status, name) => {
    const state = Object.freeze(STATES[status]);
    const next = subject.reducer(state, EVENTS[name]);
    const expected = TABLE[status][name];
    if (expected === 'ignored') {
      expect(next).toBe(state);
    } else {
      expect(next).toEqual(expected);
      expect(next.error).toBe(expected.error);
      expect(next.result).toBe(expected.result);
      // What was typed is kept as the very object submitted.
      expect(next.input).toBe(expected.input);
    }
  });
});

describe.each(SUBJECTS)('$name: flows', (subject) => {
  const EVENTS = events(subject);

  it('fail, retry, succeed: the typed input survives the failure and is dropped on success', () => {
    let state = subject.reducer(initialResetCompleteState(), { type: 'PASSWORD.SUBMIT', input: subject.typed });
    state = subject.reducer(state, EVENTS.failure);
    expect(state.status).toBe('error');
    expect(state.input).toBe(subject.typed);
    state = subject.reducer(state, EVENTS.flowReset);
    expect(state).toEqual({ status: 'idle', input: subject.typed, error: null, result: null });
    state = subject.reducer(state, EVENTS.submit);
    state = subject.reducer(state, EVENTS.success);
    expect(state).toEqual({ status: 'success', input: null, error: null, result: signedIn });
  });

  it('a late failure after success is ignored and restores no password', () => {
    let state = subject.reducer(initialResetCompleteState(), EVENTS.submit);
    state = subject.reducer(state, EVENTS.successMfa);
    const late = subject.reducer(state, EVENTS.failure);
    expect(late).toBe(state);
    expect(late.input).toBeNull();
  });

  it('after success, FLOW.RESET starts over with an empty form and allows a new submit', () => {
    let state = subject.reducer(initialResetCompleteState(), EVENTS.submit);
    state = subject.reducer(state, EVENTS.success);
    state = subject.reducer(state, EVENTS.flowReset);
    expect(state).toEqual(initialResetCompleteState());
    expect(subject.reducer(state, EVENTS.submit).status).toBe('submitting');
  });
});

describe('initialResetCompleteState and statusForAuthResult', () => {
  it('starts idle with nothing', () => {
    expect(initialResetCompleteState()).toEqual({ status: 'idle', input: null, error: null, result: null });
    expect(initialResetCompleteState()).not.toBe(initialResetCompleteState());
  });

  it('success when authenticated, mfa_required otherwise', () => {
    expect(statusForAuthResult(signedIn)).toBe('success');
    expect(statusForAuthResult(mfa)).toBe('mfa_required');
    expect(statusForAuthResult({ ...signedIn, memberAuthenticated: false, mfaRequired: null, primaryRequired: { allowedAuthMethods: ['sso'] } })).toBe(
      'mfa_required',
    );
  });
});
