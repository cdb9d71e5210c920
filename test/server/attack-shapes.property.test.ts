// Any request shape against any Stytch answer, on the BUILT resetkit/server's handler: the answer
// is always JSON with nosniff, never a 500 from the proxy's own code, and never Stytch's own
// non-JSON body or the secret.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_FIELDS, WIRE_PATHS } from '../../src/adapters/http/wire.js';
import { APP, loadBuiltServer, projectId, secret } from './support.js';

const server = await loadBuiltServer();
const wireNames = [...new Set(Object.values(REQUEST_FIELDS).flatMap((table) => Object.values(table as Record<string, string>)))];

const upstreamAnswer = fc.record({
  status: fc.constantFrom(200, 201, 204, 301, 400, 401, 404, 429, 500, 502, 503),
  type: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/html', 'text/plain', ''),
  body: fc.oneof(fc.json({ maxDepth: 4 }), fc.string(), fc.constant('<html>internal-host-10.0.0.1</html>')),
});

const requestBody = fc.oneof(
  // Mostly real field names, with any JSON value, so that requests get past the first checks.
  fc.dictionary(fc.oneof(fc.constantFrom(...wireNames), fc.string()), fc.jsonValue({ maxDepth: 5 }), { maxKeys: 6 }).map((value) => JSON.stringify(value)),
  fc.json({ maxDepth: 6 }),
  fc.string(),
);

describe('the proxy never answers with its own 500 or a non-JSON body', () => {
  it('holds for any body on any endpoint against any answer from Stytch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.values(WIRE_PATHS)), requestBody, upstreamAnswer, async (path, body, upstream) => {
        const handler = server.createResetProxy({
          projectId,
          secret,
          allowedRedirectUrls: [`${APP}/reset`],
          startAnswerMs: 0,
          rateLimit: false,
          fetch: async () =>
            new Response([101, 204, 205, 304].includes(upstream.status) ? null : upstream.body, {
              status: upstream.status,
              headers: upstream.type ? { 'content-type': upstream.type } : {},
            }),
        });
        const response = await handler(
          new Request(`${APP}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: APP }, body }),
        );
        const text = await response.text();
        // A 500 may only be Stytch's own, passed on; the proxy's code never fails with one.
        if (upstream.status !== 500) expect(response.status).not.toBe(500);
        expect(text).not.toContain('internal_error');
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(() => JSON.parse(text) as unknown).not.toThrow();
        expect(text).not.toContain('internal-host');
        expect(text).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });
});
