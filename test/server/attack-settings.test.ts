// A browser choosing what only a backend may choose, against the BUILT resetkit/server: claims,
// session and link lifetimes, email templates, endpoints the app does not use. What reaches the
// fake Stytch is asserted, on every endpoint that takes the field.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WIRE_PATHS } from '../../src/adapters/http/wire.js';
import type { ResetOperation } from '../../src/core/types.js';
import type { ResetProxyContext } from '../../src/server/index.js';
import { endpoint, post, startHarness, type Harness } from './support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.stytch.reset());

/** A minimal valid body of every endpoint that starts a session (and so takes claims and a duration). */
const SESSION_ENDPOINTS: [ResetOperation, Record<string, unknown>][] = [
  ['resetByEmail', { password_reset_token: 'token-1', password: 'correct horse battery staple' }],
  ['resetBySession', { organization_id: 'organization-test-1', password: 'pw-1', session_token: 'session-1' }],
  [
    'resetByExistingPassword',
    { organization_id: 'organization-test-1', email_address: 'ada@example.com', existing_password: 'a', new_password: 'b' },
  ],
  ['exchangeIntermediateSession', { intermediate_session_token: 'ist-1', organization_id: 'organization-test-1' }],
  ['createOrganizationViaDiscovery', { intermediate_session_token: 'ist-1', organization_name: 'Evil Corp' }],
];
const START_ENDPOINTS: [ResetOperation, Record<string, unknown>][] = [
  ['resetByEmailStart', { organization_id: 'organization-test-1', email_address: 'ada@example.com' }],
  ['discoveryResetByEmailStart', { email_address: 'ada@example.com' }],
];

describe('session_custom_claims come only from the server', () => {
  it.each(SESSION_ENDPOINTS)('refuses claims chosen by the request on %s', async (operation, body) => {
    const proxy = await h.mount();
    const answer = await post(proxy.url, endpoint(WIRE_PATHS[operation]), { ...body, session_custom_claims: { role: 'admin' } });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ status_code: 400, error_type: 'server_owned_field' });
    expect(h.stytch.calls).toEqual([]);
  });

  it.each(SESSION_ENDPOINTS)("forwards the server callback's claims on %s, from the verified request", async (operation, body) => {
    const contexts: ResetProxyContext[] = [];
    const proxy = await h.mount({
      sessionCustomClaims: (context) => {
        contexts.push(context);
        // The app's own authentication of the request: here, a header its gateway set.
        return { tier: context.request.headers.get('x-app-tier') ?? 'free' };
      },
    });
    const answer = await post(proxy.url, endpoint(WIRE_PATHS[operation]), body, { headers: { 'x-app-tier': 'gold' } });
    expect(answer.status).toBe(200);
    expect(h.stytch.calls).toHaveLength(1);
    expect(h.stytch.calls[0]!.body).toEqual({ ...body, session_custom_claims: { tier: 'gold' } });
    expect(contexts).toHaveLength(1);
    expect(contexts[0]).toMatchObject({ operation, fields: body, clientAddress: '127.0.0.1' });
  });

  it('never asks the callback on endpoints without sessions, nor adds claims there', async () => {
    const proxy = await h.mount({ sessionCustomClaims: () => ({ tier: 'gold' }) });
    await post(proxy.url, endpoint(WIRE_PATHS.strengthCheck), { password: 'pw' });
    await post(proxy.url, endpoint(WIRE_PATHS.discoveryResetByEmail), { password_reset_token: 't', password: 'pw' });
    expect(h.stytch.calls.map((call) => call.body)).toEqual([{ password: 'pw' }, { password_reset_token: 't', password: 'pw' }]);
  });
});

describe('session and link lifetimes are capped by the server', () => {
  it.each(SESSION_ENDPOINTS)('caps session_duration_minutes at 24 hours by default on %s', async (operation, body) => {
    const proxy = await h.mount();
    const answer = await post(proxy.url, endpoint(WIRE_PATHS[operation]), { ...body, session_duration_minutes: 527_040 });
    expect(answer.status).toBe(200);
    expect(h.stytch.calls[0]!.body).toEqual({ ...body, session_duration_minutes: 1440 });
  });

  it.each(SESSION_ENDPOINTS)("sets a configured cap shorter than Stytch's default on %s when the request names none", async (operation, body) => {
    const proxy = await h.mount({ maxSessionMinutes: 30 });
    await post(proxy.url, endpoint(WIRE_PATHS[operation]), body);
    await post(proxy.url, endpoint(WIRE_PATHS[operation]), { ...body, session_duration_minutes: 10 });
    expect(h.stytch.calls.map((call) => call.body.session_duration_minutes)).toEqual([30, 10]);
  });

  it.each(START_ENDPOINTS)('caps reset_password_expiration_minutes at 60 by default on %s', async (operation, body) => {
    const proxy = await h.mount();
    const answer = await post(proxy.url, endpoint(WIRE_PATHS[operation]), { ...body, reset_password_expiration_minutes: 10_080 });
    expect(answer.status).toBe(200);
    expect(h.stytch.calls[0]!.body).toEqual({ ...body, reset_password_expiration_minutes: 60 });
  });

  it.each(START_ENDPOINTS)('sets a configured link cap on %s when the request names none', async (operation, body) => {
    const proxy = await h.mount({ maxResetLinkMinutes: 10 });
    await post(proxy.url, endpoint(WIRE_PATHS[operation]), body);
    expect(h.stytch.calls[0]!.body).toEqual({ ...body, reset_password_expiration_minutes: 10 });
  });

  it('refuses a duration that is not a number', async () => {
    const proxy = await h.mount();
    const [operation, body] = SESSION_ENDPOINTS[0]!;
    const answer = await post(proxy.url, endpoint(WIRE_PATHS[operation]), { ...body, session_duration_minutes: '99999' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error_type: 'invalid_session_duration_minutes' });
    expect(h.stytch.calls).toEqual([]);
  });

  it('refuses caps outside Stytch’s own bounds when the proxy is created', () => {
    const base = { projectId: 'project-test-1', secret: 's', allowedRedirectUrls: [] };
    expect(() => h.server.createResetProxy({ ...base, maxResetLinkMinutes: 10_081 })).toThrow(TypeError);
    expect(() => h.server.createResetProxy({ ...base, maxSessionMinutes: 4 })).toThrow(TypeError);
  });
});

describe('email templates come only from a server allow-list', () => {
  it.each(START_ENDPOINTS)('refuses a template id outside the list on %s', async (operation, body) => {
    const proxy = await h.mount({ allowedTemplateIds: ['reset-brand-a'] });
    for (const field of ['reset_password_template_id', 'verify_email_template_id']) {
      const answer = await post(proxy.url, endpoint(WIRE_PATHS[operation]), { ...body, [field]: 'attacker-template' });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ error_type: 'template_not_allowed' });
    }
    expect(h.stytch.calls).toEqual([]);
  });

  it('refuses every template id by default, and forwards an allowed one unchanged', async () => {
    const [operation, body] = START_ENDPOINTS[0]!;
    const closed = await h.mount();
    expect((await post(closed.url, endpoint(WIRE_PATHS[operation]), { ...body, reset_password_template_id: 'reset-brand-a' })).status).toBe(400);
    const open = await h.mount({ allowedTemplateIds: ['reset-brand-a'] });
    expect((await post(open.url, endpoint(WIRE_PATHS[operation]), { ...body, reset_password_template_id: 'reset-brand-a' })).status).toBe(200);
    expect(h.stytch.calls.map((call) => call.body)).toEqual([{ ...body, reset_password_template_id: 'reset-brand-a' }]);
  });
});

describe('endpoints the app switched off', () => {
  it('answers them 404 like any unknown path, and serves the others', async () => {
    const off: ResetOperation[] = ['createOrganizationViaDiscovery', 'resetByExistingPassword', 'resetBySession'];
    const proxy = await h.mount({ disabledEndpoints: off });
    for (const [operation, body] of SESSION_ENDPOINTS) {
      const answer = await post(proxy.url, endpoint(WIRE_PATHS[operation]), body);
      expect(answer.status, operation).toBe(off.includes(operation) ? 404 : 200);
      if (off.includes(operation)) expect(answer.json).toMatchObject({ error_type: 'endpoint_not_found' });
    }
    expect(h.stytch.calls.map((call) => call.path)).toEqual([WIRE_PATHS.resetByEmail, WIRE_PATHS.exchangeIntermediateSession]);
  });
});
