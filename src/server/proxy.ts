import { REDIRECT_URL_FIELDS, WIRE_PATHS, decodeRequest, operationForPath } from '../adapters/http/wire.js';

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
   * allows `/reset` and `/reset/x`, not `/resetx`); query and fragment are free, since the backend
   * appends the token to them. A request whose URL matches none is refused before it reaches Stytch,
   * so a stolen page cannot mail your members a link to someone else's site.
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
  /** The largest request body accepted, in bytes. Default 16384 (custom claims alone may take 4 KB). */
  maxBodyBytes?: number;
  /** Milliseconds to wait for Stytch before answering 504. Default 10000. */
  timeoutMs?: number;
}

/** A Fetch-standard handler: Node 20, Next.js route handlers, Hono, Cloudflare Workers, Deno, Bun. */
export type ResetProxyHandler = (request: Request) => Promise<Response>;

const DEFAULT_MAX_BODY_BYTES = 16_384;
const DEFAULT_TIMEOUT_MS = 10_000;
// Headers of Stytch's answer worth passing on; cookies and anything else stay behind.
const PASSED_HEADERS = ['content-type', 'retry-after'];

interface Refusal {
  status: number;
  errorType: string;
  message: string;
  headers?: Record<string, string>;
}

class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

function refuse(status: number, errorType: string, message: string, headers?: Record<string, string>): never {
  throw new RefusedError(headers === undefined ? { status, errorType, message } : { status, errorType, message, headers });
}

interface AllowedUrl {
  origin: string;
  path: string;
}

function parseAllowedUrl(entry: string): AllowedUrl {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new TypeError(`createResetProxy: allowedRedirectUrls entry ${JSON.stringify(entry)} is not an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`createResetProxy: allowedRedirectUrls entry ${JSON.stringify(entry)} must use http or https.`);
  }
  return { origin: url.origin, path: url.pathname };
}

function isAllowedRedirect(value: unknown, allowed: readonly AllowedUrl[]): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // Credentials in a link are a phishing trick (https://app.example.com@evil.example/), never needed.
  if (url.username !== '' || url.password !== '') return false;
  return allowed.some(({ origin, path }) => {
    if (url.origin !== origin) return false;
    if (path.endsWith('/')) return url.pathname.startsWith(path);
    return url.pathname === path || url.pathname.startsWith(`${path}/`);
  });
}

function defaultBaseUrl(projectId: string): string {
  return projectId.startsWith('project-test-') ? 'https://test.stytch.com' : 'https://api.stytch.com';
}

function errorBody(status: number, errorType: string, message: string, requestId: string): string {
  return JSON.stringify({ status_code: status, request_id: requestId, error_type: errorType, error_message: message, error_url: '' });
}

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    refuse(413, 'request_too_large', `The request body exceeds ${maxBytes} bytes.`);
  }
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop reading at once: a client must not make the server buffer an unbounded body.
      await reader.cancel().catch(() => undefined);
      refuse(413, 'request_too_large', `The request body exceeds ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse(400, 'invalid_json', 'The request body is not UTF-8 text.');
  }
}

/**
 * A handler that forwards resetkit's calls (the Stytch B2B password-reset endpoints, nothing
 * else) to Stytch with the project secret, so the secret never reaches the browser. It refuses,
 * before anything reaches Stytch: other paths and methods, foreign origins, bodies that are too
 * large or not a JSON object, unknown fields, and redirect URLs outside `allowedRedirectUrls`.
 * Stytch's status, body and Retry-After come back unchanged. It logs nothing, so passwords and
 * tokens cannot end up in logs through it.
 */
export function createResetProxy(options: ResetProxyOptions): ResetProxyHandler {
  if (!options.projectId || !options.secret) {
    throw new TypeError('createResetProxy: projectId and secret are required.');
  }
  const allowedRedirects = options.allowedRedirectUrls.map(parseAllowedUrl);
  const allowedOrigins = options.allowedOrigins?.map((origin) => new URL(origin).origin);
  const upstream = (options.baseUrl ?? defaultBaseUrl(options.projectId)).replace(/\/+$/, '');
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authorization = `Basic ${btoa(`${options.projectId}:${options.secret}`)}`;

  return async function resetProxy(request: Request): Promise<Response> {
    const requestId = `resetkit-proxy-${crypto.randomUUID()}`;
    const url = new URL(request.url);
    const origin = request.headers.get('origin');
    // CORS headers go only to an allowed origin other than the proxy's own.
    const cors: Record<string, string> = {};

    try {
      const path = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : undefined;
      const operation = path === undefined ? undefined : operationForPath(path);
      if (operation === undefined) refuse(404, 'endpoint_not_found', 'This path is not a password-reset endpoint.');

      if (origin !== null) {
        const allowed = origin === url.origin || (allowedOrigins?.includes(origin) ?? false);
        if (!allowed) refuse(403, 'origin_not_allowed', 'Requests from this origin are not allowed.');
        if (origin !== url.origin) {
          Object.assign(cors, {
            'access-control-allow-origin': origin,
            'access-control-allow-credentials': 'true',
            vary: 'Origin',
          });
        }
      }
      if (request.method === 'OPTIONS' && cors['access-control-allow-origin']) {
        return new Response(null, {
          status: 204,
          headers: {
            ...cors,
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? 'content-type',
            'access-control-max-age': '600',
          },
        });
      }
      if (request.method !== 'POST') refuse(405, 'method_not_allowed', 'Only POST is allowed.', { allow: 'POST' });
      // Demanding JSON also keeps out HTML forms, which browsers send cross-site without a preflight.
      const contentType = request.headers.get('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(contentType)) {
        refuse(415, 'unsupported_media_type', 'The request body must be application/json.');
      }

      const text = await readCapped(request, maxBodyBytes);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        refuse(400, 'invalid_json', 'The request body is not valid JSON.');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        refuse(400, 'invalid_json', 'The request body must be a JSON object.');
      }
      const fields = body as Record<string, unknown>;
      const { unknownFields } = decodeRequest(operation, fields);
      if (unknownFields.length > 0) {
        refuse(400, 'unknown_field', `Fields not allowed on this endpoint: ${unknownFields.join(', ')}.`);
      }
      for (const field of REDIRECT_URL_FIELDS) {
        if (fields[field] !== undefined && fields[field] !== null && !isAllowedRedirect(fields[field], allowedRedirects)) {
          // Stytch's own type for it, so clients already know it as a configuration problem.
          refuse(400, 'invalid_password_reset_redirect_url', `${field} is not in the proxy's allowed redirect URLs.`);
        }
      }

      return await forward(WIRE_PATHS[operation], JSON.stringify(fields), request.signal, cors);
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      const { status, errorType, message, headers } = error.refusal;
      return new Response(errorBody(status, errorType, message, requestId), {
        status,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors, ...headers },
      });
    }
  };

  async function forward(path: string, body: string, clientSignal: AbortSignal, cors: Record<string, string>) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    // A client that hangs up should not keep a call to Stytch open.
    const onClientAbort = () => controller.abort();
    clientSignal.addEventListener('abort', onClientAbort, { once: true });
    try {
      let answer: Response;
      let text: string;
      try {
        answer = await (options.fetch ?? globalThis.fetch)(upstream + path, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
          body,
          signal: controller.signal,
          redirect: 'error',
        });
        text = await answer.text();
      } catch {
        // The cause stays out of the answer: it could name internal hosts.
        if (timedOut) refuse(504, 'upstream_timeout', 'Stytch did not answer in time.');
        refuse(502, 'upstream_unreachable', 'Stytch could not be reached.');
      }
      const headers: Record<string, string> = { 'cache-control': 'no-store', ...cors };
      for (const name of PASSED_HEADERS) {
        const value = answer.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      headers['content-type'] ??= 'application/json';
      return new Response(text, { status: answer.status, headers });
    } finally {
      clearTimeout(timer);
      clientSignal.removeEventListener('abort', onClientAbort);
    }
  }
}
