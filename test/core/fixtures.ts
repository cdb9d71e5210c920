import type { AuthResult, DiscoveredOrganization, DiscoveryResult } from '../../src/core/index.js';

/** An authenticate answer: signed in, or (memberAuthenticated false) handed off to MFA. */
export function authResult(memberAuthenticated: boolean, memberId = 'member-test-1'): AuthResult {
  return memberAuthenticated
    ? {
        memberId,
        memberAuthenticated: true,
        organizationId: 'org-a',
        sessionToken: 'session-token-1',
        sessionJwt: 'header.payload.signature',
        mfaRequired: null,
        primaryRequired: null,
      }
    : {
        memberId,
        memberAuthenticated: false,
        organizationId: 'org-a',
        intermediateSessionToken: 'ist-mfa-1',
        mfaRequired: { memberOptions: { mfaPhoneNumber: '+15555550100' }, secondaryAuthInitiated: 'sms_otp' },
        primaryRequired: null,
      };
}

export function discoveredOrganization(organizationId: string): DiscoveredOrganization {
  return {
    organization: { organizationId, organizationName: `Organization ${organizationId}` },
    membership: { type: 'active_member' },
    memberAuthenticated: false,
    primaryRequired: null,
    mfaRequired: null,
  };
}

export function discoveryResult(organizationIds: string[], emailAddress = 'confirmed@example.com'): DiscoveryResult {
  return {
    intermediateSessionToken: 'ist-discovery-1',
    emailAddress,
    discoveredOrganizations: organizationIds.map(discoveredOrganization),
  };
}
