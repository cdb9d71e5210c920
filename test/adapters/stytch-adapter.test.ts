// @vitest-environment jsdom
// The Stytch adapter's own behaviour: the SDK's PKCE across tabs, error mapping, aborts and the
// options it refuses, with the real SDK against the emulator where it matters.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createStytchB2BHeadlessClient } from '@stytch/vanilla-js/b2b/headless';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStytchAdapter, type StytchB2BClientLike } from '../../src/adapters/stytch/index.js';
import { emulatorFixture, emulatorSeed } from '../emulator/fixture.js';
import { closedPort } from '../emulator/loopback.js';
import { emulatorControl, startStytchEmulator, type StytchEmulator } from '../emulator/stytch-emulator.js';
import { failure } from './failure.js';

const member = emulatorFixture.member;
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  localStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
});

/** A real SDK client on the emulator, its telemetry timer collected, its bootstrap awaited. */
async function sdkClient(baseUrl: string, publicToken: string) {
  const intervals: ReturnType<typeof setInterval>[] = [];
  const realSetInterval = globalThis.setInterval;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const handle = realSetInterval(...args);
    intervals.push(handle);
    return handle;
  }) as typeof setInterval;
  try {
    const client = createStytchB2BHeadlessClient(publicToken, {
      endpoints: { testAPIURL: baseUrl, liveAPIURL: baseUrl },
    } as Parameters<typeof createStytchB2BHeadlessClient>[1]);
    cleanups.push(() => intervals.forEach((handle) => clearInterval(handle)));
    return client;
  } finally {
    globalThis.setInterval = realSetInterval;
  }
}

async function bootstrapped(publicToken: string) {
  for (let waited = 0; localStorage.getItem(`stytch_sdk_state_${publicToken}::bootstrap`) === null; waited += 5) {
    if (waited > 5_000) throw new Error('No bootstrap.');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function emulatorWith(options: { pkceRequiredForPasswordResets?: boolean } = {}): Promise<StytchEmulator> {
  const publicToken = `public-token-test-${crypto.randomUUID()}`;
  const emulator = await startStytchEmulator({ memory: emulatorSeed, publicToken, ...options });
  cleanups.push(() => emulator.close());
  return emulator;
}

describe('createStytchAdapter with the real SDK', () => {
  it("lets the SDK run PKCE: the link completes in another tab of the same browser, not in another browser", async () => {
    // Tabs are separate pages in a browser; here they share one, which the SDK warns about.
    const warnings: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!text.includes('multiple copies of the Stytch client')) warnings.push(text);
    });
    const emulator = await emulatorWith({ pkceRequiredForPasswordResets: true });
    const control = emulatorControl(emulator.url);
    const firstTab = createStytchAdapter(await sdkClient(emulator.url, emulator.publicToken));
    await bootstrapped(emulator.publicToken);
    await firstTab.resetByEmailStart({ organizationId: member.organizationId, emailAddress: member.emailAddress });
    const token = (await control.latestEmail(member.emailAddress))!.token;

    // Another browser: no stored verifier, so the emulator refuses the token.
    const verifierKey = `stytch_sdk_state_${emulator.publicToken}::PKCE_VERIFIER:passwords`;
    const stored = localStorage.getItem(verifierKey);
    expect(stored).not.toBeNull();
    localStorage.removeItem(verifierKey);
    const otherBrowser = createStytchAdapter(await sdkClient(emulator.url, emulator.publicToken));
    const refused = await failure(otherBrowser.resetByEmail({ passwordResetToken: token, password: 'Amber-Falcon-Tide-93' }));
    expect(refused).toMatchObject({ code: 'pkce_mismatch', status: 400, errorType: expect.stringMatching(/^pkce_/) });

    // Another tab: the same localStorage, so the same verifier.
    localStorage.setItem(verifierKey, stored!);
    const secondTab = createStytchAdapter(await sdkClient(emulator.url, emulator.publicToken));
    const result = await secondTab.resetByEmail({ passwordResetToken: token, password: 'Amber-Falcon-Tide-93' });
    expect(result).toMatchObject({ memberId: member.memberId, memberAuthenticated: true });
    expect(result.sessionToken).toEqual(expect.any(String));
    expect(localStorage.getItem(verifierKey)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('maps StytchAPIError to ResetError with status, type and request id', async () => {
    const emulator = await emulatorWith();
    const adapter = createStytchAdapter(await sdkClient(emulator.url, emulator.publicToken));
    await bootstrapped(emulator.publicToken);
    emulator.memory.failNext('organization_suspended');
    const error = await failure(
      adapter.resetByEmailStart({ organizationId: member.organizationId, emailAddress: member.emailAddress }),
    );
    expect(error).toMatchObject({
      code: 'organization_suspended',
      status: 403,
      errorType: 'organization_suspended',
      requestId: expect.stringMatching(/^request-id-test-/),
    });
  });

  it('maps an unreachable server to network', async () => {
    // The SDK logs its own failed bootstrap; expected here, so kept out of the unexpected-output check.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const port = await closedPort();
    const adapter = createStytchAdapter(await sdkClient(`http://127.0.0.1:${port}`, 'public-token-test-unreachable'));
    const error = await failure(adapter.strengthCheck({ password: 'anything' }));
    expect(error.code).toBe('network');
    await vi.waitFor(() => expect(logged.mock.calls.length).toBeGreaterThanOrEqual(2));
  });

  it('forgets a session passed for a call that failed, and keeps the one a reset issued', async () => {
    const emulator = await emulatorWith();
    const client = await sdkClient(emulator.url, emulator.publicToken);
    const adapter = createStytchAdapter(client);
    await bootstrapped(emulator.publicToken);
    await failure(adapter.resetBySession({ organizationId: member.organizationId, password: 'Amber-Falcon-Tide-93', sessionToken: 'stale' }));
    expect(client.session.getTokens()?.session_token ?? '').toBe('');

    const { sessionToken } = await emulatorControl(emulator.url).createSession(member.memberId);
    const result = await adapter.resetBySession({ organizationId: member.organizationId, password: 'Amber-Falcon-Tide-93', sessionToken });
    expect(result.sessionToken).toBe(sessionToken);
    expect(client.session.getTokens()?.session_token).toBe(sessionToken);
  });
});

describe('createStytchAdapter without a network', () => {
  function fakeClient(answer: () => Promise<unknown>): StytchB2BClientLike & { calls: unknown[] } {
    const calls: unknown[] = [];
    const method = (options: unknown) => {
      calls.push(options);
      return answer();
    };
    return {
      calls,
      passwords: {
        resetByEmailStart: method,
        resetByEmail: method,
        resetBySession: method,
        resetByExistingPassword: method,
        strengthCheck: method,
        discovery: { resetByEmailStart: method, resetByEmail: method },
      },
      discovery: { intermediateSessions: { exchange: method }, organizations: { create: method } },
      session: { getTokens: () => null, updateSession: () => undefined },
    };
  }

  it.each([
    [{ name: 'StytchAPIUnreachableError', message: 'Unable to contact our servers.' }, 'network'],
    [{ name: 'StytchAPIUnreachableError', message: 'Invalid JSON response from our servers.' }, 'server'],
    [{ name: 'StytchSDKUsageError', message: 'password must be a string.' }, 'invalid_argument'],
    [{ name: 'StytchAPIError', status_code: 429, error_type: 'too_many_requests', error_message: 'slow', request_id: 'r' }, 'rate_limited'],
    [{ name: 'StytchAPIError', status_code: 400, error_type: 'brand_new_type', error_message: 'new' }, 'unknown'],
    [new Error('anything else'), 'unknown'],
  ] as const)('maps %o to %s', async (thrown, code) => {
    const error = thrown instanceof Error ? thrown : Object.assign(new Error('error_message' in thrown ? thrown.error_message : thrown.message), thrown);
    const adapter = createStytchAdapter(fakeClient(() => Promise.reject(error)));
    expect((await failure(adapter.strengthCheck({ password: 'x' }))).code).toBe(code);
  });

  it('sends snake_case options, a default session duration, and no absent fields', async () => {
    const client = fakeClient(async () => ({ member_id: 'm', member_authenticated: true, mfa_required: null, primary_required: null }));
    const adapter = createStytchAdapter(client, { sessionDurationMinutes: 120 });
    await adapter.resetByEmail({ passwordResetToken: 't', password: 'p', locale: 'es' });
    await adapter.exchangeIntermediateSession({ intermediateSessionToken: 'ist', organizationId: 'o', sessionDurationMinutes: 30 });
    expect(client.calls).toEqual([
      { password_reset_token: 't', password: 'p', session_duration_minutes: 120, locale: 'es' },
      { organization_id: 'o', session_duration_minutes: 30 },
    ]);
  });

  it('refuses what the browser SDK cannot send, before calling it', async () => {
    const client = fakeClient(async () => ({}));
    const adapter = createStytchAdapter(client);
    const claims = await failure(
      adapter.resetByEmail({ passwordResetToken: 't', password: 'p', sessionCustomClaims: { plan: 'pro' } }),
    );
    expect(claims).toMatchObject({ code: 'invalid_argument', field: 'sessionCustomClaims' });
    const jwtOnly = await failure(adapter.resetBySession({ organizationId: 'o', password: 'p', sessionJwt: 'jwt' }));
    expect(jwtOnly).toMatchObject({ code: 'invalid_argument', field: 'sessionJwt' });
    expect(client.calls).toEqual([]);
  });

  it('stops waiting when the caller aborts, and sends nothing once aborted', async () => {
    const client = fakeClient(() => new Promise(() => undefined));
    const adapter = createStytchAdapter(client);
    const controller = new AbortController();
    const pending = adapter.strengthCheck({ password: 'x' }, { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).code).toBe('aborted');
    expect((await failure(adapter.strengthCheck({ password: 'x' }, { signal: AbortSignal.abort() }))).code).toBe('aborted');
    expect(client.calls).toHaveLength(1);
  });

  it('never imports the SDK itself: the app passes the client in', () => {
    const folder = path.resolve(import.meta.dirname, '../../src/adapters/stytch');
    for (const file of readdirSync(folder)) {
      const source = readFileSync(path.join(folder, file), 'utf8');
      expect(source).not.toMatch(/from\s+['"]@stytch\//);
      expect(source).not.toMatch(/import\(\s*['"]@stytch\//);
    }
  });
});
