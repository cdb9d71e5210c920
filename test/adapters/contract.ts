/**
 * The ResetAdapter contract: the rules of backend.md as tests, written only against the public
 * adapter interface and a data-only harness, so the same suite runs on the memory adapter and,
 * later, on the HTTP and Stytch adapters against an emulator reached over loopback.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCodeChallenge, isResetError } from '../../src/core/index.js';
import type { AuthResult, ResetAdapter, ResetErrorCode, ResetLocale } from '../../src/core/index.js';

export interface ContractOrganization {
  organizationId: string;
  slug: string;
}

export interface ContractMember {
  memberId: string;
  organizationId: string;
  emailAddress: string;
}

/** The seeded data the suite relies on; every id is the backend's own. */
export interface ContractFixture {
  /** An organization whose MFA policy is optional. */
  organization: ContractOrganization;
  /** An organization that requires MFA of every member. */
  mfaOrganization: ContractOrganization;
  /** A member of `organization` with a password and no MFA. */
  member: ContractMember & { password: string };
  /** A member of `mfaOrganization` with a password and MFA enrolled. */
  mfaMember: ContractMember & { password: string };
  /** A member of `organization` who never set a password. */
  memberWithoutPassword: ContractMember;
  /** One address that is a member of both organizations, with one password (cross-org passwords). */
  multiOrgMember: {
    emailAddress: string;
    password: string;
    memberships: { organizationId: string; memberId: string; mfaRequired: boolean }[];
  };
  /** A valid address that is a member nowhere. */
  unknownEmail: string;
  /** A password that meets the policy but is in the backend's breach corpus (breach tests skip without it). */
  breachedPassword?: string;
  /** The start-request throttle, when the backend's is known and reachable in a test (skipped otherwise). */
  rateLimit?: { maxRequests: number; windowSeconds: number };
  /** Whether the discovery flow is on (its tests skip otherwise). */
  crossOrgPasswords: boolean;
}

/** An email as the harness reads it from the backend's outbox. */
export interface ContractEmail {
  to: string;
  template: 'reset_password' | 'verify_email';
  link: string;
  token: string;
  tokenType: 'multi_tenant_passwords' | 'discovery';
  locale: ResetLocale;
  expiresAt: number;
}

/**
 * What the suite needs besides the adapter. Everything is async and data-only, so an HTTP
 * emulator can implement it with control endpoints over loopback.
 */
export interface ResetAdapterHarness {
  adapter: ResetAdapter;
  fixture: ContractFixture;
  /** The newest email sent to the address, if any. */
  latestEmail(emailAddress: string): Promise<ContractEmail | undefined>;
  /** The backend's clock, in ms. */
  now(): Promise<number>;
  /** Moves the backend's clock forward. */
  advanceTime(ms: number): Promise<void>;
  /** Signs a member in, as another login would have, with a factor `factorAgeMinutes` old (default 0). */
  createSession(memberId: string, options?: { factorAgeMinutes?: number }): Promise<{ sessionToken: string }>;
  /** Releases whatever the harness holds (servers, timers). */
  dispose?(): Promise<void>;
}

const MINUTE = 60_000;
const REDIRECT = 'https://app.example.com/reset?from=contract';

/** A password no policy refuses: random, long, four character classes. */
export function strongPassword(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const random = crypto.getRandomValues(new Uint8Array(14));
  return `${Array.from(random, (byte) => alphabet[byte % alphabet.length]).join('')}-7q!`;
}

/** Too short for any LUDS policy and scored 0 by zxcvbn. */
const WEAK_PASSWORD = 'abc';

/** Awaits a rejection and checks it is a ResetError with one of the codes. */
export async function expectResetError(promise: Promise<unknown>, code: ResetErrorCode | ResetErrorCode[]) {
  const codes = Array.isArray(code) ? code : [code];
  let thrown: unknown;
  try {
    await promise;
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected a rejection with ${codes.join(' or ')}`).toBeDefined();
  expect(isResetError(thrown), `expected a ResetError, got ${String(thrown)}`).toBe(true);
  if (!isResetError(thrown)) throw thrown;
  expect(codes).toContain(thrown.code);
  return thrown;
}

/**
 * What an adapter can carry besides the core contract. An adapter over a client that owns part
 * of the protocol (Stytch's browser SDK keeps PKCE, sessions and intermediate sessions itself)
 * declares what it cannot express; those tests are not defined for it, and its own test file
 * covers the behaviour it has instead.
 */
export interface ContractCapabilities {
  /** A rate-limit error carries `retryAfterSeconds` (the SDK hides Retry-After). Default true. */
  retryAfter?: boolean;
  /** Explicit `codeChallenge`/`codeVerifier` reach the backend (the SDK sends its own). Default true. */
  explicitPkce?: boolean;
  /** A reset by session resets in the requested organization (the SDK uses the session's). Default true. */
  sessionOrganization?: boolean;
  /** An intermediate session can be exchanged again after an MFA hand-off (the SDK replaces it). Default true. */
  exchangeAfterMfaHandOff?: boolean;
  /**
   * The backend does not tell members apart from strangers (resetkit/server's proxy): a start for
   * an unknown address succeeds without sending anything, and an existing-password reset of an
   * unknown member, or of one without a password, fails as a wrong password. Default false.
   */
  concealsMembers?: boolean;
}

export function describeResetAdapterContract(
  name: string,
  createHarness: () => Promise<ResetAdapterHarness>,
  capabilities: ContractCapabilities = {},
): void {
  const can: Required<ContractCapabilities> = {
    retryAfter: true,
    explicitPkce: true,
    sessionOrganization: true,
    exchangeAfterMfaHandOff: true,
    concealsMembers: false,
    ...capabilities,
  };
  /** A start for an address that is no member there: refused as such, or answered like any other. */
  const expectUnknownMemberStart = async (promise: Promise<void>) => {
    if (can.concealsMembers) await expect(promise).resolves.toBeUndefined();
    else await expectResetError(promise, 'member_not_found');
  };
  /** What an existing-password reset answers instead of `code` when the backend conceals members. */
  const concealed = (code: ResetErrorCode): ResetErrorCode => (can.concealsMembers ? 'unauthorized_credentials' : code);
  // Defines the test only for adapters that can express it (see ContractCapabilities).
  const itWhen = (capable: boolean): typeof it => (capable ? it : ((() => undefined) as unknown as typeof it));
  describe(`ResetAdapter contract: ${name}`, () => {
    let h: ResetAdapterHarness;
    let adapter: ResetAdapter;
    let fx: ContractFixture;

    beforeEach(async () => {
      h = await createHarness();
      adapter = h.adapter;
      fx = h.fixture;
    });

    afterEach(async () => {
      await h.dispose?.();
    });

    async function latest(emailAddress: string): Promise<ContractEmail> {
      const email = await h.latestEmail(emailAddress);
      if (!email) throw new Error(`No email was sent to ${emailAddress}.`);
      return email;
    }

    async function startReset(member: ContractMember, extra: { codeChallenge?: string; resetPasswordExpirationMinutes?: number } = {}) {
      await adapter.resetByEmailStart({
        organizationId: member.organizationId,
        emailAddress: member.emailAddress,
        resetPasswordRedirectUrl: REDIRECT,
        ...extra,
      });
      return (await latest(member.emailAddress)).token;
    }

    async function startDiscovery(emailAddress: string, extra: { codeChallenge?: string } = {}) {
      await adapter.discoveryResetByEmailStart({ emailAddress, resetPasswordRedirectUrl: REDIRECT, ...extra });
      return (await latest(emailAddress)).token;
    }

    /** Proves the member's password by changing it with resetByExistingPassword. */
    async function expectPassword(member: ContractMember, password: string) {
      const result = await adapter.resetByExistingPassword({
        organizationId: member.organizationId,
        emailAddress: member.emailAddress,
        existingPassword: password,
        newPassword: strongPassword(),
      });
      expect(result.memberId).toBe(member.memberId);
    }

    /** A session is alive when it can still reset the password (its factor being fresh). */
    async function expectSessionRevoked(organizationId: string, sessionToken: string) {
      await expectResetError(adapter.resetBySession({ organizationId, sessionToken, password: strongPassword() }), 'session_invalid');
    }

    function expectAuthenticated(result: AuthResult, member: ContractMember) {
      expect(result.memberId).toBe(member.memberId);
      expect(result.organizationId).toBe(member.organizationId);
      expect(result.memberAuthenticated).toBe(true);
      expect(result.sessionToken).toEqual(expect.any(String));
      expect(result.mfaRequired).toBeNull();
    }

    function expectMfaHandOff(result: AuthResult, member: ContractMember) {
      expect(result.memberId).toBe(member.memberId);
      expect(result.memberAuthenticated).toBe(false);
      expect(result.intermediateSessionToken).toEqual(expect.any(String));
      expect(result.intermediateSessionToken).not.toBe('');
      expect(result.mfaRequired).not.toBeNull();
      expect(result.sessionToken ?? '').toBe('');
      expect(result.sessionJwt ?? '').toBe('');
    }

    describe('request bounds', () => {
      it('refuses an invalid email address before sending anything', async () => {
        await expectResetError(
          adapter.resetByEmailStart({ organizationId: fx.organization.organizationId, emailAddress: 'not-an-email' }),
          'invalid_email',
        );
        await expectResetError(adapter.discoveryResetByEmailStart({ emailAddress: 'a@b' }), 'invalid_email');
        expect(await h.latestEmail('not-an-email')).toBeUndefined();
      });

      it.each([4, 10081, 30.5])('refuses resetPasswordExpirationMinutes %s (5..10080)', async (minutes) => {
        const error = await expectResetError(
          adapter.resetByEmailStart({
            organizationId: fx.organization.organizationId,
            emailAddress: fx.member.emailAddress,
            resetPasswordExpirationMinutes: minutes,
          }),
          'invalid_argument',
        );
        expect(error.field).toBe('resetPasswordExpirationMinutes');
        expect(await h.latestEmail(fx.member.emailAddress)).toBeUndefined();
      });

      it('accepts the extreme expirations 5 and 10080', async () => {
        for (const minutes of [5, 10080]) {
          await adapter.resetByEmailStart({
            organizationId: fx.organization.organizationId,
            emailAddress: fx.member.emailAddress,
            resetPasswordExpirationMinutes: minutes,
          });
          const email = await latest(fx.member.emailAddress);
          expect(email.expiresAt - (await h.now())).toBe(minutes * MINUTE);
        }
      });

      it('refuses redirect URLs that are not absolute http(s) URLs', async () => {
        for (const url of ['/relative', 'javascript:alert(1)']) {
          await expectResetError(
            adapter.resetByEmailStart({
              organizationId: fx.organization.organizationId,
              emailAddress: fx.member.emailAddress,
              resetPasswordRedirectUrl: url,
            }),
            'invalid_argument',
          );
        }
      });

      it('refuses an unsupported locale', async () => {
        await expectResetError(
          adapter.resetByEmailStart({
            organizationId: fx.organization.organizationId,
            emailAddress: fx.member.emailAddress,
            locale: 'de' as ResetLocale,
          }),
          'invalid_argument',
        );
      });

      it('refuses session durations outside 5..527040, both session credentials, and bad custom claims', async () => {
        const base = { organizationId: fx.organization.organizationId, password: strongPassword(), sessionToken: 'x' };
        await expectResetError(adapter.resetBySession({ ...base, sessionDurationMinutes: 4 }), 'invalid_argument');
        await expectResetError(adapter.resetBySession({ ...base, sessionDurationMinutes: 527041 }), 'invalid_argument');
        await expectResetError(adapter.resetBySession({ ...base, sessionJwt: 'y' }), 'invalid_argument');
        await expectResetError(adapter.resetBySession({ ...base, sessionCustomClaims: { sub: 'me' } }), 'invalid_argument');
        await expectResetError(
          adapter.resetBySession({ ...base, sessionCustomClaims: { blob: 'x'.repeat(4100) } }),
          'invalid_argument',
        );
      });

      it('refuses missing required fields', async () => {
        await expectResetError(adapter.resetByEmail({ passwordResetToken: '', password: strongPassword() }), 'invalid_argument');
        await expectResetError(adapter.resetByEmail({ passwordResetToken: 'token', password: '' }), 'invalid_argument');
        await expectResetError(
          adapter.exchangeIntermediateSession({ intermediateSessionToken: '', organizationId: fx.organization.organizationId }),
          'invalid_argument',
        );
      });
    });

    describe('reset by email: start', () => {
      it('emails a reset_password link carrying the token and token type', async () => {
        const before = await h.now();
        await adapter.resetByEmailStart({
          organizationId: fx.organization.organizationId,
          emailAddress: fx.member.emailAddress,
          resetPasswordRedirectUrl: REDIRECT,
        });
        const email = await latest(fx.member.emailAddress);
        expect(email.to.toLowerCase()).toBe(fx.member.emailAddress.toLowerCase());
        expect(email.template).toBe('reset_password');
        expect(email.tokenType).toBe('multi_tenant_passwords');
        expect(email.locale).toBe('en');
        expect(email.expiresAt - before).toBe(30 * MINUTE);
        const link = new URL(email.link);
        expect(`${link.origin}${link.pathname}`).toBe('https://app.example.com/reset');
        expect(link.searchParams.get('from')).toBe('contract');
        expect(link.searchParams.get('token')).toBe(email.token);
        expect(link.searchParams.get('stytch_token_type')).toBe('multi_tenant_passwords');
      });

      it('uses the verify_email template for a member without a password', async () => {
        await startReset(fx.memberWithoutPassword);
        expect((await latest(fx.memberWithoutPassword.emailAddress)).template).toBe('verify_email');
      });

      it('sends the email in the requested locale', async () => {
        await adapter.resetByEmailStart({
          organizationId: fx.organization.organizationId,
          emailAddress: fx.member.emailAddress,
          locale: 'pt-br',
        });
        expect((await latest(fx.member.emailAddress)).locale).toBe('pt-br');
      });

      it('accepts the organization slug for organizationId', async () => {
        await adapter.resetByEmailStart({ organizationId: fx.organization.slug, emailAddress: fx.member.emailAddress });
        expect(await h.latestEmail(fx.member.emailAddress)).toBeDefined();
      });

      it('matches the address case-insensitively', async () => {
        await adapter.resetByEmailStart({
          organizationId: fx.organization.organizationId,
          emailAddress: fx.member.emailAddress.toUpperCase(),
        });
        expect(await h.latestEmail(fx.member.emailAddress)).toBeDefined();
      });

      it('reports an unknown address as member_not_found (or conceals it) and sends nothing', async () => {
        await expectUnknownMemberStart(
          adapter.resetByEmailStart({ organizationId: fx.organization.organizationId, emailAddress: fx.unknownEmail }),
        );
        expect(await h.latestEmail(fx.unknownEmail)).toBeUndefined();
      });

      it('reports a member of another organization as member_not_found (or conceals it)', async () => {
        await expectUnknownMemberStart(
          adapter.resetByEmailStart({ organizationId: fx.organization.organizationId, emailAddress: fx.mfaMember.emailAddress }),
        );
        expect(await h.latestEmail(fx.mfaMember.emailAddress)).toBeUndefined();
      });

      it('reports an unknown organization as organization_not_found', async () => {
        await expectResetError(
          adapter.resetByEmailStart({ organizationId: 'organization-test-does-not-exist', emailAddress: fx.member.emailAddress }),
          'organization_not_found',
        );
      });

      itWhen(can.retryAfter)('rate-limits start requests per address, with retryAfterSeconds', async (context) => {
        if (!fx.rateLimit) return context.skip();
        const req = { organizationId: fx.organization.organizationId, emailAddress: fx.member.emailAddress };
        for (let i = 0; i < fx.rateLimit.maxRequests; i += 1) await adapter.resetByEmailStart(req);
        const error = await expectResetError(adapter.resetByEmailStart(req), 'rate_limited');
        expect(error.retryAfterSeconds).toBeGreaterThan(0);
        expect(error.retryAfterSeconds).toBeLessThanOrEqual(fx.rateLimit.windowSeconds);
        // Another address is not affected.
        await adapter.resetByEmailStart({ ...req, emailAddress: fx.memberWithoutPassword.emailAddress });
        await h.advanceTime(fx.rateLimit.windowSeconds * 1000 + 1);
        await adapter.resetByEmailStart(req);
      });
    });

    describe('reset by email: complete', () => {
      it('sets the password and authenticates the member', async () => {
        const token = await startReset(fx.member);
        const password = strongPassword();
        const result = await adapter.resetByEmail({ passwordResetToken: token, password });
        expectAuthenticated(result, fx.member);
        expect(result.primaryRequired).toBeNull();
        await expectResetError(
          adapter.resetByExistingPassword({
            organizationId: fx.member.organizationId,
            emailAddress: fx.member.emailAddress,
            existingPassword: fx.member.password,
            newPassword: strongPassword(),
          }),
          'unauthorized_credentials',
        );
        await expectPassword(fx.member, password);
      });

      it('sets a first password for a member without one; the next email is reset_password', async () => {
        const token = await startReset(fx.memberWithoutPassword);
        const password = strongPassword();
        expectAuthenticated(await adapter.resetByEmail({ passwordResetToken: token, password }), fx.memberWithoutPassword);
        await startReset(fx.memberWithoutPassword);
        expect((await latest(fx.memberWithoutPassword.emailAddress)).template).toBe('reset_password');
        await expectPassword(fx.memberWithoutPassword, password);
      });

      it('accepts a token once', async () => {
        const token = await startReset(fx.member);
        await adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() });
        await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }), 'token_invalid');
      });

      it('refuses an unknown token', async () => {
        await expectResetError(
          adapter.resetByEmail({ passwordResetToken: 'SeiGwdj5lKkrEVgcEY3QNJXt6srxS3IK2Nwkar6mXD4=', password: strongPassword() }),
          'token_invalid',
        );
      });

      it('keeps a token valid until its expiry and refuses it after', async () => {
        const shortToken = await startReset(fx.member, { resetPasswordExpirationMinutes: 10 });
        await h.advanceTime(10 * MINUTE - 1000);
        await adapter.resetByEmail({ passwordResetToken: shortToken, password: strongPassword() });

        const token = await startReset(fx.member);
        await h.advanceTime(30 * MINUTE);
        // The real backend reports expiry with the invalid-token type; the memory adapter says token_expired.
        await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }), [
          'token_expired',
          'token_invalid',
        ]);
      });

      it('refuses a weak password and keeps the token usable', async () => {
        const token = await startReset(fx.member);
        await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: WEAK_PASSWORD }), 'weak_password');
        expectAuthenticated(await adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }), fx.member);
      });

      it('refuses a breached password', async (context) => {
        if (!fx.breachedPassword) return context.skip();
        const token = await startReset(fx.member);
        await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: fx.breachedPassword }), 'breached_password');
      });

      it('revokes every session of the member', async () => {
        const first = await h.createSession(fx.member.memberId);
        const second = await h.createSession(fx.member.memberId);
        const token = await startReset(fx.member);
        const result = await adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() });
        await expectSessionRevoked(fx.member.organizationId, first.sessionToken);
        await expectSessionRevoked(fx.member.organizationId, second.sessionToken);
        // The session the reset issued is alive.
        await adapter.resetBySession({ organizationId: fx.member.organizationId, sessionToken: result.sessionToken!, password: strongPassword() });
      });

      it('hands a member with MFA over to the second factor, without a session', async () => {
        const token = await startReset(fx.mfaMember);
        expectMfaHandOff(await adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }), fx.mfaMember);
      });

      it('skips MFA when a valid session of the member is passed', async () => {
        const { sessionToken } = await h.createSession(fx.mfaMember.memberId);
        const token = await startReset(fx.mfaMember);
        const result = await adapter.resetByEmail({ passwordResetToken: token, password: strongPassword(), sessionToken });
        expectAuthenticated(result, fx.mfaMember);
      });

      it('refuses an unknown session passed along', async () => {
        const token = await startReset(fx.member);
        await expectResetError(
          adapter.resetByEmail({ passwordResetToken: token, password: strongPassword(), sessionToken: 'no-such-session' }),
          'session_invalid',
        );
      });

      describe('PKCE', () => {
        const verifier = 'contract-verifier-0123456789-abcdefghijklmnopqrstuvwxyz';

        it('completes with the verifier of the challenge', async () => {
          const token = await startReset(fx.member, { codeChallenge: await createCodeChallenge(verifier) });
          expectAuthenticated(
            await adapter.resetByEmail({ passwordResetToken: token, password: strongPassword(), codeVerifier: verifier }),
            fx.member,
          );
        });

        itWhen(can.explicitPkce)('refuses a missing or wrong verifier', async () => {
          const token = await startReset(fx.member, { codeChallenge: await createCodeChallenge(verifier) });
          await expectResetError(adapter.resetByEmail({ passwordResetToken: token, password: strongPassword() }), 'pkce_mismatch');
          await expectResetError(
            adapter.resetByEmail({ passwordResetToken: token, password: strongPassword(), codeVerifier: `${verifier}x` }),
            'pkce_mismatch',
          );
        });

        itWhen(can.explicitPkce)('refuses a verifier when the start sent no challenge', async () => {
          const token = await startReset(fx.member);
          await expectResetError(
            adapter.resetByEmail({ passwordResetToken: token, password: strongPassword(), codeVerifier: verifier }),
            'pkce_mismatch',
          );
        });
      });
    });

    describe('reset by session', () => {
      it('resets with a session whose factor is younger than 5 minutes and keeps that session', async () => {
        const { sessionToken } = await h.createSession(fx.member.memberId, { factorAgeMinutes: 4 });
        const password = strongPassword();
        const result = await adapter.resetBySession({ organizationId: fx.member.organizationId, sessionToken, password });
        expectAuthenticated(result, fx.member);
        expect(result.sessionToken).toBe(sessionToken);
        await expectPassword(fx.member, password);
      });

      it('refuses a session whose factor is older than 5 minutes', async () => {
        const { sessionToken } = await h.createSession(fx.member.memberId, { factorAgeMinutes: 6 });
        await expectResetError(
          adapter.resetBySession({ organizationId: fx.member.organizationId, sessionToken, password: strongPassword() }),
          'session_too_old',
        );
      });

      it('counts the factor age with the backend clock', async () => {
        const { sessionToken } = await h.createSession(fx.member.memberId);
        await h.advanceTime(5 * MINUTE + 1000);
        await expectResetError(
          adapter.resetBySession({ organizationId: fx.member.organizationId, sessionToken, password: strongPassword() }),
          'session_too_old',
        );
      });

      it('revokes every other session of the member', async () => {
        const used = await h.createSession(fx.member.memberId);
        const other = await h.createSession(fx.member.memberId);
        await adapter.resetBySession({ organizationId: fx.member.organizationId, sessionToken: used.sessionToken, password: strongPassword() });
        await expectSessionRevoked(fx.member.organizationId, other.sessionToken);
        await adapter.resetBySession({ organizationId: fx.member.organizationId, sessionToken: used.sessionToken, password: strongPassword() });
      });

      itWhen(can.sessionOrganization)('refuses unknown, missing and foreign-organization sessions', async () => {
        await expectSessionRevoked(fx.member.organizationId, 'no-such-session');
        await expectResetError(
          adapter.resetBySession({ organizationId: fx.member.organizationId, password: strongPassword() }),
          'session_invalid',
        );
        const { sessionToken } = await h.createSession(fx.member.memberId);
        await expectSessionRevoked(fx.mfaOrganization.organizationId, sessionToken);
      });

      it('refuses a weak password', async () => {
        const { sessionToken } = await h.createSession(fx.member.memberId);
        await expectResetError(
          adapter.resetBySession({ organizationId: fx.member.organizationId, sessionToken, password: WEAK_PASSWORD }),
          'weak_password',
        );
      });
    });

    describe('reset with the existing password', () => {
      it('changes the password, authenticates and revokes every session', async () => {
        const old = await h.createSession(fx.member.memberId);
        const password = strongPassword();
        const result = await adapter.resetByExistingPassword({
          organizationId: fx.member.organizationId,
          emailAddress: fx.member.emailAddress,
          existingPassword: fx.member.password,
          newPassword: password,
        });
        expectAuthenticated(result, fx.member);
        await expectSessionRevoked(fx.member.organizationId, old.sessionToken);
        await expectPassword(fx.member, password);
      });

      it('refuses a wrong existing password', async () => {
        await expectResetError(
          adapter.resetByExistingPassword({
            organizationId: fx.member.organizationId,
            emailAddress: fx.member.emailAddress,
            existingPassword: `${fx.member.password}-wrong`,
            newPassword: strongPassword(),
          }),
          'unauthorized_credentials',
        );
      });

      it('tells a member without a password to use the email flow (or conceals it)', async () => {
        await expectResetError(
          adapter.resetByExistingPassword({
            organizationId: fx.memberWithoutPassword.organizationId,
            emailAddress: fx.memberWithoutPassword.emailAddress,
            existingPassword: 'anything-at-all',
            newPassword: strongPassword(),
          }),
          concealed('no_password_set'),
        );
      });

      it('refuses a weak new password', async () => {
        await expectResetError(
          adapter.resetByExistingPassword({
            organizationId: fx.member.organizationId,
            emailAddress: fx.member.emailAddress,
            existingPassword: fx.member.password,
            newPassword: WEAK_PASSWORD,
          }),
          'weak_password',
        );
      });

      it('reports unknown members and organizations', async () => {
        const req = { existingPassword: 'whatever-1', newPassword: strongPassword() };
        await expectResetError(
          adapter.resetByExistingPassword({ ...req, organizationId: fx.organization.organizationId, emailAddress: fx.unknownEmail }),
          concealed('member_not_found'),
        );
        await expectResetError(
          adapter.resetByExistingPassword({ ...req, organizationId: 'organization-test-nope', emailAddress: fx.member.emailAddress }),
          'organization_not_found',
        );
      });

      it('requires MFA in an organization that demands it, unless a valid session is passed', async () => {
        const base = { organizationId: fx.mfaOrganization.slug, emailAddress: fx.mfaMember.emailAddress };
        const next = strongPassword();
        expectMfaHandOff(
          await adapter.resetByExistingPassword({ ...base, existingPassword: fx.mfaMember.password, newPassword: next }),
          fx.mfaMember,
        );
        const { sessionToken } = await h.createSession(fx.mfaMember.memberId);
        const result = await adapter.resetByExistingPassword({ ...base, existingPassword: next, newPassword: strongPassword(), sessionToken });
        expectAuthenticated(result, fx.mfaMember);
      });
    });

    describe('discovery (cross-organization passwords)', () => {
      beforeEach((context) => {
        if (!fx.crossOrgPasswords) context.skip();
      });

      it('emails a discovery link', async () => {
        await adapter.discoveryResetByEmailStart({ emailAddress: fx.multiOrgMember.emailAddress, resetPasswordRedirectUrl: REDIRECT, locale: 'fr' });
        const email = await latest(fx.multiOrgMember.emailAddress);
        expect(email.tokenType).toBe('discovery');
        expect(email.template).toBe('reset_password');
        expect(email.locale).toBe('fr');
        const link = new URL(email.link);
        expect(link.searchParams.get('token')).toBe(email.token);
        expect(link.searchParams.get('stytch_token_type')).toBe('discovery');
      });

      it('uses verify_email for an address without a password', async () => {
        await startDiscovery(fx.memberWithoutPassword.emailAddress);
        expect((await latest(fx.memberWithoutPassword.emailAddress)).template).toBe('verify_email');
      });

      it('reports an unknown address as member_not_found (or conceals it)', async () => {
        await expectUnknownMemberStart(adapter.discoveryResetByEmailStart({ emailAddress: fx.unknownEmail }));
        expect(await h.latestEmail(fx.unknownEmail)).toBeUndefined();
      });

      it('resets and lists every organization of the address with its membership', async () => {
        const token = await startDiscovery(fx.multiOrgMember.emailAddress);
        const result = await adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() });
        expect(result.intermediateSessionToken).toEqual(expect.any(String));
        expect(result.emailAddress.toLowerCase()).toBe(fx.multiOrgMember.emailAddress.toLowerCase());
        const listed = result.discoveredOrganizations.map((each) => ({
          organizationId: each.organization.organizationId,
          type: each.membership.type,
          memberId: each.membership.member?.memberId,
          mfa: each.mfaRequired !== null,
        }));
        expect(listed).toEqual(
          expect.arrayContaining(
            fx.multiOrgMember.memberships.map((membership) => ({
              organizationId: membership.organizationId,
              type: 'active_member',
              memberId: membership.memberId,
              mfa: membership.mfaRequired,
            })),
          ),
        );
      });

      it('sets one password for every organization of the address', async () => {
        const token = await startDiscovery(fx.multiOrgMember.emailAddress);
        const password = strongPassword();
        await adapter.discoveryResetByEmail({ passwordResetToken: token, password });
        const [first] = fx.multiOrgMember.memberships;
        await expectPassword({ ...first!, emailAddress: fx.multiOrgMember.emailAddress }, password);
      });

      itWhen(can.exchangeAfterMfaHandOff)('exchanges the intermediate session for a session, or an MFA hand-off', async () => {
        const token = await startDiscovery(fx.multiOrgMember.emailAddress);
        const { intermediateSessionToken } = await adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() });
        const withMfa = fx.multiOrgMember.memberships.find((each) => each.mfaRequired);
        const withoutMfa = fx.multiOrgMember.memberships.find((each) => !each.mfaRequired);
        if (withMfa) {
          const member = { ...withMfa, emailAddress: fx.multiOrgMember.emailAddress };
          expectMfaHandOff(await adapter.exchangeIntermediateSession({ intermediateSessionToken, organizationId: withMfa.organizationId }), member);
        }
        if (withoutMfa) {
          const member = { ...withoutMfa, emailAddress: fx.multiOrgMember.emailAddress };
          expectAuthenticated(
            await adapter.exchangeIntermediateSession({ intermediateSessionToken, organizationId: withoutMfa.organizationId }),
            member,
          );
        }
      });

      it('accepts only a discovered organization', async () => {
        const token = await startDiscovery(fx.mfaMember.emailAddress);
        const { intermediateSessionToken } = await adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() });
        await expectResetError(
          adapter.exchangeIntermediateSession({ intermediateSessionToken, organizationId: fx.organization.organizationId }),
          'discovery_session_expired',
        );
      });

      it('refuses a bogus intermediate session, and one older than 10 minutes', async () => {
        await expectResetError(
          adapter.exchangeIntermediateSession({ intermediateSessionToken: 'bogus', organizationId: fx.organization.organizationId }),
          'discovery_session_expired',
        );
        const token = await startDiscovery(fx.multiOrgMember.emailAddress);
        const { intermediateSessionToken } = await adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() });
        await h.advanceTime(10 * MINUTE + 1000);
        const organizationId = fx.multiOrgMember.memberships[0]!.organizationId;
        await expectResetError(adapter.exchangeIntermediateSession({ intermediateSessionToken, organizationId }), 'discovery_session_expired');
      });

      it('binds tokens to their flow', async () => {
        const orgToken = await startReset(fx.member);
        await expectResetError(adapter.discoveryResetByEmail({ passwordResetToken: orgToken, password: strongPassword() }), 'token_invalid');
        const discoveryToken = await startDiscovery(fx.member.emailAddress);
        await expectResetError(adapter.resetByEmail({ passwordResetToken: discoveryToken, password: strongPassword() }), 'token_invalid');
        // Neither failed attempt used the token up.
        expectAuthenticated(await adapter.resetByEmail({ passwordResetToken: orgToken, password: strongPassword() }), fx.member);
        await adapter.discoveryResetByEmail({ passwordResetToken: discoveryToken, password: strongPassword() });
      });

      it('accepts a discovery token once, and refuses it once expired', async () => {
        const token = await startDiscovery(fx.multiOrgMember.emailAddress);
        await adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() });
        await expectResetError(adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() }), 'token_invalid');
        const later = await startDiscovery(fx.multiOrgMember.emailAddress);
        await h.advanceTime(30 * MINUTE);
        await expectResetError(adapter.discoveryResetByEmail({ passwordResetToken: later, password: strongPassword() }), [
          'token_expired',
          'token_invalid',
        ]);
      });

      itWhen(can.explicitPkce)('checks PKCE on the discovery flow', async () => {
        const verifier = 'discovery-verifier-0123456789-abcdefghijklmnopqrstuvwxyz';
        const token = await startDiscovery(fx.multiOrgMember.emailAddress, { codeChallenge: await createCodeChallenge(verifier) });
        await expectResetError(adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() }), 'pkce_mismatch');
        await adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword(), codeVerifier: verifier });
      });

      it('refuses a weak password', async () => {
        const token = await startDiscovery(fx.multiOrgMember.emailAddress);
        await expectResetError(adapter.discoveryResetByEmail({ passwordResetToken: token, password: WEAK_PASSWORD }), 'weak_password');
      });

      it('revokes the sessions of every membership of the address', async () => {
        const sessions = await Promise.all(fx.multiOrgMember.memberships.map((each) => h.createSession(each.memberId)));
        const token = await startDiscovery(fx.multiOrgMember.emailAddress);
        await adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() });
        for (const [index, membership] of fx.multiOrgMember.memberships.entries()) {
          await expectSessionRevoked(membership.organizationId, sessions[index]!.sessionToken);
        }
      });

      it('creates an organization from the intermediate session', async (context) => {
        if (!adapter.createOrganizationViaDiscovery) return context.skip();
        const token = await startDiscovery(fx.member.emailAddress);
        const { intermediateSessionToken } = await adapter.discoveryResetByEmail({ passwordResetToken: token, password: strongPassword() });
        const slug = `contract-${Math.floor(Math.random() * 1e9)}`;
        const result = await adapter.createOrganizationViaDiscovery({ intermediateSessionToken, organizationName: 'Contract Org', organizationSlug: slug });
        expect(result.memberAuthenticated).toBe(true);
        expect(result.organization?.organizationName).toBe('Contract Org');
        expect(result.organization?.organizationSlug).toBe(slug);
        expect(result.member?.emailAddress.toLowerCase()).toBe(fx.member.emailAddress.toLowerCase());
        expect(result.sessionToken).toEqual(expect.any(String));
        await expectResetError(
          adapter.createOrganizationViaDiscovery({ intermediateSessionToken: 'bogus', organizationName: 'Nope' }),
          'discovery_session_expired',
        );
      });
    });

    describe('password policy', () => {
      it('answers the strength check like the backend', async (context) => {
        if (!adapter.strengthCheck) return context.skip();
        const policy = await adapter.getPasswordPolicy?.();
        const weak = await adapter.strengthCheck({ password: WEAK_PASSWORD });
        expect(weak.validPassword).toBe(false);
        expect(weak.breachedPassword).toBe(false);
        expect(weak.ludsFeedback.hasLowerCase).toBe(true);
        expect(weak.ludsFeedback.hasDigit).toBe(false);
        const strong = await adapter.strengthCheck({ password: strongPassword(), emailAddress: fx.member.emailAddress });
        expect(strong.validPassword).toBe(true);
        expect(strong.breachedPassword).toBe(false);
        if (policy) {
          expect(strong.strengthPolicy).toBe(policy.kind);
          expect(strong.breachDetectionOnCreate).toBe(policy.breachDetection);
        }
        if (strong.strengthPolicy === 'zxcvbn') {
          expect(weak.score).toBeLessThan(3);
          expect(strong.score).toBeGreaterThanOrEqual(3);
          expect(weak.zxcvbnFeedback.suggestions.length + weak.zxcvbnFeedback.warning.length).toBeGreaterThan(0);
        } else {
          expect(weak.ludsFeedback.missingCharacters).toBeGreaterThan(0);
          expect(strong.ludsFeedback.missingCharacters).toBe(0);
          expect(strong.ludsFeedback.missingComplexity).toBe(0);
        }
      });

      it('reports a breached password when given the address', async (context) => {
        if (!adapter.strengthCheck || !fx.breachedPassword) return context.skip();
        const result = await adapter.strengthCheck({ password: fx.breachedPassword, emailAddress: fx.member.emailAddress });
        expect(result.breachedPassword).toBe(true);
        if (result.breachDetectionOnCreate) expect(result.validPassword).toBe(false);
      });

      it('validates the strength check request', async (context) => {
        if (!adapter.strengthCheck) return context.skip();
        await expectResetError(adapter.strengthCheck({ password: '' }), 'invalid_argument');
        await expectResetError(adapter.strengthCheck({ password: 'x', emailAddress: 'nope' }), 'invalid_email');
      });

      it('describes its policy', async (context) => {
        if (!adapter.getPasswordPolicy) return context.skip();
        const policy = await adapter.getPasswordPolicy();
        expect(['zxcvbn', 'luds']).toContain(policy.kind);
        expect(typeof policy.breachDetection).toBe('boolean');
      });
    });
  });
}
