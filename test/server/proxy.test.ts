// The reset proxy, mounted on node:http with createNodeListener, in front of a recording fake
// of Stytch, all on 127.0.0.1.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WIRE_PATHS, createHttpAdapter } from '../../src/adapters/http/index.js';
import { createNodeListener, createResetProxy } from '../../src/server/index.js';
import { emulatorFixture, emulatorSeed } from '../emulator/fixture.js';
import { closedPort, listen, readBody, sendJson, type LoopbackServer } from '../emulator/loopback.js';
import { startStytchEmulator, type StytchEmulator } from '../emulator/stytch-emulator.js';

const projectId = 'project-test-00000000-0000-0000-0000-000000000000';
const secret = 'secret-test-do-not-leak-4f2a9c';
const basicAuth = `Basic ${btoa(`${projectId}:${secret}`)}`;

interface Upstream {
  path: string;
  authorization: string | undefined;
  body: unknown;
}

let stytch: LoopbackServer;
let proxy: LoopbackServer;
let upstream: Upstream[] = [];
let upstreamAnswer: { status: number; body: unknown; headers?: Record<string, string> } = {
  status: 200,
  body: { status_code: 200, request_id: 'request-id-test' },
};
const answers: { text: string; headers: string }[] = [];

beforeAll(async () => {
  stytch = await listen(async (req, res) => {
    const text = await readBody(req);
    upstream.push({ path: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(text) });
    sendJson(res, upstreamAnswer.status, upstreamAnswer.body, {
      'set-cookie': 'upstream=1',
      ...upstreamAnswer.headers,
    });
  });
  const handler = createResetProxy({
    projectId,
    secret,
    baseUrl: stytch.url,
    basePath: '/api/reset',
    allowedRedirectUrls: ['https://app.example.com/reset', 'https://app.example.com/discover/'],
    allowedOrigins: ['https://app.example.com'],
    maxBodyBytes: 2048,
    // Starts answer at a fixed time (no enumeration by timing); short here, the fake is fast.
    startAnswerMs: 200,
  });
  proxy = await listen(createNodeListener(handler));
});

afterAll(async () => {
  await proxy.close();
  await stytch.close();
  // Every answer of the whole file, refusals included.
  expect(answers.length).toBeGreaterThan(20);
  for (const answer of answers) {
    expect(answer.text + answer.headers).not.toContain(secret);
    expect(answer.text + answer.headers).not.toContain(btoa(`${projectId}:${secret}`));
  }
});

beforeEach(() => {
  upstream = [];
  upstreamAnswer = { status: 200, body: { status_code: 200, request_id: 'request-id-test' } };
});

async function post(
  path: string,
  body: unknown,
  init: { headers?: Record<string, string>; method?: string; raw?: string } = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${proxy.url}${path}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://app.example.com', ...init.headers },
    body: init.method === 'GET' ? null : (init.raw ?? JSON.stringify(body)),
  });
  const text = await response.text();
  answers.push({ text, headers: JSON.stringify([...response.headers]) });
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers };
}

const start = {
  organization_id: 'organization-test-1',
  email_address: 'ada@example.com',
  reset_password_redirect_url: 'https://app.example.com/reset?from=email',
};

describe('createResetProxy forwarding', () => {
  it.each(Object.entries(WIRE_PATHS))('forwards %s with Basic auth and the body unchanged', async (_operation, path) => {
    const bodies: Record<string, unknown> = {
      [WIRE_PATHS.strengthCheck]: { password: 'pw' },
      [WIRE_PATHS.resetByEmailStart]: start,
      [WIRE_PATHS.discoveryResetByEmailStart]: {
        email_address: 'ada@example.com',
        reset_password_redirect_url: 'https://app.example.com/reset',
      },
    };
    const body = bodies[path] ?? {};
    const answer = await post(`/api/reset${path}`, body);
    expect(answer.status).toBe(200);
    expect(upstream).toEqual([{ path, authorization: basicAuth, body }]);
  });

  it("passes Stytch's status, error body and Retry-After through, but not its cookies", async () => {
    const error = {
      status_code: 429,
      request_id: 'request-id-429',
      error_type: 'too_many_requests',
      error_message: 'Too many requests.',
      error_url: 'https://stytch.com/docs/api/errors/429',
    };
    upstreamAnswer = { status: 429, body: error, headers: { 'retry-after': '12' } };
    const answer = await post(`/api/reset${WIRE_PATHS.resetByEmailStart}`, start);
    expect(answer.status).toBe(429);
    expect(answer.json).toEqual(error);
    expect(answer.headers.get('retry-after')).toBe('12');
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('allows a request without Origin (server to server) and answers a preflight of an allowed origin', async () => {
    const response = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${proxy.url}/api/reset${WIRE_PATHS.strengthCheck}`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ password: 'pw' }));
    });
    expect(response).toBe(200);

    const preflight = await fetch(`${proxy.url}/api/reset${WIRE_PATHS.resetByEmail}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-csrf-token',
      },
    });
    answers.push({ text: await preflight.text(), headers: JSON.stringify([...preflight.headers]) });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,x-csrf-token');
  });

  it('answers 502 when Stytch cannot be reached and 504 when it does not answer', async () => {
    const port = await closedPort();
    const down = createResetProxy({ projectId, secret, baseUrl: `http://127.0.0.1:${port}`, allowedRedirectUrls: [] });
    const request = () =>
      new Request(`http://127.0.0.1${WIRE_PATHS.strengthCheck}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ password: 'pw' }),
      });
    const unreachable = await down(request());
    const text = await unreachable.text();
    answers.push({ text, headers: '' });
    expect(unreachable.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ status_code: 502, error_type: 'upstream_unreachable' });

    const silent = await listen(() => undefined);
    try {
      const slow = createResetProxy({ projectId, secret, baseUrl: silent.url, allowedRedirectUrls: [], timeoutMs: 100 });
      const timeout = await slow(request());
      expect(timeout.status).toBe(504);
      expect(await timeout.json()).toMatchObject({ error_type: 'upstream_timeout' });
    } finally {
      await silent.close();
    }
  });
});

describe('createResetProxy refusals never reach Stytch', () => {
  async function refused(
    path: string,
    body: unknown,
    status: number,
    errorType: string,
    init?: { headers?: Record<string, string>; method?: string; raw?: string },
  ) {
    const answer = await post(path, body, init);
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ status_code: status, error_type: errorType });
    expect(answer.json.error_message).toEqual(expect.any(String));
    expect(answer.json.request_id).toMatch(/^resetkit-proxy-/);
    expect(upstream).toEqual([]);
    return answer;
  }

  it.each([
    '/api/reset/v1/b2b/organizations/search',
    '/api/reset/v1/b2b/passwords/authenticate',
    '/api/reset/v1/b2b/passwords/email/reset/start/',
    '/api/reset/v1/b2b/passwords/email/reset/start/../../../organizations/search',
    '/api/reset/v1/b2b/passwords/%2e%2e/organizations/members',
    `${WIRE_PATHS.resetByEmailStart}`,
    `/other${WIRE_PATHS.resetByEmailStart}`,
  ])('refuses the path %s', async (path) => {
    await refused(path, start, 404, 'endpoint_not_found');
  });

  it('refuses other methods', async () => {
    const answer = await refused(`/api/reset${WIRE_PATHS.resetByEmailStart}`, null, 405, 'method_not_allowed', {
      method: 'GET',
    });
    expect(answer.headers.get('allow')).toBe('POST');
  });

  // Every redirect bypass, this suite's first ones included, is in attack-redirects.test.ts.
  it('checks the login and discovery redirect URLs too', async () => {
    await refused(
      `/api/reset${WIRE_PATHS.resetByEmailStart}`,
      { ...start, login_redirect_url: 'https://evil.example/login' },
      400,
      'invalid_password_reset_redirect_url',
    );
    await refused(
      `/api/reset${WIRE_PATHS.discoveryResetByEmailStart}`,
      { email_address: 'ada@example.com', discovery_redirect_url: 'https://app.example.com/discover' },
      400,
      'invalid_password_reset_redirect_url',
    );
    const allowed = await post(`/api/reset${WIRE_PATHS.discoveryResetByEmailStart}`, {
      email_address: 'ada@example.com',
      discovery_redirect_url: 'https://app.example.com/discover/organizations?x=1',
      reset_password_redirect_url: 'https://app.example.com/reset/step-2',
    });
    expect(allowed.status).toBe(200);
  });

  it('refuses a foreign Origin and "null"', async () => {
    for (const origin of ['https://evil.example', 'null', 'https://app.example.com:444']) {
      await refused(`/api/reset${WIRE_PATHS.resetByEmailStart}`, start, 403, 'origin_not_allowed', {
        headers: { origin },
      });
    }
  });

  it('refuses an oversized body, declared or streamed', async () => {
    const big = { ...start, locale: 'x'.repeat(4000) };
    await refused(`/api/reset${WIRE_PATHS.resetByEmailStart}`, big, 413, 'request_too_large');

    // Chunked, so no Content-Length warns the proxy in advance.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${proxy.url}/api/reset${WIRE_PATHS.resetByEmailStart}`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => {
            answers.push({ text, headers: JSON.stringify(res.headers) });
            resolve(res.statusCode ?? 0);
          });
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i += 1) req.write(`${' '.repeat(1000)}`);
      req.end('{}');
    });
    expect(status).toBe(413);
    expect(upstream).toEqual([]);
  });

  it.each([
    ['malformed JSON', '{"email_address": "ada@example.com",'],
    ['an array', '[]'],
    ['a string', '"hello"'],
    ['an empty body', ''],
  ])('refuses %s', async (_name, raw) => {
    await refused(`/api/reset${WIRE_PATHS.resetByEmailStart}`, null, 400, 'invalid_json', { raw });
  });

  it('refuses a body that is not declared as JSON', async () => {
    await refused(`/api/reset${WIRE_PATHS.resetByEmailStart}`, start, 415, 'unsupported_media_type', {
      headers: { 'content-type': 'text/plain' },
    });
  });

  it('refuses fields the endpoint does not have, naming them without their values', async () => {
    const answer = await refused(
      `/api/reset${WIRE_PATHS.resetByEmailStart}`,
      { ...start, trusted_metadata: { role: 'admin' }, password: 'hunter2-secret' },
      400,
      'unknown_field',
    );
    expect(answer.json.error_message).toContain('trusted_metadata');
    expect(JSON.stringify(answer.json)).not.toContain('hunter2');
  });
});

describe('createResetProxy configuration', () => {
  it('refuses an allow-list entry that is not an absolute http(s) URL', () => {
    expect(() => createResetProxy({ projectId, secret, allowedRedirectUrls: ['/reset'] })).toThrow(TypeError);
    expect(() => createResetProxy({ projectId, secret, allowedRedirectUrls: ['ftp://x.example/'] })).toThrow(TypeError);
    expect(() => createResetProxy({ projectId, secret: '', allowedRedirectUrls: [] })).toThrow(TypeError);
  });

  it("defaults to Stytch's test or live API by the project id, and to the proxy's own origin", async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(String(input));
      return Response.json({ status_code: 200 });
    };
    const body = JSON.stringify({ password: 'pw' });
    const init = (origin?: string): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
      body,
    });
    const test = createResetProxy({ projectId, secret, allowedRedirectUrls: [], fetch: fakeFetch });
    const live = createResetProxy({ projectId: 'project-live-1', secret, allowedRedirectUrls: [], fetch: fakeFetch });
    expect((await test(new Request(`https://app.example.com${WIRE_PATHS.strengthCheck}`, init('https://app.example.com')))).status).toBe(200);
    expect((await live(new Request(`https://app.example.com${WIRE_PATHS.strengthCheck}`, init()))).status).toBe(200);
    expect((await live(new Request(`https://app.example.com${WIRE_PATHS.strengthCheck}`, init('https://other.example')))).status).toBe(403);
    expect(seen).toEqual([
      `https://test.stytch.com${WIRE_PATHS.strengthCheck}`,
      `https://api.stytch.com${WIRE_PATHS.strengthCheck}`,
    ]);
  });
});

describe('createResetProxy in front of the Stytch emulator', () => {
  let emulator: StytchEmulator;
  let front: LoopbackServer;

  beforeAll(async () => {
    emulator = await startStytchEmulator({ memory: emulatorSeed });
    front = await listen(
      createNodeListener(
        createResetProxy({
          projectId: emulator.projectId,
          secret: emulator.secret,
          baseUrl: emulator.url,
          allowedRedirectUrls: ['https://app.example.com/reset'],
          maxBodyBytes: 1024,
          startAnswerMs: 200,
        }),
      ),
    );
  });
  afterAll(async () => {
    await front.close();
    await emulator.close();
  });
  beforeEach(() => {
    emulator.hits.length = 0;
    emulator.memory.outbox.clear();
  });

  async function send(path: string, raw: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${front.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: raw,
    });
    const text = await response.text();
    answers.push({ text, headers: JSON.stringify([...response.headers]) });
    return { status: response.status, json: JSON.parse(text) as Record<string, unknown> };
  }

  const member = emulatorFixture.member;
  const valid = {
    organization_id: member.organizationId,
    email_address: member.emailAddress,
    reset_password_redirect_url: 'https://app.example.com/reset',
  };

  it('forwards a valid call with the secret, which the emulator checks', async () => {
    const answer = await send(WIRE_PATHS.resetByEmailStart, JSON.stringify(valid));
    expect(answer).toMatchObject({ status: 200, json: { status_code: 200 } });
    expect(emulator.hits).toEqual([{ method: 'POST', path: WIRE_PATHS.resetByEmailStart }]);
    expect(emulator.memory.outbox.latest(member.emailAddress)?.link).toMatch(/^https:\/\/app\.example\.com\/reset\?token=/);
  });

  it.each([
    ['a path outside the list', '/v1/b2b/organizations/search', JSON.stringify({}), {}, 404, 'endpoint_not_found'],
    [
      'a foreign redirect URL',
      WIRE_PATHS.resetByEmailStart,
      JSON.stringify({ ...valid, reset_password_redirect_url: 'https://evil.example/reset' }),
      {},
      400,
      'invalid_password_reset_redirect_url',
    ],
    ['a wrong Origin', WIRE_PATHS.resetByEmailStart, JSON.stringify(valid), { origin: 'https://evil.example' }, 403, 'origin_not_allowed'],
    [
      'an oversized body',
      WIRE_PATHS.resetByEmailStart,
      JSON.stringify({ ...valid, locale: 'x'.repeat(2000) }),
      {},
      413,
      'request_too_large',
    ],
    ['malformed JSON', WIRE_PATHS.resetByEmailStart, '{"organization_id":', {}, 400, 'invalid_json'],
  ] as const)('refuses %s with a JSON error, and the emulator never sees it', async (_name, path, raw, headers, status, errorType) => {
    const answer = await send(path, raw, headers);
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ status_code: status, error_type: errorType, error_message: expect.any(String) });
    expect(emulator.hits).toEqual([]);
    expect(emulator.memory.outbox.list()).toHaveLength(0);
  });

  it("passes Stytch's own refusal of a wrong secret through, without echoing the secret", async () => {
    const wrongSecret = 'secret-test-wrong-7d1e';
    const wrong = createResetProxy({
      projectId: emulator.projectId,
      secret: wrongSecret,
      baseUrl: emulator.url,
      allowedRedirectUrls: [],
    });
    const response = await wrong(
      new Request(`http://127.0.0.1${WIRE_PATHS.strengthCheck}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ password: 'pw' }),
      }),
    );
    const text = await response.text();
    expect(response.status).toBe(401);
    expect(JSON.parse(text)).toMatchObject({ error_type: 'unauthorized_credentials' });
    expect(text).not.toContain(wrongSecret);
    expect(emulator.hits).toEqual([{ method: 'POST', path: WIRE_PATHS.strengthCheck }]);
  });

  it('lets the HTTP adapter read a refusal as a ResetError', async () => {
    const adapter = createHttpAdapter({ baseUrl: front.url });
    await expect(
      adapter.resetByEmailStart({
        organizationId: member.organizationId,
        emailAddress: member.emailAddress,
        resetPasswordRedirectUrl: 'https://evil.example/reset',
      }),
    ).rejects.toMatchObject({ code: 'configuration', status: 400, errorType: 'invalid_password_reset_redirect_url' });
    expect(emulator.hits).toEqual([]);
  });
});
