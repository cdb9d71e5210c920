import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter, createDemoData, DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import type { MemoryAdapter, MemoryAdapterOptions, MemoryEmail } from '../../src/adapters/memory/index.js';
import { errorCodeFor, ResetError } from '../../src/core/index.js';
import { describeResetAdapterContract, expectResetError, strongPassword } from './contract.js';
import type { ResetAdapterHarness } from './contract.js';

const MINUTE = 60_000;
/** Strong enough for zxcvbn, so only the breach list can refuse it. */
const BREACHED_BUT_STRONG = 'Glacier-Mango-Trumpet-1987';
const START = Date.UTC(2031, 0, 1);

function clock(start = START) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

async function memoryHarness(): Promise<ResetAdapterHarness> {
  const time = clock();
  const adapter = createMemoryAdapter({
    ...createDemoData(),
    crossOrgPasswords: true,
    breachedPasswords: [BREACHED_BUT_STRONG],
    now: time.now,
  });
  return {
    adapter,
    fixture: {
      organization: { organizationId: 'organization-demo-acme', slug: 'acme' },
      mfaOrganization: { organizationId: 'organization-demo-globex', slug: 'globex' },
      member: { memberId: 'member-demo-ada', organizationId: 'organization-demo-acme', emailAddress: 'ada@acme.test', password: DEMO_PASSWORD },
      mfaMember: { memberId: 'member-demo-max', organizationId: 'organization-demo-globex', emailAddress: 'max@globex.test', password: DEMO_PASSWORD },
      memberWithoutPassword: { memberId: 'member-demo-noor', organizationId: 'organization-demo-acme', emailAddress: 'noor@acme.test' },
      multiOrgMember: {
        emailAddress: 'sam@example.test',
        password: DEMO_PASSWORD,
        memberships: [
          { organizationId: 'organization-demo-acme', memberId: 'member-demo-sam-acme', mfaRequired: false },
          { organizationId: 'organization-demo-globex', memberId: 'member-demo-sam-globex', mfaRequired: true },
        ],
      },
      unknownEmail: 'nobody@nowhere.test',
      breachedPassword: BREACHED_BUT_STRONG,
      rateLimit: { maxRequests: 5, windowSeconds: 60 },
      crossOrgPasswords: true,
    },
    latestEmail: async (emailAddress) => adapter.outbox.latest(emailAddress),
    now: async () => time.now(),
    advanceTime: async (ms) => time.advance(ms),
    createSession: async (memberId, options) => adapter.createSession(memberId, options),
  };
}

describeResetAdapterContract('memory adapter', memoryHarness);

const ACME = 'organization-demo-acme';
const GLOBEX = 'organization-demo-globex';

async function tokenFor(adapter: MemoryAdapter, emailAddress: string, organizationId = ACME): Promise<string> {
  await adapter.resetByEmailStart({ organizationId, emailAddress });
  return adapter.outbox.latest(emailAddress)!.token;
}

async function rejection(promise: Promise<unknown>): Promise<ResetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ResetError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('memory adapter: demo data set', () => {
  it('holds two organizations, a member with MFA, one without a password and one in both, with discovery on', async () => {
    const adapter = createMemoryAdapter();
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'noor@acme.test' });
    expect(adapter.outbox.latest()!.template).toBe('verify_email');

    const ada = await adapter.resetByExistingPassword({
      organizationId: 'acme',
      emailAddress: 'ada@acme.test',
      existingPassword: DEMO_PASSWORD,
      newPassword: strongPassword(),
    });
    expect(ada.memberAuthenticated).toBe(true);
    expect(ada.organization).toEqual({
      organizationId: ACME,
      organizationName: 'Acme Inc.',
      organizationSlug: 'acme',
      mfaPolicy: 'OPTIONAL',
    });

    const max = await adapter.resetByExistingPassword({
      organizationId: 'globex',
      emailAddress: 'max@globex.test',
      existingPassword: DEMO_PASSWORD,
      newPassword: strongPassword(),
    });
    expect(max.memberAuthenticated).toBe(false);
    expect(max.mfaRequired?.memberOptions).not.toBeNull();

    await adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' });
    const discovery = await adapter.discoveryResetByEmail({ passwordResetToken: adapter.outbox.latest()!.token, password: strongPassword() });
    expect(discovery.discoveredOrganizations.map((each) => each.organization.organizationSlug).sort()).toEqual(['acme', 'globex']);

    // An MFA hand-off keeps the discovery session, so the member may still pick the other organization.
    const { intermediateSessionToken } = discovery;
    const globex = await adapter.exchangeIntermediateSession({ intermediateSessionToken, organizationId: 'globex' });
    expect(globex).toMatchObject({ memberAuthenticated: false, intermediateSessionToken, memberId: 'member-demo-sam-globex' });
    const acme = await adapter.exchangeIntermediateSession({ intermediateSessionToken, organizationId: 'acme' });
    expect(acme).toMatchObject({ memberAuthenticated: true, memberId: 'member-demo-sam-acme' });
  });

  it('gives a fresh copy each time', () => {
    const first = createDemoData();
    first.members.pop();
    expect(createDemoData().members).toHaveLength(5);
  });
});

describe('memory adapter: errors as the backend sends them', () => {
  it('says token_expired for an expired token, with the invalid-token type and status', async () => {
    const time = clock();
    const adapter = createMemoryAdapter({ now: time.now });
    const token = await tokenFor(adapter, 'ada@acme.test');
    time.advance(30 * MINUTE - 1);
    time.advance(1);
    const error = await rejection(adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }));
    expect(error).toMatchObject({ code: 'token_expired', errorType: 'unable_to_auth_password_reset_token', status: 401 });
  });

  it('gives every error an errorType that maps back to its code (token_expired aside)', async () => {
    const time = clock();
    const adapter = createMemoryAdapter({ now: time.now, breachedPasswords: [BREACHED_BUT_STRONG] });
    const errors: ResetError[] = [];
    const collect = async (promise: Promise<unknown>) => errors.push(await rejection(promise));
    await collect(adapter.resetByEmail({ passwordResetToken: 'unknown', password: strongPassword() }));
    await collect(adapter.resetByEmailStart({ organizationId: 'nope', emailAddress: 'ada@acme.test' }));
    await collect(adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'who@acme.test' }));
    await collect(adapter.resetBySession({ organizationId: 'acme', sessionToken: 'nope', password: strongPassword() }));
    const old = adapter.createSession('member-demo-ada', { factorAgeMinutes: 10 });
    await collect(adapter.resetBySession({ organizationId: 'acme', sessionToken: old.sessionToken, password: strongPassword() }));
    const fresh = adapter.createSession('member-demo-ada');
    await collect(adapter.resetBySession({ organizationId: 'acme', sessionToken: fresh.sessionToken, password: 'abc' }));
    await collect(adapter.resetBySession({ organizationId: 'acme', sessionToken: fresh.sessionToken, password: BREACHED_BUT_STRONG }));
    const existing = { organizationId: 'acme', emailAddress: 'ada@acme.test', newPassword: strongPassword() };
    await collect(adapter.resetByExistingPassword({ ...existing, existingPassword: 'wrong-password' }));
    await collect(adapter.resetByExistingPassword({ ...existing, emailAddress: 'noor@acme.test', existingPassword: 'x' }));
    const token = await tokenFor(adapter, 'ada@acme.test');
    await collect(adapter.resetByEmail({ passwordResetToken: token, password: strongPassword(), codeVerifier: 'v'.repeat(43) }));
    await collect(adapter.exchangeIntermediateSession({ intermediateSessionToken: 'nope', organizationId: 'acme' }));
    for (let i = 0; i < 5; i += 1) await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'noor@acme.test' });
    await collect(adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'noor@acme.test' }));

    expect(errors.map((error) => error.code)).toEqual([
      'token_invalid',
      'organization_not_found',
      'member_not_found',
      'session_invalid',
      'session_too_old',
      'weak_password',
      'breached_password',
      'unauthorized_credentials',
      'no_password_set',
      'pkce_mismatch',
      'discovery_session_expired',
      'rate_limited',
    ]);
    for (const error of errors) {
      expect(error.status).toBeGreaterThanOrEqual(400);
      expect(errorCodeFor(error.errorType, error.status), `${error.code} <- ${error.errorType}`).toBe(error.code);
    }
    expect(errors.at(-1)!.status).toBe(429);
  });

  it('names the precise PKCE error types', async () => {
    const adapter = createMemoryAdapter();
    const { createCodeChallenge } = await import('../../src/core/index.js');
    const plain = await tokenFor(adapter, 'ada@acme.test');
    const withVerifier = await rejection(adapter.resetByEmail({ passwordResetToken: plain, password: strongPassword(), codeVerifier: 'a'.repeat(43) }));
    expect(withVerifier.errorType).toBe('invalid_pkce_code_verifier');
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test', codeChallenge: await createCodeChallenge('b'.repeat(43)) });
    const pkce = adapter.outbox.latest()!.token;
    expect((await rejection(adapter.resetByEmail({ passwordResetToken: pkce, password: strongPassword() }))).errorType).toBe(
      'pkce_expected_code_verifier',
    );
    expect(
      (await rejection(adapter.resetByEmail({ passwordResetToken: pkce, password: strongPassword(), codeVerifier: 'c'.repeat(43) }))).errorType,
    ).toBe('pkce_mismatch');
  });

  it('throws validation errors before anything else, even an injected failure', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('server');
    await expectResetError(adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'bad' }), 'invalid_email');
    await expectResetError(adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }), 'server');
    expect(adapter.outbox.list()).toEqual([]);
  });
});

describe('memory adapter: outbox', () => {
  it('lists, picks the latest (per address, case-insensitively) and clears', async () => {
    const adapter = createMemoryAdapter();
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test', resetPasswordTemplateId: 'tpl-reset' });
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'noor@acme.test', verifyEmailTemplateId: 'tpl-verify' });
    const [ada, noor] = adapter.outbox.list();
    expect(ada).toMatchObject({ to: 'ada@acme.test', template: 'reset_password', templateId: 'tpl-reset', organizationId: ACME });
    expect(noor).toMatchObject({ to: 'noor@acme.test', template: 'verify_email', templateId: 'tpl-verify' });
    expect(adapter.outbox.latest()).toBe(noor);
    expect(adapter.outbox.latest('ADA@acme.test')).toBe(ada);
    expect(adapter.outbox.latest('nobody@acme.test')).toBeUndefined();
    expect(Object.isFrozen(ada)).toBe(true);
    // The list is a copy.
    adapter.outbox.list().pop();
    expect(adapter.outbox.list()).toHaveLength(2);

    adapter.outbox.clear();
    expect(adapter.outbox.list()).toEqual([]);
    // Clearing forgets emails, not tokens.
    expect((await adapter.resetByEmail({ passwordResetToken: ada!.token, password: strongPassword() })).memberAuthenticated).toBe(true);
  });

  it('notifies subscribers of each email until they unsubscribe', async () => {
    const adapter = createMemoryAdapter();
    const seen: MemoryEmail[] = [];
    const unsubscribe = adapter.outbox.subscribe((email) => seen.push(email));
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    await adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' });
    expect(seen.map((email) => email.tokenType)).toEqual(['multi_tenant_passwords', 'discovery']);
    expect(seen[1]!.organizationId).toBeUndefined();
    unsubscribe();
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    expect(seen).toHaveLength(2);
  });

  it('reports a throwing subscriber without failing the call', async () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (error: unknown) => reported.push(error));
    try {
      const adapter = createMemoryAdapter();
      const later = vi.fn();
      adapter.outbox.subscribe(() => {
        throw new Error('listener bug');
      });
      adapter.outbox.subscribe(later);
      await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
      expect(reported).toEqual([new Error('listener bug')]);
      expect(later).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('points links at defaultRedirectUrl, and fails like an unconfigured project without one', async () => {
    const adapter = createMemoryAdapter();
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    expect(adapter.outbox.latest()!.link).toMatch(/^http:\/\/localhost\/reset-password\?token=[\w-]+&stytch_token_type=multi_tenant_passwords$/);

    const custom = createMemoryAdapter({ defaultRedirectUrl: 'https://demo.example/reset#top' });
    await custom.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    const link = new URL(custom.outbox.latest()!.link);
    expect([link.origin + link.pathname, link.hash]).toEqual(['https://demo.example/reset', '#top']);

    const none = createMemoryAdapter({ defaultRedirectUrl: null });
    const error = await rejection(none.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }));
    expect(error).toMatchObject({ code: 'configuration', errorType: 'no_password_reset_redirect_url' });
    await none.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test', resetPasswordRedirectUrl: 'https://x.example/r' });
  });
});

describe('memory adapter: failNext', () => {
  it('fails the next call once, with the backend form of the code', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('rate_limited', { retryAfterSeconds: 42 });
    const error = await rejection(adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }));
    expect(error).toMatchObject({ code: 'rate_limited', errorType: 'too_many_requests', status: 429, retryAfterSeconds: 42 });
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    expect(adapter.outbox.list()).toHaveLength(1);
  });

  it('gives transport failures no status', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('network');
    adapter.failNext('timeout');
    const network = await rejection(adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' }));
    const timeout = await rejection(adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' }));
    expect([network.code, network.status, timeout.code, timeout.status]).toEqual(['network', undefined, 'timeout', undefined]);
  });

  it('leaves background checks alone unless aimed at them', async () => {
    const adapter = createMemoryAdapter({ policy: { kind: 'luds', minLength: 8, minComplexity: 1, breachDetection: true } });
    adapter.failNext('server');
    await adapter.getPasswordPolicy();
    await adapter.strengthCheck({ password: 'abcdefgh' });
    await expectResetError(adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }), 'server');

    adapter.failNext('unknown', { operation: 'strengthCheck', message: 'boom' });
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    const error = await rejection(adapter.strengthCheck({ password: 'abcdefgh' }));
    expect([error.code, error.message]).toEqual(['unknown', 'boom']);
  });

  it('targets one operation, leaving other calls alone', async () => {
    const adapter = createMemoryAdapter();
    adapter.failNext('token_invalid', { operation: 'resetByEmail' });
    const token = await tokenFor(adapter, 'ada@acme.test');
    await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }), 'token_invalid');
    expect((await adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() })).memberAuthenticated).toBe(true);
  });
});

describe('memory adapter: latency and abort', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers after latencyMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const adapter = createMemoryAdapter({ latencyMs: 800 });
    let settled = false;
    const call = adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(799);
    expect(settled).toBe(false);
    expect(adapter.outbox.list()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await call;
    expect(adapter.outbox.list()).toHaveLength(1);
  });

  it('rejects with aborted when the signal fires during the delay, and does nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const adapter = createMemoryAdapter({ latencyMs: 800 });
    const controller = new AbortController();
    const call = rejection(adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect((await call).code).toBe('aborted');
    await vi.advanceTimersByTimeAsync(1000);
    expect(adapter.outbox.list()).toEqual([]);
  });

  it('rejects at once for an already aborted signal, even without latency', async () => {
    const adapter = createMemoryAdapter();
    await expectResetError(adapter.getPasswordPolicy({ signal: AbortSignal.abort() }), 'aborted');
    await expectResetError(
      adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }, { signal: AbortSignal.abort() }),
      'aborted',
    );
    expect(adapter.outbox.list()).toEqual([]);
  });
});

describe('memory adapter: passwords are only kept as salted hashes', () => {
  it('holds no plaintext anywhere reachable', async () => {
    const seeded = 'Seeded-Plaintext-Canary-91';
    const options: MemoryAdapterOptions = {
      organizations: [{ organizationId: 'org-1', name: 'One' }],
      members: [{ memberId: 'm-1', organizationId: 'org-1', emailAddress: 'one@one.test', password: seeded }],
    };
    const adapter = createMemoryAdapter(options);
    // The adapter must not depend on (or retain) the caller's object.
    options.members![0]!.password = 'changed-after-creation';
    const next = 'Reset-Plaintext-Canary-37';
    const results: unknown[] = [
      await adapter.resetByExistingPassword({ organizationId: 'org-1', emailAddress: 'one@one.test', existingPassword: seeded, newPassword: next }),
    ];
    await adapter.resetByEmailStart({ organizationId: 'org-1', emailAddress: 'one@one.test' });
    const last = 'Email-Plaintext-Canary-55';
    results.push(await adapter.resetByEmail({ passwordResetToken: adapter.outbox.latest()!.token, password: last }));
    results.push(adapter.createSession('m-1'), await adapter.getPasswordPolicy(), await adapter.strengthCheck({ password: 'x' }));
    const reachable = JSON.stringify({ adapter, outbox: adapter.outbox.list(), results, keys: Object.keys(adapter) });
    for (const secret of [seeded, next, last]) expect(reachable).not.toContain(secret);
  });

  it('derives a PBKDF2 hash with a fresh salt for every password set', async () => {
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    const adapter = createMemoryAdapter({
      organizations: [{ organizationId: 'org-1', name: 'One' }],
      members: [
        { organizationId: 'org-1', emailAddress: 'a@one.test', password: 'Same-Password-For-Both-1' },
        { organizationId: 'org-1', emailAddress: 'b@one.test', password: 'Same-Password-For-Both-1' },
      ],
    });
    await adapter.getPasswordPolicy();
    const salts = deriveBits.mock.calls.map(([params]) => {
      expect(params).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256' });
      return Buffer.from((params as Pbkdf2Params).salt as Uint8Array).toString('hex');
    });
    expect(salts).toHaveLength(2);
    expect(new Set(salts).size).toBe(2);
  });
});

describe('memory adapter: isolation', () => {
  it('shares no state between two adapters', async () => {
    const first = createMemoryAdapter();
    const second = createMemoryAdapter();
    first.failNext('server');
    const token = await rejection(first.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }));
    expect(token.code).toBe('server');
    for (let i = 0; i < 5; i += 1) await first.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    await expectResetError(first.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' }), 'rate_limited');

    // Neither the injected failure, the rate limit, the outbox nor the tokens leak into the second.
    await second.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    expect(second.outbox.list()).toHaveLength(1);
    expect(first.outbox.list()).toHaveLength(5);
    await expectResetError(
      second.resetByEmail({ passwordResetToken: first.outbox.latest()!.token, password: strongPassword() }),
      'token_invalid',
    );
    await first.resetByEmail({ passwordResetToken: first.outbox.latest()!.token, password: strongPassword() });
    const session = first.createSession('member-demo-ada');
    await expectResetError(
      second.resetBySession({ organizationId: 'acme', sessionToken: session.sessionToken, password: strongPassword() }),
      'session_invalid',
    );
    // The first adapter's reset did not change the second's password.
    const still = await second.resetByExistingPassword({
      organizationId: 'acme',
      emailAddress: 'ada@acme.test',
      existingPassword: DEMO_PASSWORD,
      newPassword: strongPassword(),
    });
    expect(still.memberAuthenticated).toBe(true);
  });
});

describe('memory adapter: the injected clock drives every expiry', () => {
  it('reads Date.now() only as the default clock', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/adapters/memory');
    const sources = readdirSync(dir).map((name) => readFileSync(path.join(dir, name), 'utf8')).join('\n');
    expect(sources.match(/Date\.now\(\)/g)).toHaveLength(1);
    expect(sources).toContain('options.now ?? (() => Date.now())');
    expect(sources).not.toMatch(/new Date\(\)|performance\.now/);
  });

  it('dates emails, tokens, sessions, intermediate sessions and rate windows by now()', async () => {
    const time = clock(Date.UTC(2001, 8, 9));
    const adapter = createMemoryAdapter({ now: time.now });
    await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test', resetPasswordExpirationMinutes: 60 });
    const email = adapter.outbox.latest()!;
    expect([email.sentAt, email.expiresAt]).toEqual([time.now(), time.now() + 60 * MINUTE]);

    const session = adapter.createSession('member-demo-ada', { durationMinutes: 10 });
    const payload = JSON.parse(Buffer.from(session.sessionJwt.split('.')[1]!, 'base64url').toString()) as { iat: number; sub: string };
    expect(payload).toMatchObject({ iat: time.now() / 1000, sub: 'member-demo-ada' });
    time.advance(11 * MINUTE);
    await expectResetError(
      adapter.resetBySession({ organizationId: 'acme', sessionToken: session.sessionToken, password: strongPassword() }),
      'session_invalid',
    );
    time.advance(49 * MINUTE - 1);
    await adapter.resetByEmail({ passwordResetToken: email.token, password: strongPassword() });
  });

  it('ends the lockout and the rate window by now()', async () => {
    const time = clock();
    const adapter = createMemoryAdapter({ now: time.now, rateLimit: { maxRequests: 2, windowSeconds: 10 } });
    const req = { organizationId: 'acme', emailAddress: 'ada@acme.test' };
    await adapter.resetByEmailStart(req);
    time.advance(4000);
    await adapter.resetByEmailStart(req);
    const limited = await rejection(adapter.resetByEmailStart(req));
    expect(limited).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 6 });
    time.advance(6000);
    await adapter.resetByEmailStart(req);

    const wrong = { organizationId: 'acme', emailAddress: 'ada@acme.test', existingPassword: 'wrong-password', newPassword: strongPassword() };
    for (let i = 0; i < 10; i += 1) await expectResetError(adapter.resetByExistingPassword(wrong), 'unauthorized_credentials');
    const locked = await rejection(adapter.resetByExistingPassword({ ...wrong, existingPassword: DEMO_PASSWORD }));
    expect(locked).toMatchObject({ code: 'locked_out', errorType: 'user_lock_limit_reached', retryAfterSeconds: 3600 });
    time.advance(60 * MINUTE);
    expect((await adapter.resetByExistingPassword({ ...wrong, existingPassword: DEMO_PASSWORD })).memberAuthenticated).toBe(true);
  });

  it('can turn the rate limit off', async () => {
    const adapter = createMemoryAdapter({ rateLimit: false });
    for (let i = 0; i < 8; i += 1) await adapter.resetByEmailStart({ organizationId: 'acme', emailAddress: 'ada@acme.test' });
    expect(adapter.outbox.list()).toHaveLength(8);
  });
});

describe('memory adapter: password policy', () => {
  const luds = { kind: 'luds', minLength: 10, minComplexity: 3, breachDetection: true } as const;

  it('applies a LUDS policy and answers the strength check like the backend', async () => {
    const adapter = createMemoryAdapter({ policy: luds });
    expect(await adapter.getPasswordPolicy()).toEqual(luds);
    const short = await adapter.strengthCheck({ password: 'abcdefgh' });
    expect(short).toMatchObject({
      validPassword: false,
      strengthPolicy: 'luds',
      breachDetectionOnCreate: true,
      ludsFeedback: { hasLowerCase: true, hasUpperCase: false, hasDigit: false, hasSymbol: false, missingCharacters: 2, missingComplexity: 2 },
      zxcvbnFeedback: { warning: '', suggestions: [] },
    });
    const fine = await adapter.strengthCheck({ password: 'Abcdefgh12' });
    expect(fine).toMatchObject({ validPassword: true, ludsFeedback: { missingCharacters: 0, missingComplexity: 0 } });
    const token = await tokenFor(adapter, 'ada@acme.test');
    await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: 'abcdefghij' }), 'weak_password');
    expect((await adapter.resetByEmail({ passwordResetToken: token, password: 'Abcdefgh12' })).memberAuthenticated).toBe(true);
  });

  it('refuses configured and built-in breached passwords, unless breach detection is off', async () => {
    const adapter = createMemoryAdapter({ policy: { ...luds, minLength: 8, minComplexity: 1 }, breachedPasswords: ['Mine-Was-Leaked-2020'] });
    const token = await tokenFor(adapter, 'ada@acme.test');
    await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: 'Mine-Was-Leaked-2020' }), 'breached_password');
    await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: 'qwerty123' }), 'breached_password');
    // Breach detection needs the address on the strength check, as on the backend.
    expect((await adapter.strengthCheck({ password: 'qwerty123' })).breachedPassword).toBe(false);
    expect(await adapter.strengthCheck({ password: 'qwerty123', emailAddress: 'ada@acme.test' })).toMatchObject({
      breachedPassword: true,
      validPassword: false,
    });

    const lenient = createMemoryAdapter({ policy: { ...luds, minLength: 8, minComplexity: 1, breachDetection: false } });
    const other = await tokenFor(lenient, 'ada@acme.test');
    expect((await lenient.resetByEmail({ passwordResetToken: other, password: 'qwerty123' })).memberAuthenticated).toBe(true);
  });

  it('defaults to zxcvbn with breach detection', async () => {
    const adapter = createMemoryAdapter();
    expect(await adapter.getPasswordPolicy()).toEqual({ kind: 'zxcvbn', breachDetection: true });
    const result = await adapter.strengthCheck({ password: 'password', emailAddress: 'ada@acme.test' });
    expect(result).toMatchObject({ strengthPolicy: 'zxcvbn', validPassword: false, breachedPassword: true });
    expect(result.score).toBeLessThan(3);
  });

  it('refuses LUDS bounds outside 8..32 and 1..4', () => {
    expect(() => createMemoryAdapter({ policy: { ...luds, minLength: 7 } })).toThrow(ResetError);
    expect(() => createMemoryAdapter({ policy: { ...luds, minComplexity: 5 } })).toThrow(ResetError);
  });
});

describe('memory adapter: organizations, members and memberships', () => {
  const organizations = [
    { organizationId: 'org-a', name: 'Alpha Team' },
    { organizationId: 'org-b', name: 'Beta', slug: 'beta', mfaPolicy: 'REQUIRED_FOR_ALL' as const },
    { organizationId: 'org-c', name: 'Gamma', emailAllowedDomains: ['corp.test'] },
  ];

  it('lists invited, pending and domain-eligible memberships, and exchanging activates or creates the member', async () => {
    const adapter = createMemoryAdapter({
      organizations,
      crossOrgPasswords: true,
      members: [
        { memberId: 'm-a', organizationId: 'org-a', emailAddress: 'pat@corp.test', status: 'invited' },
        { memberId: 'm-b', organizationId: 'org-b', emailAddress: 'pat@corp.test', status: 'pending' },
      ],
    });
    await adapter.discoveryResetByEmailStart({ emailAddress: 'pat@corp.test' });
    expect(adapter.outbox.latest()!.template).toBe('verify_email');
    const discovery = await adapter.discoveryResetByEmail({ passwordResetToken: adapter.outbox.latest()!.token, password: strongPassword() });
    const byOrg = Object.fromEntries(discovery.discoveredOrganizations.map((each) => [each.organization.organizationId, each]));
    expect(byOrg['org-a']).toMatchObject({ membership: { type: 'invited_member' }, memberAuthenticated: true, mfaRequired: null });
    // An unenrolled member of an MFA organization must enroll: no member options.
    expect(byOrg['org-b']).toMatchObject({
      membership: { type: 'pending_member' },
      memberAuthenticated: false,
      mfaRequired: { memberOptions: null },
    });
    expect(byOrg['org-c']).toMatchObject({ membership: { type: 'eligible_to_join_by_email_domain' }, memberAuthenticated: false });
    expect(byOrg['org-a']!.organization.organizationSlug).toBe('alpha-team');

    const joined = await adapter.exchangeIntermediateSession({
      intermediateSessionToken: discovery.intermediateSessionToken,
      organizationId: 'org-c',
    });
    expect(joined).toMatchObject({ memberAuthenticated: true, organizationId: 'org-c', member: { status: 'active', emailAddress: 'pat@corp.test' } });
    expect(joined.memberId).toMatch(/^member-test-/);
    // An exchange that authenticates ends the intermediate session.
    await expectResetError(
      adapter.exchangeIntermediateSession({ intermediateSessionToken: discovery.intermediateSessionToken, organizationId: 'org-a' }),
      'discovery_session_expired',
    );
  });

  it('keeps passwords per member without cross-organization passwords, and refuses the discovery flow', async () => {
    const adapter = createMemoryAdapter({
      organizations,
      members: [
        { organizationId: 'org-a', emailAddress: 'lee@corp.test', password: 'Password-In-Alpha-1' },
        { organizationId: 'org-c', emailAddress: 'lee@corp.test', password: 'Password-In-Gamma-2' },
      ],
    });
    const change = (organizationId: string, existingPassword: string) =>
      adapter.resetByExistingPassword({ organizationId, emailAddress: 'lee@corp.test', existingPassword, newPassword: strongPassword() });
    await expectResetError(change('org-a', 'Password-In-Gamma-2'), 'unauthorized_credentials');
    await change('org-a', 'Password-In-Alpha-1');
    await change('org-c', 'Password-In-Gamma-2');
    const error = await rejection(adapter.discoveryResetByEmailStart({ emailAddress: 'lee@corp.test' }));
    expect(error).toMatchObject({ code: 'configuration', errorType: 'cross_org_passwords_not_enabled' });
  });

  it('refuses inconsistent seeds', () => {
    expect(() => createMemoryAdapter({ organizations, members: [{ organizationId: 'nope', emailAddress: 'a@b.test' }] })).toThrow(/unknown organization/);
    expect(() =>
      createMemoryAdapter({
        organizations,
        crossOrgPasswords: true,
        members: [
          { organizationId: 'org-a', emailAddress: 'a@b.test', password: 'One-Password-11' },
          { organizationId: 'org-b', emailAddress: 'a@b.test', password: 'Another-Password-22' },
        ],
      }),
    ).toThrow(/share one password/);
    expect(() => createMemoryAdapter({ organizations: [...organizations, { organizationId: 'org-d', name: 'D', slug: 'beta' }] })).toThrow(/slug/);
  });

  it('signs members in for tests, refusing unknown ones', async () => {
    const adapter = createMemoryAdapter();
    expect(() => adapter.createSession('member-nope')).toThrow(expect.objectContaining({ code: 'member_not_found' }));
    const { sessionJwt } = adapter.createSession('member-demo-ada');
    // A JWT identifies the session as well as the token does.
    const result = await adapter.resetBySession({ organizationId: 'acme', sessionJwt, password: strongPassword() });
    expect(result.memberAuthenticated).toBe(true);
  });

  it('creates an organization via discovery with a unique slug, refusing a taken or invalid one', async () => {
    const adapter = createMemoryAdapter();
    await adapter.discoveryResetByEmailStart({ emailAddress: 'ada@acme.test' });
    const password = strongPassword();
    const { intermediateSessionToken } = await adapter.discoveryResetByEmail({ passwordResetToken: adapter.outbox.latest()!.token, password });
    await expectResetError(adapter.createOrganizationViaDiscovery({ intermediateSessionToken, organizationSlug: 'acme' }), 'invalid_argument');
    await expectResetError(adapter.createOrganizationViaDiscovery({ intermediateSessionToken, organizationSlug: 'Not A Slug' }), 'invalid_argument');
    const created = await adapter.createOrganizationViaDiscovery({ intermediateSessionToken, organizationName: 'Acme Inc.' });
    expect(created.organization).toMatchObject({ organizationName: 'Acme Inc.', organizationSlug: 'acme-inc', mfaPolicy: 'OPTIONAL' });
    // The new membership shares the address's password.
    const proven = await adapter.resetByExistingPassword({
      organizationId: 'acme-inc',
      emailAddress: 'ada@acme.test',
      existingPassword: password,
      newPassword: strongPassword(),
    });
    expect(proven.memberId).toBe(created.memberId);
  });

  it('redeems a token once even when two completions race', async () => {
    const adapter = createMemoryAdapter();
    const token = await tokenFor(adapter, 'ada@acme.test');
    const outcomes = await Promise.allSettled([
      adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }),
      adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('hands an MFA member of an MFA organization the member options, with an intermediate session', async () => {
    const adapter = createMemoryAdapter();
    const token = await tokenFor(adapter, 'max@globex.test', GLOBEX);
    const result = await adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() });
    expect(result).toMatchObject({
      memberAuthenticated: false,
      mfaRequired: { memberOptions: { totpRegistrationId: expect.any(String) }, secondaryAuthInitiated: null },
      primaryRequired: null,
    });
    expect(result.sessionToken).toBeUndefined();
    // An MFA intermediate session cannot be exchanged like a discovery one.
    await expectResetError(
      adapter.exchangeIntermediateSession({ intermediateSessionToken: result.intermediateSessionToken!, organizationId: GLOBEX }),
      'discovery_session_expired',
    );
  });
});
