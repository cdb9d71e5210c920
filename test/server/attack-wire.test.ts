// Attacks on the wire itself, against the BUILT resetkit/server over loopback: request targets
// that pick another origin, methods Fetch cannot carry, trickled and deeply nested bodies, and
// upstream answers that are not JSON. Every answer is JSON with nosniff and without the secret.
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WIRE_PATHS } from '../../src/adapters/http/wire.js';
import type { LoopbackServer } from '../emulator/loopback.js';
import { APP, endpoint, parseRaw, post, rawRequest, secret, startHarness, type Answer, type Harness } from './support.js';

let h: Harness;
let proxy: LoopbackServer;
const seen: { status: number; headers: string; text: string }[] = [];
const strength = endpoint(WIRE_PATHS.strengthCheck);

beforeAll(async () => {
  h = await startHarness();
  proxy = await h.mount({ bodyTimeoutMs: 300 });
});
afterAll(async () => {
  await h.close();
  expect(seen.length).toBeGreaterThan(15);
  for (const answer of seen) {
    expect(answer.headers, answer.text).toContain('x-content-type-options: nosniff');
    expect(answer.headers).toMatch(/content-type: application\/json|^http\/1\.1 204/);
    expect(answer.text + answer.headers).not.toContain(secret);
    expect(answer.status).not.toBe(500);
  }
});
beforeEach(() => h.stytch.reset());

async function call(path: string, body: unknown, init?: Parameters<typeof post>[3]): Promise<Answer> {
  const answer = await post(proxy.url, path, body, init);
  seen.push({
    status: answer.status,
    text: answer.text,
    headers: [...answer.headers].map(([name, value]) => `${name}: ${value}`).join('\n') + (answer.status === 204 ? '\nHTTP/1.1 204' : ''),
  });
  return answer;
}

async function raw(bytes: string, port = proxy.port) {
  const answer = parseRaw(await rawRequest(port, bytes));
  seen.push({ status: answer.status, text: JSON.stringify(answer.json), headers: answer.head.replaceAll('\r\n', '\n') });
  return answer;
}

const request = (target: string, headers: string[], body = '{"password":"pw"}') =>
  [`POST ${target} HTTP/1.1`, ...headers, 'content-type: application/json', `content-length: ${Buffer.byteLength(body)}`, 'connection: close', '', body].join('\r\n');

describe('the Node listener builds the URL from the origin and the path only', () => {
  it.each([
    ['an absolute-form target', `http://evil.example${strength}`],
    ['an absolute-form target naming the real host', `http://127.0.0.1${strength}`],
    ['a // target', `//evil.example${strength}`],
    ['a backslash target', `/\\evil.example${strength}`],
    ['a backslash inside the path', `${strength}\\..\\x`],
  ])('refuses %s before the handler, with a JSON 400', async (_name, target) => {
    const answer = await raw(request(target, ['host: evil.example', 'origin: http://evil.example']));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ status_code: 400, error_type: 'invalid_request_target' });
    expect(h.stytch.calls).toEqual([]);
  });

  it('refuses a Host header that is not a host name when no origin is configured', async () => {
    const answer = await raw(request(strength, ['host: evil.example/x@y', `origin: ${APP}`]));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error_type: 'invalid_host' });
    expect(h.stytch.calls).toEqual([]);
  });

  it('compares Origin with the configured origin, whatever Host says', async () => {
    const pinned = await h.mount({ allowedOrigins: [] }, { origin: APP });
    const evil = await raw(request(strength, ['host: evil.example', 'origin: http://evil.example']), pinned.port);
    expect(evil.status).toBe(403);
    expect(evil.json).toMatchObject({ error_type: 'origin_not_allowed' });
    expect(h.stytch.calls).toEqual([]);

    const own = await raw(request(`${strength}?ignored=1`, ['host: evil.example', `origin: ${APP}`]), pinned.port);
    expect(own.status).toBe(200);
    expect(h.stytch.calls).toEqual([expect.objectContaining({ path: WIRE_PATHS.strengthCheck, body: { password: 'pw' } })]);
  });

  it('answers TRACE with a JSON 405 instead of throwing', async () => {
    const answer = await raw(`TRACE ${strength} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`);
    expect(answer.status).toBe(405);
    expect(answer.json).toMatchObject({ error_type: 'method_not_allowed' });
    expect(h.stytch.calls).toEqual([]);
  });
});

describe('bodies', () => {
  it('answers a trickled body 408 at the body deadline and closes the socket', async () => {
    const outcome = await new Promise<{ text: string; writesAfterAnswer: number }>((resolve) => {
      const socket = connect(proxy.port, '127.0.0.1');
      let text = '';
      let writesAfterAnswer = 0;
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(trickle);
        resolve({ text, writesAfterAnswer });
      });
      socket.write(
        `POST ${strength} HTTP/1.1\r\nhost: 127.0.0.1\r\norigin: ${APP}\r\ncontent-type: application/json\r\ncontent-length: 10000\r\n\r\n{`,
      );
      // One byte every 50 ms: never idle long enough for a socket timeout, never finished.
      const trickle = setInterval(() => {
        if (text !== '') writesAfterAnswer += 1;
        socket.write(' ');
      }, 50);
    });
    const answer = parseRaw(outcome.text);
    seen.push({ status: answer.status, text: JSON.stringify(answer.json), headers: answer.head.replaceAll('\r\n', '\n') });
    expect(answer.status).toBe(408);
    expect(answer.json).toMatchObject({ status_code: 408, error_type: 'request_timeout' });
    expect(answer.head).toContain('connection: close');
    // Cut right after the answer, not left open until the trickle ends.
    expect(outcome.writesAfterAnswer).toBeLessThan(5);
    expect(h.stytch.calls).toEqual([]);
  });

  it.each([40, 8000])('refuses JSON nested %i deep with a 400, never a 500', async (depth) => {
    const raw = `{"password":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const answer = await call(strength, null, { raw });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error_type: 'invalid_json' });
    expect(h.stytch.calls).toEqual([]);
  });

  it('refuses a body that is not UTF-8', async () => {
    const response = await fetch(`${proxy.url}${strength}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: APP },
      body: Buffer.from('{"password":"\xff\xfe"}', 'latin1'),
    });
    const text = await response.text();
    seen.push({ status: response.status, text, headers: [...response.headers].map(([n, v]) => `${n}: ${v}`).join('\n') });
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error_type: 'invalid_json' });
    expect(h.stytch.calls).toEqual([]);
  });
});

describe("Stytch's answers reach the browser only as JSON", () => {
  it('maps an HTML 502 naming an internal host to a fixed JSON 502', async () => {
    h.stytch.answer = (_call, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>upstream stytch-internal-10.0.3.7:8443 failed</body></html>');
    };
    const answer = await call(strength, { password: 'pw' });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.json).toMatchObject({ status_code: 502, error_type: 'upstream_invalid_answer' });
    expect(answer.text).not.toContain('internal');
    expect(h.stytch.calls).toHaveLength(1);
  });

  it.each([
    ['a 204', 204, 'application/json', ''],
    ['a text/plain 200', 200, 'text/plain', '{"status_code":200}'],
    ['a JSON array', 200, 'application/json', '[1,2]'],
    ['truncated JSON', 200, 'application/json', '{"status_code":'],
    ['JSON sniffable as HTML', 200, 'text/html', '{"x":"<script>alert(1)</script>"}'],
  ])('maps %s from Stytch to a JSON 502', async (_name, status, type, body) => {
    h.stytch.answer = (_call, res) => {
      res.writeHead(status, { 'content-type': type });
      res.end(status === 204 ? undefined : body);
    };
    const answer = await call(strength, { password: 'pw' });
    expect(answer.status).toBe(502);
    expect(answer.json).toMatchObject({ error_type: 'upstream_invalid_answer' });
    expect(answer.text).not.toContain('script');
  });

  it('caps the size of the answer it reads from Stytch', async () => {
    h.stytch.answer = (_call, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status_code: 200, padding: 'x'.repeat(1_200_000) }));
    };
    const answer = await call(strength, { password: 'pw' });
    expect(answer.status).toBe(502);
    expect(answer.json).toMatchObject({ error_type: 'upstream_answer_too_large' });
    expect(answer.text.length).toBeLessThan(1000);
  });

  it('passes a JSON answer on with nosniff and no-store, and none of its other headers', async () => {
    h.stytch.answer = (_call, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'set-cookie': 'stytch=1', 'x-internal-host': '10.0.3.7' });
      res.end(JSON.stringify({ status_code: 200, valid_password: true }));
    };
    const answer = await call(strength, { password: 'pw' });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ status_code: 200, valid_password: true });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(answer.headers.get('x-internal-host')).toBeNull();
  });

  it('puts nosniff on refusals and preflights too', async () => {
    await call('/api/reset/v1/b2b/organizations/search', {});
    await call(strength, null, { method: 'GET' });
    await call(strength, {}, { headers: { origin: 'https://evil.example' } });
    const preflight = await fetch(`${proxy.url}${strength}`, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST' },
    });
    await preflight.arrayBuffer();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('x-content-type-options')).toBe('nosniff');
    expect(h.stytch.calls).toEqual([]);
  });
});
