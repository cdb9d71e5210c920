import type { ResetError } from '../errors.js';
import type { AuthResult, DiscoveredOrganization, DiscoveryResult } from '../types.js';
import { blockedUntilFor } from './resetStart.js';
import { statusForAuthResult } from './resetComplete.js';

/**
 * The cross-organization reset: request a link, set the password with the emailed token, then
 * pick one of the member's organizations (or create one), which either signs the member in or
 * hands off to MFA.
 */
export type DiscoveryStatus =
  | 'idle'
  | 'sending'
  | 'sent'
  | 'resetting'
  | 'choose_organization'
  | 'exchanging'
  | 'success'
  | 'mfa_required'
  | 'error';

export const DISCOVERY_STATUSES: readonly DiscoveryStatus[] = [
  'idle',
  'sending',
  'sent',
  'resetting',
  'choose_organization',
  'exchanging',
  'success',
  'mfa_required',
  'error',
];

/** Which step failed, so the UI knows what to show and what a retry means. */
export type DiscoveryStep = 'start' | 'reset' | 'exchange';

export interface DiscoveryState {
  status: DiscoveryStatus;
  /** The address typed on the start screen (replaced by the one the backend confirms). */
  email: string;
  /** The new password, kept while the reset is unconfirmed so an error never empties the form. */
  password: string | null;
  error: ResetError | null;
  failedStep: DiscoveryStep | null;
  /** Valid for 10 minutes after the reset; proves the member reset their password. */
  intermediateSessionToken: string | null;
  organizations: DiscoveredOrganization[];
  selectedOrganizationId: string | null;
  result: AuthResult | null;
  sentAt: number | null;
  blockedUntil: number | null;
}

export type DiscoveryEvent =
  | { type: 'START.SUBMIT'; email: string }
  | { type: 'START.SUCCESS'; at: number }
  | { type: 'START.FAILURE'; error: ResetError; at: number }
  | { type: 'PASSWORD.SUBMIT'; password: string }
  | { type: 'RESET.SUCCESS'; discovery: DiscoveryResult }
  | { type: 'RESET.FAILURE'; error: ResetError }
  | { type: 'ORGANIZATION.SELECT'; organizationId: string }
  | { type: 'ORGANIZATION.CREATE' }
  | { type: 'EXCHANGE.SUCCESS'; result: AuthResult }
  | { type: 'EXCHANGE.FAILURE'; error: ResetError }
  | { type: 'FLOW.RESET' };

export const initialDiscoveryState: DiscoveryState = {
  status: 'idle',
  email: '',
  password: null,
  error: null,
  failedStep: null,
  intermediateSessionToken: null,
  organizations: [],
  selectedOrganizationId: null,
  result: null,
  sentAt: null,
  blockedUntil: null,
};

const PENDING: readonly DiscoveryStatus[] = ['sending', 'resetting', 'exchanging'];

export function isDiscoveryPending(state: DiscoveryState): boolean {
  return PENDING.includes(state.status);
}

/** True while an intermediate session is held, i.e. an organization may be chosen or created. */
function canChooseOrganization(state: DiscoveryState): boolean {
  return (
    state.intermediateSessionToken !== null &&
    (state.status === 'choose_organization' || (state.status === 'error' && state.failedStep === 'exchange'))
  );
}

export function discoveryReducer(state: DiscoveryState, event: DiscoveryEvent): DiscoveryState {
  switch (event.type) {
    case 'START.SUBMIT':
      if (!['idle', 'sent', 'error'].includes(state.status)) return state;
      // A new link starts a new reset: whatever an earlier one discovered is void.
      return {
        ...initialDiscoveryState,
        status: 'sending',
        email: event.email,
        password: state.password,
        sentAt: state.sentAt,
        blockedUntil: state.blockedUntil,
      };
    case 'START.SUCCESS':
      if (state.status !== 'sending') return state;
      return { ...state, status: 'sent', sentAt: event.at, blockedUntil: null };
    case 'START.FAILURE':
      if (state.status !== 'sending') return state;
      // An unknown address must look exactly like a sent link.
      if (event.error.code === 'member_not_found') {
        return { ...state, status: 'sent', sentAt: event.at, blockedUntil: null };
      }
      return {
        ...state,
        status: 'error',
        error: event.error,
        failedStep: 'start',
        blockedUntil: blockedUntilFor(event.error, event.at),
      };
    case 'PASSWORD.SUBMIT':
      if (!['idle', 'sent', 'error'].includes(state.status)) return state;
      return { ...state, status: 'resetting', password: event.password, error: null, failedStep: null };
    case 'RESET.SUCCESS':
      if (state.status !== 'resetting') return state;
      return {
        ...state,
        status: 'choose_organization',
        email: event.discovery.emailAddress,
        password: null,
        intermediateSessionToken: event.discovery.intermediateSessionToken,
        organizations: event.discovery.discoveredOrganizations,
      };
    case 'RESET.FAILURE':
      if (state.status !== 'resetting') return state;
      return { ...state, status: 'error', error: event.error, failedStep: 'reset' };
    case 'ORGANIZATION.SELECT':
      if (!canChooseOrganization(state)) return state;
      if (!state.organizations.some((entry) => entry.organization.organizationId === event.organizationId)) return state;
      return { ...state, status: 'exchanging', selectedOrganizationId: event.organizationId, error: null, failedStep: null };
    case 'ORGANIZATION.CREATE':
      if (!canChooseOrganization(state)) return state;
      return { ...state, status: 'exchanging', selectedOrganizationId: null, error: null, failedStep: null };
    case 'EXCHANGE.SUCCESS':
      if (state.status !== 'exchanging') return state;
      return { ...state, status: statusForAuthResult(event.result), result: event.result };
    case 'EXCHANGE.FAILURE': {
      if (state.status !== 'exchanging') return state;
      // An expired intermediate session cannot be retried: the member starts over.
      const expired = event.error.code === 'discovery_session_expired';
      return {
        ...state,
        status: 'error',
        error: event.error,
        failedStep: 'exchange',
        intermediateSessionToken: expired ? null : state.intermediateSessionToken,
        organizations: expired ? [] : state.organizations,
      };
    }
    case 'FLOW.RESET':
      // Starting over neither forgets what was typed nor lifts the backend's rate limit.
      return { ...initialDiscoveryState, email: state.email, password: state.password, blockedUntil: state.blockedUntil };
  }
}
