import type { ResetOperation } from '../core/types.js';
import { REDIRECT_URL_FIELDS, WIRE_PATHS, decodeRequest, operationForPath, type WireObject } from '../adapters/http/wire.js';
import { socketAddress } from './address.js';
import { ANSWER_HEADERS, RefusedError, errorBody, newRequestId, refusalAnswer, refuse, type ProxyRefusal } from './answers.js';
import { nestsDeeperThan, readLimited } from './body.js';
import { createRateLimits, type ResetRateLimitOptions } from './limits.js';
import { canonicalRedirect, parseAllowedUrl } from './redirects.js';
import { applyServerSettings, resolveServerSettings, takesField } from './settings.js';

/** What the proxy knows of a request once every check has passed: given to the server's hooks. */
export interface ResetProxyContext {
  /** The endpoint called. */
  operation: ResetOperation;
  /** The browser's request (its headers and cookies; its body is already read). */
  request: Request;
  /** The body as it will be forwarded: checked, canonical redirect URLs, server settings applied. */
  fields: Readonly<WireObject>;
  /** The client's address, as `clientAddress` (or the Node listener) read it; undefined if unknown. */
  clientAddress: string | undefined;
}

export interface ResetProxyOptions {
  /** The Stytch project id (`project-test-...` or `project-live-...`): the user name of Basic auth. */
  projectId: string;
  /** The project's secret: the password of Basic auth. Never leaves the server, never in an answer. */
  secret: string;
  /**
   * Stytch's API origin. Default: `https://test.stytch.com` for a `project-test-` id,
   * `https://api.stytch.com` otherwise.
   */
  baseUrl?: string;
  /**
   * Where reset, login and discovery links may point. A URL in a request is allowed when it has
   * the origin of an entry and its path is the entry's path or below it (segment-wise: `/reset`
   * allows `/reset` and `/reset/x`, not `/resetx`); query and fragment are free, except for
   * parameters named `token` or `stytch_token_type`, which Stytch appends itself. Values another
   * parser could read differently (whitespace, control characters, backslashes, encoded `/`, `\`
   * or `.` in the path, `;` parameters) are refused, and Stytch receives the canonical URL that
   * was checked. A request whose URL matches none is refused before it reaches Stytch, so a stolen
   * page cannot mail your members a link to someone else's site.
   */
  allowedRedirectUrls: string[];
  /**
   * Origins (`https://app.example.com`) allowed to call the proxy from a browser, besides the
   * proxy's own. A request that carries an `Origin` header must match one of them. Set it when the
   * app and the proxy are on different origins, or when a reverse proxy in front changes the host
   * the proxy sees. Allowed cross-origin callers get CORS headers.
   */
  allowedOrigins?: string[];
  /** The `fetch` used to reach Stytch. Defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /**
   * The path the handler is mounted under, such as `/api/reset` for a Next.js route at
   * `app/api/reset/[...path]/route.ts`. The rest of the path must be one of Stytch's reset
   * endpoints exactly. Default `''` (the endpoints at the root).
   */
  basePath?: string;
  /** The largest request body accepted, in bytes. Default 16384. */
  maxBodyBytes?: number;
  /** Milliseconds the request body may take to arrive, from the call of the handler, before a 408. Default 10000. */
  bodyTimeoutMs?: number;
  /** Milliseconds to wait for Stytch before answering 504. Default 10000. */
  timeoutMs?: number;
  /** The largest answer read from Stytch, in bytes; a larger one becomes a 502. Default 1048576. */
  maxAnswerBytes?: number;
  /**
   * Endpoints this app does not use, answered 404 like any unknown path: for instance
   * `['createOrganizationViaDiscovery', 'resetByExistingPassword', 'resetBySession']`.
   */
  disabledEndpoints?: readonly ResetOperation[];
  /**
   * The longest reset link, in minutes: a longer `reset_password_expiration_minutes` is lowered to
   * it. Default 60 (at most 10080, Stytch's own limit).
   */
  maxResetLinkMinutes?: number;
  /**
   * The longest session, in minutes, on every endpoint that starts one: a longer
   * `session_duration_minutes` is lowered to it. Default 1440 (24 hours).
   */
  maxSessionMinutes?: number;
  /**
   * Email template ids a request may choose (`reset_password_template_id`,
   * `verify_email_template_id`); any other is refused (400 `template_not_allowed`). Default none:
   * the project's default templates.
   */
  allowedTemplateIds?: readonly string[];
  /**
   * The only source of `session_custom_claims`, on every endpoint that takes them: called once
   * the request has passed every check, it returns the claims (or undefined for none), typically
   * from the app's own authentication of the request. Claims sent by the request itself are
   * refused (400 `server_owned_field`).
   */
  sessionCustomClaims?: (context: ResetProxyContext) => WireObject | undefined | Promise<WireObject | undefined>;
  /**
   * Called before a request is forwarded (after the rate limits): return a refusal to answer it
   * instead (a failed captcha, the app's own policy), or undefined to forward it.
   */
  beforeForward?: (context: ResetProxyContext) => ProxyRefusal | undefined | Promise<ProxyRefusal | undefined>;
  /**
   * How to read the client's address, for the per-address rate limits. Default: the TCP peer
   * that `createNodeListener` saw, and unknown elsewhere (the per-address limits then do not
   * apply). Behind a reverse proxy, say which header your proxy sets, for instance
   * `forwardedForAddress(1)`; `X-Forwarded-For` is never trusted otherwise.
   */
  clientAddress?: (request: Request) => string | undefined;
  /**
   * Rate limits (rate-limiter-flexible), in memory by default, on Redis with `redis`. `false`
   * turns them off (only when something in front already limits these endpoints).
   */
  rateLimit?: ResetRateLimitOptions | false;
  /**
   * Both start endpoints answer this many milliseconds after the request arrived, whatever Stytch
   * does: a faster answer waits, and if Stytch has not answered by then the member gets the same
   * "sent" answer while the call finishes in the background. So the time to answer does not tell
   * a known address from an unknown one. Default 1000; keep it above Stytch's usual latency.
   */
  startAnswerMs?: number;
}

/** A Fetch-standard handler: Node 20, Next.js route handlers, Hono, Cloudflare Workers, Deno, Bun. */
export type ResetProxyHandler = (request: Request) => Promise<Response>;

// Deep enough for every Stytch request (claims included), far from what overflows a stack.
const MAX_JSON_DEPTH = 32;
const START_OPERATIONS: ReadonlySet<ResetOperation> = new Set(['resetByEmailStart', 'discoveryResetByEmailStart']);
// Answers that would tell whether an address is a member: a start answers "sent" instead.
const UNKNOWN_MEMBER_TYPES = new Set(['member_not_found', 'email_not_found']);
// ...and existing_password/reset answers "wrong credentials" instead, for a member without a
// password too (that answer, too, says the member exists).
const CREDENTIAL_FAILURE_TYPES = new Set([...UNKNOWN_MEMBER_TYPES, 'unauthorized_credentials', 'member_password_not_found', 'no_user_password']);
// Answers that cannot carry a body, hence not JSON.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

interface UpstreamAnswer {
  status: number;
  text: string;
  body: WireObject;
  retryAfter: string | null;
}

function defaultBaseUrl(projectId: string): string {
  return projectId.startsWith('project-test-') ? 'https://test.stytch.com' : 'https://api.stytch.com';
}

function milliseconds(name: string, value: number | undefined, fallback: number): number {
  const chosen = value ?? fallback;
  if (!Number.isFinite(chosen) || chosen < 0) throw new TypeError(`createResetProxy: ${name} must be a number of at least 0.`);
  return chosen;
}

function isObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const sleepUntil = (deadline: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())));

/**
 * A handler that forwards resetkit's calls (the Stytch B2B password-reset endpoints, nothing
 * else) to Stytch with the project secret, so the secret never reaches the browser. Before
 * anything reaches Stytch it refuses other paths and methods, foreign origins, bodies that are
 * too large, too slow, too deep or not a JSON object, unknown fields, client-chosen claims and
 * templates, redirect URLs outside `allowedRedirectUrls`, and requests over a rate limit; it caps
 * link and session durations. Both start endpoints answer alike for known and unknown members,
 * and existing_password/reset alike for an unknown member and a wrong password. Every answer is
 * JSON; a non-JSON or oversized answer from Stytch becomes a fixed 502. It logs nothing, so
 * passwords and tokens cannot end up in logs through it.
 */
export function createResetProxy(options: ResetProxyOptions): ResetProxyHandler {
  if (!options.projectId || !options.secret) {
    throw new TypeError('createResetProxy: projectId and secret are required.');
  }
  const allowedRedirects = options.allowedRedirectUrls.map(parseAllowedUrl);
  const allowedOrigins = options.allowedOrigins?.map((origin) => new URL(origin).origin);
  const upstream = (options.baseUrl ?? defaultBaseUrl(options.projectId)).replace(/\/+$/, '');
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxBodyBytes = options.maxBodyBytes ?? 16_384;
  const maxAnswerBytes = options.maxAnswerBytes ?? 1_048_576;
  const bodyTimeoutMs = milliseconds('bodyTimeoutMs', options.bodyTimeoutMs, 10_000);
  const timeoutMs = milliseconds('timeoutMs', options.timeoutMs, 10_000);
  const startAnswerMs = milliseconds('startAnswerMs', options.startAnswerMs, 1_000);
  const settings = resolveServerSettings(options);
  const disabled = new Set(options.disabledEndpoints ?? []);
  const limits = options.rateLimit === false ? undefined : createRateLimits(options.rateLimit);
  const readClientAddress = options.clientAddress ?? socketAddress;
  const authorization = `Basic ${btoa(`${options.projectId}:${options.secret}`)}`;

  return async function resetProxy(request: Request): Promise<Response> {
    const received = Date.now();
    const requestId = newRequestId();
    // CORS headers go only to an allowed origin other than the proxy's own.
    const cors: Record<string, string> = {};
    try {
      return await handle(request, received, requestId, cors);
    } catch (error) {
      if (error instanceof RefusedError) return refusalAnswer(error.refusal, requestId, cors);
      // A host hook that threw, or a bug: still JSON, and the cause stays out of the answer.
      return refusalAnswer({ status: 500, errorType: 'internal_error', message: 'The reset proxy failed.' }, requestId, cors);
    }
  };

  async function handle(request: Request, received: number, requestId: string, cors: Record<string, string>): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : undefined;
    const operation = path === undefined ? undefined : operationForPath(path);
    if (operation === undefined || disabled.has(operation)) {
      refuse(404, 'endpoint_not_found', 'This path is not a password-reset endpoint.');
    }

    const origin = request.headers.get('origin');
    if (origin !== null) {
      const allowed = origin === url.origin || (allowedOrigins?.includes(origin) ?? false);
      if (!allowed) refuse(403, 'origin_not_allowed', 'Requests from this origin are not allowed.');
      if (origin !== url.origin) {
        Object.assign(cors, { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' });
      }
    }
    if (request.method === 'OPTIONS' && cors['access-control-allow-origin']) {
      return new Response(null, {
        status: 204,
        headers: {
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          ...cors,
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? 'content-type',
          'access-control-max-age': '600',
        },
      });
    }
    if (request.method !== 'POST') refuse(405, 'method_not_allowed', 'Only POST is allowed.', { allow: 'POST' });
    // Demanding JSON also keeps out HTML forms, which browsers send cross-site without a preflight.
    if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
      refuse(415, 'unsupported_media_type', 'The request body must be application/json.');
    }

    const fields = await readFields(request, received);
    const { unknownFields } = decodeRequest(operation, fields);
    if (unknownFields.length > 0) {
      refuse(400, 'unknown_field', `Fields not allowed on this endpoint: ${unknownFields.join(', ')}.`);
    }
    applyServerSettings(operation, fields, settings);
    for (const field of REDIRECT_URL_FIELDS) {
      if (fields[field] === undefined) continue;
      const canonical = canonicalRedirect(fields[field], allowedRedirects);
      // Stytch's own type for it, so clients already know it as a configuration problem.
      if (canonical === undefined) refuse(400, 'invalid_password_reset_redirect_url', `${field} is not in the proxy's allowed redirect URLs.`);
      fields[field] = canonical;
    }

    const clientAddress = readClientAddress(request);
    await limits?.consume(operation, fields, clientAddress);
    const context: ResetProxyContext = { operation, request, fields: Object.freeze({ ...fields }), clientAddress };
    const refusal = await options.beforeForward?.(context);
    if (refusal !== undefined) {
      // A refusal must read as one: a 2xx "refusal" would tell the browser the link was sent.
      if (!Number.isInteger(refusal.status) || refusal.status < 400 || refusal.status > 599) {
        throw new TypeError('beforeForward must refuse with a 4xx or 5xx status.');
      }
      throw new RefusedError(refusal);
    }
    if (options.sessionCustomClaims && takesField(operation, 'session_custom_claims')) {
      const claims = await options.sessionCustomClaims(context);
      if (claims !== undefined) fields.session_custom_claims = claims;
    }

    const forwarding = forward(WIRE_PATHS[operation], JSON.stringify(fields), request.signal);
    if (START_OPERATIONS.has(operation)) return answerStart(forwarding, received + startAnswerMs, requestId, cors);
    const answer = await forwarding;
    if (operation === 'resetByExistingPassword' && CREDENTIAL_FAILURE_TYPES.has(String(answer.body.error_type))) {
      // Unknown members answer faster than a wrong password (no hash to compare): answer no
      // sooner than a start would, and with one fixed body.
      await sleepUntil(received + startAnswerMs);
      const message = 'The email address or the existing password is wrong.';
      return jsonAnswer(401, errorBody(401, 'unauthorized_credentials', message, requestId), cors);
    }
    return passThrough(answer, cors);
  }

  async function readFields(request: Request, received: number): Promise<WireObject> {
    const declared = request.headers.get('content-length');
    if (declared !== null && Number(declared) > maxBodyBytes) {
      refuse(413, 'request_too_large', `The request body exceeds ${maxBodyBytes} bytes.`);
    }
    const read = await readLimited(request.body, maxBodyBytes, received + bodyTimeoutMs);
    if (read.kind === 'too_large') refuse(413, 'request_too_large', `The request body exceeds ${maxBodyBytes} bytes.`);
    if (read.kind === 'timed_out') refuse(408, 'request_timeout', 'The request body did not arrive in time.');
    if (read.kind === 'not_text') refuse(400, 'invalid_json', 'The request body is not UTF-8 text.');
    if (nestsDeeperThan(read.text, MAX_JSON_DEPTH)) refuse(400, 'invalid_json', 'The request body nests too deeply.');
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      refuse(400, 'invalid_json', 'The request body is not valid JSON.');
    }
    if (!isObject(body)) refuse(400, 'invalid_json', 'The request body must be a JSON object.');
    // Null means absent on the wire; dropping it here keeps every later check to one case.
    return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
  }

  /**
   * The same answer, at the same time, for a known and an unknown address: see `startAnswerMs`.
   * Errors that say nothing about the member (an unknown organization, Stytch's own rate limit)
   * still come through when Stytch answers in time.
   */
  async function answerStart(forwarding: Promise<UpstreamAnswer>, deadline: number, requestId: string, cors: Record<string, string>) {
    const settled = forwarding.then(
      (answer) => ({ answer }),
      (error: unknown) => ({ error }),
    );
    const inTime = await Promise.race([settled, sleepUntil(deadline).then(() => undefined)]);
    await sleepUntil(deadline);
    const sent = () => jsonAnswer(200, JSON.stringify({ status_code: 200, request_id: requestId }), cors);
    if (inTime === undefined) return sent();
    if ('error' in inTime) throw inTime.error;
    const { answer } = inTime;
    if ((answer.status >= 200 && answer.status < 300) || UNKNOWN_MEMBER_TYPES.has(String(answer.body.error_type))) return sent();
    return passThrough(answer, cors);
  }

  async function forward(path: string, body: string, clientSignal: AbortSignal): Promise<UpstreamAnswer> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    // A client that hangs up should not keep a call to Stytch open.
    const onClientAbort = () => controller.abort();
    clientSignal.addEventListener('abort', onClientAbort, { once: true });
    const unreachable = (): never => {
      // The cause stays out of the answer: it could name internal hosts.
      if (timedOut) refuse(504, 'upstream_timeout', 'Stytch did not answer in time.');
      refuse(502, 'upstream_unreachable', 'Stytch could not be reached.');
    };
    const invalid = (): never => refuse(502, 'upstream_invalid_answer', 'Stytch sent an answer that is not a JSON object.');
    try {
      let answer: Response;
      try {
        answer = await (options.fetch ?? globalThis.fetch)(upstream + path, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
          body,
          signal: controller.signal,
          redirect: 'error',
        });
      } catch {
        return unreachable();
      }
      const type = answer.headers.get('content-type') ?? '';
      if (NULL_BODY_STATUSES.has(answer.status) || !/^application\/(?:[\w.-]+\+)?json\s*(;|$)/i.test(type)) {
        await answer.body?.cancel().catch(() => undefined);
        invalid();
      }
      // The timeout aborts this read too, which then ends as a 504.
      const read = await readLimited(answer.body, maxAnswerBytes);
      if (read.kind === 'too_large') refuse(502, 'upstream_answer_too_large', `Stytch's answer exceeds ${maxAnswerBytes} bytes.`);
      if (read.kind !== 'read') return unreachable();
      let parsed: unknown;
      try {
        parsed = JSON.parse(read.text);
      } catch {
        return invalid();
      }
      if (!isObject(parsed)) return invalid();
      return { status: answer.status, text: read.text, body: parsed, retryAfter: answer.headers.get('retry-after') };
    } finally {
      clearTimeout(timer);
      clientSignal.removeEventListener('abort', onClientAbort);
    }
  }
}

function jsonAnswer(status: number, text: string, cors: Record<string, string>, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...ANSWER_HEADERS, ...cors, ...extra } });
}

/** Stytch's status and JSON body; of its headers only Retry-After (no cookies, no internals). */
function passThrough(answer: UpstreamAnswer, cors: Record<string, string>): Response {
  return jsonAnswer(answer.status, answer.text, cors, answer.retryAfter === null ? {} : { 'retry-after': answer.retryAfter });
}
