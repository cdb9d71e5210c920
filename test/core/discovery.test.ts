import { describe, expect, it } from 'vitest';
import {
  DISCOVERY_STATUSES,
  ResetError,
  discoveryReducer,
  initialDiscoveryState,
  isDiscoveryPending,
  type DiscoveryEvent,
  type DiscoveryState,
} from '../../src/core/index.js';
import { authResult, discoveredOrganization, discoveryResult } from './fixtures.js';

const EMAIL = 'typed@example.com';
const PASSWORD = 'typed password';
const previousError = new ResetError('network', 'Offline.');
const failure = new ResetError('server', 'The backend failed.', { status: 500 });
const signedIn = authResult(true);
const mfa = authResult(false);
const discovered = discoveryResult(['org-a', 'org-b', 'org-c']);

const choose: DiscoveryState = {
  ...initialDiscoveryState,
  status: 'choose_organization',
  email: 'confirmed@example.com',
  intermediateSessionToken: 'ist-previous',
  organizations: [discoveredOrganization('org-a'), discoveredOrganization('org-b')],
  sentAt: 1_000,
};
const exchanging: DiscoveryState = { ...choose, status: 'exchanging', selectedOrganizationId: 'org-a' };
const resetting: DiscoveryState = { ...initialDiscoveryState, status: 'resetting', email: EMAIL, password: PASSWORD, sentAt: 1_000 };
const errorExchange: DiscoveryState = { ...exchanging, status: 'error', error: previousError, failedStep: 'exchange' };

/** One state per status, and every kind of error state (which step failed matters). */
const STATES = {
  idle: initialDiscoveryState,
  sending: { ...initialDiscoveryState, status: 'sending', email: EMAIL },
  sent: { ...initialDiscoveryState, status: 'sent', email: EMAIL, sentAt: 1_000 },
  resetting,
  choose_organization: choose,
  exchanging,
  success: { ...exchanging, status: 'success', result: signedIn },
  mfa_required: { ...exchanging, status: 'mfa_required', result: mfa },
  'error (start)': {
    ...initialDiscoveryState,
    status: 'error',
    email: EMAIL,
    error: previousError,
    failedStep: 'start',
    blockedUntil: 9_000,
  },
  'error (reset)': { ...resetting, status: 'error', error: previousError, failedStep: 'reset' },
  'error (exchange)': errorExchange,
  'error (exchange, session expired)': { ...errorExchange, intermediateSessionToken: null, organizations: [] },
} satisfies Record<string, DiscoveryState>;
type StateName = keyof typeof STATES;

const EVENTS = {
  'START.SUBMIT': { type: 'START.SUBMIT', email: 'new@example.com' },
  'START.SUCCESS': { type: 'START.SUCCESS', at: 50_000 },
  'START.FAILURE': { type: 'START.FAILURE', error: failure, at: 50_000 },
  'START.FAILURE member_not_found': {
    type: 'START.FAILURE',
    error: new ResetError('member_not_found', 'No such member.', { status: 404 }),
    at: 50_000,
  },
  'START.FAILURE rate_limited': {
    type: 'START.FAILURE',
    error: new ResetError('rate_limited', 'Slow down.', { status: 429, retryAfterSeconds: 30 }),
    at: 50_000,
  },
  'PASSWORD.SUBMIT': { type: 'PASSWORD.SUBMIT', password: 'new password' },
  'RESET.SUCCESS': { type: 'RESET.SUCCESS', discovery: discovered },
  'RESET.FAILURE': { type: 'RESET.FAILURE', error: failure },
  'ORGANIZATION.SELECT listed': { type: 'ORGANIZATION.SELECT', organizationId: 'org-b' },
  'ORGANIZATION.SELECT not listed': { type: 'ORGANIZATION.SELECT', organizationId: 'org-z' },
  'ORGANIZATION.CREATE': { type: 'ORGANIZATION.CREATE' },
  'EXCHANGE.SUCCESS': { type: 'EXCHANGE.SUCCESS', result: signedIn },
  'EXCHANGE.SUCCESS mfa': { type: 'EXCHANGE.SUCCESS', result: mfa },
  'EXCHANGE.FAILURE': { type: 'EXCHANGE.FAILURE', error: failure },
  'EXCHANGE.FAILURE discovery_session_expired': {
    type: 'EXCHANGE.FAILURE',
    error: new ResetError('discovery_session_expired', 'Expired.', { status: 404 }),
  },
  'FLOW.RESET': { type: 'FLOW.RESET' },
} satisfies Record<string, DiscoveryEvent>;
type EventName = keyof typeof EVENTS;

type Expected = 'ignored' | Partial<DiscoveryState> | ((state: DiscoveryState) => DiscoveryState);

const ERROR_STATES: StateName[] = [
  'error (start)',
  'error (reset)',
  'error (exchange)',
  'error (exchange, session expired)',
];
/** Where a new link may be requested or a password set: nothing pending and not done. */
const OPEN_STATES: StateName[] = ['idle', 'sent', ...ERROR_STATES];
/** Where an organization may be picked: an intermediate session is held and no exchange runs. */
const CHOOSING_STATES: StateName[] = ['choose_organization', 'error (exchange)'];

/**
 * The expected outcome of each event, per state: a patch over the previous state, a function of
 * it, or 'ignored' (the reducer must hand back the very same object).
 */
function expectedFor(stateName: StateName, eventName: EventName): Expected {
  const status = STATES[stateName].status;
  const only = (names: StateName[], patch: Expected): Expected => (names.includes(stateName) ? patch : 'ignored');
  switch (eventName) {
    case 'START.SUBMIT':
      // A new link voids whatever an earlier reset discovered; the typed password and the
      // backend's timers stay.
      return OPEN_STATES.includes(stateName)
        ? (state) => ({
            ...initialDiscoveryState,
            status: 'sending',
            email: 'new@example.com',
            password: state.password,
            sentAt: state.sentAt,
            blockedUntil: state.blockedUntil,
          })
        : 'ignored';
    case 'START.SUCCESS':
      return status === 'sending' ? { status: 'sent', sentAt: 50_000, blockedUntil: null } : 'ignored';
    case 'START.FAILURE':
      return status === 'sending' ? { status: 'error', error: failure, failedStep: 'start', blockedUntil: null } : 'ignored';
    case 'START.FAILURE member_not_found':
      // Anti-enumeration: an unknown address looks exactly like a sent link.
      return status === 'sending' ? { status: 'sent', sentAt: 50_000, blockedUntil: null } : 'ignored';
    case 'START.FAILURE rate_limited':
      return status === 'sending'
        ? { status: 'error', error: EVENTS[eventName].error, failedStep: 'start', blockedUntil: 80_000 }
        : 'ignored';
    case 'PASSWORD.SUBMIT':
      return only(OPEN_STATES, { status: 'resetting', password: 'new password', error: null, failedStep: null });
    case 'RESET.SUCCESS':
      return status === 'resetting'
        ? {
            status: 'choose_organization',
            email: 'confirmed@example.com',
            // The backend has the password now.
            password: null,
            intermediateSessionToken: 'ist-discovery-1',
            organizations: discovered.discoveredOrganizations,
          }
        : 'ignored';
    case 'RESET.FAILURE':
      // The typed password stays for the retry.
      return status === 'resetting' ? { status: 'error', error: failure, failedStep: 'reset' } : 'ignored';
    case 'ORGANIZATION.SELECT listed':
      return only(CHOOSING_STATES, { status: 'exchanging', selectedOrganizationId: 'org-b', error: null, failedStep: null });
    case 'ORGANIZATION.SELECT not listed':
      return 'ignored';
    case 'ORGANIZATION.CREATE':
      return only(CHOOSING_STATES, { status: 'exchanging', selectedOrganizationId: null, error: null, failedStep: null });
    case 'EXCHANGE.SUCCESS':
      return status === 'exchanging' ? { status: 'success', result: signedIn } : 'ignored';
    case 'EXCHANGE.SUCCESS mfa':
      return status === 'exchanging' ? { status: 'mfa_required', result: mfa } : 'ignored';
    case 'EXCHANGE.FAILURE':
      // Another organization may still be picked with the same intermediate session.
      return status === 'exchanging' ? { status: 'error', error: failure, failedStep: 'exchange' } : 'ignored';
    case 'EXCHANGE.FAILURE discovery_session_expired':
      // The intermediate session is gone: nothing left to pick from.
      return status === 'exchanging'
        ? {
            status: 'error',
            error: EVENTS[eventName].error,
            failedStep: 'exchange',
            intermediateSessionToken: null,
            organizations: [],
          }
        : 'ignored';
    case 'FLOW.RESET':
      // Back to the start, keeping what was typed and the backend's rate limit.
      return (state) => ({
        ...initialDiscoveryState,
        email: state.email,
        password: state.password,
        blockedUntil: state.blockedUntil,
      });
  }
}

const STATE_NAMES = Object.keys(STATES) as StateName[];
const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

describe('discoveryReducer: every event in every status', () => {
  it('the states cover every declared status', () => {
    expect([...new Set(STATE_NAMES.map((name) => STATES[name].status))].sort()).toEqual([...DISCOVERY_STATUSES].sort());
  });

  it('the events cover every event type', () => {
    expect([...new Set(EVENT_NAMES.map((name) => EVENTS[name].type))].sort()).toEqual(
      [
        'START.SUBMIT',
        'START.SUCCESS',
        'START.FAILURE',
        'PASSWORD.SUBMIT',
        'RESET.SUCCESS',
        'RESET.FAILURE',
        'ORGANIZATION.SELECT',
        'ORGANIZATION.CREATE',
        'EXCHANGE.SUCCESS',
        'EXCHANGE.FAILURE',
        'FLOW.RESET',
      ].sort(),
    );
  });

  const cases = STATE_NAMES.flatMap((stateName) => EVENT_NAMES.map((eventName) => [stateName, eventName] as const));

  it.each(cases)('in %s, %s', (stateName, eventName) => {
    const state = Object.freeze(STATES[stateName] as DiscoveryState);
    const next = discoveryReducer(state, EVENTS[eventName]);
    const expected = expectedFor(stateName, eventName);
    if (expected === 'ignored') {
      expect(next).toBe(state);
      return;
    }
    const want = typeof expected === 'function' ? expected(state) : { ...state, ...expected };
    expect(next).toEqual(want);
    expect(next.error).toBe(want.error);
    expect(next.result).toBe(want.result);
  });
});

describe('discoveryReducer: flows', () => {
  it('runs the whole cross-organization reset', () => {
    let state = discoveryReducer(initialDiscoveryState, { type: 'START.SUBMIT', email: 'Member@Example.com' });
    expect(isDiscoveryPending(state)).toBe(true);
    state = discoveryReducer(state, { type: 'START.SUCCESS', at: 1_000 });
    expect(state).toMatchObject({ status: 'sent', email: 'Member@Example.com', sentAt: 1_000 });
    state = discoveryReducer(state, { type: 'PASSWORD.SUBMIT', password: PASSWORD });
    expect(state).toMatchObject({ status: 'resetting', password: PASSWORD });
    state = discoveryReducer(state, { type: 'RESET.SUCCESS', discovery: discoveryResult(['org-a', 'org-b'], 'member@example.com') });
    expect(state).toMatchObject({ status: 'choose_organization', email: 'member@example.com', password: null });
    state = discoveryReducer(state, { type: 'ORGANIZATION.SELECT', organizationId: 'org-b' });
    expect(state).toMatchObject({ status: 'exchanging', selectedOrganizationId: 'org-b' });
    state = discoveryReducer(state, { type: 'EXCHANGE.SUCCESS', result: signedIn });
    expect(state).toMatchObject({ status: 'success', result: signedIn, password: null });
    expect(isDiscoveryPending(state)).toBe(false);
  });

  it('after a failed exchange, another organization may be picked; after an expired session, none', () => {
    let state = discoveryReducer(choose, { type: 'ORGANIZATION.SELECT', organizationId: 'org-a' });
    state = discoveryReducer(state, { type: 'EXCHANGE.FAILURE', error: failure });
    state = discoveryReducer(state, { type: 'ORGANIZATION.SELECT', organizationId: 'org-b' });
    expect(state).toMatchObject({ status: 'exchanging', selectedOrganizationId: 'org-b', error: null });
    state = discoveryReducer(state, EVENTS['EXCHANGE.FAILURE discovery_session_expired']);
    expect(state).toMatchObject({ status: 'error', intermediateSessionToken: null, organizations: [] });
    expect(discoveryReducer(state, { type: 'ORGANIZATION.SELECT', organizationId: 'org-a' })).toBe(state);
    expect(discoveryReducer(state, { type: 'ORGANIZATION.CREATE' })).toBe(state);
  });

  it('a double submit while sending is a no-op', () => {
    const sending = discoveryReducer(initialDiscoveryState, { type: 'START.SUBMIT', email: 'a@example.com' });
    expect(discoveryReducer(sending, { type: 'START.SUBMIT', email: 'b@example.com' })).toBe(sending);
    expect(discoveryReducer(sending, { type: 'PASSWORD.SUBMIT', password: 'x' })).toBe(sending);
  });

  it('a failed reset keeps the password; FLOW.RESET keeps it and the email too', () => {
    let state = discoveryReducer(initialDiscoveryState, { type: 'START.SUBMIT', email: EMAIL });
    state = discoveryReducer(state, { type: 'START.SUCCESS', at: 1 });
    state = discoveryReducer(state, { type: 'PASSWORD.SUBMIT', password: PASSWORD });
    state = discoveryReducer(state, { type: 'RESET.FAILURE', error: new ResetError('weak_password', 'Weak.') });
    expect(state).toMatchObject({ status: 'error', failedStep: 'reset', email: EMAIL, password: PASSWORD });
    state = discoveryReducer(state, { type: 'FLOW.RESET' });
    expect(state).toEqual({ ...initialDiscoveryState, email: EMAIL, password: PASSWORD });
  });
});

describe('isDiscoveryPending', () => {
  it.each(STATE_NAMES)('%s', (name) => {
    expect(isDiscoveryPending(STATES[name] as DiscoveryState)).toBe(['sending', 'resetting', 'exchanging'].includes(STATES[name].status));
  });
});
