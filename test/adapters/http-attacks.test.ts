// The HTTP adapter against a backend that misbehaves on purpose, over real sockets on 127.0.0.1:
// a redirect must not carry the token and password anywhere else, a huge answer must not be
// downloaded, and an absurd Retry-After must not lock the member out for ever.
import type { ServerResponse } from 'node:http';
import { connect, createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en.json' with { type: 'json' };
import { createHttpAdapter } from '../../src/adapters/http/index.js';
import { closedPort, listen, readBody, sendJson, type LoopbackServer } from '../emulator/loopback.js';
import { failure } from './failure.js';

const TOKEN = 'token-attack-5c1f0b';
const PASSWORD = 'Secret-Redirect-Password-91';
const completeRequest = { passwordResetToken: TOKEN, password: PASSWORD };
const startRequest = { organizationId: 'organization-test-1', emailAddress: 'ada@example.com' };
const DAY_SECONDS = 86_400;
const MB = 1024 * 1024;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function serve(handler: Parameters<typeof listen>[0]): Promise<LoopbackServer> {
  const server = await listen(handler);
  cleanups.push(() => server.close());
  return server;
}

/** A raw TCP listener that records every connection and every byte it is sent. */
async function recordingOrigin(): Promise<{ url: string; connections: () => number; bytes: () => number }> {
  let connections = 0;
  let bytes = 0;
  const sockets = new Set<Socket>();
  const server: TcpServer = createTcpServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('data', (chunk) => (bytes += chunk.length));
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No TCP address.');
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${address.port}`, connections: () => connections, bytes: () => bytes };
}

/** Writes `total` bytes of one endless JSON string, honouring backpressure; counts what the socket took. */
function flood(res: ServerResponse, total: number, headers: Record<string, string | number> = {}) {
  const sent = {
    bytes: 0,
    finished: false,
    lastWriteAt: Date.now(),
    closed: new Promise<void>((resolve) => res.on('close', resolve)),
  };
  res.writeHead(200, { 'content-type': 'application/json', ...headers });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let open = true;
  let resume = () => undefined as void;
  res.on('close', () => {
    open = false;
    resume();
  });
  res.on('drain', () => resume());
  void (async () => {
    res.write('{"member_id":"');
    while (open && sent.bytes < total) {
      const accepted = res.write(chunk);
      sent.bytes += chunk.length;
      sent.lastWriteAt = Date.now();
      if (!accepted) await new Promise<void>((resolve) => (resume = resolve));
    }
    if (open) {
      sent.finished = true;
      res.end('"}');
    }
  })();
  return sent;
}

/**
 * How many bytes the flood gets into the sockets' buffers when the client reads nothing at all:
 * the part of what the server "sent" that no client can refuse.
 */
async function bufferedByTheSockets(): Promise<number> {
  let sent: ReturnType<typeof flood> | undefined;
  const backend = await serve((_req, res) => void (sent = flood(res, 50 * MB)));
  const client = connect(backend.port, '127.0.0.1');
  client.write('GET / HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n');
  client.pause();
  // Full once the server has been waiting for a drain that does not come.
  while (!sent || Date.now() - sent.lastWriteAt < 250) await new Promise((resolve) => setTimeout(resolve, 50));
  client.destroy();
  return sent.bytes;
}

describe('createHttpAdapter refuses redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    'a %i to another origin sends it nothing and is a configuration error',
    async (status) => {
      const elsewhere = await recordingOrigin();
      const received: string[] = [];
      const backend = await serve(async (req, res) => {
        received.push(await readBody(req));
        res.writeHead(status, { location: `${elsewhere.url}/steal`, 'content-type': 'application/json' });
        res.end('{"member_id":"member-evil","member_authenticated":true}');
      });
      const error = await failure(createHttpAdapter({ baseUrl: backend.url }).resetByEmail(completeRequest));
      expect(error).toMatchObject({ code: 'configuration', status });
      // The backend got the one request; the other origin was never even connected to.
      expect(received).toHaveLength(1);
      expect(JSON.parse(received[0]!)).toMatchObject({ password_reset_token: TOKEN, password: PASSWORD });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(elsewhere.connections()).toBe(0);
      expect(elsewhere.bytes()).toBe(0);
    },
  );

  it('asks fetch not to follow, and refuses a browser\'s opaque redirect answer', async () => {
    // What a browser's fetch resolves with for `redirect: 'manual'`: status 0, nothing readable.
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
    const fetchSpy = vi.fn<typeof fetch>(async () => opaque);
    const error = await failure(
      createHttpAdapter({ baseUrl: 'https://app.example.test/api/reset', fetch: fetchSpy }).resetByEmail(completeRequest),
    );
    expect(fetchSpy.mock.calls[0]?.[1]).toMatchObject({ redirect: 'manual' });
    expect(error.code).toBe('configuration');
    expect(error.status).toBeUndefined();
  });
});

describe('createHttpAdapter caps the answer it reads', () => {
  it('stops reading a 50 MB answer soon after 64 KB and closes the connection', async () => {
    let sent: ReturnType<typeof flood> | undefined;
    const backend = await serve(async (req, res) => {
      await readBody(req);
      sent = flood(res, 50 * MB);
    });
    const error = await failure(createHttpAdapter({ baseUrl: backend.url }).resetByEmail(completeRequest));
    expect(error).toMatchObject({ code: 'server', status: 200 });
    expect(error.message).toContain('maxResponseBytes');
    await sent!.closed;
    expect(sent!.finished).toBe(false);
    // What the server pushed before the adapter hung up is what the sockets buffer on their own
    // (a few MB on loopback) plus at most the cap and the HTTP client's read-ahead.
    const buffered = await bufferedByTheSockets();
    expect(sent!.bytes).toBeLessThan(buffered + MB);
    expect(sent!.bytes).toBeLessThan(10 * MB);
  });

  it('refuses an announced Content-Length above the cap without reading the body', async () => {
    let sent: ReturnType<typeof flood> | undefined;
    const backend = await serve(async (req, res) => {
      await readBody(req);
      sent = flood(res, 50 * MB, { 'content-length': 50 * MB + 16 });
    });
    const error = await failure(createHttpAdapter({ baseUrl: backend.url }).resetByEmail(completeRequest));
    expect(error).toMatchObject({ code: 'server', status: 200 });
    await sent!.closed;
    expect(sent!.finished).toBe(false);
    expect(sent!.bytes).toBeLessThan((await bufferedByTheSockets()) + MB);
  });

  it('pulls no more than the cap and one chunk from the body stream, then cancels it', async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x61);
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
        if (pulled >= 50 * MB) controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    const adapter = createHttpAdapter({
      baseUrl: 'https://app.example.test/api/reset',
      fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
      maxResponseBytes: 100 * 1024,
    });
    const error = await failure(adapter.resetByEmail(completeRequest));
    expect(error.code).toBe('server');
    expect(cancelled).toBe(true);
    // The reader's queue holds one chunk ahead of what was read.
    expect(pulled).toBeLessThanOrEqual(100 * 1024 + 2 * chunk.byteLength);
  });

  it('reads answers up to maxResponseBytes and refuses one byte more', async () => {
    const answer = { status_code: 200, request_id: 'request-id-test-1', valid_password: true, score: 4, breached_password: false, strength_policy: 'zxcvbn', breach_detection_on_create: true };
    const size = Buffer.byteLength(JSON.stringify(answer));
    // No Content-Length: the limit must hold for a chunked answer too.
    const backend = await serve(async (req, res) => {
      await readBody(req);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
    const exact = createHttpAdapter({ baseUrl: backend.url, maxResponseBytes: size });
    await expect(exact.strengthCheck({ password: 'x' })).resolves.toMatchObject({ validPassword: true, score: 4 });
    const tight = createHttpAdapter({ baseUrl: backend.url, maxResponseBytes: size - 1 });
    expect(await failure(tight.strengthCheck({ password: 'x' }))).toMatchObject({ code: 'server', status: 200 });
  });

  it('caps an error answer too', async () => {
    const backend = await serve(async (req, res) => {
      await readBody(req);
      sendJson(res, 400, { status_code: 400, error_type: 'weak_password', error_message: 'x'.repeat(2_000) });
    });
    const error = await failure(createHttpAdapter({ baseUrl: backend.url, maxResponseBytes: 1_000 }).resetByEmail(completeRequest));
    expect(error).toMatchObject({ code: 'server', status: 400 });
    expect(error.errorType).toBeUndefined();
  });
});

describe('createHttpAdapter bounds Retry-After', () => {
  it.each([
    ['10^12 seconds', '1000000000000'],
    ['a 400-digit number', '9'.repeat(400)],
    ['a date in the year 9999', 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ])('waits at most a day for %s', async (_label, retryAfter) => {
    const backend = await serve(async (req, res) => {
      await readBody(req);
      sendJson(res, 429, { status_code: 429, error_type: 'too_many_requests', error_message: 'Slow down.' }, { 'retry-after': retryAfter });
    });
    const error = await failure(createHttpAdapter({ baseUrl: backend.url }).resetByEmailStart(startRequest));
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, errorType: 'too_many_requests', retryAfterSeconds: DAY_SECONDS });
  });

  it('keeps a wait of less than a day as it is, also on a body that is not JSON', async () => {
    const backend = await serve(async (req, res) => {
      await readBody(req);
      res.writeHead(429, { 'content-type': 'text/html', 'retry-after': String(DAY_SECONDS - 1) });
      res.end('<html>slow down</html>');
    });
    const error = await failure(createHttpAdapter({ baseUrl: backend.url }).resetByEmailStart(startRequest));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: DAY_SECONDS - 1 });
  });
});

describe('createHttpAdapter keeps its localized codes for plain failures', () => {
  const localized = (code: string) => (en.errors as Record<string, string>)[code];

  it('a 500 with an HTML page is server', async () => {
    const backend = await serve(async (req, res) => {
      await readBody(req);
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<!doctype html><h1>Internal Server Error</h1><p>at db-7.internal:5432</p>');
    });
    const error = await failure(createHttpAdapter({ baseUrl: backend.url }).resetByEmail(completeRequest));
    expect(error).toMatchObject({ code: 'server', status: 500 });
    expect(localized(error.code)).toBeTruthy();
  });

  it('a refused connection is network', async () => {
    const port = await closedPort();
    const error = await failure(createHttpAdapter({ baseUrl: `http://127.0.0.1:${port}` }).resetByEmail(completeRequest));
    expect(error.code).toBe('network');
    expect(localized(error.code)).toBeTruthy();
  });

  it('a fetch that throws before returning a promise is network', async () => {
    const adapter = createHttpAdapter({
      baseUrl: 'https://app.example.test/api/reset',
      fetch: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const error = await failure(adapter.resetByEmail(completeRequest));
    expect(error.code).toBe('network');
    expect(localized(error.code)).toBeTruthy();
    expect(localized('configuration')).toBeTruthy();
  });
});
