import type { ResetErrorCode } from '../../core/errors.js';
import type {
  AuthResult,
  CallContext,
  DiscoveredOrganization,
  MembershipType,
  MfaRequired,
  PasswordPolicy,
  ResetAdapter,
  ResetLocale,
  ResetOperation,
  SessionOptions,
} from '../../core/types.js';
import { ResetError } from '../../core/errors.js';
import { BOUNDS, assertValidRequest } from '../../core/validation.js';
import { randomUuid } from './crypto.js';
import { createDemoData } from './demo.js';
import { abortedError, backendError } from './errors.js';
import { createOutbox } from './outbox.js';
import type { MemoryOutbox } from './outbox.js';
import { DEFAULT_POLICY, createPolicyChecker } from './policy.js';
import { FRESH_FACTOR_MS, Sessions } from './sessions.js';
import type { SessionRecord } from './sessions.js';
import { Store, emailKey, isValidSlug, slugify, toPublicMember, toPublicOrganization } from './store.js';
import type { MemberRecord, MemoryMemberSeed, MemoryOrganizationSeed, OrganizationRecord } from './store.js';
import { DEFAULT_RESET_EXPIRATION_MINUTES, Tokens, checkPkce } from './tokens.js';

const MINUTE = 60_000;

/** How many reset emails one address may ask for, and over what window. */
export interface MemoryRateLimit {
  /** Start requests (organization and discovery together) allowed per address in the window. */
  maxRequests: number;
  /** Length of the sliding window, in seconds. */
  windowSeconds: number;
}

export interface MemoryAdapterOptions {
  /**
   * The project's organizations. When neither `organizations` nor `members` is given, the adapter
   * holds the demo data set (see `createDemoData`).
   */
  organizations?: MemoryOrganizationSeed[];
  /** The project's members; the same address may be a member of several organizations. */
  members?: MemoryMemberSeed[];
  /** The password policy the backend enforces (default zxcvbn with breach detection on). */
  policy?: PasswordPolicy;
  /** Passwords treated as breached, on top of a small built-in list of very common ones. */
  breachedPasswords?: string[];
  /**
   * Cross-organization passwords: one password per address across its organizations, and the
   * discovery flow. Default false, except with the demo data set where it is on.
   */
  crossOrgPasswords?: boolean;
  /** The clock, in ms since the epoch; every expiry and rate window reads it. Default `Date.now`. */
  now?: () => number;
  /** Delay before each call answers, in ms, to show pending states (default 0). Aborting cuts it short. */
  latencyMs?: number;
  /**
   * Where reset links point when the start request has no `resetPasswordRedirectUrl` (the
   * dashboard default of a real project). Default `http://localhost/reset-password`; `null`
   * emulates a project without one, whose start calls then fail with `configuration`.
   */
  defaultRedirectUrl?: string | null;
  /** Throttling of start requests per address; `false` turns it off. Default 5 per 60 seconds. */
  rateLimit?: MemoryRateLimit | false;
}

export interface CreateSessionOptions {
  /** How long ago the session's last factor was authenticated (default 0: just now). */
  factorAgeMinutes?: number;
  /** Session lifetime, from now (default 60). */
  durationMinutes?: number;
}

/** What `failNext` may add to the injected error. */
export interface FailNextOptions {
  /**
   * Only the next call of this operation fails. Without it, the next call of any operation
   * fails, except `strengthCheck` and `getPasswordPolicy`: a UI calls those in the background
   * as the member types, and would otherwise swallow the failure meant for the submit.
   */
  operation?: ResetOperation | 'getPasswordPolicy';
  /** English message for logs. */
  message?: string;
  /** Overrides the backend error type the code would carry. */
  errorType?: string;
  /** Overrides the HTTP status the code would carry. */
  status?: number;
  /** For `rate_limited`, seconds until a retry may succeed. */
  retryAfterSeconds?: number;
}

/** The memory adapter: a `ResetAdapter` plus the controls of the emulated backend. */
export interface MemoryAdapter extends ResetAdapter {
  createOrganizationViaDiscovery: NonNullable<ResetAdapter['createOrganizationViaDiscovery']>;
  strengthCheck: NonNullable<ResetAdapter['strengthCheck']>;
  getPasswordPolicy: NonNullable<ResetAdapter['getPasswordPolicy']>;
  /** Every email the backend sent. */
  readonly outbox: MemoryOutbox;
  /**
   * Signs a member in, as another login would have. Throws `member_not_found` for an unknown id.
   * Use `factorAgeMinutes` to get a session too old for a reset by session.
   */
  createSession(memberId: string, options?: CreateSessionOptions): { sessionToken: string; sessionJwt: string };
  /** Makes the next call (see `FailNextOptions.operation`) reject with this code; calls queue up. */
  failNext(code: ResetErrorCode, options?: FailNextOptions): void;
}

const LOCKOUT = { maxFailures: 10, windowMs: 60 * MINUTE, durationMs: 60 * MINUTE };
const BACKGROUND_OPERATIONS: ReadonlySet<string> = new Set(['strengthCheck', 'getPasswordPolicy']);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function checkOptions(options: MemoryAdapterOptions): void {
  const policy = options.policy;
  if (policy?.kind === 'luds') {
    const { ludsMinLength: length, ludsMinComplexity: complexity } = BOUNDS;
    if (!(policy.minLength >= length.min && policy.minLength <= length.max && Number.isInteger(policy.minLength))) {
      throw new ResetError('configuration', `LUDS minLength must be ${length.min}..${length.max}.`);
    }
    if (!(policy.minComplexity >= complexity.min && policy.minComplexity <= complexity.max && Number.isInteger(policy.minComplexity))) {
      throw new ResetError('configuration', `LUDS minComplexity must be ${complexity.min}..${complexity.max}.`);
    }
  }
  if (options.latencyMs !== undefined && !(options.latencyMs >= 0)) {
    throw new ResetError('configuration', 'latencyMs must be 0 or more.');
  }
}

let warnedInProduction = false;

/**
 * Whether the app was built for production. `process.env.NODE_ENV` is written out in full because
 * that exact text is what Vite (app builds), webpack 5 (`mode: 'production'`) and Next.js replace
 * with a string literal; `import.meta.env.PROD` would be baked into resetkit's own library build.
 * A browser bundle that replaced nothing has no `process`: that throws, and reads as "not production".
 */
function isProductionBuild(): boolean {
  try {
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

/** Once per page: the emulator holds every token in the browser, so it must never ship as the real backend. */
function warnIfProduction(): void {
  if (warnedInProduction || !isProductionBuild()) return;
  warnedInProduction = true;
  console.warn(
    '[resetkit] createMemoryAdapter() is running in a production build. It is an in-browser demo backend: ' +
      'its reset tokens, emails and passwords live in the page, readable by any script, and nothing reaches a real ' +
      'account. Use createHttpAdapter() with resetkit/server, or createStytchAdapter(), in production.',
  );
}

function membershipType(member: MemberRecord): MembershipType {
  if (member.status === 'invited') return 'invited_member';
  if (member.status === 'pending') return 'pending_member';
  return 'active_member';
}

/**
 * An in-browser emulator of the Stytch B2B password-reset backend: organizations and members,
 * emailed tokens (read them from `outbox`), sessions, MFA, discovery, the password policy with
 * breach detection, rate limits and the backend's errors. With no options it holds a demo data set.
 * State lives in the returned object only: two adapters never share anything. In a production
 * build (`process.env.NODE_ENV === 'production'`) it warns once on the console: it is a demo backend.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  checkOptions(options);
  warnIfProduction();
  const demo = options.organizations === undefined && options.members === undefined ? createDemoData() : undefined;
  const crossOrgPasswords = options.crossOrgPasswords ?? demo !== undefined;
  const now = options.now ?? (() => Date.now());
  const latencyMs = options.latencyMs ?? 0;
  const defaultRedirectUrl =
    options.defaultRedirectUrl === undefined ? 'http://localhost/reset-password' : options.defaultRedirectUrl;
  const rateLimit = options.rateLimit === undefined ? { maxRequests: 5, windowSeconds: 60 } : options.rateLimit;
  const policy: PasswordPolicy = { ...(options.policy ?? DEFAULT_POLICY) };

  const store = new Store(
    demo?.organizations ?? options.organizations ?? [],
    demo?.members ?? options.members ?? [],
    crossOrgPasswords,
  );
  const sessions = new Sessions(now);
  const tokens = new Tokens(now);
  const outbox = createOutbox();
  const checker = createPolicyChecker(policy, options.breachedPasswords ?? []);
  const injected: { code: ResetErrorCode; options: FailNextOptions }[] = [];
  const startsByEmail = new Map<string, number[]>();
  const failuresByCredential = new Map<string, { at: number[]; lockedUntil: number }>();
  // Calls mutate shared state across awaits (hashing, estimating); one at a time keeps each
  // atomic, so two racing completions cannot both redeem a single-use token.
  let exclusive: Promise<unknown> = Promise.resolve();

  async function run<T>(operation: ResetOperation | 'getPasswordPolicy', ctx: CallContext | undefined, work: () => Promise<T>): Promise<T> {
    const signal = ctx?.signal;
    if (signal?.aborted) throw abortedError();
    await Promise.all([store.ready, latencyMs > 0 ? sleep(latencyMs, signal) : undefined]);
    if (signal?.aborted) throw abortedError();
    const index = injected.findIndex((entry) =>
      entry.options.operation === undefined ? !BACKGROUND_OPERATIONS.has(operation) : entry.options.operation === operation,
    );
    if (index >= 0) {
      const [{ code, options: failure }] = injected.splice(index, 1) as [(typeof injected)[number]];
      const { operation: _operation, message, ...details } = failure;
      throw code === 'aborted' || code === 'network' || code === 'timeout'
        ? new ResetError(code, message ?? `Injected ${code} failure.`, details)
        : backendError(code, message ?? `Injected ${code} failure.`, details);
    }
    const result = exclusive.then(work);
    exclusive = result.catch(() => undefined);
    return result;
  }

  const requestId = () => `request-id-test-${randomUuid()}`;

  function organizationOrFail(idOrSlug: string): OrganizationRecord {
    const org = store.organization(idOrSlug);
    if (!org) throw backendError('organization_not_found', `No organization ${idOrSlug}.`);
    return org;
  }

  function mfaNeeded(member: MemberRecord, org: OrganizationRecord): boolean {
    return org.mfaPolicy === 'REQUIRED_FOR_ALL' || member.mfaEnrolled;
  }

  function mfaRequiredFor(member: MemberRecord): MfaRequired {
    // An enrolled member is offered their factor; an unenrolled one must enroll first.
    return {
      memberOptions: member.mfaEnrolled ? { totpRegistrationId: `member-totp-test-${member.memberId}` } : null,
      secondaryAuthInitiated: null,
    };
  }

  function throttle(emailAddress: string): void {
    if (!rateLimit) return;
    const windowMs = rateLimit.windowSeconds * 1000;
    const key = emailKey(emailAddress);
    const recent = (startsByEmail.get(key) ?? []).filter((at) => at > now() - windowMs);
    if (recent.length >= rateLimit.maxRequests) {
      startsByEmail.set(key, recent);
      const retryAfterSeconds = Math.max(1, Math.ceil((recent[0]! + windowMs - now()) / 1000));
      throw backendError('rate_limited', 'Too many reset emails were requested for this address.', { retryAfterSeconds });
    }
    recent.push(now());
    startsByEmail.set(key, recent);
  }

  /** The session a request passes, which must be live and the member's own. */
  function passedSession(req: SessionOptions, member: MemberRecord): SessionRecord | undefined {
    if (req.sessionToken === undefined && req.sessionJwt === undefined) return undefined;
    const session = sessions.find(req);
    if (!session || session.memberId !== member.memberId) {
      throw backendError('session_invalid', 'The session is unknown, expired or revoked.');
    }
    return session;
  }

  /** The authenticate answer after a password was set or proven. */
  function authenticate(
    member: MemberRecord,
    org: OrganizationRecord,
    req: { sessionDurationMinutes?: number; sessionCustomClaims?: Record<string, unknown> },
    skipMfa: boolean,
    intermediateSessionToken?: string,
  ): AuthResult {
    const base = {
      memberId: member.memberId,
      organizationId: org.organizationId,
      member: toPublicMember(member),
      organization: toPublicOrganization(org),
      memberEmailId: member.memberEmailId,
      primaryRequired: null,
      requestId: requestId(),
    };
    if (!skipMfa && mfaNeeded(member, org)) {
      return {
        ...base,
        memberAuthenticated: false,
        intermediateSessionToken:
          intermediateSessionToken ??
          tokens.issueIntermediateSession({ kind: 'mfa', emailAddress: member.emailAddress, memberId: member.memberId }),
        mfaRequired: mfaRequiredFor(member),
      };
    }
    const session = sessions.create(member, {
      factorAuthenticatedAt: now(),
      durationMinutes: req.sessionDurationMinutes,
      customClaims: req.sessionCustomClaims,
    });
    return { ...base, memberAuthenticated: true, sessionToken: session.sessionToken, sessionJwt: session.sessionJwt, mfaRequired: null };
  }

  function revokeAll(member: MemberRecord, keep?: SessionRecord): void {
    sessions.revokeMembers(
      store.sharingCredential(member).map((each) => each.memberId),
      keep,
    );
  }

  function sendResetEmail(args: {
    to: string;
    hasPassword: boolean;
    tokenType: 'multi_tenant_passwords' | 'discovery';
    token: string;
    expiresAt: number;
    req: {
      resetPasswordRedirectUrl?: string;
      locale?: ResetLocale;
      resetPasswordTemplateId?: string;
      verifyEmailTemplateId?: string;
    };
    organizationId?: string;
  }): void {
    const { req } = args;
    const link = new URL(req.resetPasswordRedirectUrl ?? defaultRedirectUrl!);
    link.searchParams.set('token', args.token);
    link.searchParams.set('stytch_token_type', args.tokenType);
    const templateId = args.hasPassword ? req.resetPasswordTemplateId : req.verifyEmailTemplateId;
    outbox.send({
      id: `email-test-${randomUuid()}`,
      to: args.to,
      template: args.hasPassword ? 'reset_password' : 'verify_email',
      ...(templateId === undefined ? {} : { templateId }),
      link: link.href,
      token: args.token,
      tokenType: args.tokenType,
      locale: req.locale ?? 'en',
      expiresAt: args.expiresAt,
      sentAt: now(),
      ...(args.organizationId === undefined ? {} : { organizationId: args.organizationId }),
    });
  }

  function requireRedirect(req: { resetPasswordRedirectUrl?: string }): void {
    if (req.resetPasswordRedirectUrl === undefined && defaultRedirectUrl === null) {
      throw backendError('configuration', 'No reset redirect URL was given and the project has no default.');
    }
  }

  function requireCrossOrg(): void {
    if (!crossOrgPasswords) {
      throw backendError('configuration', 'Cross-organization passwords are not enabled for this project.', {
        errorType: 'cross_org_passwords_not_enabled',
      });
    }
  }

  function discover(emailAddress: string): DiscoveredOrganization[] {
    const members = store.membersByEmail(emailAddress);
    const discovered: DiscoveredOrganization[] = members.map((member) => {
      const org = store.organization(member.organizationId)!;
      const needsMfa = mfaNeeded(member, org);
      return {
        organization: toPublicOrganization(org),
        membership: { type: membershipType(member), member: toPublicMember(member), details: null },
        memberAuthenticated: !needsMfa,
        primaryRequired: null,
        mfaRequired: needsMfa ? mfaRequiredFor(member) : null,
      };
    });
    const domain = emailKey(emailAddress).split('@')[1] ?? '';
    for (const org of store.allOrganizations()) {
      if (members.some((member) => member.organizationId === org.organizationId)) continue;
      if (!org.emailAllowedDomains.includes(domain)) continue;
      discovered.push({
        organization: toPublicOrganization(org),
        membership: { type: 'eligible_to_join_by_email_domain', details: { domain } },
        memberAuthenticated: false,
        primaryRequired: null,
        mfaRequired: org.mfaPolicy === 'REQUIRED_FOR_ALL' ? { memberOptions: null, secondaryAuthInitiated: null } : null,
      });
    }
    return discovered;
  }

  function checkLockout(key: string): void {
    const entry = failuresByCredential.get(key);
    if (entry && entry.lockedUntil > now()) {
      throw backendError('locked_out', 'Too many wrong passwords: the member is locked out for a while.', {
        retryAfterSeconds: Math.ceil((entry.lockedUntil - now()) / 1000),
      });
    }
  }

  function recordFailure(key: string): void {
    const entry = failuresByCredential.get(key) ?? { at: [], lockedUntil: 0 };
    entry.at = [...entry.at.filter((at) => at > now() - LOCKOUT.windowMs), now()];
    if (entry.at.length >= LOCKOUT.maxFailures) {
      entry.lockedUntil = now() + LOCKOUT.durationMs;
      entry.at = [];
    }
    failuresByCredential.set(key, entry);
  }

  const adapter: MemoryAdapter = {
    async resetByEmailStart(req, ctx) {
      assertValidRequest('resetByEmailStart', req);
      return run('resetByEmailStart', ctx, async () => {
        throttle(req.emailAddress);
        requireRedirect(req);
        const org = organizationOrFail(req.organizationId);
        const member = store.memberByEmail(org.organizationId, req.emailAddress);
        if (!member) throw backendError('member_not_found', `${req.emailAddress} is not a member of ${org.organizationId}.`);
        const [token, record] = tokens.issueResetToken(
          {
            tokenType: 'multi_tenant_passwords',
            memberId: member.memberId,
            emailAddress: member.emailAddress,
            ...(req.codeChallenge === undefined ? {} : { codeChallenge: req.codeChallenge }),
          },
          req.resetPasswordExpirationMinutes ?? DEFAULT_RESET_EXPIRATION_MINUTES,
        );
        sendResetEmail({
          to: member.emailAddress,
          hasPassword: store.hasPassword(member),
          tokenType: 'multi_tenant_passwords',
          token,
          expiresAt: record.expiresAt,
          req,
          organizationId: org.organizationId,
        });
      });
    },

    async resetByEmail(req, ctx) {
      assertValidRequest('resetByEmail', req);
      return run('resetByEmail', ctx, async () => {
        const record = tokens.redeemable(req.passwordResetToken, 'multi_tenant_passwords');
        await checkPkce(record.codeChallenge, req.codeVerifier);
        const member = store.member(record.memberId!)!;
        const org = store.organization(member.organizationId)!;
        const session = passedSession(req, member);
        await checker.assertAcceptable(req.password, member.emailAddress);
        await store.setPassword(member, req.password);
        record.used = true;
        revokeAll(member);
        return authenticate(member, org, req, session !== undefined);
      });
    },

    async resetBySession(req, ctx) {
      assertValidRequest('resetBySession', req);
      return run('resetBySession', ctx, async () => {
        const org = organizationOrFail(req.organizationId);
        const session = sessions.find(req);
        if (!session || session.organizationId !== org.organizationId) {
          throw backendError('session_invalid', 'The session is unknown, expired, revoked or of another organization.');
        }
        if (now() - session.factorAuthenticatedAt > FRESH_FACTOR_MS) {
          throw backendError('session_too_old', 'The session has no factor from the last 5 minutes: sign in again.');
        }
        const member = store.member(session.memberId)!;
        await checker.assertAcceptable(req.password, member.emailAddress);
        await store.setPassword(member, req.password);
        revokeAll(member, session);
        sessions.extend(session, req.sessionDurationMinutes, req.sessionCustomClaims);
        return {
          memberId: member.memberId,
          memberAuthenticated: true,
          organizationId: org.organizationId,
          member: toPublicMember(member),
          organization: toPublicOrganization(org),
          sessionToken: session.sessionToken,
          sessionJwt: session.sessionJwt,
          mfaRequired: null,
          primaryRequired: null,
          memberEmailId: member.memberEmailId,
          requestId: requestId(),
        };
      });
    },

    async resetByExistingPassword(req, ctx) {
      assertValidRequest('resetByExistingPassword', req);
      return run('resetByExistingPassword', ctx, async () => {
        const org = organizationOrFail(req.organizationId);
        const member = store.memberByEmail(org.organizationId, req.emailAddress);
        if (!member) throw backendError('member_not_found', `${req.emailAddress} is not a member of ${org.organizationId}.`);
        if (!store.hasPassword(member)) {
          throw backendError('no_password_set', 'The member has no password yet: use the email reset.');
        }
        const credential = store.credentialKey(member);
        checkLockout(credential);
        if (!(await store.checkPassword(member, req.existingPassword))) {
          recordFailure(credential);
          throw backendError('unauthorized_credentials', 'The existing password is wrong.');
        }
        failuresByCredential.delete(credential);
        const session = passedSession(req, member);
        await checker.assertAcceptable(req.newPassword, member.emailAddress);
        await store.setPassword(member, req.newPassword);
        revokeAll(member);
        return authenticate(member, org, req, session !== undefined);
      });
    },

    async discoveryResetByEmailStart(req, ctx) {
      assertValidRequest('discoveryResetByEmailStart', req);
      return run('discoveryResetByEmailStart', ctx, async () => {
        requireCrossOrg();
        throttle(req.emailAddress);
        requireRedirect(req);
        const [member] = store.membersByEmail(req.emailAddress);
        if (!member) throw backendError('member_not_found', `${req.emailAddress} is not a member of any organization.`);
        const [token, record] = tokens.issueResetToken(
          {
            tokenType: 'discovery',
            emailAddress: member.emailAddress,
            ...(req.codeChallenge === undefined ? {} : { codeChallenge: req.codeChallenge }),
          },
          req.resetPasswordExpirationMinutes ?? DEFAULT_RESET_EXPIRATION_MINUTES,
        );
        sendResetEmail({
          to: member.emailAddress,
          hasPassword: store.hasPassword(member),
          tokenType: 'discovery',
          token,
          expiresAt: record.expiresAt,
          req,
        });
      });
    },

    async discoveryResetByEmail(req, ctx) {
      assertValidRequest('discoveryResetByEmail', req);
      return run('discoveryResetByEmail', ctx, async () => {
        requireCrossOrg();
        const record = tokens.redeemable(req.passwordResetToken, 'discovery');
        await checkPkce(record.codeChallenge, req.codeVerifier);
        const [member] = store.membersByEmail(record.emailAddress);
        if (!member) throw backendError('member_not_found', `${record.emailAddress} is no longer a member anywhere.`);
        await checker.assertAcceptable(req.password, member.emailAddress);
        await store.setPassword(member, req.password);
        record.used = true;
        revokeAll(member);
        return {
          intermediateSessionToken: tokens.issueIntermediateSession({ kind: 'discovery', emailAddress: member.emailAddress }),
          emailAddress: member.emailAddress,
          discoveredOrganizations: discover(member.emailAddress),
          requestId: requestId(),
        };
      });
    },

    async exchangeIntermediateSession(req, ctx) {
      assertValidRequest('exchangeIntermediateSession', req);
      return run('exchangeIntermediateSession', ctx, async () => {
        const intermediate = tokens.discoverySession(req.intermediateSessionToken);
        const org = organizationOrFail(req.organizationId);
        const found = discover(intermediate.emailAddress).find(
          (each) => each.organization.organizationId === org.organizationId,
        );
        if (!found) {
          throw backendError('discovery_session_expired', 'The organization is not one this session discovered.', {
            errorType: 'invalid_intermediate_session_token_for_organization',
            status: 400,
          });
        }
        // Joining by email domain creates the member; an invited or pending one becomes active.
        const member =
          store.memberByEmail(org.organizationId, intermediate.emailAddress) ??
          store.addMember({ organizationId: org.organizationId, emailAddress: intermediate.emailAddress });
        member.status = 'active';
        // An MFA hand-off keeps the discovery session: the member may still pick another organization.
        const result = authenticate(member, org, req, false, req.intermediateSessionToken);
        if (result.memberAuthenticated) tokens.endIntermediateSession(req.intermediateSessionToken);
        return result;
      });
    },

    async createOrganizationViaDiscovery(req, ctx) {
      assertValidRequest('createOrganizationViaDiscovery', req);
      return run('createOrganizationViaDiscovery', ctx, async () => {
        const intermediate = tokens.discoverySession(req.intermediateSessionToken);
        if (req.organizationSlug !== undefined) {
          if (!isValidSlug(req.organizationSlug)) {
            throw new ResetError('invalid_argument', 'organizationSlug must be 2-128 of a-z 0-9 . _ ~ -.', {
              field: 'organizationSlug',
              errorType: 'invalid_organization_slug',
              status: 400,
            });
          }
          if (store.organizationBySlug(req.organizationSlug)) {
            throw new ResetError('invalid_argument', `The slug ${req.organizationSlug} is taken.`, {
              field: 'organizationSlug',
              errorType: 'organization_slug_already_used',
              status: 400,
            });
          }
        }
        const name = req.organizationName ?? `${intermediate.emailAddress.split('@')[1] ?? 'New'} organization`;
        const org = store.addOrganization({
          organizationId: `organization-test-${randomUuid()}`,
          name,
          slug: req.organizationSlug ?? store.freeSlug(slugify(name)),
        });
        const member = store.addMember({ organizationId: org.organizationId, emailAddress: intermediate.emailAddress });
        tokens.endIntermediateSession(req.intermediateSessionToken);
        return authenticate(member, org, req, false);
      });
    },

    async strengthCheck(req, ctx) {
      assertValidRequest('strengthCheck', req);
      return run('strengthCheck', ctx, () => checker.check(req.password, req.emailAddress));
    },

    async getPasswordPolicy(ctx) {
      return run('getPasswordPolicy', ctx, async () => ({ ...policy }));
    },

    outbox: {
      list: () => outbox.list(),
      latest: (emailAddress) => outbox.latest(emailAddress),
      subscribe: (listener) => outbox.subscribe(listener),
      clear: () => outbox.clear(),
    },

    createSession(memberId, sessionOptions = {}) {
      const member = store.member(memberId);
      if (!member) throw backendError('member_not_found', `No member ${memberId}.`);
      const session = sessions.create(member, {
        factorAuthenticatedAt: now() - (sessionOptions.factorAgeMinutes ?? 0) * MINUTE,
        durationMinutes: sessionOptions.durationMinutes,
      });
      return { sessionToken: session.sessionToken, sessionJwt: session.sessionJwt };
    },

    failNext(code, failOptions = {}) {
      injected.push({ code, options: failOptions });
    },
  };
  return adapter;
}
