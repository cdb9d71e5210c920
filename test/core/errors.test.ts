import { describe, expect, it } from 'vitest';
import {
  BACKEND_ERROR_TYPES,
  RESET_ERROR_CODES,
  ResetError,
  errorCodeFor,
  isResetError,
  parseRetryAfter,
  resetErrorFromBackend,
  toResetError,
  type ResetErrorCode,
} from '../../src/core/index.js';

/**
 * The error table of backend.md ("Errors"), written out independently of the source so a wrong
 * mapping fails: each backend error_type and the resetkit code (api.md) that means the same thing
 * to a member.
 */
const EXPECTED_MAPPING: Record<string, ResetErrorCode> = {
  weak_password: 'weak_password',
  breached_password: 'breached_password',
  unable_to_auth_password_reset_token: 'token_invalid',
  session_too_old_to_reset_password: 'session_too_old',
  unauthorized_credentials: 'unauthorized_credentials',
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
  // resetkit has no captcha step: a project demanding one is misconfigured for it.
  captcha_required: 'configuration',
  invalid_session_duration_minutes: 'invalid_argument',
  custom_claims_too_large: 'invalid_argument',
  reserved_claims_in_custom_claims: 'invalid_argument',
  invalid_locale: 'invalid_argument',
  invalid_organization_slug: 'invalid_argument',
  organization_slug_already_used: 'invalid_argument',
  // Not in backend.md's table, but the only backend type behind api.md's `session_invalid` code:
  // the session passed to a reset by session (or to skip MFA) is unknown or revoked.
  session_not_found: 'session_invalid',
};

describe('ResetError', () => {
  it('is an Error subclass named ResetError that keeps every option', () => {
    const cause = new Error('socket hang up');
    const error = new ResetError('rate_limited', 'Slow down.', {
      status: 429,
      errorType: 'too_many_requests',
      requestId: 'request-id-test-1',
      retryAfterSeconds: 12,
      field: 'emailAddress',
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ResetError);
    expect(error.name).toBe('ResetError');
    expect(error.message).toBe('Slow down.');
    expect(error.code).toBe('rate_limited');
    expect(error.status).toBe(429);
    expect(error.errorType).toBe('too_many_requests');
    expect(error.requestId).toBe('request-id-test-1');
    expect(error.retryAfterSeconds).toBe(12);
    expect(error.field).toBe('emailAddress');
    expect(error.cause).toBe(cause);
    expect(String(error)).toBe('ResetError: Slow down.');
  });

  it('leaves absent options undefined, and sets no cause without one', () => {
    const error = new ResetError('unknown', 'Something failed.');
    expect(error.code).toBe('unknown');
    expect(error.status).toBeUndefined();
    expect(error.errorType).toBeUndefined();
    expect(error.requestId).toBeUndefined();
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.field).toBeUndefined();
    expect(Object.hasOwn(error, 'cause')).toBe(false);
  });

  it('isResetError tells a ResetError from look-alikes', () => {
    expect(isResetError(new ResetError('network', 'offline'))).toBe(true);
    expect(isResetError(new Error('plain'))).toBe(false);
    expect(isResetError({ name: 'ResetError', code: 'network', message: 'fake' })).toBe(false);
    expect(isResetError(null)).toBe(false);
    expect(isResetError(undefined)).toBe(false);
  });

  it('RESET_ERROR_CODES lists exactly the codes of api.md, once each', () => {
    expect([...RESET_ERROR_CODES].sort()).toEqual(
      [
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
      ].sort(),
    );
    expect(new Set(RESET_ERROR_CODES).size).toBe(RESET_ERROR_CODES.length);
  });
});

describe('BACKEND_ERROR_TYPES and errorCodeFor', () => {
  it('holds exactly the error types of the expected table', () => {
    expect(Object.keys(BACKEND_ERROR_TYPES).sort()).toEqual(Object.keys(EXPECTED_MAPPING).sort());
  });

  it.each(Object.entries(EXPECTED_MAPPING))('maps %s to %s', (errorType, code) => {
    expect(BACKEND_ERROR_TYPES[errorType]).toBe(code);
  });

  it('maps only to codes that exist', () => {
    for (const code of Object.values(BACKEND_ERROR_TYPES)) expect(RESET_ERROR_CODES).toContain(code);
  });

  // A known type wins over the status, whatever the status.
  it.each(Object.entries(EXPECTED_MAPPING))('errorCodeFor(%s, any status) is %s', (errorType, code) => {
    for (const status of [undefined, 400, 401, 403, 404, 429, 500, 503]) {
      expect(errorCodeFor(errorType, status)).toBe(code);
    }
  });

  it.each([
    [undefined, 429, 'rate_limited'],
    ['some_new_type', 429, 'rate_limited'],
    [undefined, 500, 'server'],
    ['some_new_type', 500, 'server'],
    ['some_new_type', 502, 'server'],
    [undefined, 503, 'server'],
    [undefined, 599, 'server'],
    [undefined, 499, 'unknown'],
    ['some_new_type', 400, 'unknown'],
    ['some_new_type', 404, 'unknown'],
    [undefined, 401, 'unknown'],
    [undefined, 200, 'unknown'],
    ['some_new_type', undefined, 'unknown'],
    [undefined, undefined, 'unknown'],
  ] as const)('an unknown type %s with status %s is %s', (errorType, status, code) => {
    expect(errorCodeFor(errorType, status)).toBe(code);
  });

  it('does not treat Object.prototype keys as known types', () => {
    for (const errorType of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(errorCodeFor(errorType, 400)).toBe('unknown');
      expect(errorCodeFor(errorType, 500)).toBe('server');
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2015, 9, 21, 7, 27, 0); // 2015-10-21T07:27:00Z

  it.each([
    ['0', 0],
    ['7', 7],
    ['120', 120],
    ['  30  ', 30],
    ['0030', 30],
  ])('reads delta-seconds %j as %d', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it.each([
    ['Wed, 21 Oct 2015 07:28:00 GMT', 60], // IMF-fixdate
    ['Wed, 21 Oct 2015 07:27:30 GMT', 30],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
    ['Wed, 21 Oct 2015 07:26:00 GMT', 0], // in the past: no wait, never negative
    ['Wednesday, 21-Oct-15 07:28:00 GMT', 60], // obsolete RFC 850 form
    ['Wed Oct 21 07:28:00 2015', 60], // obsolete asctime form, which is UTC
  ])('reads the HTTP date %j against an injected clock as %d', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it('rounds a partial second up', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', now + 500)).toBe(60);
  });

  it('uses the real clock when none is injected', () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const seconds = parseRetryAfter(inTwoMinutes);
    expect(seconds).toBeGreaterThanOrEqual(118);
    expect(seconds).toBeLessThanOrEqual(121);
  });

  it.each([null, undefined])('returns undefined for %s', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });

  // Values that are neither delta-seconds nor an HTTP date: unreadable, not "retry now".
  it.each(['', '   ', 'soon', 'abc', '-5', '1.5', '1e3', '0x10', '12abc', '120 seconds', 'foo 12', '1 2', 'May 3', 'Infinity'])(
    'returns undefined for the garbage %j',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    },
  );
});

describe('resetErrorFromBackend', () => {
  it('keeps status, errorType, requestId, the backend message and the Retry-After delay', () => {
    const error = resetErrorFromBackend(
      429,
      {
        status_code: 429,
        request_id: 'request-id-test-429',
        error_type: 'too_many_requests',
        error_message: 'Too many requests have been made.',
        error_url: 'https://stytch.com/docs/api/errors/429',
      },
      '42',
    );
    expect(error).toBeInstanceOf(ResetError);
    expect(error.code).toBe('rate_limited');
    expect(error.status).toBe(429);
    expect(error.errorType).toBe('too_many_requests');
    expect(error.requestId).toBe('request-id-test-429');
    expect(error.retryAfterSeconds).toBe(42);
    expect(error.message).toBe('Too many requests have been made.');
  });

  it.each(Object.entries(EXPECTED_MAPPING))('maps the body error_type %s to %s', (errorType, code) => {
    const error = resetErrorFromBackend(400, { error_type: errorType, request_id: 'r-1' });
    expect(error.code).toBe(code);
    expect(error.errorType).toBe(errorType);
    expect(error.requestId).toBe('r-1');
    expect(error.status).toBe(400);
  });

  it('falls back on the status when there is no body', () => {
    const error = resetErrorFromBackend(503, undefined);
    expect(error.code).toBe('server');
    expect(error.status).toBe(503);
    expect(error.errorType).toBeUndefined();
    expect(error.requestId).toBeUndefined();
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.message).toContain('503');
  });

  it('is rate_limited on a bare 429 and keeps the Retry-After', () => {
    const error = resetErrorFromBackend(429, undefined, '5');
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(5);
  });

  it('names the error type in its fallback message and leaves an unreadable Retry-After out', () => {
    const error = resetErrorFromBackend(418, { error_type: 'teapot' }, 'whenever');
    expect(error.code).toBe('unknown');
    expect(error.errorType).toBe('teapot');
    expect(error.message).toContain('418');
    expect(error.message).toContain('teapot');
    expect(error.retryAfterSeconds).toBeUndefined();
  });
});

describe('toResetError', () => {
  it('passes a ResetError through unchanged', () => {
    const original = new ResetError('weak_password', 'Too weak.', { status: 400 });
    expect(toResetError(original)).toBe(original);
  });

  it('maps an AbortError DOMException to aborted, keeping it as the cause', () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const error = toResetError(abort);
    expect(error).toBeInstanceOf(ResetError);
    expect(error.code).toBe('aborted');
    expect(error.cause).toBe(abort);
  });

  it('maps the reason of an aborted AbortController to aborted', () => {
    const controller = new AbortController();
    controller.abort();
    expect(toResetError(controller.signal.reason).code).toBe('aborted');
  });

  it('maps any error named AbortError (e.g. from a fetch polyfill) to aborted', () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    expect(toResetError(abort).code).toBe('aborted');
  });

  it('maps the TimeoutError of AbortSignal.timeout() to timeout', () => {
    const thrown = new DOMException('The operation timed out.', 'TimeoutError');
    const error = toResetError(thrown);
    expect(error.code).toBe('timeout');
    expect(error.cause).toBe(thrown);
  });

  it('maps a plain Error to unknown, keeping its message and the cause', () => {
    const thrown = new TypeError('Failed to fetch');
    const error = toResetError(thrown);
    expect(error).toBeInstanceOf(ResetError);
    expect(error.code).toBe('unknown');
    expect(error.message).toBe('Failed to fetch');
    expect(error.cause).toBe(thrown);
  });

  it.each([['a string'], [undefined], [null], [42], [{ code: 'weak_password' }]])(
    'maps the non-ResetError value %j to unknown',
    (thrown) => {
      const error = toResetError(thrown);
      expect(error).toBeInstanceOf(ResetError);
      expect(error.name).toBe('ResetError');
      expect(error.code).toBe('unknown');
      expect(typeof error.message).toBe('string');
      expect(error.message.length).toBeGreaterThan(0);
    },
  );
});
