/**
 * The request and answer shapes of every password-reset operation, in resetkit's camelCase
 * spelling of the backend's snake_case wire fields (see backend.md for the wire names).
 */

/** Locales the backend can send emails in, and that resetkit ships strings for. */
export type ResetLocale = 'en' | 'es' | 'fr' | 'pt-br';

/** Either a session token or a session JWT identifies a session; the backend refuses both at once. */
export interface SessionCredentials {
  /** An opaque session token of the member. */
  sessionToken?: string;
  /** A session JWT of the member. */
  sessionJwt?: string;
}

/** Options of every call that may start a member session. */
export interface SessionOptions extends SessionCredentials {
  /** Lifetime of the session to create, 5..527040 minutes (backend default 60). */
  sessionDurationMinutes?: number;
  /** Claims added to the session, at most 4 KB as JSON, none of iss/sub/aud/exp/nbf/iat/jti. */
  sessionCustomClaims?: Record<string, unknown>;
  /** Locale of any email or SMS the backend sends as a result. */
  locale?: ResetLocale;
}

/** Passed to every adapter call; aborting the signal cancels the request. */
export interface CallContext {
  signal?: AbortSignal;
}

export interface ResetByEmailStartRequest {
  /** The organization's id, slug or external id. */
  organizationId: string;
  emailAddress: string;
  /** Where the emailed link points; `token` and `stytch_token_type` are appended to it. */
  resetPasswordRedirectUrl?: string;
  /** Lifetime of the emailed token, 5..10080 minutes (backend default 30). */
  resetPasswordExpirationMinutes?: number;
  /** PKCE S256 challenge; the verifier must then be sent on completion. */
  codeChallenge?: string;
  loginRedirectUrl?: string;
  locale?: ResetLocale;
  resetPasswordTemplateId?: string;
  verifyEmailTemplateId?: string;
}

export interface ResetByEmailRequest extends SessionOptions {
  passwordResetToken: string;
  password: string;
  codeVerifier?: string;
  intermediateSessionToken?: string;
}

export interface ResetBySessionRequest extends SessionOptions {
  organizationId: string;
  password: string;
}

export interface ResetByExistingPasswordRequest extends SessionOptions {
  organizationId: string;
  emailAddress: string;
  existingPassword: string;
  newPassword: string;
}

export interface DiscoveryResetByEmailStartRequest {
  emailAddress: string;
  resetPasswordRedirectUrl?: string;
  discoveryRedirectUrl?: string;
  resetPasswordExpirationMinutes?: number;
  /** Sent on the wire as `pkce_code_challenge`. */
  codeChallenge?: string;
  locale?: ResetLocale;
  resetPasswordTemplateId?: string;
  verifyEmailTemplateId?: string;
}

export interface DiscoveryResetByEmailRequest {
  passwordResetToken: string;
  password: string;
  /** Sent on the wire as `pkce_code_verifier`. */
  codeVerifier?: string;
}

export interface ExchangeRequest {
  intermediateSessionToken: string;
  organizationId: string;
  sessionDurationMinutes?: number;
  sessionCustomClaims?: Record<string, unknown>;
  locale?: ResetLocale;
}

export interface CreateOrganizationRequest {
  intermediateSessionToken: string;
  organizationName?: string;
  organizationSlug?: string;
  sessionDurationMinutes?: number;
  sessionCustomClaims?: Record<string, unknown>;
  locale?: ResetLocale;
}

export interface StrengthCheckRequest {
  password: string;
  /** Enables the backend's breach check and lets it penalise passwords built from the address. */
  emailAddress?: string;
}

export interface Organization {
  organizationId: string;
  organizationName: string;
  organizationSlug?: string;
  mfaPolicy?: 'OPTIONAL' | 'REQUIRED_FOR_ALL';
  /** The organization's logo (the backend's `organization_logo_url`), shown in the organization picker. */
  organizationLogoUrl?: string;
}

export interface Member {
  memberId: string;
  organizationId: string;
  emailAddress: string;
  name?: string;
  status?: string;
  mfaEnrolled?: boolean;
}

/** Present when the member must complete a second factor before a session is issued. */
export interface MfaRequired {
  memberOptions?: { mfaPhoneNumber?: string; totpRegistrationId?: string } | null;
  secondaryAuthInitiated?: 'sms_otp' | null;
}

/** Present when the organization demands another primary factor first. */
export interface PrimaryRequired {
  allowedAuthMethods: string[];
}

/** The backend's "authenticate answer". */
export interface AuthResult {
  memberId: string;
  /** False when MFA (or another primary factor) is still needed: no session is issued then. */
  memberAuthenticated: boolean;
  organizationId?: string;
  member?: Member;
  organization?: Organization;
  sessionToken?: string;
  sessionJwt?: string;
  /** Set when the member is not yet authenticated; hand it to the MFA step. */
  intermediateSessionToken?: string;
  mfaRequired: MfaRequired | null;
  primaryRequired: PrimaryRequired | null;
  memberEmailId?: string;
  requestId?: string;
}

export type MembershipType =
  | 'active_member'
  | 'pending_member'
  | 'invited_member'
  | 'eligible_to_join_by_email_domain'
  | 'eligible_to_join_by_oauth_tenant';

export interface DiscoveredOrganization {
  organization: Organization;
  membership: { type: MembershipType; member?: Member; details?: Record<string, unknown> | null };
  memberAuthenticated: boolean;
  primaryRequired: PrimaryRequired | null;
  mfaRequired: MfaRequired | null;
}

export interface DiscoveryResult {
  intermediateSessionToken: string;
  emailAddress: string;
  discoveredOrganizations: DiscoveredOrganization[];
  requestId?: string;
}

export interface LudsFeedback {
  hasLowerCase: boolean;
  hasUpperCase: boolean;
  hasDigit: boolean;
  hasSymbol: boolean;
  /** Character classes still missing to reach the policy's minimum complexity. */
  missingComplexity: number;
  /** Characters still missing to reach the policy's minimum length. */
  missingCharacters: number;
}

export interface StrengthCheckResult {
  validPassword: boolean;
  score: 0 | 1 | 2 | 3 | 4;
  breachedPassword: boolean;
  strengthPolicy: 'zxcvbn' | 'luds';
  breachDetectionOnCreate: boolean;
  ludsFeedback: LudsFeedback;
  zxcvbnFeedback: { warning: string; suggestions: string[] };
}

/** The project's password policy: what the backend will accept as a new password. */
export type PasswordPolicy =
  | { kind: 'zxcvbn'; breachDetection: boolean }
  | { kind: 'luds'; minLength: number; minComplexity: number; breachDetection: boolean };

/**
 * The backend contract. Every resetkit screen talks to the backend only through this; the
 * memory, HTTP and Stytch adapters implement it. Methods reject only with `ResetError`.
 */
export interface ResetAdapter {
  resetByEmailStart(req: ResetByEmailStartRequest, ctx?: CallContext): Promise<void>;
  resetByEmail(req: ResetByEmailRequest, ctx?: CallContext): Promise<AuthResult>;
  resetBySession(req: ResetBySessionRequest, ctx?: CallContext): Promise<AuthResult>;
  resetByExistingPassword(req: ResetByExistingPasswordRequest, ctx?: CallContext): Promise<AuthResult>;
  discoveryResetByEmailStart(req: DiscoveryResetByEmailStartRequest, ctx?: CallContext): Promise<void>;
  discoveryResetByEmail(req: DiscoveryResetByEmailRequest, ctx?: CallContext): Promise<DiscoveryResult>;
  exchangeIntermediateSession(req: ExchangeRequest, ctx?: CallContext): Promise<AuthResult>;
  createOrganizationViaDiscovery?(req: CreateOrganizationRequest, ctx?: CallContext): Promise<AuthResult>;
  strengthCheck?(req: StrengthCheckRequest, ctx?: CallContext): Promise<StrengthCheckResult>;
  getPasswordPolicy?(ctx?: CallContext): Promise<PasswordPolicy>;
}

/** The name of an adapter operation. */
export type ResetOperation = Exclude<keyof ResetAdapter, 'getPasswordPolicy'>;
