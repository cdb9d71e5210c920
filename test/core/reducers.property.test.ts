import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCOVERY_STATUSES,
  RESET_COMPLETE_STATUSES,
  RESET_ERROR_CODES,
  RESET_START_STATUSES,
  ResetError,
  discoveryReducer,
  initialDiscoveryState,
  initialResetCompleteState,
  initialResetStartState,
  resetByEmailReducer,
  resetByExistingPasswordReducer,
  resetBySessionReducer,
  resetStartReducer,
  type AuthResult,
  type DiscoveryEvent,
  type DiscoveryResult,
  type DiscoveryState,
  type DiscoveryStatus,
  type ResetCompleteEvent,
  type ResetCompleteReducer,
  type ResetCompleteStatus,
  type ResetStartEvent,
  type ResetStartStatus,
} from '../../src/core/index.js';
import { discoveredOrganization } from './fixtures.js';

const NUM_RUNS = 300;
const MAX_EVENTS = 40;
/** Long sequences too: most transitions lie several events deep. */
const EVENTS_OPTIONS = { maxLength: MAX_EVENTS, size: 'max' } as const;

// ---- Arbitraries -------------------------------------------------------------------------------

/** A ResetError of any code, sometimes with a status and a Retry-After delay. */
const resetErrorArb: fc.Arbitrary<ResetError> = fc
  .record({
    code: fc.constantFrom(...RESET_ERROR_CODES),
    status: fc.option(fc.integer({ min: 400, max: 599 }), { nil: undefined }),
    retryAfterSeconds: fc.option(fc.nat({ max: 3_600 }), { nil: undefined }),
  })
  .map(({ code, status, retryAfterSeconds }) => new ResetError(code, `failed: ${code}`, { status, retryAfterSeconds }));

const atArb = fc.nat({ max: 2_000_000_000 });
const typedTextArb = fc.oneof(fc.string(), fc.constantFrom('', 'member@example.com', 'Member@Example.COM ', 'josé@exämple.de'));

const authResultArb: fc.Arbitrary<AuthResult> = fc
  .record({ memberId: fc.string({ minLength: 1 }), memberAuthenticated: fc.boolean() })
  .map(({ memberId, memberAuthenticated }) => ({
    memberId,
    memberAuthenticated,
    intermediateSessionToken: memberAuthenticated ? undefined : 'ist-mfa',
    sessionToken: memberAuthenticated ? 'session-token' : undefined,
    mfaRequired: memberAuthenticated ? null : {},
    primaryRequired: null,
  }));

const ORGANIZATION_IDS = ['org-a', 'org-b', 'org-c'];

const discoveryResultArb: fc.Arbitrary<DiscoveryResult> = fc
  .record({
    intermediateSessionToken: fc.string({ minLength: 1 }),
    emailAddress: fc.emailAddress(),
    organizationIds: fc.subarray(ORGANIZATION_IDS),
  })
  .map(({ intermediateSessionToken, emailAddress, organizationIds }) => ({
    intermediateSessionToken,
    emailAddress,
    discoveredOrganizations: organizationIds.map(discoveredOrganization),
  }));

const startEventArb: fc.Arbitrary<ResetStartEvent> = fc.oneof(
  typedTextArb.map((email) => ({ type: 'EMAIL.SUBMIT' as const, email })),
  atArb.map((at) => ({ type: 'REQUEST.SUCCESS' as const, at })),
  fc.record({ error: resetErrorArb, at: atArb }).map(({ error, at }) => ({ type: 'REQUEST.FAILURE' as const, error, at })),
  fc.constant({ type: 'FLOW.RESET' as const }),
);

function completeEventArb<Input>(inputArb: fc.Arbitrary<Input>): fc.Arbitrary<ResetCompleteEvent<Input>> {
  return fc.oneof(
    inputArb.map((input) => ({ type: 'PASSWORD.SUBMIT' as const, input })),
    authResultArb.map((result) => ({ type: 'REQUEST.SUCCESS' as const, result })),
    resetErrorArb.map((error) => ({ type: 'REQUEST.FAILURE' as const, error })),
    fc.constant({ type: 'FLOW.RESET' as const }),
  );
}

const discoveryEventArb: fc.Arbitrary<DiscoveryEvent> = fc.oneof(
  typedTextArb.map((email) => ({ type: 'START.SUBMIT' as const, email })),
  atArb.map((at) => ({ type: 'START.SUCCESS' as const, at })),
  fc.record({ error: resetErrorArb, at: atArb }).map(({ error, at }) => ({ type: 'START.FAILURE' as const, error, at })),
  typedTextArb.map((password) => ({ type: 'PASSWORD.SUBMIT' as const, password })),
  discoveryResultArb.map((discovery) => ({ type: 'RESET.SUCCESS' as const, discovery })),
  resetErrorArb.map((error) => ({ type: 'RESET.FAILURE' as const, error })),
  // Sometimes an organization the backend never listed.
  fc.constantFrom(...ORGANIZATION_IDS, 'org-unlisted').map((organizationId) => ({ type: 'ORGANIZATION.SELECT' as const, organizationId })),
  fc.constant({ type: 'ORGANIZATION.CREATE' as const }),
  authResultArb.map((result) => ({ type: 'EXCHANGE.SUCCESS' as const, result })),
  resetErrorArb.map((error) => ({ type: 'EXCHANGE.FAILURE' as const, error })),
  fc.constant({ type: 'FLOW.RESET' as const }),
);

const isFailure = (type: string) => type.endsWith('.FAILURE');

// ---- resetStartReducer -------------------------------------------------------------------------

describe('resetStartReducer under random event sequences', () => {
  it('stays in its declared statuses and never drops the submitted email', () => {
    fc.assert(
      fc.property(fc.array(startEventArb, EVENTS_OPTIONS), (events) => {
        let state = initialResetStartState;
        // The email of the last submit the reducer accepted (one is refused only while submitting).
        let lastSubmitted = '';
        for (const event of events) {
          const previous = state;
          state = resetStartReducer(previous, event);
          if (event.type === 'EMAIL.SUBMIT' && previous.status !== 'submitting') lastSubmitted = event.email;

          expect(RESET_START_STATUSES).toContain<ResetStartStatus>(state.status);
          // Nothing typed is ever lost: not on a failure, not on FLOW.RESET, not ever.
          if (isFailure(event.type) || event.type === 'FLOW.RESET') expect(state.email).toBe(lastSubmitted);
          expect(state.email).toBe(lastSubmitted);
          // An error is shown exactly in the error status.
          expect(state.error !== null).toBe(state.status === 'error');
          // Answers count only while a request is in flight.
          if ((event.type === 'REQUEST.SUCCESS' || event.type === 'REQUEST.FAILURE') && previous.status !== 'submitting') {
            expect(state).toBe(previous);
          }
          if (event.type === 'REQUEST.FAILURE' && previous.status === 'submitting') {
            if (event.error.code === 'member_not_found') {
              expect(state.status).toBe('sent');
            } else {
              expect(state.error).toBe(event.error);
              const { code, retryAfterSeconds } = event.error;
              expect(state.blockedUntil).toBe(
                code === 'rate_limited' && retryAfterSeconds !== undefined ? event.at + retryAfterSeconds * 1000 : null,
              );
            }
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---- the three completion reducers -------------------------------------------------------------

const passwordInputArb = fc.record({ password: typedTextArb });
const existingPasswordInputArb = fc.record({
  emailAddress: typedTextArb,
  existingPassword: typedTextArb,
  password: typedTextArb,
});

const COMPLETE_SUBJECTS = [
  { name: 'resetByEmailReducer', reducer: resetByEmailReducer, inputArb: passwordInputArb },
  { name: 'resetBySessionReducer', reducer: resetBySessionReducer, inputArb: passwordInputArb },
  { name: 'resetByExistingPasswordReducer', reducer: resetByExistingPasswordReducer, inputArb: existingPasswordInputArb },
] as { name: string; reducer: ResetCompleteReducer<unknown>; inputArb: fc.Arbitrary<unknown> }[];

describe.each(COMPLETE_SUBJECTS)('$name under random event sequences', ({ reducer, inputArb }) => {
  it('stays in its declared statuses and keeps the submitted input until a success', () => {
    fc.assert(
      fc.property(fc.array(completeEventArb(inputArb), EVENTS_OPTIONS), (events) => {
        let state = initialResetCompleteState<unknown>();
        // What the member last submitted, as long as the backend has not accepted it: a submit is
        // accepted from idle or error, and a success (only while submitting) drops the password.
        let kept: unknown = null;
        for (const event of events) {
          const previous = state;
          state = reducer(previous, event);
          if (event.type === 'PASSWORD.SUBMIT' && (previous.status === 'idle' || previous.status === 'error')) kept = event.input;
          if (event.type === 'REQUEST.SUCCESS' && previous.status === 'submitting') kept = null;

          expect(RESET_COMPLETE_STATUSES).toContain<ResetCompleteStatus>(state.status);
          if (isFailure(event.type) || event.type === 'FLOW.RESET') expect(state.input).toBe(kept);
          expect(state.input).toBe(kept);
          expect(state.error !== null).toBe(state.status === 'error');
          const done = state.status === 'success' || state.status === 'mfa_required';
          expect(state.result !== null).toBe(done);
          if (done) expect(state.input).toBeNull();
          if (event.type !== 'FLOW.RESET' && event.type !== 'PASSWORD.SUBMIT' && previous.status !== 'submitting') {
            expect(state).toBe(previous);
          }
          if (event.type === 'PASSWORD.SUBMIT' && previous.status === 'submitting') expect(state).toBe(previous);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---- discoveryReducer --------------------------------------------------------------------------

const OPEN: readonly DiscoveryStatus[] = ['idle', 'sent', 'error'];
const AFTER_RESET: readonly DiscoveryStatus[] = ['choose_organization', 'exchanging', 'success', 'mfa_required'];

function listed(state: DiscoveryState, organizationId: string): boolean {
  return state.organizations.some((entry) => entry.organization.organizationId === organizationId);
}

describe('discoveryReducer under random event sequences', () => {
  it('stays in its declared statuses and never drops the typed email or password', () => {
    fc.assert(
      fc.property(fc.array(discoveryEventArb, EVENTS_OPTIONS), (events) => {
        let state = initialDiscoveryState;
        // The email last typed (until the backend confirms its own spelling on a reset), and the
        // password last typed (until the backend accepts it on a reset).
        let email = '';
        let password: string | null = null;
        for (const event of events) {
          const previous = state;
          state = discoveryReducer(previous, event);
          if (event.type === 'START.SUBMIT' && OPEN.includes(previous.status)) email = event.email;
          if (event.type === 'PASSWORD.SUBMIT' && OPEN.includes(previous.status)) password = event.password;
          if (event.type === 'RESET.SUCCESS' && previous.status === 'resetting') {
            email = event.discovery.emailAddress;
            password = null;
          }

          expect(DISCOVERY_STATUSES).toContain<DiscoveryStatus>(state.status);
          if (isFailure(event.type) || event.type === 'FLOW.RESET') {
            expect(state.email).toBe(email);
            expect(state.password).toBe(password);
          }
          expect(state.email).toBe(email);
          expect(state.password).toBe(password);

          expect(state.error !== null).toBe(state.status === 'error');
          expect(state.failedStep !== null).toBe(state.status === 'error');
          // Once the password is set, it is not kept.
          if (AFTER_RESET.includes(state.status)) expect(state.password).toBeNull();
          if (state.status === 'success' || state.status === 'mfa_required') expect(state.result).not.toBeNull();
          // Organizations come only with an intermediate session.
          if (state.organizations.length > 0) expect(state.intermediateSessionToken).not.toBeNull();
          if (state.status === 'exchanging') {
            expect(state.intermediateSessionToken).not.toBeNull();
            if (state.selectedOrganizationId !== null) expect(listed(state, state.selectedOrganizationId)).toBe(true);
          }
          // Picking an organization the backend did not list does nothing.
          if (event.type === 'ORGANIZATION.SELECT' && !listed(previous, event.organizationId)) expect(state).toBe(previous);
          // An expired intermediate session leaves nothing to pick.
          if (
            event.type === 'EXCHANGE.FAILURE' &&
            previous.status === 'exchanging' &&
            event.error.code === 'discovery_session_expired'
          ) {
            expect(state.intermediateSessionToken).toBeNull();
            expect(state.organizations).toEqual([]);
          }
          // Answers count only while their request is in flight.
          const pendingFor: Partial<Record<DiscoveryEvent['type'], DiscoveryStatus>> = {
            'START.SUCCESS': 'sending',
            'START.FAILURE': 'sending',
            'RESET.SUCCESS': 'resetting',
            'RESET.FAILURE': 'resetting',
            'EXCHANGE.SUCCESS': 'exchanging',
            'EXCHANGE.FAILURE': 'exchanging',
          };
          const pending = pendingFor[event.type];
          if (pending !== undefined && previous.status !== pending) expect(state).toBe(previous);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('random sequences exercise every event in every status (the property above is not vacuous)', () => {
    expectFullCoverage(discoveryEventArb, initialDiscoveryState, discoveryReducer, DISCOVERY_STATUSES, 11);
  });
});

// ---- the generators reach every transition -----------------------------------------------------

/**
 * With a fixed seed, the same generators and run count as the properties exercise every
 * (status, event type) pair, so the properties above are checked on every transition.
 */
function expectFullCoverage<State extends { status: string }, Event extends { type: string }>(
  eventArb: fc.Arbitrary<Event>,
  initial: State,
  reducer: (state: State, event: Event) => State,
  statuses: readonly string[],
  eventTypeCount: number,
) {
  const seen = new Set<string>();
  const types = new Set<string>();
  fc.assert(
    fc.property(fc.array(eventArb, EVENTS_OPTIONS), (events) => {
      let state = initial;
      for (const event of events) {
        seen.add(`${state.status} | ${event.type}`);
        types.add(event.type);
        state = reducer(state, event);
      }
    }),
    { numRuns: NUM_RUNS, seed: 20240601 },
  );
  expect(types.size).toBe(eventTypeCount);
  const all = statuses.flatMap((status) => [...types].map((type) => `${status} | ${type}`));
  expect(all.filter((pair) => !seen.has(pair))).toEqual([]);
}

describe('the event generators', () => {
  it('exercise every event in every status of resetStartReducer', () => {
    expectFullCoverage(startEventArb, initialResetStartState, resetStartReducer, RESET_START_STATUSES, 4);
  });

  it.each(COMPLETE_SUBJECTS)('exercise every event in every status of $name', ({ reducer, inputArb }) => {
    expectFullCoverage(completeEventArb(inputArb), initialResetCompleteState<unknown>(), reducer, RESET_COMPLETE_STATUSES, 4);
  });
});
