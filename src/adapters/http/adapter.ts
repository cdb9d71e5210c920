import { ResetError, parseRetryAfter, resetErrorFromBackend, type BackendErrorBody } from '../../core/errors.js';
import { createPkcePair } from '../../core/pkce.js';
import { createPkceVerifierStore, type PkceFlow, type PkceStorage } from '../../core/pkceStore.js';
import type {
  AuthResult,
  CallContext,
  CreateOrganizationRequest,
  DiscoveryResetByEmailRequest,
  DiscoveryResetByEmailStartRequest,
  DiscoveryResult,
  ExchangeRequest,
  PasswordPolicy,
  ResetAdapter,
  ResetByEmailRequest,
  ResetByEmailStartRequest,
  ResetByExistingPasswordRequest,
  ResetBySessionRequest,
  ResetOperation,
  StrengthCheckRequest,
  StrengthCheckResult,
} from '../../core/types.js';
import { assertValidRequest, type RequestFor } from '../../core/validation.js';
import {
  WIRE_PATHS,
  decodeAuthResult,
  decodeDiscoveryResult,
  decodeStrengthCheck,
  encodeRequest,
  type WireObject,
} from './wire.js';

export interface HttpAdapterOptions {
  /**
   * Where the backend serves the `/v1/b2b/...` paths of Stytch's API, without a trailing slash:
   * an absolute URL (`https://app.example.com/api/reset`) or, in a browser, a path on the page's
   * own origin (`/api/reset`). Usually the mount point of `resetkit/server`'s proxy.
   */
  baseUrl: string;
  /**
   * The `fetch` to call. Defaults to the global one, looked up on every call so that polyfills
   * and test doubles installed later still apply.
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Extra request headers, such as a CSRF token. A function is called before every request, so it
   * can return a fresh value. `content-type` and `accept` are always JSON.
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** `fetch`'s credentials mode: send cookies only to the same origin by default. */
  credentials?: RequestCredentials;
  /**
   * Milliseconds a call may take, answer body included, before it fails with `timeout`.
   * Default 15000; 0 turns the limit off (the caller's signal still applies).
   */
  timeoutMs?: number;
  /**
   * Whether to use PKCE on the emailed-link flows: the start call then sends a fresh S256
   * challenge, the verifier waits in `pkceStorage` until the link is used (or the token expires),
   * and the completion sends it. Needed when the project requires PKCE for password resets. A
   * `codeChallenge` or `codeVerifier` passed explicitly always wins.
   */
  pkce?: boolean;
  /**
   * Where PKCE verifiers wait between the start call and the completion. Default: localStorage,
   * because the emailed link usually opens in another tab of the same browser; memory where
   * localStorage is missing or refuses writes. Only verifiers are stored, never passwords or tokens.
   */
  pkceStorage?: PkceStorage;
  /**
   * The project's password policy, returned by `getPasswordPolicy`. Stytch has no endpoint for
   * it, so without this option the adapter has no `getPasswordPolicy` and the UI falls back to
   * its own default (or to what the strength check reports).
   */
  policy?: PasswordPolicy;
  /** Clock in milliseconds, for the expiry of stored PKCE verifiers. Default `Date.now`. */
  now?: () => number;
  /**
   * The most bytes of an answer the adapter reads. The body is read as a stream and the call
   * fails with `server` as soon as it grows past this, without reading (or holding) the rest:
   * a broken or hostile backend cannot make the page download and parse megabytes. Default
   * 65536 (64 KB; Stytch's largest answers are a few KB).
   */
  maxResponseBytes?: number;
}

/** The HTTP adapter implements every optional operation except, without `policy`, the policy. */
export type HttpAdapter = ResetAdapter &
  Required<Pick<ResetAdapter, 'createOrganizationViaDiscovery' | 'strengthCheck'>>;

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;
// A longer wait is a backend's mistake (or an attempt to lock the member out for good): no
// countdown should promise more than a day.
const MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60;
// Stytch's default lifetime of a reset token, and so of the verifier that goes with it.
const DEFAULT_TOKEN_MINUTES = 30;

export function createHttpAdapter(options: HttpAdapterOptions): HttpAdapter {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  // Created lazily: constructing the adapter must not touch localStorage (SSR, plain Node).
  let verifiers: ReturnType<typeof createPkceVerifierStore> | undefined;
  const verifierStore = () => (verifiers ??= createPkceVerifierStore(options.pkceStorage, now));

  async function send(operation: ResetOperation, body: WireObject, ctx: CallContext | undefined): Promise<unknown> {
    const callerSignal = ctx?.signal;
    if (callerSignal?.aborted) throw abortedError(callerSignal.reason);

    // One controller for both ways a call can end early, so the cause can be told apart afterwards.
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const endedEarly = (cause: unknown): ResetError | undefined => {
      if (callerSignal?.aborted) return abortedError(callerSignal.reason);
      if (timedOut) {
        return new ResetError('timeout', `No complete answer from the backend within ${timeoutMs} ms.`, { cause });
      }
      return undefined;
    };

    try {
      const extraHeaders = typeof options.headers === 'function' ? await options.headers() : options.headers;
      const headers = new Headers(extraHeaders);
      headers.set('content-type', 'application/json');
      headers.set('accept', 'application/json');
      const fetchImpl = options.fetch ?? globalThis.fetch;

      let response: Response;
      try {
        response = await fetchImpl(baseUrl + WIRE_PATHS[operation], {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
          credentials: options.credentials ?? 'same-origin',
          // Following a redirect would send the reset token and the new password to wherever the
          // Location points (a 307/308 repeats the POST body) and accept that origin's answer.
          // 'manual' rather than 'error': a refused redirect then stays distinct from a network failure.
          redirect: 'manual',
          signal: controller.signal,
        });
      } catch (error) {
        throw (
          endedEarly(error) ??
          new ResetError('network', 'The backend could not be reached.', { cause: error })
        );
      }
      if (isRedirect(response)) {
        // Nothing of the redirect's answer is used: drop its body and connection.
        controller.abort();
        throw redirectError(response);
      }

      let text: string;
      try {
        text = await readCapped(response, maxResponseBytes);
      } catch (error) {
        // Past the cap (the reader is already cancelled, which closes the connection).
        if (error instanceof ResetError) throw error;
        throw (
          endedEarly(error) ??
          new ResetError('server', 'The backend\'s answer broke off before its end.', {
            status: response.status,
            cause: error,
          })
        );
      }
      return interpret(response, text);
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  async function call<Op extends ResetOperation>(
    operation: Op,
    req: RequestFor<Op>,
    ctx: CallContext | undefined,
  ): Promise<unknown> {
    assertValidRequest(operation, req);
    return send(operation, encodeRequest(operation, req), ctx);
  }

  async function start<Op extends 'resetByEmailStart' | 'discoveryResetByEmailStart'>(
    operation: Op,
    flow: PkceFlow,
    req: RequestFor<Op>,
    ctx: CallContext | undefined,
  ): Promise<void> {
    if (!options.pkce || req.codeChallenge !== undefined) {
      await call(operation, req, ctx);
      return;
    }
    assertValidRequest(operation, req);
    const pair = await createPkcePair();
    await send(operation, encodeRequest(operation, { ...req, codeChallenge: pair.codeChallenge }), ctx);
    // Kept only once the backend accepted the challenge: a failed start must not replace the
    // verifier of a link sent earlier.
    const minutes = req.resetPasswordExpirationMinutes ?? DEFAULT_TOKEN_MINUTES;
    verifierStore().save(flow, pair.codeVerifier, now() + minutes * 60_000);
  }

  async function complete<Op extends 'resetByEmail' | 'discoveryResetByEmail', Result>(
    operation: Op,
    flow: PkceFlow,
    req: RequestFor<Op>,
    ctx: CallContext | undefined,
    decode: (wire: unknown) => Result,
  ): Promise<Result> {
    const stored = options.pkce && req.codeVerifier === undefined ? verifierStore().read(flow) : undefined;
    const result = decode(await call(operation, stored === undefined ? req : { ...req, codeVerifier: stored }, ctx));
    // Single use, like the token: a failed attempt (a weak password, say) keeps it for the retry.
    if (options.pkce) verifierStore().clear(flow);
    return result;
  }

  const adapter: HttpAdapter = {
    resetByEmailStart: (req: ResetByEmailStartRequest, ctx?: CallContext) =>
      start('resetByEmailStart', 'organization', req, ctx),
    resetByEmail: (req: ResetByEmailRequest, ctx?: CallContext): Promise<AuthResult> =>
      complete('resetByEmail', 'organization', req, ctx, decodeAuthResult),
    resetBySession: async (req: ResetBySessionRequest, ctx?: CallContext) =>
      decodeAuthResult(await call('resetBySession', req, ctx)),
    resetByExistingPassword: async (req: ResetByExistingPasswordRequest, ctx?: CallContext) =>
      decodeAuthResult(await call('resetByExistingPassword', req, ctx)),
    discoveryResetByEmailStart: (req: DiscoveryResetByEmailStartRequest, ctx?: CallContext) =>
      start('discoveryResetByEmailStart', 'discovery', req, ctx),
    discoveryResetByEmail: (req: DiscoveryResetByEmailRequest, ctx?: CallContext): Promise<DiscoveryResult> =>
      complete('discoveryResetByEmail', 'discovery', req, ctx, (wire) => decodeDiscoveryResult(wire)),
    exchangeIntermediateSession: async (req: ExchangeRequest, ctx?: CallContext) =>
      decodeAuthResult(await call('exchangeIntermediateSession', req, ctx)),
    createOrganizationViaDiscovery: async (req: CreateOrganizationRequest, ctx?: CallContext) =>
      decodeAuthResult(await call('createOrganizationViaDiscovery', req, ctx)),
    strengthCheck: async (req: StrengthCheckRequest, ctx?: CallContext): Promise<StrengthCheckResult> =>
      decodeStrengthCheck(await call('strengthCheck', req, ctx)),
  };
  const policy = options.policy;
  if (policy) {
    adapter.getPasswordPolicy = async () => structuredClone(policy);
  }
  return adapter;
}

function abortedError(reason: unknown): ResetError {
  return new ResetError('aborted', 'The request was aborted.', { cause: reason });
}

/**
 * A redirect answer, which `redirect: 'manual'` hands back instead of following: a 3xx in Node and
 * other servers' runtimes, an opaque `status: 0` response in browsers.
 */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/**
 * `configuration`, not `server`: retrying will not help, the app's `baseUrl` (or something in
 * front of the backend, such as a login gateway) sends requests elsewhere.
 */
function redirectError(response: Response): ResetError {
  const status = response.status === 0 ? undefined : response.status;
  return new ResetError(
    'configuration',
    `The backend answered with a redirect${status === undefined ? '' : ` (${status})`}, which the adapter never follows: point baseUrl at the backend itself.`,
    status === undefined ? {} : { status },
  );
}

/** The answer's body as text, read chunk by chunk and given up on as soon as it passes `limit` bytes. */
async function readCapped(response: Response, limit: number): Promise<string> {
  const tooLarge = () =>
    new ResetError('server', `The backend's answer is larger than ${limit} bytes (maxResponseBytes).`, {
      status: response.status,
    });
  const body = response.body;
  if (body === null) return '';
  const announced = Number(response.headers.get('content-length'));
  if (announced > limit) {
    await body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A success answer must be a JSON object; a failure becomes the `ResetError` its body describes. */
function interpret(response: Response, text: string): unknown {
  const json = parseJson(text);
  if (response.ok) {
    // An HTML page with 200 usually means the path fell through to an SPA's index.html: the
    // backend is not mounted where baseUrl says.
    if (!isObject(json)) {
      throw new ResetError('server', `The backend answered ${response.status} with a body that is not a JSON object.`, {
        status: response.status,
      });
    }
    return json;
  }
  const retryAfter = boundedRetryAfter(response.headers.get('retry-after'));
  if (isObject(json)) {
    const body: BackendErrorBody = {};
    if (typeof json.error_type === 'string') body.error_type = json.error_type;
    if (typeof json.request_id === 'string') body.request_id = json.request_id;
    if (typeof json.error_message === 'string') body.error_message = json.error_message;
    throw resetErrorFromBackend(response.status, body, retryAfter);
  }
  // Not JSON (a gateway's HTML 502, a truncated body): the status alone says what it can.
  throw resetErrorFromBackend(response.status, undefined, retryAfter);
}

/** Retry-After as delta-seconds of at most a day (answers with 31,000 years have been seen). */
function boundedRetryAfter(header: string | null): string | undefined {
  const seconds = parseRetryAfter(header);
  return seconds === undefined ? undefined : String(Math.min(seconds, MAX_RETRY_AFTER_SECONDS));
}
