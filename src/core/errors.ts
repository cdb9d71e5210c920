/** Every failure resetkit can report, as a stable code with a localized message (`errors.<code>`). */
export const RESET_ERROR_CODES = [
  'invalid_email',
  'invalid_argument',
  'weak_password',
  'breached_password',
  'token_invalid',
  'token_expired',
  'session_too_old',
  'unauthorized_credentials',
  'session_invalid',
  'no_password_set',
  'member_not_found',
  'organization_not_found',
  'rate_limited',
  'locked_out',
  'pkce_mismatch',
  'discovery_session_expired',
  'organization_suspended',
  'configuration',
  'network',
  'timeout',
  'server',
  'aborted',
  'unknown',
] as const;

export type ResetErrorCode = (typeof RESET_ERROR_CODES)[number];

export interface ResetErrorOptions {
  /** HTTP status of the answer, when there was one. */
  status?: number;
  /** The backend's own `error_type`. */
  errorType?: string;
  /** The backend's `request_id`, for support tickets. */
  requestId?: string;
  /** Seconds to wait before retrying (from Retry-After or the backend). */
  retryAfterSeconds?: number;
  /** The request field at fault, in resetkit's camelCase (e.g. `emailAddress`), when known. */
  field?: string;
  cause?: unknown;
}

/**
 * The only thing an adapter rejects with. `message` is English, for logs; show users the
 * localized `errors.<code>` string instead, and branch on `code`, never on the message.
 */
export class ResetError extends Error {
  override readonly name = 'ResetError';
  readonly code: ResetErrorCode;
  readonly status?: number;
  readonly errorType?: string;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;
  readonly field?: string;

  constructor(code: ResetErrorCode, message: string, options: ResetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.errorType !== undefined) this.errorType = options.errorType;
    if (options.requestId !== undefined) this.requestId = options.requestId;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.field !== undefined) this.field = options.field;
  }
}

/**
 * The way out of an error, for a member: what the screen offers next.
 * - `fix_input`: correct the field at fault and submit again.
 * - `retry`: try again as is (a network blip, a server error: quote its request id if it persists).
 * - `wait`: a rate limit; submit again once its countdown ends.
 * - `new_link`: the emailed link cannot work (expired, used, opened in another browser): get a new one.
 * - `sign_in`: the session is gone or too old: sign in again first.
 * - `restart`: the discovery step expired: start the flow again.
 * - `contact_admin`: only an administrator of the organization can help (suspended, locked out).
 * - `contact_support`: the app is misconfigured; nothing the member does will help.
 */
export type ResetRecovery =
  | 'fix_input'
  | 'retry'
  | 'wait'
  | 'new_link'
  | 'sign_in'
  | 'restart'
  | 'contact_admin'
  | 'contact_support';

/** Each code's way out; README.md ("Errors and their way out") has the same table. */
export const ERROR_RECOVERY: Readonly<Record<ResetErrorCode, ResetRecovery>> = {
  invalid_email: 'fix_input',
  invalid_argument: 'fix_input',
  weak_password: 'fix_input',
  breached_password: 'fix_input',
  token_invalid: 'new_link',
  token_expired: 'new_link',
  session_too_old: 'sign_in',
  unauthorized_credentials: 'fix_input',
  session_invalid: 'sign_in',
  no_password_set: 'new_link',
  member_not_found: 'fix_input',
  organization_not_found: 'contact_admin',
  rate_limited: 'wait',
  locked_out: 'contact_admin',
  pkce_mismatch: 'new_link',
  discovery_session_expired: 'restart',
  organization_suspended: 'contact_admin',
  configuration: 'contact_support',
  network: 'retry',
  timeout: 'retry',
  server: 'retry',
  aborted: 'retry',
  unknown: 'retry',
};

/** The way out of `error` (see `ResetRecovery`). */
export function recoveryFor(error: Pick<ResetError, 'code'>): ResetRecovery {
  return ERROR_RECOVERY[error.code];
}

/**
 * Whether submitting the same form again can succeed: after fixing a field, retrying, or waiting
 * out a rate limit. False when only a new link, a new sign-in, a restart or another person helps,
 * so a form can disable a button that could only fail again.
 */
export function canRetry(error: Pick<ResetError, 'code'>): boolean {
  const recovery = recoveryFor(error);
  return recovery === 'fix_input' || recovery === 'retry' || recovery === 'wait';
}

export function isResetError(value: unknown): value is ResetError {
  return value instanceof ResetError;
}

/** The backend's error types (backend.md) and the code each one means to a member. */
export const BACKEND_ERROR_TYPES: Readonly<Record<string, ResetErrorCode>> = {
  weak_password: 'weak_password',
  breached_password: 'breached_password',
  unable_to_auth_password_reset_token: 'token_invalid',
  session_too_old_to_reset_password: 'session_too_old',
  unauthorized_credentials: 'unauthorized_credentials',
  session_not_found: 'session_invalid',
  member_password_not_found: 'no_password_set',
  no_user_password: 'no_password_set',
  member_not_found: 'member_not_found',
  email_not_found: 'member_not_found',
  organization_not_found: 'organization_not_found',
  invalid_email: 'invalid_email',
  too_many_requests: 'rate_limited',
  user_lock_limit_reached: 'locked_out',
  pkce_mismatch: 'pkce_mismatch',
  pkce_expected_code_verifier: 'pkce_mismatch',
  invalid_pkce_code_verifier: 'pkce_mismatch',
  no_password_reset_redirect_url: 'configuration',
  invalid_password_reset_redirect_url: 'configuration',
  intermediate_session_not_found: 'discovery_session_expired',
  invalid_intermediate_session_token_for_organization: 'discovery_session_expired',
  cross_org_passwords_enabled: 'configuration',
  cross_org_passwords_not_enabled: 'configuration',
  organization_suspended: 'organization_suspended',
  // resetkit has no captcha step, so a project that demands one is misconfigured for it.
  captcha_required: 'configuration',
  invalid_session_duration_minutes: 'invalid_argument',
  custom_claims_too_large: 'invalid_argument',
  reserved_claims_in_custom_claims: 'invalid_argument',
  invalid_locale: 'invalid_argument',
  invalid_organization_slug: 'invalid_argument',
  organization_slug_already_used: 'invalid_argument',
};

/**
 * Maps a backend `error_type` and HTTP status to a code. Known types win; an unknown type is
 * `rate_limited` on 429, `server` on 5xx (the member can only retry later) and `unknown` otherwise.
 */
export function errorCodeFor(errorType: string | undefined, status: number | undefined): ResetErrorCode {
  if (errorType !== undefined && Object.hasOwn(BACKEND_ERROR_TYPES, errorType)) {
    return BACKEND_ERROR_TYPES[errorType]!;
  }
  if (status === 429) return 'rate_limited';
  if (status !== undefined && status >= 500) return 'server';
  return 'unknown';
}

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
// IMF-fixdate, the obsolete RFC 850 form and the obsolete asctime form.
const HTTP_DATE = new RegExp(
  `^(?:${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT|${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT|${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})$`,
);

/**
 * Seconds to wait from a Retry-After header: either delta-seconds or an HTTP date.
 * Returns undefined for a missing or unreadable value.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Only the three HTTP-date forms (RFC 9110 5.6.7): Date.parse alone reads "1.5" or "-5" as dates.
  if (!HTTP_DATE.test(trimmed)) return undefined;
  // The asctime form carries no zone but is UTC, which Date.parse would not assume.
  const date = Date.parse(/GMT$/.test(trimmed) ? trimmed : `${trimmed} GMT`);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The error body the backend answers with (backend.md, "Errors"). */
export interface BackendErrorBody {
  status_code?: number;
  request_id?: string;
  error_type?: string;
  error_message?: string;
  error_url?: string;
}

/** Builds the `ResetError` for a backend error answer. */
export function resetErrorFromBackend(
  status: number,
  body: BackendErrorBody | undefined,
  retryAfterHeader?: string | null,
): ResetError {
  const code = errorCodeFor(body?.error_type, status);
  const options: ResetErrorOptions = { status };
  if (body?.error_type) options.errorType = body.error_type;
  if (body?.request_id) options.requestId = body.request_id;
  const retryAfterSeconds = parseRetryAfter(retryAfterHeader);
  if (retryAfterSeconds !== undefined) options.retryAfterSeconds = retryAfterSeconds;
  const message = body?.error_message || `The backend answered ${status}${body?.error_type ? ` (${body.error_type})` : ''}.`;
  return new ResetError(code, message, options);
}

/**
 * Normalises anything a call threw into a `ResetError`, so that a misbehaving adapter (or a
 * host-written one that throws plain errors) still yields a code the UI can explain.
 */
export function toResetError(thrown: unknown): ResetError {
  if (thrown instanceof ResetError) return thrown;
  if (errorName(thrown) === 'TimeoutError') return new ResetError('timeout', 'The request timed out.', { cause: thrown });
  if (errorName(thrown) === 'AbortError') return new ResetError('aborted', 'The request was aborted.', { cause: thrown });
  const message = thrown instanceof Error ? thrown.message : 'The adapter failed with a non-error value.';
  return new ResetError('unknown', message, { cause: thrown });
}

// DOMExceptions from AbortSignal: `abort()` gives AbortError, `AbortSignal.timeout()` TimeoutError.
function errorName(thrown: unknown): unknown {
  return typeof thrown === 'object' && thrown !== null ? (thrown as { name?: unknown }).name : undefined;
}
