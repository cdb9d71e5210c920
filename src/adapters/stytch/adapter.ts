import { ResetError, resetErrorFromBackend, toResetError } from '../../core/errors.js';
import type {
  AuthResult,
  CallContext,
  DiscoveryResult,
  PasswordPolicy,
  ResetAdapter,
  ResetOperation,
  SessionCredentials,
  StrengthCheckResult,
} from '../../core/types.js';
import { assertValidRequest, type RequestFor } from '../../core/validation.js';
import { decodeAuthResult, decodeDiscoveryResult, decodeStrengthCheck } from '../http/wire.js';

type Options = Record<string, unknown>;
type Method = (options: never) => Promise<unknown>;

/**
 * The part of `@stytch/vanilla-js`'s B2B headless client (`createStytchB2BHeadlessClient`) that the
 * adapter calls, declared structurally so that this entry needs no import of the SDK at all: the
 * app constructs the client, with its public token, and hands it over.
 */
export interface StytchB2BClientLike {
  passwords: {
    resetByEmailStart: Method;
    resetByEmail: Method;
    resetBySession: Method;
    resetByExistingPassword: Method;
    strengthCheck: Method;
    discovery: { resetByEmailStart: Method; resetByEmail: Method };
  };
  discovery: {
    intermediateSessions: { exchange: Method };
    organizations: { create: Method };
  };
  session: {
    getTokens(): { session_token: string; session_jwt: string } | null;
    updateSession(tokens: { session_token: string; session_jwt?: string }): void;
  };
}

export interface StytchAdapterOptions {
  /**
   * Session lifetime sent when a request names none. The SDK requires one on every call that can
   * start a session; default 60, Stytch's own default.
   */
  sessionDurationMinutes?: number;
  /**
   * The project's password policy, returned by `getPasswordPolicy`. The SDK exposes no policy,
   * so without this option the adapter has no `getPasswordPolicy`.
   */
  policy?: PasswordPolicy;
}

/** The Stytch adapter implements every optional operation except, without `policy`, the policy. */
export type StytchAdapter = ResetAdapter &
  Required<Pick<ResetAdapter, 'createOrganizationViaDiscovery' | 'strengthCheck'>>;

const DEFAULT_SESSION_MINUTES = 60;

/** Leaves out undefined values: the SDK forwards every key it is given. */
function compact(options: Options): Options {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function errorName(thrown: unknown): string | undefined {
  const name = (thrown as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * The SDK's errors as `ResetError`s, recognised by name and shape rather than by class, so that
 * this entry never loads the SDK (and works with a copy of it bundled elsewhere).
 */
function fromSdkError(thrown: unknown): ResetError {
  if (thrown instanceof ResetError) return thrown;
  const name = errorName(thrown);
  const details = thrown as Partial<Record<'error_type' | 'request_id' | 'error_message', unknown>> & {
    status_code?: unknown;
  };
  if (typeof details?.error_type === 'string' && typeof details.status_code === 'number') {
    return resetErrorFromBackend(
      details.status_code,
      {
        error_type: details.error_type,
        ...(typeof details.request_id === 'string' ? { request_id: details.request_id } : {}),
        ...(typeof details.error_message === 'string' ? { error_message: details.error_message } : {}),
      },
      undefined,
    );
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  if (name === 'StytchAPIUnreachableError' || name === 'SDKAPIUnreachableError') {
    // The SDK uses this one error for both a failed fetch and an answer it could not read.
    const code = /unable to contact/i.test(message) ? 'network' : 'server';
    return new ResetError(code, message, { cause: thrown });
  }
  if (name === 'StytchSDKUsageError' || name === 'StytchAPISchemaError' || name === 'StytchSDKSchemaError') {
    return new ResetError('invalid_argument', message, { cause: thrown });
  }
  // A fetch that failed before the SDK could wrap it (a TypeError from a refused connection).
  if (thrown instanceof TypeError) return new ResetError('network', message, { cause: thrown });
  return toResetError(thrown);
}

/**
 * Rejects as soon as the caller aborts. The SDK takes no signal, so the request itself runs to its
 * end; the caller is simply no longer waiting for it.
 */
function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ResetError('aborted', 'The request was aborted.', { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function unsupported(field: string, why: string): ResetError {
  return new ResetError('invalid_argument', `${field} cannot be sent through the Stytch browser SDK: ${why}`, { field });
}

/**
 * A `ResetAdapter` over Stytch's official browser SDK (`@stytch/vanilla-js`, B2B headless client).
 *
 * The SDK keeps the member's session and intermediate session itself, and runs PKCE itself when
 * the project requires it. So: a `sessionToken`/`sessionJwt` in a request is handed to the SDK
 * (`session.updateSession`) before the call; `intermediateSessionToken` in an exchange or an
 * organization creation is the one the SDK got from the discovery reset, not the request's;
 * `codeChallenge`/`codeVerifier` are the SDK's; and `sessionCustomClaims` are refused, since the
 * browser may not set claims. The SDK does not report Retry-After, so `rate_limited` errors carry
 * no `retryAfterSeconds`.
 */
export function createStytchAdapter(client: StytchB2BClientLike, options: StytchAdapterOptions = {}): StytchAdapter {
  const defaultMinutes = options.sessionDurationMinutes ?? DEFAULT_SESSION_MINUTES;

  /**
   * Hands a session passed in the request to the SDK, which authenticates its calls with its own.
   * Returns how to put the SDK's previous session back, for when the call fails: a stale token
   * passed once must not stick to every later call.
   */
  function adoptSession(req: SessionCredentials): (() => void) | undefined {
    if (req.sessionToken === undefined) {
      // The SDK authenticates its calls with the opaque token; a JWT alone cannot stand in for it.
      if (req.sessionJwt !== undefined) throw unsupported('sessionJwt', 'the SDK needs the session token; pass sessionToken.');
      return undefined;
    }
    const previous = client.session.getTokens();
    if (previous?.session_token === req.sessionToken) return undefined;
    client.session.updateSession(compact({ session_token: req.sessionToken, session_jwt: req.sessionJwt }) as never);
    // Empty strings are how the SDK's public API can say "no session" (its calls then fall back
    // to the public token alone).
    return () => client.session.updateSession(previous ?? { session_token: '', session_jwt: '' });
  }

  async function run<Op extends ResetOperation>(
    operation: Op,
    req: RequestFor<Op>,
    ctx: CallContext | undefined,
    invoke: () => Promise<unknown>,
  ): Promise<unknown> {
    assertValidRequest(operation, req);
    if (ctx?.signal?.aborted) throw new ResetError('aborted', 'The request was aborted.', { cause: ctx.signal.reason });
    const claims = (req as { sessionCustomClaims?: unknown }).sessionCustomClaims;
    if (claims !== undefined) throw unsupported('sessionCustomClaims', 'only a backend may set session claims.');
    try {
      const restore = adoptSession(req as SessionCredentials);
      const pending = invoke().catch((error: unknown) => {
        // Restored when the SDK call itself failed, not when the caller merely stopped waiting.
        restore?.();
        throw error;
      });
      return await withSignal(pending, ctx?.signal);
    } catch (error) {
      throw fromSdkError(error);
    }
  }

  const sdkOptions = (options: Options) => compact(options) as never;

  // Each SDK method is called on its own object: some are class methods that need their `this`.
  const adapter: StytchAdapter = {
    async resetByEmailStart(req, ctx) {
      await run('resetByEmailStart', req, ctx, () =>
        client.passwords.resetByEmailStart(sdkOptions({
          organization_id: req.organizationId,
          email_address: req.emailAddress,
          login_redirect_url: req.loginRedirectUrl,
          reset_password_redirect_url: req.resetPasswordRedirectUrl,
          reset_password_expiration_minutes: req.resetPasswordExpirationMinutes,
          reset_password_template_id: req.resetPasswordTemplateId,
          verify_email_template_id: req.verifyEmailTemplateId,
          locale: req.locale,
        })),
      );
    },
    async resetByEmail(req, ctx): Promise<AuthResult> {
      const answer = await run('resetByEmail', req, ctx, () => {
        return client.passwords.resetByEmail(sdkOptions({
          password_reset_token: req.passwordResetToken,
          password: req.password,
          session_duration_minutes: req.sessionDurationMinutes ?? defaultMinutes,
          locale: req.locale,
        }));
      });
      return decodeAuthResult(answer);
    },
    async resetBySession(req, ctx) {
      const answer = await run('resetBySession', req, ctx, () => {
        // The session names the organization; the SDK sends the password alone.
        return client.passwords.resetBySession(sdkOptions({ password: req.password }));
      });
      return decodeAuthResult(answer);
    },
    async resetByExistingPassword(req, ctx) {
      const answer = await run('resetByExistingPassword', req, ctx, () => {
        return client.passwords.resetByExistingPassword(sdkOptions({
          organization_id: req.organizationId,
          email_address: req.emailAddress,
          existing_password: req.existingPassword,
          new_password: req.newPassword,
          session_duration_minutes: req.sessionDurationMinutes ?? defaultMinutes,
          locale: req.locale,
        }));
      });
      return decodeAuthResult(answer);
    },
    async discoveryResetByEmailStart(req, ctx) {
      await run('discoveryResetByEmailStart', req, ctx, () =>
        client.passwords.discovery.resetByEmailStart(sdkOptions({
          email_address: req.emailAddress,
          discovery_redirect_url: req.discoveryRedirectUrl,
          reset_password_redirect_url: req.resetPasswordRedirectUrl,
          reset_password_expiration_minutes: req.resetPasswordExpirationMinutes,
          reset_password_template_id: req.resetPasswordTemplateId,
          verify_email_template_id: req.verifyEmailTemplateId,
          locale: req.locale,
        })),
      );
    },
    async discoveryResetByEmail(req, ctx): Promise<DiscoveryResult> {
      const answer = await run('discoveryResetByEmail', req, ctx, () =>
        client.passwords.discovery.resetByEmail(sdkOptions({
          password_reset_token: req.passwordResetToken,
          password: req.password,
        })),
      );
      return decodeDiscoveryResult(answer, { opaqueToken: true });
    },
    async exchangeIntermediateSession(req, ctx) {
      const answer = await run('exchangeIntermediateSession', req, ctx, () =>
        client.discovery.intermediateSessions.exchange(sdkOptions({
          organization_id: req.organizationId,
          session_duration_minutes: req.sessionDurationMinutes ?? defaultMinutes,
          locale: req.locale,
        })),
      );
      return decodeAuthResult(answer);
    },
    async createOrganizationViaDiscovery(req, ctx) {
      const answer = await run('createOrganizationViaDiscovery', req, ctx, () =>
        client.discovery.organizations.create(sdkOptions({
          organization_name: req.organizationName,
          organization_slug: req.organizationSlug,
          session_duration_minutes: req.sessionDurationMinutes ?? defaultMinutes,
        })),
      );
      return decodeAuthResult(answer);
    },
    async strengthCheck(req, ctx): Promise<StrengthCheckResult> {
      const answer = await run('strengthCheck', req, ctx, () =>
        client.passwords.strengthCheck(sdkOptions({ password: req.password, email_address: req.emailAddress })),
      );
      return decodeStrengthCheck(answer);
    },
  };
  const policy = options.policy;
  if (policy) adapter.getPasswordPolicy = async () => structuredClone(policy);
  return adapter;
}
