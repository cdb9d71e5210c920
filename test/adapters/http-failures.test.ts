// Every way a call through the HTTP adapter can fail ends as a ResetError with the right code,
// against real sockets on 127.0.0.1.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../src/adapters/http/index.js';
import { closedPort, listen, readBody, sendJson, type LoopbackServer } from '../emulator/loopback.js';
import { failure } from './failure.js';

const startRequest = { organizationId: 'organization-test-1', emailAddress: 'ada@example.com' };
const completeRequest = { passwordResetToken: 'token-1', password: 'correct horse battery staple' };

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>) {
  server = await listen((req, res) => void handler(req, res));
  return server;
}

describe('createHttpAdapter failures', () => {
  it('maps 429 with a Retry-After header to rate_limited with the delay and the backend ids', async () => {
    const { url } = await serve((_req, res) =>
      sendJson(
        res,
        429,
        {
          status_code: 429,
          request_id: 'request-id-test-429',
          error_type: 'too_many_requests',
          error_message: 'Too many requests.',
          error_url: 'https://stytch.com/docs/api/errors/429',
        },
        { 'retry-after': '7' },
      ),
    );
    const error = await failure(createHttpAdapter({ baseUrl: url }).resetByEmailStart(startRequest));
    expect(error).toMatchObject({
      code: 'rate_limited',
      status: 429,
      errorType: 'too_many_requests',
      requestId: 'request-id-test-429',
      retryAfterSeconds: 7,
    });
  });

  it('reads an HTTP-date Retry-After on a 429 whose body is not JSON', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    const { url } = await serve((_req, res) => {
      res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': at });
      res.end('slow down');
    });
    const error = await failure(createHttpAdapter({ baseUrl: url }).resetByEmailStart(startRequest));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(28);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(31);
  });

  it('maps a gateway HTML 502 to server, keeping the status', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });
    const error = await failure(createHttpAdapter({ baseUrl: url }).resetByEmail(completeRequest));
    expect(error).toMatchObject({ code: 'server', status: 502 });
    expect(error.errorType).toBeUndefined();
  });

  it('refuses an HTML page answered with 200 (a path that fell through to an SPA) as server', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><div id="root"></div>');
    });
    const error = await failure(createHttpAdapter({ baseUrl: url }).resetByEmailStart(startRequest));
    expect(error).toMatchObject({ code: 'server', status: 200 });
  });

  it('maps truncated JSON to server on success and to the status on failure', async () => {
    const { url } = await serve((req, res) => {
      const truncated = '{"member_id":"member-test-1","member_authenticated":tr';
      res.writeHead(req.url?.endsWith('/session/reset') ? 400 : 200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(truncated),
      });
      res.end(truncated);
    });
    const adapter = createHttpAdapter({ baseUrl: url });
    expect(await failure(adapter.resetByEmail(completeRequest))).toMatchObject({ code: 'server', status: 200 });
    const rejected = await failure(adapter.resetBySession({ organizationId: 'organization-test-1', password: 'x' }));
    expect(rejected).toMatchObject({ code: 'unknown', status: 400 });
  });

  it('maps a body that breaks off before its announced length to server', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"member_id":"member-test-1",');
      setTimeout(() => res.destroy(), 20);
    });
    const error = await failure(createHttpAdapter({ baseUrl: url }).resetByEmail(completeRequest));
    expect(error).toMatchObject({ code: 'server', status: 200 });
  });

  it('times out on a server that never answers', async () => {
    const { url } = await serve(() => undefined);
    const started = Date.now();
    const error = await failure(createHttpAdapter({ baseUrl: url, timeoutMs: 150 }).resetByEmail(completeRequest));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out on a server that sends headers and then stalls the body', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"member_id":');
    });
    const error = await failure(createHttpAdapter({ baseUrl: url, timeoutMs: 150 }).resetByEmail(completeRequest));
    expect(error.code).toBe('timeout');
  });

  it('reports an abort by the caller as aborted, not timeout', async () => {
    const { url } = await serve(() => undefined);
    const controller = new AbortController();
    const pending = createHttpAdapter({ baseUrl: url, timeoutMs: 5_000 }).resetByEmail(completeRequest, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('the member left the page')), 50);
    const error = await failure(pending);
    expect(error.code).toBe('aborted');
    expect((error.cause as Error).message).toBe('the member left the page');
  });

  it('sends nothing when the signal is already aborted', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const adapter = createHttpAdapter({ baseUrl: 'http://127.0.0.1:9', fetch: fetchSpy });
    const error = await failure(adapter.resetByEmail(completeRequest, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('aborted');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('maps a refused connection to network', async () => {
    const port = await closedPort();
    const error = await failure(
      createHttpAdapter({ baseUrl: `http://127.0.0.1:${port}` }).resetByEmailStart(startRequest),
    );
    expect(error.code).toBe('network');
    expect(error.status).toBeUndefined();
  });

  it('maps an unknown error type by its status, keeping the type and request id', async () => {
    const { url } = await serve((_req, res) =>
      sendJson(res, 400, {
        status_code: 400,
        request_id: 'request-id-test-new',
        error_type: 'brand_new_error_type',
        error_message: 'Something Stytch added later.',
        error_url: 'https://stytch.com/docs/api/errors/400',
      }),
    );
    const error = await failure(createHttpAdapter({ baseUrl: url }).resetByEmail(completeRequest));
    expect(error).toMatchObject({
      code: 'unknown',
      status: 400,
      errorType: 'brand_new_error_type',
      requestId: 'request-id-test-new',
      message: 'Something Stytch added later.',
    });
  });

  it('maps an unknown error type on a 5xx to server', async () => {
    const { url } = await serve((_req, res) =>
      sendJson(res, 503, { status_code: 503, error_type: 'service_unavailable', error_message: 'Down.' }),
    );
    const error = await failure(createHttpAdapter({ baseUrl: url }).strengthCheck({ password: 'x' }));
    expect(error).toMatchObject({ code: 'server', status: 503, errorType: 'service_unavailable' });
  });

  it.each([
    ['weak_password', 400, 'weak_password'],
    ['unable_to_auth_password_reset_token', 401, 'token_invalid'],
    ['pkce_expected_code_verifier', 400, 'pkce_mismatch'],
    ['intermediate_session_not_found', 404, 'discovery_session_expired'],
  ] as const)('maps the backend error type %s to %s', async (errorType, status, code) => {
    const { url } = await serve((_req, res) =>
      sendJson(res, status, { status_code: status, request_id: 'r', error_type: errorType, error_message: 'm' }),
    );
    const error = await failure(createHttpAdapter({ baseUrl: url }).resetByEmail(completeRequest));
    expect(error).toMatchObject({ code, status, errorType });
  });

  it('refuses a malformed success answer as server', async () => {
    const { url } = await serve((_req, res) => sendJson(res, 200, { status_code: 200, request_id: 'r' }));
    const error = await failure(createHttpAdapter({ baseUrl: url }).resetByEmail(completeRequest));
    expect(error.code).toBe('server');
  });

  it('validates before any I/O', async () => {
    let requests = 0;
    const { url } = await serve(async (req, res) => {
      requests += 1;
      await readBody(req);
      sendJson(res, 200, {});
    });
    const adapter = createHttpAdapter({ baseUrl: url });
    const invalidEmail = await failure(adapter.resetByEmailStart({ ...startRequest, emailAddress: 'not-an-email' }));
    expect(invalidEmail).toMatchObject({ code: 'invalid_email', field: 'emailAddress' });
    const bothSessions = await failure(
      adapter.resetBySession({ organizationId: 'o', password: 'p', sessionToken: 't', sessionJwt: 'j' }),
    );
    expect(bothSessions).toMatchObject({ code: 'invalid_argument', field: 'sessionJwt' });
    expect(requests).toBe(0);
  });

  it('turns a fetch that throws synchronously-shaped errors into network', async () => {
    const adapter = createHttpAdapter({
      baseUrl: 'http://127.0.0.1:9',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect((await failure(adapter.resetByEmailStart(startRequest))).code).toBe('network');
  });
});
