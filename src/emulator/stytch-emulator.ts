/**
 * A Stytch B2B Passwords API emulator for development and tests: a node:http server on loopback that speaks
 * Stytch's wire format and error bodies, backed by the memory adapter's rules. It serves
 *  - the server API (`/v1/b2b/...`, Basic auth with the project id and secret), which the reset
 *    proxy forwards to;
 *  - the paths the official browser SDK calls (`/sdk/v1/...`, Basic auth with the public token and
 *    the member's session token), so a real `@stytch/vanilla-js` client can be pointed at it;
 *  - `/__control/...` endpoints that let a test read the outbox, move the clock and sign members
 *    in over loopback, as a harness in another process would;
 *  - the outbox for a developer: `GET /__outbox` (JSON) and `GET /` (an HTML inbox page).
 * Not for production: it keeps everything in memory, holds a known secret and hands every reset
 * link to whoever asks. It answers only requests addressed to a loopback host name, so a web page
 * the developer visits cannot reach it through DNS rebinding.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  decodeRequest,
  encodeAuthResult,
  encodeDiscoveryResult,
  encodeError,
  encodeStrengthCheck,
  operationForPath,
  type WireObject,
} from '../adapters/http/wire.js';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../adapters/memory/index.js';
import { BACKEND_ERROR_TYPES, ResetError, type ResetErrorCode } from '../core/errors.js';
import type { AuthResult, ResetOperation } from '../core/types.js';
import { renderInbox } from './inbox.js';
import { isLoopbackHost, listen, readBody } from './loopback.js';

export interface StytchEmulatorOptions {
  projectId?: string;
  secret?: string;
  /** The public token the browser SDK must present. */
  publicToken?: string;
  /** The memory adapter behind the emulator; its clock is the emulator's. Default: its demo data. */
  memory?: Omit<MemoryAdapterOptions, 'now'>;
  /** The address to bind, default 127.0.0.1. Anything but loopback needs `allowRemote`. */
  host?: string;
  /** The port, default 0 (a free one; read it from `url`). */
  port?: number;
  /**
   * Bind to a non-loopback address and answer any Host header. Anyone who can reach the port can
   * then read every reset link: only on a disposable, private network.
   */
  allowRemote?: boolean;
  /** The clock's start, in ms. It then moves only with `advanceTime`. */
  startTime?: number;
  /** What the SDK's bootstrap call reports: whether the SDK must run PKCE on password resets. */
  pkceRequiredForPasswordResets?: boolean;
}

export interface StytchEmulator {
  url: string;
  projectId: string;
  secret: string;
  publicToken: string;
  memory: MemoryAdapter;
  now(): number;
  advanceTime(ms: number): void;
  /** Every request received (method and path), to prove that a refused one never arrived. */
  hits: { method: string; path: string }[];
  close(): Promise<void>;
}

/** The paths of the browser SDK (`{base}/sdk/v1` + these), per operation. */
export const SDK_PATHS: Readonly<Record<ResetOperation, string>> = {
  resetByEmailStart: '/sdk/v1/b2b/passwords/email/reset/start',
  resetByEmail: '/sdk/v1/b2b/passwords/email/reset',
  resetBySession: '/sdk/v1/b2b/passwords/session/reset',
  resetByExistingPassword: '/sdk/v1/b2b/passwords/existing_password/reset',
  discoveryResetByEmailStart: '/sdk/v1/b2b/passwords/discovery/reset/start',
  discoveryResetByEmail: '/sdk/v1/b2b/passwords/discovery/reset',
  exchangeIntermediateSession: '/sdk/v1/b2b/discovery/intermediate_sessions/exchange',
  createOrganizationViaDiscovery: '/sdk/v1/b2b/discovery/organizations/create',
  strengthCheck: '/sdk/v1/b2b/passwords/strength_check',
};

// Fields the SDK adds to every call that the emulator has no use for.
const SDK_EXTRA_FIELDS = ['captcha_token', 'dfp_telemetry_id'];
const MINUTE = 60_000;

/** The first backend error type that means the code, for errors the memory adapter left untyped. */
function errorTypeFor(error: ResetError): string {
  if (error.errorType) return error.errorType;
  if (error.code === 'invalid_argument') {
    const byField: Record<string, string> = {
      sessionDurationMinutes: 'invalid_session_duration_minutes',
      sessionCustomClaims: 'custom_claims_too_large',
      locale: 'invalid_locale',
    };
    return (error.field && byField[error.field]) || 'invalid_request';
  }
  const known = Object.entries(BACKEND_ERROR_TYPES).find(([, code]) => code === error.code);
  return known?.[0] ?? 'internal_server_error';
}

function statusFor(code: ResetErrorCode): number {
  if (code === 'rate_limited') return 429;
  if (code === 'server' || code === 'unknown') return 500;
  return 400;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

/** The host name of a Host header (no port, IPv6 without brackets); '' when there is none. */
function hostName(header: string | undefined): string {
  try {
    return new URL(`http://${header ?? ''}`).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return '';
  }
}

function basicCredentials(header: string | undefined): [string, string] | undefined {
  const match = /^Basic (.+)$/.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

export async function startStytchEmulator(options: StytchEmulatorOptions = {}): Promise<StytchEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!options.allowRemote && !isLoopbackHost(host)) {
    throw new Error(`The Stytch emulator binds only to loopback (127.0.0.1, ::1), not ${host}: pass allowRemote (--allow-remote) to override. It is not for production.`);
  }
  const projectId = options.projectId ?? 'project-test-00000000-0000-0000-0000-000000000000';
  const secret = options.secret ?? 'secret-test-emulator-0000000000000000';
  const publicToken = options.publicToken ?? 'public-token-test-00000000-0000-0000-0000-000000000000';
  let clock = options.startTime ?? Date.UTC(2030, 0, 1);
  const memory = createMemoryAdapter({ ...options.memory, now: () => clock });
  const hits: StytchEmulator['hits'] = [];
  // Which organization each session belongs to: the SDK's reset by session names none.
  const sessionOrganizations = new Map<string, string>();
  const seededOrganizations = new Map(
    (options.memory?.members ?? []).flatMap((member) => (member.memberId ? [[member.memberId, member.organizationId]] : [])),
  );
  let requestCount = 0;
  const requestId = () => `request-id-test-emulator-${(requestCount += 1)}`;

  function remember(result: AuthResult): void {
    if (result.sessionToken && result.organizationId) sessionOrganizations.set(result.sessionToken, result.organizationId);
  }

  function memberSession(result: AuthResult, durationMinutes: number | undefined): WireObject | null {
    if (!result.sessionToken) return null;
    const started = new Date(clock).toISOString();
    return {
      member_session_id: `member-session-test-${result.sessionToken.slice(0, 12)}`,
      member_id: result.memberId,
      organization_id: result.organizationId,
      started_at: started,
      last_accessed_at: started,
      expires_at: new Date(clock + (durationMinutes ?? 60) * MINUTE).toISOString(),
      authentication_factors: [{ type: 'password', delivery_method: 'knowledge', last_authenticated_at: started }],
      custom_claims: {},
      roles: ['stytch_member'],
    };
  }

  /** Runs one operation on the memory adapter and answers in Stytch's success format. */
  async function perform(operation: ResetOperation, request: Record<string, unknown>): Promise<WireObject> {
    const answer = { status_code: 200, request_id: requestId() };
    const duration = request.sessionDurationMinutes as number | undefined;
    const auth = (result: AuthResult) => {
      remember(result);
      return { ...encodeAuthResult(result, { memberSession: memberSession(result, duration) }), ...answer };
    };
    const call = memory[operation] as (req: unknown) => Promise<unknown>;
    const result = await call.call(memory, request);
    switch (operation) {
      case 'resetByEmailStart':
      case 'discoveryResetByEmailStart':
        return answer;
      case 'discoveryResetByEmail':
        return { ...encodeDiscoveryResult(result as Parameters<typeof encodeDiscoveryResult>[0]), ...answer };
      case 'strengthCheck':
        return { ...encodeStrengthCheck(result as Parameters<typeof encodeStrengthCheck>[0]), ...answer };
      default:
        return auth(result as AuthResult);
    }
  }

  function parseJson(text: string): Record<string, unknown> {
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HttpError(400, 'invalid_json', 'The request body must be a JSON object.');
    }
    return body as Record<string, unknown>;
  }

  function decode(operation: ResetOperation, body: Record<string, unknown>, ignore: readonly string[] = []) {
    const { request, unknownFields } = decodeRequest(operation, body);
    const unexpected = unknownFields.filter((field) => !ignore.includes(field));
    if (unexpected.length > 0) {
      throw new HttpError(400, 'invalid_request', `Unknown fields: ${unexpected.join(', ')}.`);
    }
    return request as unknown as Record<string, unknown>;
  }

  async function serverApi(req: IncomingMessage, path: string): Promise<WireObject> {
    const credentials = basicCredentials(req.headers.authorization);
    if (!credentials || credentials[0] !== projectId || credentials[1] !== secret) {
      throw new HttpError(401, 'unauthorized_credentials', 'Unauthorized credentials.');
    }
    const operation = operationForPath(path);
    if (!operation || req.method !== 'POST') throw new HttpError(404, 'route_not_found', `No route ${req.method} ${path}.`);
    return perform(operation, decode(operation, parseJson(await readBody(req))));
  }

  async function sdkApi(req: IncomingMessage, path: string): Promise<WireObject> {
    if (req.method === 'GET' && path === `/sdk/v1/projects/bootstrap/${publicToken}`) {
      return { data: bootstrap() };
    }
    const text = await readBody(req);
    if (path === '/sdk/v1/events') return {};
    const credentials = basicCredentials(req.headers.authorization);
    if (!credentials || credentials[0] !== publicToken) {
      throw new HttpError(401, 'unauthorized_credentials', 'Unauthorized credentials.');
    }
    // The SDK sends the public token twice when no member is signed in.
    const sessionToken = credentials[1] === publicToken ? undefined : credentials[1];
    const operation = (Object.keys(SDK_PATHS) as ResetOperation[]).find((each) => SDK_PATHS[each] === path);
    if (!operation || req.method !== 'POST') throw new HttpError(404, 'route_not_found', `No route ${req.method} ${path}.`);

    const body = parseJson(text);
    // The SDK holds the intermediate session and sends it along on some calls that need none.
    const ignore = operation === 'discoveryResetByEmail' || operation === 'resetByEmail' ? ['intermediate_session_token'] : [];
    const request = decode(operation, body, [...SDK_EXTRA_FIELDS, ...ignore]);
    if (operation === 'resetByEmail' && body.intermediate_session_token) {
      request.intermediateSessionToken = body.intermediate_session_token;
    }
    if (
      (operation === 'exchangeIntermediateSession' || operation === 'createOrganizationViaDiscovery') &&
      !request.intermediateSessionToken
    ) {
      throw new HttpError(404, 'intermediate_session_not_found', 'No intermediate session was found.');
    }
    if (operation === 'resetBySession') {
      const organizationId = sessionToken === undefined ? undefined : sessionOrganizations.get(sessionToken);
      if (organizationId === undefined) throw new HttpError(404, 'session_not_found', 'Session could not be found.');
      Object.assign(request, { organizationId, sessionToken });
    } else if (sessionToken !== undefined && (operation === 'resetByEmail' || operation === 'resetByExistingPassword')) {
      request.sessionToken = sessionToken;
    }
    return { data: await perform(operation, request) };
  }

  function bootstrap(): WireObject {
    return {
      project_name: 'resetkit emulator',
      disable_sdk_watermark: true,
      captcha_settings: { enabled: false },
      cname_domain: null,
      email_domains: [],
      pkce_required_for_email_magic_links: false,
      pkce_required_for_password_resets: options.pkceRequiredForPasswordResets ?? false,
      pkce_required_for_oauth: false,
      pkce_required_for_sso: false,
      slug_pattern: null,
      create_organization_enabled: true,
      password_config: null,
      dfp_protected_auth_enabled: false,
      rbac_policy: { roles: [], resources: [], scopes: [] },
      siwe_required_for_crypto_wallets: false,
      vertical: 'B2B',
    };
  }

  async function control(req: IncomingMessage, path: string): Promise<WireObject> {
    const body = parseJson(await readBody(req));
    switch (path) {
      case '/__control/latest-email':
        return { email: memory.outbox.latest(String(body.email_address)) ?? null };
      case '/__control/now':
        return { now: clock };
      case '/__control/advance-time':
        clock += Number(body.ms);
        return { now: clock };
      case '/__control/create-session': {
        const memberId = String(body.member_id);
        const tokens = memory.createSession(memberId, { factorAgeMinutes: Number(body.factor_age_minutes ?? 0) });
        const organizationId = seededOrganizations.get(memberId);
        if (organizationId !== undefined) sessionOrganizations.set(tokens.sessionToken, organizationId);
        return { session_token: tokens.sessionToken, session_jwt: tokens.sessionJwt };
      }
      case '/__control/fail-next':
        memory.failNext(body.code as ResetErrorCode, (body.options ?? {}) as Parameters<MemoryAdapter['failNext']>[1]);
        return {};
      default:
        throw new HttpError(404, 'route_not_found', `No control ${path}.`);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.push({ method: req.method ?? '', path });
    if (!options.allowRemote && !isLoopbackHost(hostName(req.headers.host))) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('The Stytch emulator answers only on a loopback host name.');
      return;
    }
    // The SDK in a browser page calls from the page's origin; the outbox and the controls get no
    // CORS headers, so another site open in the developer's browser cannot read reset links.
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin && path.startsWith('/sdk/v1/')
      ? {
          'access-control-allow-origin': origin,
          'access-control-allow-credentials': 'true',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
          'access-control-allow-methods': 'GET, POST',
        }
      : {};
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', ...cors, ...headers }).end(text);
    };
    try {
      if (req.method === 'GET' && path === '/') {
        const page = renderInbox(memory.outbox.list());
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.contentSecurityPolicy });
        res.end(page.html);
      } else if (req.method === 'GET' && path === '/__outbox') send(200, { emails: memory.outbox.list() });
      else if (path.startsWith('/__control/')) send(200, await control(req, path));
      else if (path.startsWith('/sdk/v1/')) send(200, await sdkApi(req, path));
      else send(200, await serverApi(req, path));
    } catch (error) {
      if (error instanceof HttpError) {
        send(error.status, encodeError({ status: error.status, errorType: error.errorType, message: error.message, requestId: requestId() }));
      } else if (error instanceof ResetError) {
        const status = error.status ?? statusFor(error.code);
        const headers: Record<string, string> =
          error.retryAfterSeconds === undefined ? {} : { 'retry-after': String(error.retryAfterSeconds) };
        send(
          status,
          encodeError({ status, errorType: errorTypeFor(error), message: error.message, requestId: error.requestId ?? requestId() }),
          headers,
        );
      } else {
        send(500, encodeError({ status: 500, errorType: 'internal_server_error', message: String(error), requestId: requestId() }));
      }
    }
  }

  const server = await listen((req, res) => void handle(req, res), { host, ...(options.port === undefined ? {} : { port: options.port }) });
  return {
    url: server.url,
    projectId,
    secret,
    publicToken,
    memory,
    now: () => clock,
    advanceTime: (ms) => {
      clock += ms;
    },
    hits,
    close: () => server.close(),
  };
}

/** The emulator's control endpoints, over loopback: what a contract harness needs. */
export function emulatorControl(url: string) {
  async function post<T>(path: string, body: WireObject = {}): Promise<T> {
    const response = await fetch(`${url}/__control/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`Emulator control ${path} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
  return {
    async latestEmail(emailAddress: string) {
      const { email } = await post<{ email: Awaited<ReturnType<MemoryAdapter['outbox']['latest']>> | null }>('latest-email', {
        email_address: emailAddress,
      });
      return email ?? undefined;
    },
    async now() {
      return (await post<{ now: number }>('now')).now;
    },
    async advanceTime(ms: number) {
      await post('advance-time', { ms });
    },
    async createSession(memberId: string, options: { factorAgeMinutes?: number } = {}) {
      const answer = await post<{ session_token: string; session_jwt: string }>('create-session', {
        member_id: memberId,
        factor_age_minutes: options.factorAgeMinutes ?? 0,
      });
      return { sessionToken: answer.session_token, sessionJwt: answer.session_jwt };
    },
    async failNext(code: ResetErrorCode, options: Parameters<MemoryAdapter['failNext']>[1] = {}) {
      await post('fail-next', { code, options: options as WireObject });
    },
  };
}
