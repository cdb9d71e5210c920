import { ResetError } from './errors.js';
import type {
  CreateOrganizationRequest,
  DiscoveryResetByEmailRequest,
  DiscoveryResetByEmailStartRequest,
  ExchangeRequest,
  ResetByEmailRequest,
  ResetByEmailStartRequest,
  ResetByExistingPasswordRequest,
  ResetBySessionRequest,
  ResetLocale,
  ResetOperation,
  StrengthCheckRequest,
} from './types.js';

/** The backend's bounds (backend.md). A request outside them is a bug, caught before sending. */
export const BOUNDS = {
  resetPasswordExpirationMinutes: { min: 5, max: 10080 },
  sessionDurationMinutes: { min: 5, max: 527040 },
  sessionCustomClaimsBytes: 4096,
  ludsMinLength: { min: 8, max: 32 },
  ludsMinComplexity: { min: 1, max: 4 },
} as const;

/** Claims the backend reserves for itself. */
export const RESERVED_CLAIMS: readonly string[] = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

export const SUPPORTED_LOCALES: readonly ResetLocale[] = ['en', 'es', 'fr', 'pt-br'];

export function isSupportedLocale(value: unknown): value is ResetLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

// Local part: the characters people really use (RFC 5322 atoms, plus non-ASCII for SMTPUTF8),
// without quoted strings or comments, which no reset form needs.
const LOCAL_PART = /^[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+)*$/u;
// Domain label: letters of any script (IDN), digits and inner hyphens.
const DOMAIN_LABEL = /^[\p{L}\p{N}\p{M}]([\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?$/u;

/**
 * A practical email check: one `@`, a dot-atom local part of at most 64 characters, and a domain
 * of at least two labels (IDN allowed) whose top level is not numeric. Not RFC-maximal on purpose:
 * it refuses what a member mistypes, not what a mail server might in theory accept.
 */
export function isValidEmail(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at !== value.indexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  const topLevel = labels[labels.length - 1]!;
  return topLevel.length >= 2 && !/^\d+$/.test(topLevel);
}

function invalid(field: string, message: string): ResetError {
  return new ResetError('invalid_argument', message, { field });
}

export function validateEmailAddress(value: unknown, field = 'emailAddress'): ResetError | null {
  if (typeof value !== 'string' || !isValidEmail(value.trim())) {
    return new ResetError('invalid_email', 'The email address is not valid.', { field });
  }
  return null;
}

function requireText(value: unknown, field: string): ResetError | null {
  return typeof value === 'string' && value.length > 0 ? null : invalid(field, `${field} is required.`);
}

function checkRange(value: number | undefined, field: string, bounds: { min: number; max: number }): ResetError | null {
  if (value === undefined) return null;
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    return invalid(field, `${field} must be a whole number from ${bounds.min} to ${bounds.max}.`);
  }
  return null;
}

export function validateRedirectUrl(value: string | undefined, field: string): ResetError | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid(field, `${field} must be an absolute URL.`);
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? null : invalid(field, `${field} must use http or https.`);
}

export function validateLocale(value: unknown, field = 'locale'): ResetError | null {
  if (value === undefined || isSupportedLocale(value)) return null;
  return invalid(field, `locale must be one of ${SUPPORTED_LOCALES.join(', ')}.`);
}

export function validateCustomClaims(claims: Record<string, unknown> | undefined): ResetError | null {
  if (claims === undefined) return null;
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    return invalid('sessionCustomClaims', 'sessionCustomClaims must be an object.');
  }
  const reserved = Object.keys(claims).filter((key) => RESERVED_CLAIMS.includes(key));
  if (reserved.length > 0) {
    return invalid('sessionCustomClaims', `sessionCustomClaims may not set reserved claims: ${reserved.join(', ')}.`);
  }
  let json: string;
  try {
    json = JSON.stringify(claims);
  } catch {
    return invalid('sessionCustomClaims', 'sessionCustomClaims must be serialisable as JSON.');
  }
  if (new TextEncoder().encode(json).length > BOUNDS.sessionCustomClaimsBytes) {
    return invalid('sessionCustomClaims', `sessionCustomClaims exceed ${BOUNDS.sessionCustomClaimsBytes} bytes.`);
  }
  return null;
}

interface SessionFields {
  sessionToken?: string;
  sessionJwt?: string;
  sessionDurationMinutes?: number;
  sessionCustomClaims?: Record<string, unknown>;
  locale?: ResetLocale;
}

function validateSessionFields(req: SessionFields): ResetError | null {
  if (req.sessionToken !== undefined && req.sessionJwt !== undefined) {
    return invalid('sessionJwt', 'Pass sessionToken or sessionJwt, not both.');
  }
  return (
    checkRange(req.sessionDurationMinutes, 'sessionDurationMinutes', BOUNDS.sessionDurationMinutes) ??
    validateCustomClaims(req.sessionCustomClaims) ??
    validateLocale(req.locale)
  );
}

function firstError(...checks: (() => ResetError | null)[]): ResetError | null {
  for (const check of checks) {
    const error = check();
    if (error) return error;
  }
  return null;
}

type StartRequest = ResetByEmailStartRequest | DiscoveryResetByEmailStartRequest;

function validateStart(req: StartRequest & { discoveryRedirectUrl?: string; loginRedirectUrl?: string }) {
  return firstError(
    () => validateEmailAddress(req.emailAddress),
    () => checkRange(req.resetPasswordExpirationMinutes, 'resetPasswordExpirationMinutes', BOUNDS.resetPasswordExpirationMinutes),
    () => validateRedirectUrl(req.resetPasswordRedirectUrl, 'resetPasswordRedirectUrl'),
    () => validateRedirectUrl(req.loginRedirectUrl, 'loginRedirectUrl'),
    () => validateRedirectUrl(req.discoveryRedirectUrl, 'discoveryRedirectUrl'),
    () => validateLocale(req.locale),
  );
}

type RequestOf = {
  resetByEmailStart: ResetByEmailStartRequest;
  resetByEmail: ResetByEmailRequest;
  resetBySession: ResetBySessionRequest;
  resetByExistingPassword: ResetByExistingPasswordRequest;
  discoveryResetByEmailStart: DiscoveryResetByEmailStartRequest;
  discoveryResetByEmail: DiscoveryResetByEmailRequest;
  exchangeIntermediateSession: ExchangeRequest;
  createOrganizationViaDiscovery: CreateOrganizationRequest;
  strengthCheck: StrengthCheckRequest;
};

/** The request type of each adapter operation. */
export type RequestFor<Op extends ResetOperation> = RequestOf[Op];

const validators: { [Op in ResetOperation]: (req: RequestOf[Op]) => ResetError | null } = {
  resetByEmailStart: (req) => firstError(() => requireText(req.organizationId, 'organizationId'), () => validateStart(req)),
  resetByEmail: (req) =>
    firstError(
      () => requireText(req.passwordResetToken, 'passwordResetToken'),
      () => requireText(req.password, 'password'),
      () => validateSessionFields(req),
    ),
  resetBySession: (req) =>
    firstError(
      () => requireText(req.organizationId, 'organizationId'),
      () => requireText(req.password, 'password'),
      () => validateSessionFields(req),
    ),
  resetByExistingPassword: (req) =>
    firstError(
      () => requireText(req.organizationId, 'organizationId'),
      () => validateEmailAddress(req.emailAddress),
      () => requireText(req.existingPassword, 'existingPassword'),
      () => requireText(req.newPassword, 'newPassword'),
      () => validateSessionFields(req),
    ),
  discoveryResetByEmailStart: (req) => validateStart(req),
  discoveryResetByEmail: (req) =>
    firstError(() => requireText(req.passwordResetToken, 'passwordResetToken'), () => requireText(req.password, 'password')),
  exchangeIntermediateSession: (req) =>
    firstError(
      () => requireText(req.intermediateSessionToken, 'intermediateSessionToken'),
      () => requireText(req.organizationId, 'organizationId'),
      () => validateSessionFields(req),
    ),
  createOrganizationViaDiscovery: (req) =>
    firstError(() => requireText(req.intermediateSessionToken, 'intermediateSessionToken'), () => validateSessionFields(req)),
  strengthCheck: (req) =>
    firstError(
      () => requireText(req.password, 'password'),
      () => (req.emailAddress === undefined ? null : validateEmailAddress(req.emailAddress)),
    ),
};

/**
 * Checks a request against every bound of the backend. Returns the first problem as a
 * `ResetError` (`invalid_email` or `invalid_argument`, with `field` set), or null when it may be sent.
 */
export function validateRequest<Op extends ResetOperation>(operation: Op, req: RequestFor<Op>): ResetError | null {
  return validators[operation](req);
}

/** Like `validateRequest`, but throws the problem; adapters call it before any I/O. */
export function assertValidRequest<Op extends ResetOperation>(operation: Op, req: RequestFor<Op>): void {
  const error = validateRequest(operation, req);
  if (error) throw error;
}
