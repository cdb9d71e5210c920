// Abuse at volume against the BUILT resetkit/server: bursts of link requests for one address
// (email bombing), from one client, password guessing, strength checks, a forged X-Forwarded-For,
// a host's own policy hook, and one count shared by two proxy instances through a real
// redis-server.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WIRE_PATHS } from '../../src/adapters/http/wire.js';
import type { ResetProxyContext } from '../../src/server/index.js';
import { endpoint, post, startHarness, startRedisServer, type Answer, type Harness, type RedisServer } from './support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.stytch.reset());

const startPath = endpoint(WIRE_PATHS.resetByEmailStart);
const start = (email: string) => ({ organization_id: 'organization-test-1', email_address: email });
const burst = (count: number, send: (i: number) => Promise<Answer>) => Promise.all(Array.from({ length: count }, (_, i) => send(i)));
const statuses = (answers: Answer[]) => answers.map((answer) => answer.status).sort();

function expectTooManyRequests(answer: Answer, windowSeconds: number) {
  expect(answer.status).toBe(429);
  // Stytch's error shape, so the UI's countdown reads it like Stytch's own 429.
  expect(Object.keys(answer.json).sort()).toEqual(['error_message', 'error_type', 'error_url', 'request_id', 'status_code']);
  expect(answer.json).toMatchObject({ status_code: 429, error_type: 'too_many_requests' });
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe('in-memory limits', () => {
  it('lets 5 of a burst of 50 link requests for one address reach Stytch, whatever the spelling or endpoint', async () => {
    // Every request from a different client address, so only the per-email limit applies.
    const proxy = await h.mount({ clientAddress: (request) => request.headers.get('x-test-client') ?? undefined });
    const spellings = ['ada@example.com', 'ADA@Example.com', ' ada@example.com '];
    const answers = await burst(50, (i) =>
      i % 2 === 0
        ? post(proxy.url, startPath, start(spellings[i % 3]!), { headers: { 'x-test-client': `10.0.0.${i}` } })
        : post(proxy.url, endpoint(WIRE_PATHS.discoveryResetByEmailStart), { email_address: spellings[i % 3] }, {
            headers: { 'x-test-client': `10.0.0.${i}` },
          }),
    );
    expect(h.stytch.calls).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    for (const answer of answers.filter((answer) => answer.status !== 200)) expectTooManyRequests(answer, 900);
    // Another address is not affected.
    expect((await post(proxy.url, startPath, start('grace@example.com'), { headers: { 'x-test-client': '10.0.1.1' } })).status).toBe(200);
  });

  it('limits one client to 20 link requests, ignoring a forged X-Forwarded-For by default', async () => {
    const proxy = await h.mount();
    const answers = await burst(25, (i) => post(proxy.url, startPath, start(`member-${i}@example.com`), { headers: { 'x-forwarded-for': `203.0.113.${i}` } }));
    expect(statuses(answers)).toEqual([...Array(20).fill(200), ...Array(5).fill(429)]);
    expect(h.stytch.calls).toHaveLength(20);
  });

  it('reads the address a trusted reverse proxy appended, not what the client wrote before it', async () => {
    const proxy = await h.mount({ clientAddress: h.server.forwardedForAddress(1) });
    // The client forges the left part; the trusted proxy appended the last entry.
    const forged = await burst(22, (i) =>
      post(proxy.url, startPath, start(`forged-${i}@example.com`), { headers: { 'x-forwarded-for': `198.51.100.${i}, 192.0.2.7` } }),
    );
    expect(statuses(forged)).toEqual([...Array(20).fill(200), ...Array(2).fill(429)]);
    h.stytch.reset();
    const distinct = await burst(22, (i) =>
      post(proxy.url, startPath, start(`client-${i}@example.com`), { headers: { 'x-forwarded-for': `192.0.2.${100 + i}` } }),
    );
    expect(statuses(distinct)).toEqual(Array(22).fill(200));
    expect(h.stytch.calls).toHaveLength(22);
  });

  it('limits existing-password attempts per client to 10', async () => {
    const proxy = await h.mount();
    const answers = await burst(12, (i) =>
      post(proxy.url, endpoint(WIRE_PATHS.resetByExistingPassword), {
        organization_id: 'organization-test-1',
        email_address: `target-${i % 3}@example.com`,
        existing_password: `guess-${i}`,
        new_password: 'a new long password 1',
      }),
    );
    expect(h.stytch.calls).toHaveLength(10);
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited).toHaveLength(2);
    for (const answer of limited) expectTooManyRequests(answer, 900);
  });

  it('limits strength checks (a breach-lookup oracle on the project quota) per client to 100', async () => {
    const proxy = await h.mount();
    const answers = await burst(105, (i) => post(proxy.url, endpoint(WIRE_PATHS.strengthCheck), { password: `candidate password ${i}` }));
    expect(h.stytch.calls).toHaveLength(100);
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited).toHaveLength(5);
    for (const answer of limited) expectTooManyRequests(answer, 900);
  });

  it('takes its own rules, and can be switched off', async () => {
    const strict = await h.mount({ rateLimit: { startsPerEmail: { points: 1, durationSeconds: 30 } } });
    const [first, second] = [await post(strict.url, startPath, start('ada@example.com')), await post(strict.url, startPath, start('ada@example.com'))];
    expect(first!.status).toBe(200);
    expectTooManyRequests(second!, 30);
    h.stytch.reset();
    const off = await h.mount({ rateLimit: false });
    expect(statuses(await burst(8, () => post(off.url, startPath, start('ada@example.com'))))).toEqual(Array(8).fill(200));
    expect(h.stytch.calls).toHaveLength(8);
  });
});

describe('beforeForward', () => {
  it("refuses with the host's own answer before Stytch, after the checks and limits", async () => {
    const contexts: ResetProxyContext[] = [];
    const proxy = await h.mount({
      beforeForward: (context) => {
        contexts.push(context);
        if (context.request.headers.get('x-captcha') === 'solved') return undefined;
        return { status: 403, errorType: 'captcha_required', message: 'Solve the captcha first.' };
      },
    });
    const body = { ...start('ada@example.com'), reset_password_redirect_url: 'HTTPS://app.example.com/reset' };
    const refused = await post(proxy.url, startPath, body);
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ status_code: 403, error_type: 'captcha_required', error_message: 'Solve the captcha first.' });
    expect(h.stytch.calls).toEqual([]);

    const allowed = await post(proxy.url, startPath, body, { headers: { 'x-captcha': 'solved' } });
    expect(allowed.status).toBe(200);
    expect(h.stytch.calls).toHaveLength(1);
    // The hook sees the request as it will be forwarded: canonical URL, client address.
    expect(contexts[1]).toMatchObject({
      operation: 'resetByEmailStart',
      clientAddress: '127.0.0.1',
      fields: { ...start('ada@example.com'), reset_password_redirect_url: 'https://app.example.com/reset' },
    });
    // Never asked for a request the proxy refused itself.
    await post(proxy.url, startPath, { ...body, reset_password_redirect_url: 'https://evil.example/reset' });
    expect(contexts).toHaveLength(2);
  });
});

describe('beforeForward misused', () => {
  it('never lets a hook answer a "refusal" that reads as success', async () => {
    const proxy = await h.mount({ beforeForward: () => ({ status: 200, errorType: 'ok', message: 'Sent!' }) });
    const answer = await post(proxy.url, startPath, start('ada@example.com'));
    expect(answer.status).toBe(500);
    expect(answer.json).toMatchObject({ error_type: 'internal_error' });
    expect(h.stytch.calls).toEqual([]);
  });
});

describe('Redis-backed limits', () => {
  let redis: RedisServer;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()));
    await redis.stop();
  });
  const connectRedis = () => {
    const client = new Redis({ host: '127.0.0.1', port: redis.port, lazyConnect: false, maxRetriesPerRequest: 1 });
    clients.push(client);
    return client;
  };

  it('shares one count between two proxy instances, and keeps no address in Redis', async () => {
    const rateLimit = { startsPerEmail: { points: 3, durationSeconds: 60 }, keyPrefix: 'resetkit-test' };
    const [one, two] = [connectRedis(), connectRedis()];
    await Promise.all([one.ping(), two.ping()]);
    const first = await h.mount({ rateLimit: { ...rateLimit, redis: one } });
    const second = await h.mount({ rateLimit: { ...rateLimit, redis: two } });

    const answers: Answer[] = [];
    for (let i = 0; i < 6; i += 1) answers.push(await post((i % 2 === 0 ? first : second).url, startPath, start('ada@example.com')));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429, 429, 429]);
    for (const answer of answers.slice(3)) expectTooManyRequests(answer, 60);
    expect(h.stytch.calls).toHaveLength(3);

    const keys = await one.keys('resetkit-test*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain('ada');
    expect(keys.join(' ')).toContain('startsPerEmail');
  });
});
