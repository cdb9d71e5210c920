// Redirect-URL bypasses against the BUILT resetkit/server: every value another parser could read
// as a different place is refused before Stytch, and an accepted one reaches Stytch in exactly
// the canonical form that was checked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WIRE_PATHS } from '../../src/adapters/http/wire.js';
import type { LoopbackServer } from '../emulator/loopback.js';
import { APP, endpoint, post, startHarness, type Harness } from './support.js';

let h: Harness;
let proxy: LoopbackServer;

beforeAll(async () => {
  h = await startHarness();
  // Allowed: /reset and below, /discover/ and below. The rate limits have their own suite.
  proxy = await h.mount({ rateLimit: false });
});
afterAll(() => h.close());
beforeEach(() => h.stytch.reset());

const start = { organization_id: 'organization-test-1', email_address: 'ada@example.com' };

const bypasses: [string, unknown][] = [
  // The ones the original suite refused.
  ['another site', 'https://evil.example/reset'],
  ['another scheme', 'http://app.example.com/reset'],
  ['another port', 'https://app.example.com:8443/reset'],
  ['a look-alike host', 'https://app.example.com.evil.example/reset'],
  ['credentials in the URL', 'https://app.example.com@evil.example/reset'],
  ['user info on the right host', 'https://user:pw@app.example.com/reset'],
  ['a path that only shares a prefix', 'https://app.example.com/resetting'],
  ['a path outside the list', 'https://app.example.com/admin'],
  ['a path climbing out', 'https://app.example.com/reset/../admin'],
  ['a relative URL', '/reset'],
  ['a javascript: URL', 'javascript:alert(1)'],
  // Encoded separators and dot segments.
  ['encoded slashes climbing out', 'https://app.example.com/reset/..%2f..%2fadmin'],
  ['upper-case encoded slashes', 'https://app.example.com/reset/..%2F..%2Fadmin'],
  ['encoded dots and slash', 'https://app.example.com/reset/%2e%2e%2fadmin'],
  ['encoded dots as a segment', 'https://app.example.com/reset/%2e%2e/admin'],
  ['half-encoded dots', 'https://app.example.com/reset/.%2e/admin'],
  ['an encoded backslash', 'https://app.example.com/reset/..%5cadmin'],
  ['double encoding', 'https://app.example.com/reset/%252e%252e%252fadmin'],
  ['an encoded question mark in the path', 'https://app.example.com/reset%3F/../admin'],
  ['a malformed escape', 'https://app.example.com/reset/%zz'],
  // Path parameters, backslashes, whitespace and control characters.
  ['a ;-parameter climbing out', 'https://app.example.com/reset/..;/admin'],
  ['a ;-parameter', 'https://app.example.com/reset;jsessionid=1'],
  ['a backslash in the path', 'https://app.example.com/reset\\..\\admin'],
  ['a backslash before the host', 'https:\\\\evil.example/reset'],
  ['a backslash in the authority', 'https://app.example.com\\@evil.example/reset'],
  ['a leading tab', '\thttps://app.example.com/reset'],
  ['a leading space', ' https://app.example.com/reset'],
  ['a trailing space', 'https://app.example.com/reset '],
  ['a trailing newline', 'https://app.example.com/reset\n'],
  ['a newline inside', 'https://app.example.com/re\nset'],
  ['a NUL', 'https://app.example.com/reset\u0000'],
  ['a DEL', 'https://app.example.com/reset\u007f'],
  ['a no-break space', 'https://app.example.com/reset\u00a0'],
  ['a zero-width space', 'https://app.example.com/reset\u200b'],
  // Token parameters already present (login CSRF once Stytch appends its own).
  ['a token in the query', 'https://app.example.com/reset?token=attacker'],
  ['a token type in the query', 'https://app.example.com/reset?stytch_token_type=discovery'],
  ['a percent-encoded token name', 'https://app.example.com/reset?%74oken=attacker'],
  ['a percent-encoded token type name', 'https://app.example.com/reset?stytch%5Ftoken%5Ftype=x'],
  ['an upper-case token name', 'https://app.example.com/reset?from=x&TOKEN=attacker'],
  ['a token in the fragment', 'https://app.example.com/reset#token=attacker'],
  ['a token after a fragment query', 'https://app.example.com/reset#/x?a=1&token=attacker'.replace('#/x?', '#')],
  // Not a string at all.
  ['a number', 42],
  ['an object', { href: 'https://app.example.com/reset' }],
  ['an empty string', ''],
];

describe('redirect URLs that are refused before Stytch', () => {
  it.each(bypasses)('refuses %s', async (_name, value) => {
    for (const field of ['reset_password_redirect_url', 'login_redirect_url']) {
      const answer = await post(proxy.url, endpoint(WIRE_PATHS.resetByEmailStart), { ...start, [field]: value });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ status_code: 400, error_type: 'invalid_password_reset_redirect_url' });
    }
    const discovery = await post(proxy.url, endpoint(WIRE_PATHS.discoveryResetByEmailStart), {
      email_address: 'ada@example.com',
      reset_password_redirect_url: value,
    });
    expect(discovery.status).toBe(400);
    expect(h.stytch.calls).toEqual([]);
  });
});

describe('redirect URLs that are accepted', () => {
  it.each([
    ['an upper-case scheme and host', 'HTTPS://APP.EXAMPLE.COM/reset?from=email', 'https://app.example.com/reset?from=email'],
    ['the default port spelled out', 'https://app.example.com:443/reset', 'https://app.example.com/reset'],
    ['a sub-path', 'https://app.example.com/reset/step-2', 'https://app.example.com/reset/step-2'],
    ['a non-ASCII path', 'https://app.example.com/reset/réinitialiser', 'https://app.example.com/reset/r%C3%A9initialiser'],
    ['an encoded slash in the query', 'https://app.example.com/reset?next=%2Fdashboard', 'https://app.example.com/reset?next=%2Fdashboard'],
    ['an empty query', 'https://app.example.com/reset?', 'https://app.example.com/reset?'],
  ])('forwards %s as its canonical href', async (_name, value, canonical) => {
    const answer = await post(proxy.url, endpoint(WIRE_PATHS.resetByEmailStart), {
      ...start,
      reset_password_redirect_url: value,
      login_redirect_url: value,
    });
    expect(answer.status).toBe(200);
    expect(h.stytch.calls).toHaveLength(1);
    expect(h.stytch.calls[0]!.body).toEqual({ ...start, reset_password_redirect_url: canonical, login_redirect_url: canonical });
  });

  it('forwards the canonical discovery URLs of a discovery start', async () => {
    const answer = await post(proxy.url, endpoint(WIRE_PATHS.discoveryResetByEmailStart), {
      email_address: 'ada@example.com',
      discovery_redirect_url: `${APP.toUpperCase()}/discover/organizations?x=1`,
      reset_password_redirect_url: `${APP}:443/reset`,
    });
    expect(answer.status).toBe(200);
    expect(h.stytch.calls[0]!.body).toEqual({
      email_address: 'ada@example.com',
      discovery_redirect_url: 'https://app.example.com/discover/organizations?x=1',
      reset_password_redirect_url: 'https://app.example.com/reset',
    });
  });
});
