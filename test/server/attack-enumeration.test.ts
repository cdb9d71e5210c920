// Account enumeration through the BUILT resetkit/server: both start endpoints answer a known and
// an unknown address alike (status, body, time), and existing_password/reset answers an unknown
// member like a wrong password. The fake Stytch answers as Stytch does, echoing the address.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WIRE_PATHS } from '../../src/adapters/http/wire.js';
import { sendJson } from '../emulator/loopback.js';
import { endpoint, memberAnswer, post, startHarness, type Answer, type Harness, type UpstreamCall } from './support.js';

const KNOWN = 'ada@example.com';
const UNKNOWN = 'nobody-here@example.com';
const NO_PASSWORD = 'new-hire@example.com';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => {
  h.stytch.reset();
  h.stytch.answer = stytchLike;
});

function stytchError(res: ServerResponse, status: number, errorType: string, message: string) {
  sendJson(res, status, {
    status_code: status,
    request_id: `request-id-${errorType}`,
    error_type: errorType,
    error_message: message,
    error_url: `https://stytch.com/docs/api/errors/${status}#${errorType}`,
  });
}

/** Stytch as an attacker meets it: a different answer for an unknown member, naming the address. */
function stytchLike(call: UpstreamCall, res: ServerResponse) {
  const email = String(call.body.email_address);
  if (call.body.organization_id === 'organization-test-nope') return stytchError(res, 404, 'organization_not_found', 'No such organization.');
  if (email === UNKNOWN) return stytchError(res, 404, 'member_not_found', `Member with email ${email} not found.`);
  if (call.path === WIRE_PATHS.resetByExistingPassword) {
    if (email === NO_PASSWORD) return stytchError(res, 404, 'member_password_not_found', `${email} has no password.`);
    return stytchError(res, 401, 'unauthorized_credentials', 'Unauthorized credentials.');
  }
  return memberAnswer(call, res);
}

/** The answer without its request id: what must be identical between two addresses. */
function shape(answer: Answer) {
  const { request_id: requestId, ...rest } = answer.json;
  expect(requestId).toMatch(/^resetkit-proxy-/);
  return { status: answer.status, body: rest, contentType: answer.headers.get('content-type') };
}

const STARTS = [
  ['resetByEmailStart', (email: string) => ({ organization_id: 'organization-test-1', email_address: email })],
  ['discoveryResetByEmailStart', (email: string) => ({ email_address: email })],
] as const;

describe('start endpoints', () => {
  it.each(STARTS)('%s answers a known and an unknown address with the same status and body', async (operation, body) => {
    const proxy = await h.mount();
    const known = await post(proxy.url, endpoint(WIRE_PATHS[operation]), body(KNOWN));
    const unknown = await post(proxy.url, endpoint(WIRE_PATHS[operation]), body(UNKNOWN));
    expect(shape(known)).toEqual({ status: 200, body: { status_code: 200 }, contentType: 'application/json' });
    expect(shape(unknown)).toEqual(shape(known));
    for (const answer of [known, unknown]) {
      expect(answer.text).not.toMatch(/example\.com|member/);
    }
    // Both were really asked of Stytch: the known member gets the email.
    expect(h.stytch.calls.map((call) => call.body.email_address)).toEqual([KNOWN, UNKNOWN]);
  });

  it.each(STARTS)('%s answers at its fixed time even when Stytch takes longer, and still forwards', async (operation, body) => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let stytchAnswered = false;
    h.stytch.answer = async (call, res) => {
      await held;
      stytchAnswered = true;
      stytchLike(call, res);
    };
    const proxy = await h.mount({ startAnswerMs: 150 });
    const answer = await post(proxy.url, endpoint(WIRE_PATHS[operation]), body(KNOWN));
    // The member's answer did not wait for Stytch: its time cannot depend on what Stytch does.
    expect(stytchAnswered).toBe(false);
    expect(shape(answer)).toEqual({ status: 200, body: { status_code: 200 }, contentType: 'application/json' });
    expect(h.stytch.calls).toHaveLength(1);
    release();
  });

  it('still reports what is not about the member, such as an unknown organization', async () => {
    const proxy = await h.mount();
    const answer = await post(proxy.url, endpoint(WIRE_PATHS.resetByEmailStart), {
      organization_id: 'organization-test-nope',
      email_address: UNKNOWN,
    });
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ error_type: 'organization_not_found' });
  });
});

describe('existing_password/reset', () => {
  it('answers an unknown member, a member without a password and a wrong password alike', async () => {
    const proxy = await h.mount({ startAnswerMs: 50 });
    const attempt = (email: string) =>
      post(proxy.url, endpoint(WIRE_PATHS.resetByExistingPassword), {
        organization_id: 'organization-test-1',
        email_address: email,
        existing_password: 'guess-1',
        new_password: 'a new long password 1',
      });
    const wrong = await attempt(KNOWN);
    const unknown = await attempt(UNKNOWN);
    const withoutPassword = await attempt(NO_PASSWORD);
    expect(shape(wrong)).toEqual({
      status: 401,
      body: {
        status_code: 401,
        error_type: 'unauthorized_credentials',
        error_message: 'The email address or the existing password is wrong.',
        error_url: '',
      },
      contentType: 'application/json',
    });
    expect(shape(unknown)).toEqual(shape(wrong));
    expect(shape(withoutPassword)).toEqual(shape(wrong));
    for (const answer of [wrong, unknown, withoutPassword]) expect(answer.text).not.toContain('example.com');
    expect(h.stytch.calls).toHaveLength(3);
  });
});
