/**
 * Stytch's B2B Passwords wire format (backend.md) in one place: the path of each operation, the
 * snake_case name of each request field, and the mapping of answers to resetkit's camelCase
 * shapes and back. The HTTP adapter, the Stytch adapter, the proxy and the test emulator all read
 * this table, so a field renamed here is renamed everywhere.
 */
import { ResetError } from '../../core/errors.js';
import type {
  AuthResult,
  DiscoveredOrganization,
  DiscoveryResult,
  LudsFeedback,
  Member,
  MembershipType,
  MfaRequired,
  Organization,
  PrimaryRequired,
  ResetOperation,
  StrengthCheckResult,
} from '../../core/types.js';
import type { RequestFor } from '../../core/validation.js';

/** A JSON object as it travels on the wire. */
export type WireObject = Record<string, unknown>;

/** The server API path of each operation (backend.md, "Endpoints"). */
export const WIRE_PATHS = {
  resetByEmailStart: '/v1/b2b/passwords/email/reset/start',
  resetByEmail: '/v1/b2b/passwords/email/reset',
  resetBySession: '/v1/b2b/passwords/session/reset',
  resetByExistingPassword: '/v1/b2b/passwords/existing_password/reset',
  discoveryResetByEmailStart: '/v1/b2b/passwords/discovery/email/reset/start',
  discoveryResetByEmail: '/v1/b2b/passwords/discovery/email/reset',
  exchangeIntermediateSession: '/v1/b2b/discovery/intermediate_sessions/exchange',
  createOrganizationViaDiscovery: '/v1/b2b/discovery/organizations/create',
  strengthCheck: '/v1/b2b/passwords/strength_check',
} as const satisfies Record<ResetOperation, string>;

/** The operation served at a server API path, or undefined for any other path. */
export function operationForPath(path: string): ResetOperation | undefined {
  return (Object.keys(WIRE_PATHS) as ResetOperation[]).find((operation) => WIRE_PATHS[operation] === path);
}

type FieldTable<Op extends ResetOperation> = { readonly [Field in keyof RequestFor<Op> & string]-?: string };

const SESSION_FIELDS = {
  sessionToken: 'session_token',
  sessionJwt: 'session_jwt',
  sessionDurationMinutes: 'session_duration_minutes',
  sessionCustomClaims: 'session_custom_claims',
  locale: 'locale',
} as const;

/**
 * The wire name of every request field, per operation. Typed so that a field added to a request
 * type in core fails the build until it has a wire name here.
 */
export const REQUEST_FIELDS: { readonly [Op in ResetOperation]: FieldTable<Op> } = {
  resetByEmailStart: {
    organizationId: 'organization_id',
    emailAddress: 'email_address',
    resetPasswordRedirectUrl: 'reset_password_redirect_url',
    resetPasswordExpirationMinutes: 'reset_password_expiration_minutes',
    codeChallenge: 'code_challenge',
    loginRedirectUrl: 'login_redirect_url',
    locale: 'locale',
    resetPasswordTemplateId: 'reset_password_template_id',
    verifyEmailTemplateId: 'verify_email_template_id',
  },
  resetByEmail: {
    passwordResetToken: 'password_reset_token',
    password: 'password',
    ...SESSION_FIELDS,
    codeVerifier: 'code_verifier',
    intermediateSessionToken: 'intermediate_session_token',
  },
  resetBySession: {
    organizationId: 'organization_id',
    password: 'password',
    ...SESSION_FIELDS,
  },
  resetByExistingPassword: {
    organizationId: 'organization_id',
    emailAddress: 'email_address',
    existingPassword: 'existing_password',
    newPassword: 'new_password',
    ...SESSION_FIELDS,
  },
  discoveryResetByEmailStart: {
    emailAddress: 'email_address',
    resetPasswordRedirectUrl: 'reset_password_redirect_url',
    discoveryRedirectUrl: 'discovery_redirect_url',
    resetPasswordExpirationMinutes: 'reset_password_expiration_minutes',
    // The discovery flow spells its PKCE fields differently from the organization flow.
    codeChallenge: 'pkce_code_challenge',
    locale: 'locale',
    resetPasswordTemplateId: 'reset_password_template_id',
    verifyEmailTemplateId: 'verify_email_template_id',
  },
  discoveryResetByEmail: {
    passwordResetToken: 'password_reset_token',
    password: 'password',
    codeVerifier: 'pkce_code_verifier',
  },
  exchangeIntermediateSession: {
    intermediateSessionToken: 'intermediate_session_token',
    organizationId: 'organization_id',
    sessionDurationMinutes: 'session_duration_minutes',
    sessionCustomClaims: 'session_custom_claims',
    locale: 'locale',
  },
  createOrganizationViaDiscovery: {
    intermediateSessionToken: 'intermediate_session_token',
    organizationName: 'organization_name',
    organizationSlug: 'organization_slug',
    sessionDurationMinutes: 'session_duration_minutes',
    sessionCustomClaims: 'session_custom_claims',
    locale: 'locale',
  },
  strengthCheck: {
    password: 'password',
    emailAddress: 'email_address',
  },
};

/** Request fields that carry a URL the emailed link or a later redirect will point at. */
export const REDIRECT_URL_FIELDS: readonly string[] = [
  'reset_password_redirect_url',
  'login_redirect_url',
  'discovery_redirect_url',
];

/** The wire body of a request: snake_case names, absent (undefined or null) fields left out. */
export function encodeRequest<Op extends ResetOperation>(operation: Op, req: RequestFor<Op>): WireObject {
  const table = REQUEST_FIELDS[operation] as Readonly<Record<string, string>>;
  const body: WireObject = {};
  for (const [field, wireName] of Object.entries(table)) {
    const value = (req as unknown as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) body[wireName] = value;
  }
  return body;
}

/**
 * The camelCase request of a wire body, and the wire fields the operation does not know. Values
 * are not checked here: run `validateRequest` on the result.
 */
export function decodeRequest<Op extends ResetOperation>(
  operation: Op,
  body: WireObject,
): { request: RequestFor<Op>; unknownFields: string[] } {
  const table = REQUEST_FIELDS[operation] as Readonly<Record<string, string>>;
  const byWireName = new Map(Object.entries(table).map(([field, wireName]) => [wireName, field]));
  const request: Record<string, unknown> = {};
  const unknownFields: string[] = [];
  for (const [wireName, value] of Object.entries(body)) {
    const field = byWireName.get(wireName);
    if (field === undefined) unknownFields.push(wireName);
    else if (value !== undefined && value !== null) request[field] = value;
  }
  return { request: request as unknown as RequestFor<Op>, unknownFields };
}

// ---------------------------------------------------------------------------------------------
// Answers, wire -> resetkit. A malformed success answer is the server's fault: `server`.

function malformed(what: string): ResetError {
  return new ResetError('server', `The backend's answer is not a valid ${what}.`);
}

function isObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  // Stytch sends "" rather than leaving a field out (e.g. session_token when MFA is pending).
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

export function decodeMember(wire: unknown): Member | undefined {
  if (!isObject(wire)) return undefined;
  const memberId = text(wire.member_id);
  if (memberId === undefined) return undefined;
  const member: Member = {
    memberId,
    organizationId: text(wire.organization_id) ?? '',
    emailAddress: text(wire.email_address) ?? '',
  };
  assign(member, 'name', text(wire.name));
  assign(member, 'status', text(wire.status));
  if (typeof wire.mfa_enrolled === 'boolean') member.mfaEnrolled = wire.mfa_enrolled;
  return member;
}

export function decodeOrganization(wire: unknown): Organization | undefined {
  if (!isObject(wire)) return undefined;
  const organizationId = text(wire.organization_id);
  if (organizationId === undefined) return undefined;
  const organization: Organization = { organizationId, organizationName: text(wire.organization_name) ?? '' };
  assign(organization, 'organizationSlug', text(wire.organization_slug));
  assign(organization, 'organizationLogoUrl', text(wire.organization_logo_url));
  if (wire.mfa_policy === 'OPTIONAL' || wire.mfa_policy === 'REQUIRED_FOR_ALL') organization.mfaPolicy = wire.mfa_policy;
  return organization;
}

function decodeMfaRequired(wire: unknown): MfaRequired | null {
  if (!isObject(wire)) return null;
  const result: MfaRequired = {};
  if (isObject(wire.member_options)) {
    const options: NonNullable<MfaRequired['memberOptions']> = {};
    assign(options, 'mfaPhoneNumber', text(wire.member_options.mfa_phone_number));
    assign(options, 'totpRegistrationId', text(wire.member_options.totp_registration_id));
    result.memberOptions = options;
  } else if (wire.member_options === null) {
    result.memberOptions = null;
  }
  if (wire.secondary_auth_initiated === 'sms_otp' || wire.secondary_auth_initiated === null) {
    result.secondaryAuthInitiated = wire.secondary_auth_initiated;
  }
  return result;
}

function decodePrimaryRequired(wire: unknown): PrimaryRequired | null {
  if (!isObject(wire)) return null;
  const methods = Array.isArray(wire.allowed_auth_methods) ? wire.allowed_auth_methods : [];
  return { allowedAuthMethods: methods.filter((method): method is string => typeof method === 'string') };
}

/** An "authenticate answer" as an `AuthResult`. */
export function decodeAuthResult(wire: unknown): AuthResult {
  if (!isObject(wire)) throw malformed('authenticate answer');
  const member = decodeMember(wire.member);
  const organization = decodeOrganization(wire.organization);
  const memberId = text(wire.member_id) ?? member?.memberId;
  if (memberId === undefined) throw malformed('authenticate answer (no member_id)');
  const sessionToken = text(wire.session_token);
  const sessionJwt = text(wire.session_jwt);
  const result: AuthResult = {
    memberId,
    // Older answers may lack the flag; a session means the member got in.
    memberAuthenticated:
      typeof wire.member_authenticated === 'boolean' ? wire.member_authenticated : sessionToken !== undefined,
    mfaRequired: decodeMfaRequired(wire.mfa_required),
    primaryRequired: decodePrimaryRequired(wire.primary_required),
  };
  assign(result, 'organizationId', text(wire.organization_id) ?? organization?.organizationId ?? member?.organizationId);
  assign(result, 'member', member);
  assign(result, 'organization', organization);
  assign(result, 'sessionToken', sessionToken);
  assign(result, 'sessionJwt', sessionJwt);
  assign(result, 'intermediateSessionToken', text(wire.intermediate_session_token));
  assign(result, 'memberEmailId', text(wire.member_email_id));
  assign(result, 'requestId', text(wire.request_id));
  return result;
}

const MEMBERSHIP_TYPES: readonly MembershipType[] = [
  'active_member',
  'pending_member',
  'invited_member',
  'eligible_to_join_by_email_domain',
  'eligible_to_join_by_oauth_tenant',
];

function decodeDiscoveredOrganization(wire: unknown): DiscoveredOrganization {
  if (!isObject(wire)) throw malformed('discovered organization');
  const organization = decodeOrganization(wire.organization);
  if (organization === undefined) throw malformed('discovered organization (no organization)');
  const membershipWire = isObject(wire.membership) ? wire.membership : {};
  const type = MEMBERSHIP_TYPES.find((known) => known === membershipWire.type);
  if (type === undefined) throw malformed('discovered organization (unknown membership type)');
  const membership: DiscoveredOrganization['membership'] = { type };
  assign(membership, 'member', decodeMember(membershipWire.member));
  if (isObject(membershipWire.details) || membershipWire.details === null) membership.details = membershipWire.details;
  return {
    organization,
    membership,
    memberAuthenticated: wire.member_authenticated === true,
    primaryRequired: decodePrimaryRequired(wire.primary_required),
    mfaRequired: decodeMfaRequired(wire.mfa_required),
  };
}

/**
 * The discovery reset's answer as a `DiscoveryResult`. `opaqueToken` accepts an empty
 * intermediate session token: Stytch's SDK keeps it in an HttpOnly cookie when the project says so.
 */
export function decodeDiscoveryResult(wire: unknown, { opaqueToken = false } = {}): DiscoveryResult {
  if (!isObject(wire)) throw malformed('discovery answer');
  const intermediateSessionToken = text(wire.intermediate_session_token) ?? (opaqueToken ? '' : undefined);
  if (intermediateSessionToken === undefined) throw malformed('discovery answer (no intermediate_session_token)');
  const organizations = Array.isArray(wire.discovered_organizations) ? wire.discovered_organizations : [];
  const result: DiscoveryResult = {
    intermediateSessionToken,
    emailAddress: text(wire.email_address) ?? '',
    discoveredOrganizations: organizations.map(decodeDiscoveredOrganization),
  };
  assign(result, 'requestId', text(wire.request_id));
  return result;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
}

/** The strength check's answer as a `StrengthCheckResult`. */
export function decodeStrengthCheck(wire: unknown): StrengthCheckResult {
  if (!isObject(wire) || typeof wire.valid_password !== 'boolean') throw malformed('strength check answer');
  const score = typeof wire.score === 'number' ? Math.min(4, Math.max(0, Math.round(wire.score))) : 0;
  const luds = isObject(wire.luds_feedback) ? wire.luds_feedback : {};
  const zxcvbn = isObject(wire.zxcvbn_feedback) ? wire.zxcvbn_feedback : {};
  const ludsFeedback: LudsFeedback = {
    hasLowerCase: luds.has_lower_case === true,
    hasUpperCase: luds.has_upper_case === true,
    hasDigit: luds.has_digit === true,
    hasSymbol: luds.has_symbol === true,
    missingComplexity: count(luds.missing_complexity),
    missingCharacters: count(luds.missing_characters),
  };
  const suggestions = Array.isArray(zxcvbn.suggestions) ? zxcvbn.suggestions : [];
  return {
    validPassword: wire.valid_password,
    score: score as StrengthCheckResult['score'],
    breachedPassword: wire.breached_password === true,
    strengthPolicy: wire.strength_policy === 'luds' ? 'luds' : 'zxcvbn',
    breachDetectionOnCreate: wire.breach_detection_on_create === true,
    ludsFeedback,
    zxcvbnFeedback: {
      warning: typeof zxcvbn.warning === 'string' ? zxcvbn.warning : '',
      suggestions: suggestions.filter((suggestion): suggestion is string => typeof suggestion === 'string'),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Answers, resetkit -> wire: what a Stytch-compatible server (the test emulator, or an app's own
// backend built on another store) sends back.

function compact(object: WireObject): WireObject {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

export function encodeMember(member: Member): WireObject {
  return compact({
    member_id: member.memberId,
    organization_id: member.organizationId,
    email_address: member.emailAddress,
    name: member.name ?? '',
    status: member.status ?? 'active',
    mfa_enrolled: member.mfaEnrolled ?? false,
  });
}

export function encodeOrganization(organization: Organization): WireObject {
  return compact({
    organization_id: organization.organizationId,
    organization_name: organization.organizationName,
    organization_slug: organization.organizationSlug ?? '',
    mfa_policy: organization.mfaPolicy ?? 'OPTIONAL',
    organization_logo_url: organization.organizationLogoUrl ?? '',
  });
}

function encodeMfaRequired(mfa: MfaRequired | null): WireObject | null {
  if (mfa === null) return null;
  return {
    member_options:
      mfa.memberOptions == null
        ? null
        : {
            mfa_phone_number: mfa.memberOptions.mfaPhoneNumber ?? '',
            totp_registration_id: mfa.memberOptions.totpRegistrationId ?? '',
          },
    secondary_auth_initiated: mfa.secondaryAuthInitiated ?? null,
  };
}

function encodePrimaryRequired(primary: PrimaryRequired | null): WireObject | null {
  return primary === null ? null : { allowed_auth_methods: [...primary.allowedAuthMethods] };
}

/**
 * An `AuthResult` as Stytch's authenticate answer. Like Stytch, absent session fields are empty
 * strings and `member_session` is null when no session was issued; `memberSession` lets a server
 * supply the session object itself.
 */
export function encodeAuthResult(result: AuthResult, extra: { memberSession?: WireObject | null } = {}): WireObject {
  return compact({
    member_id: result.memberId,
    member_email_id: result.memberEmailId,
    organization_id: result.organizationId ?? result.organization?.organizationId ?? result.member?.organizationId,
    member: result.member === undefined ? undefined : encodeMember(result.member),
    organization: result.organization === undefined ? undefined : encodeOrganization(result.organization),
    member_authenticated: result.memberAuthenticated,
    session_token: result.sessionToken ?? '',
    session_jwt: result.sessionJwt ?? '',
    member_session: extra.memberSession ?? null,
    intermediate_session_token: result.intermediateSessionToken ?? '',
    mfa_required: encodeMfaRequired(result.mfaRequired),
    primary_required: encodePrimaryRequired(result.primaryRequired),
  });
}

export function encodeDiscoveryResult(result: DiscoveryResult): WireObject {
  return {
    intermediate_session_token: result.intermediateSessionToken,
    email_address: result.emailAddress,
    discovered_organizations: result.discoveredOrganizations.map((discovered) => ({
      organization: encodeOrganization(discovered.organization),
      membership: compact({
        type: discovered.membership.type,
        details: discovered.membership.details ?? null,
        member: discovered.membership.member === undefined ? null : encodeMember(discovered.membership.member),
      }),
      member_authenticated: discovered.memberAuthenticated,
      primary_required: encodePrimaryRequired(discovered.primaryRequired),
      mfa_required: encodeMfaRequired(discovered.mfaRequired),
    })),
  };
}

export function encodeStrengthCheck(result: StrengthCheckResult): WireObject {
  return {
    valid_password: result.validPassword,
    score: result.score,
    breached_password: result.breachedPassword,
    strength_policy: result.strengthPolicy,
    breach_detection_on_create: result.breachDetectionOnCreate,
    luds_feedback: {
      has_lower_case: result.ludsFeedback.hasLowerCase,
      has_upper_case: result.ludsFeedback.hasUpperCase,
      has_digit: result.ludsFeedback.hasDigit,
      has_symbol: result.ludsFeedback.hasSymbol,
      missing_complexity: result.ludsFeedback.missingComplexity,
      missing_characters: result.ludsFeedback.missingCharacters,
    },
    zxcvbn_feedback: {
      warning: result.zxcvbnFeedback.warning,
      suggestions: [...result.zxcvbnFeedback.suggestions],
    },
  };
}

/** The error body of backend.md: what a Stytch-compatible server answers a failure with. */
export function encodeError(
  error: { status: number; errorType: string; message: string; requestId: string },
): WireObject {
  return {
    status_code: error.status,
    request_id: error.requestId,
    error_type: error.errorType,
    error_message: error.message,
    error_url: `https://stytch.com/docs/api/errors/${error.status}#${error.errorType}`,
  };
}
