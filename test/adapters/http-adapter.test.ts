// What the HTTP adapter puts on the wire and how it reads answers, PKCE included, against a
// recording server on 127.0.0.1.
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpAdapter, WIRE_PATHS } from '../../src/adapters/http/index.js';
import { createCodeChallenge, type PkceStorage } from '../../src/core/index.js';
import { listen, readBody, sendJson, type LoopbackServer } from '../emulator/loopback.js';

interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

const authenticateAnswer = {
  status_code: 200,
  request_id: 'request-id-test-1',
  member_id: 'member-test-1',
  member_email_id: 'member-email-test-1',
  organization_id: 'organization-test-1',
  member: {
    member_id: 'member-test-1',
    organization_id: 'organization-test-1',
    email_address: 'ada@example.com',
    name: 'Ada',
    status: 'active',
    mfa_enrolled: false,
    roles: [],
  },
  organization: {
    organization_id: 'organization-test-1',
    organization_name: 'Acme',
    organization_slug: 'acme',
    mfa_policy: 'OPTIONAL',
  },
  member_authenticated: true,
  session_token: 'session-token-1',
  session_jwt: 'session-jwt-1',
  member_session: { member_session_id: 'member-session-1' },
  intermediate_session_token: '',
  mfa_required: null,
  primary_required: null,
};

let server: LoopbackServer;
let recorded: Recorded[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: authenticateAnswer };

beforeAll(async () => {
  server = await listen(async (req, res) => {
    const text = await readBody(req);
    recorded.push({
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body: JSON.parse(text) as Record<string, unknown>,
    });
    sendJson(res, answer.status, answer.body);
  });
});
afterAll(() => server.close());
beforeEach(() => {
  recorded = [];
  answer = { status: 200, body: authenticateAnswer };
});

function mapStorage(): PkceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('createHttpAdapter on the wire', () => {
  it('POSTs snake_case JSON to baseUrl + the backend path, leaving absent fields out', async () => {
    const adapter = createHttpAdapter({ baseUrl: `${server.url}/api/reset/` });
    await adapter.resetByEmailStart({
      organizationId: 'organization-test-1',
      emailAddress: 'ada@example.com',
      resetPasswordRedirectUrl: 'https://app.example.com/reset',
      resetPasswordExpirationMinutes: 60,
      locale: 'fr',
    });
    expect(recorded).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `/api/reset${WIRE_PATHS.resetByEmailStart}`,
        body: {
          organization_id: 'organization-test-1',
          email_address: 'ada@example.com',
          reset_password_redirect_url: 'https://app.example.com/reset',
          reset_password_expiration_minutes: 60,
          locale: 'fr',
        },
      }),
    ]);
    expect(recorded[0]!.headers['content-type']).toBe('application/json');
  });

  it('uses the path and field names of every operation', async () => {
    const adapter = createHttpAdapter({ baseUrl: server.url });
    const claims = { plan: 'pro', nested: { keepCase: true } };
    await adapter.resetByEmail({
      passwordResetToken: 't',
      password: 'p',
      sessionJwt: 'jwt',
      sessionDurationMinutes: 90,
      sessionCustomClaims: claims,
      codeVerifier: 'v',
      intermediateSessionToken: 'ist',
    });
    await adapter.resetBySession({ organizationId: 'o', password: 'p', sessionToken: 's' });
    await adapter.resetByExistingPassword({
      organizationId: 'o',
      emailAddress: 'ada@example.com',
      existingPassword: 'old',
      newPassword: 'new',
    });
    await adapter.exchangeIntermediateSession({ intermediateSessionToken: 'ist', organizationId: 'o', locale: 'es' });
    await adapter.createOrganizationViaDiscovery({
      intermediateSessionToken: 'ist',
      organizationName: 'New',
      organizationSlug: 'new',
    });
    answer = { status: 200, body: { status_code: 200, request_id: 'r' } };
    await adapter.discoveryResetByEmailStart({
      emailAddress: 'ada@example.com',
      discoveryRedirectUrl: 'https://app.example.com/discover',
      codeChallenge: 'challenge',
    });
    expect(recorded.map(({ path, body }) => ({ path, body }))).toEqual([
      {
        path: WIRE_PATHS.resetByEmail,
        body: {
          password_reset_token: 't',
          password: 'p',
          session_jwt: 'jwt',
          session_duration_minutes: 90,
          // Custom claims are the host's data: passed through as they are, keys untouched.
          session_custom_claims: claims,
          code_verifier: 'v',
          intermediate_session_token: 'ist',
        },
      },
      { path: WIRE_PATHS.resetBySession, body: { organization_id: 'o', password: 'p', session_token: 's' } },
      {
        path: WIRE_PATHS.resetByExistingPassword,
        body: { organization_id: 'o', email_address: 'ada@example.com', existing_password: 'old', new_password: 'new' },
      },
      {
        path: WIRE_PATHS.exchangeIntermediateSession,
        body: { intermediate_session_token: 'ist', organization_id: 'o', locale: 'es' },
      },
      {
        path: WIRE_PATHS.createOrganizationViaDiscovery,
        body: { intermediate_session_token: 'ist', organization_name: 'New', organization_slug: 'new' },
      },
      {
        path: WIRE_PATHS.discoveryResetByEmailStart,
        body: {
          email_address: 'ada@example.com',
          discovery_redirect_url: 'https://app.example.com/discover',
          pkce_code_challenge: 'challenge',
        },
      },
    ]);
  });

  it('adds the host headers (a function is called per request) and never lets them change the content type', async () => {
    let calls = 0;
    const adapter = createHttpAdapter({
      baseUrl: server.url,
      headers: async () => {
        calls += 1;
        return { 'x-csrf-token': `csrf-${calls}`, 'content-type': 'text/plain' };
      },
    });
    await adapter.resetBySession({ organizationId: 'o', password: 'p' });
    await adapter.resetBySession({ organizationId: 'o', password: 'p' });
    expect(recorded.map((request) => request.headers['x-csrf-token'])).toEqual(['csrf-1', 'csrf-2']);
    expect(recorded[1]!.headers['content-type']).toBe('application/json');
  });

  it('maps an authenticate answer to camelCase', async () => {
    const result = await createHttpAdapter({ baseUrl: server.url }).resetByEmail({ passwordResetToken: 't', password: 'p' });
    expect(result).toEqual({
      memberId: 'member-test-1',
      memberEmailId: 'member-email-test-1',
      organizationId: 'organization-test-1',
      member: {
        memberId: 'member-test-1',
        organizationId: 'organization-test-1',
        emailAddress: 'ada@example.com',
        name: 'Ada',
        status: 'active',
        mfaEnrolled: false,
      },
      organization: {
        organizationId: 'organization-test-1',
        organizationName: 'Acme',
        organizationSlug: 'acme',
        mfaPolicy: 'OPTIONAL',
      },
      memberAuthenticated: true,
      sessionToken: 'session-token-1',
      sessionJwt: 'session-jwt-1',
      mfaRequired: null,
      primaryRequired: null,
      requestId: 'request-id-test-1',
    });
  });

  it('maps an MFA hand-off: empty session strings become absent, the options camelCase', async () => {
    answer = {
      status: 200,
      body: {
        ...authenticateAnswer,
        member_authenticated: false,
        session_token: '',
        session_jwt: '',
        member_session: null,
        intermediate_session_token: 'ist-1',
        mfa_required: {
          member_options: { mfa_phone_number: '+15555550123', totp_registration_id: '' },
          secondary_auth_initiated: 'sms_otp',
        },
      },
    };
    const result = await createHttpAdapter({ baseUrl: server.url }).resetByExistingPassword({
      organizationId: 'o',
      emailAddress: 'ada@example.com',
      existingPassword: 'old',
      newPassword: 'new',
    });
    expect(result).toMatchObject({
      memberAuthenticated: false,
      intermediateSessionToken: 'ist-1',
      mfaRequired: { memberOptions: { mfaPhoneNumber: '+15555550123' }, secondaryAuthInitiated: 'sms_otp' },
    });
    expect(result.sessionToken).toBeUndefined();
    expect(result.sessionJwt).toBeUndefined();
  });

  it('maps the discovery answer and the strength check', async () => {
    answer = {
      status: 200,
      body: {
        request_id: 'r',
        intermediate_session_token: 'ist-2',
        email_address: 'ada@example.com',
        discovered_organizations: [
          {
            organization: { organization_id: 'o1', organization_name: 'Acme' },
            membership: { type: 'active_member', details: null, member: authenticateAnswer.member },
            member_authenticated: false,
            primary_required: { allowed_auth_methods: ['sso'] },
            mfa_required: null,
          },
        ],
      },
    };
    const adapter = createHttpAdapter({ baseUrl: server.url });
    const discovery = await adapter.discoveryResetByEmail({ passwordResetToken: 't', password: 'p' });
    expect(discovery).toMatchObject({
      intermediateSessionToken: 'ist-2',
      emailAddress: 'ada@example.com',
      discoveredOrganizations: [
        {
          organization: { organizationId: 'o1', organizationName: 'Acme' },
          membership: { type: 'active_member', details: null, member: { memberId: 'member-test-1' } },
          memberAuthenticated: false,
          primaryRequired: { allowedAuthMethods: ['sso'] },
          mfaRequired: null,
        },
      ],
    });

    answer = {
      status: 200,
      body: {
        valid_password: false,
        score: 1,
        breached_password: true,
        strength_policy: 'luds',
        breach_detection_on_create: true,
        luds_feedback: {
          has_lower_case: true,
          has_upper_case: false,
          has_digit: false,
          has_symbol: false,
          missing_complexity: 2,
          missing_characters: 3,
        },
        zxcvbn_feedback: { warning: '', suggestions: [] },
      },
    };
    expect(await adapter.strengthCheck({ password: 'abcde', emailAddress: 'ada@example.com' })).toEqual({
      validPassword: false,
      score: 1,
      breachedPassword: true,
      strengthPolicy: 'luds',
      breachDetectionOnCreate: true,
      ludsFeedback: {
        hasLowerCase: true,
        hasUpperCase: false,
        hasDigit: false,
        hasSymbol: false,
        missingComplexity: 2,
        missingCharacters: 3,
      },
      zxcvbnFeedback: { warning: '', suggestions: [] },
    });
    expect(recorded.at(-1)!.body).toEqual({ password: 'abcde', email_address: 'ada@example.com' });
  });

  it('has getPasswordPolicy only when given a policy', async () => {
    expect(createHttpAdapter({ baseUrl: server.url }).getPasswordPolicy).toBeUndefined();
    const policy = { kind: 'luds', minLength: 10, minComplexity: 3, breachDetection: true } as const;
    const adapter = createHttpAdapter({ baseUrl: server.url, policy });
    expect(await adapter.getPasswordPolicy?.()).toEqual(policy);
    expect(recorded).toEqual([]);
  });
});

describe('createHttpAdapter with pkce', () => {
  it('sends a challenge on start, keeps only the verifier, sends it on completion and then forgets it', async () => {
    const storage = mapStorage();
    const adapter = createHttpAdapter({ baseUrl: server.url, pkce: true, pkceStorage: storage });
    answer = { status: 200, body: { status_code: 200, request_id: 'r' } };
    await adapter.resetByEmailStart({ organizationId: 'o', emailAddress: 'ada@example.com' });
    const challenge = recorded[0]!.body.code_challenge as string;
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect([...storage.items.keys()]).toEqual(['resetkit.pkce.organization']);

    // A failed attempt (say, a weak password) keeps the verifier for the retry.
    answer = { status: 400, body: { status_code: 400, error_type: 'weak_password', error_message: 'weak' } };
    await expect(adapter.resetByEmail({ passwordResetToken: 'token-secret', password: 'pw-secret' })).rejects.toMatchObject({
      code: 'weak_password',
    });
    answer = { status: 200, body: authenticateAnswer };
    await adapter.resetByEmail({ passwordResetToken: 'token-secret', password: 'pw-secret-2' });
    const verifiers = recorded.slice(1).map((request) => request.body.code_verifier as string);
    expect(verifiers[0]).toBe(verifiers[1]);
    expect(await createCodeChallenge(verifiers[0]!)).toBe(challenge);
    expect(storage.items.size).toBe(0);

    await adapter.resetByEmail({ passwordResetToken: 't2', password: 'p' });
    expect(recorded.at(-1)!.body).not.toHaveProperty('code_verifier');
  });

  it('never stores a password or a token', async () => {
    const writes: string[] = [];
    const storage = mapStorage();
    const spy: PkceStorage = { ...storage, setItem: (key, value) => (writes.push(key + value), storage.setItem(key, value)) };
    const adapter = createHttpAdapter({ baseUrl: server.url, pkce: true, pkceStorage: spy });
    answer = { status: 200, body: { status_code: 200 } };
    await adapter.resetByEmailStart({ organizationId: 'o', emailAddress: 'ada@example.com' });
    answer = { status: 200, body: authenticateAnswer };
    await adapter.resetByEmail({ passwordResetToken: 'token-secret', password: 'pw-secret', sessionToken: 'sess-secret' });
    expect(writes).toHaveLength(1);
    expect(writes.join()).not.toMatch(/secret|ada@example\.com|session-token/);
  });

  it('uses pkce_ names on the discovery flow and keys its verifier apart from the organization flow', async () => {
    const storage = mapStorage();
    const adapter = createHttpAdapter({ baseUrl: server.url, pkce: true, pkceStorage: storage });
    answer = { status: 200, body: { status_code: 200 } };
    await adapter.resetByEmailStart({ organizationId: 'o', emailAddress: 'ada@example.com' });
    await adapter.discoveryResetByEmailStart({ emailAddress: 'ada@example.com' });
    expect(recorded[1]!.body).toHaveProperty('pkce_code_challenge');
    expect(recorded[1]!.body).not.toHaveProperty('code_challenge');
    expect([...storage.items.keys()].sort()).toEqual(['resetkit.pkce.discovery', 'resetkit.pkce.organization']);

    answer = {
      status: 200,
      body: { intermediate_session_token: 'ist', email_address: 'ada@example.com', discovered_organizations: [] },
    };
    await adapter.discoveryResetByEmail({ passwordResetToken: 't', password: 'p' });
    const sent = recorded.at(-1)!.body;
    expect(await createCodeChallenge(sent.pkce_code_verifier as string)).toBe(recorded[1]!.body.pkce_code_challenge);
    expect(sent).not.toHaveProperty('code_verifier');
    expect([...storage.items.keys()]).toEqual(['resetkit.pkce.organization']);
  });

  it('does not send a verifier once the token it belongs to has expired', async () => {
    let now = 1_000_000;
    const adapter = createHttpAdapter({ baseUrl: server.url, pkce: true, pkceStorage: mapStorage(), now: () => now });
    answer = { status: 200, body: { status_code: 200 } };
    await adapter.resetByEmailStart({ organizationId: 'o', emailAddress: 'ada@example.com', resetPasswordExpirationMinutes: 5 });
    now += 5 * 60_000;
    answer = { status: 200, body: authenticateAnswer };
    await adapter.resetByEmail({ passwordResetToken: 't', password: 'p' });
    expect(recorded.at(-1)!.body).not.toHaveProperty('code_verifier');
  });

  it('keeps the verifier of an earlier link when a later start fails', async () => {
    const storage = mapStorage();
    const adapter = createHttpAdapter({ baseUrl: server.url, pkce: true, pkceStorage: storage });
    answer = { status: 200, body: { status_code: 200 } };
    await adapter.resetByEmailStart({ organizationId: 'o', emailAddress: 'ada@example.com' });
    const kept = storage.items.get('resetkit.pkce.organization');
    answer = { status: 429, body: { status_code: 429, error_type: 'too_many_requests' } };
    await expect(adapter.resetByEmailStart({ organizationId: 'o', emailAddress: 'ada@example.com' })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(storage.items.get('resetkit.pkce.organization')).toBe(kept);
  });

  it('lets an explicit challenge or verifier win, and works in Node without localStorage', async () => {
    expect(globalThis.localStorage).toBeUndefined();
    const adapter = createHttpAdapter({ baseUrl: server.url, pkce: true });
    answer = { status: 200, body: { status_code: 200 } };
    await adapter.resetByEmailStart({ organizationId: 'o', emailAddress: 'ada@example.com', codeChallenge: 'mine' });
    expect(recorded[0]!.body.code_challenge).toBe('mine');
    await adapter.resetByEmailStart({ organizationId: 'o', emailAddress: 'ada@example.com' });
    answer = { status: 200, body: authenticateAnswer };
    await adapter.resetByEmail({ passwordResetToken: 't', password: 'p', codeVerifier: 'explicit' });
    expect(recorded.at(-1)!.body.code_verifier).toBe('explicit');
  });
});
