import { ResetError } from '../../core/errors.js';
import type { ResetErrorCode, ResetErrorOptions } from '../../core/errors.js';

/**
 * The backend's `error_type` and HTTP status for each code, as the real API answers them, so an
 * HTTP emulator built on this adapter can serialize its errors faithfully. Codes a backend never
 * sends (network, timeout, aborted) have neither.
 */
const BACKEND_FORM: Readonly<Partial<Record<ResetErrorCode, { errorType: string; status: number }>>> = {
  invalid_email: { errorType: 'invalid_email', status: 400 },
  weak_password: { errorType: 'weak_password', status: 400 },
  breached_password: { errorType: 'breached_password', status: 400 },
  token_invalid: { errorType: 'unable_to_auth_password_reset_token', status: 401 },
  // The backend uses one type for invalid, used and expired tokens; only the code tells them apart.
  token_expired: { errorType: 'unable_to_auth_password_reset_token', status: 401 },
  session_too_old: { errorType: 'session_too_old_to_reset_password', status: 400 },
  unauthorized_credentials: { errorType: 'unauthorized_credentials', status: 401 },
  session_invalid: { errorType: 'session_not_found', status: 404 },
  no_password_set: { errorType: 'member_password_not_found', status: 404 },
  member_not_found: { errorType: 'member_not_found', status: 404 },
  organization_not_found: { errorType: 'organization_not_found', status: 404 },
  rate_limited: { errorType: 'too_many_requests', status: 429 },
  locked_out: { errorType: 'user_lock_limit_reached', status: 400 },
  pkce_mismatch: { errorType: 'pkce_mismatch', status: 400 },
  discovery_session_expired: { errorType: 'intermediate_session_not_found', status: 404 },
  organization_suspended: { errorType: 'organization_suspended', status: 403 },
  configuration: { errorType: 'no_password_reset_redirect_url', status: 400 },
  server: { errorType: 'internal_server_error', status: 500 },
  unknown: { errorType: 'unknown_error', status: 400 },
};

/**
 * A `ResetError` as the backend would produce it: the default `error_type`/status of the code,
 * unless `errorType`/`status` name a more precise one of the backend's table.
 */
export function backendError(code: ResetErrorCode, message: string, options: ResetErrorOptions = {}): ResetError {
  return new ResetError(code, message, { ...BACKEND_FORM[code], ...options });
}

export function abortedError(): ResetError {
  return new ResetError('aborted', 'The request was aborted.');
}
