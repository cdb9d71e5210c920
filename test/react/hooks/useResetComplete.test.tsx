import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { DEMO_PASSWORD } from '../../../src/adapters/memory/index.js';
import { type UseResetCompleteOptions, useResetComplete } from '../../../src/react/index.js';
import { STRONG_PASSWORD, memoryAdapter, providerWrapper } from '../harness.js';

const ACME = 'organization-demo-acme';
const GLOBEX = 'organization-demo-globex';

async function emailedToken(adapter: MemoryAdapter, emailAddress: string, organizationId = ACME) {
  await adapter.resetByEmailStart({ organizationId, emailAddress });
  return adapter.outbox.latest(emailAddress)!.token;
}

function render(adapter: MemoryAdapter, options: UseResetCompleteOptions) {
  return renderHook((props: UseResetCompleteOptions) => useResetComplete(props), {
    initialProps: options,
    wrapper: providerWrapper({ adapter, locale: 'en' }),
  });
}

describe('useResetComplete, by emailed token', () => {
  it('saves the password and signs the member in: idle -> submitting -> success, onSuccess once', async () => {
    const adapter = memoryAdapter({ latencyMs: 10 });
    const token = await emailedToken(adapter, 'ada@acme.test');
    const onSuccess = vi.fn();
    const { result } = render(adapter, { method: 'email', token, onSuccess });
    expect(result.current.status).toBe('idle');
    act(() => result.current.submit({ password: STRONG_PASSWORD }));
    expect(result.current.status).toBe('submitting');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.result).toMatchObject({ memberId: 'member-demo-ada', memberAuthenticated: true });
    expect(result.current.result?.sessionToken).toEqual(expect.any(String));
    expect(result.current.submitted).toBeNull();
    expect(onSuccess).toHaveBeenCalledTimes(1);
    // A later submit after success does nothing.
    act(() => result.current.submit({ password: STRONG_PASSWORD }));
    expect(result.current.status).toBe('success');
  });

  it('never sends a password the policy refuses', async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter, 'ada@acme.test');
    const spy = vi.spyOn(adapter, 'resetByEmail');
    const { result } = render(adapter, { method: 'email', token });
    act(() => result.current.submit({ password: 'password1' }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'weak_password', field: 'password' });
    expect(result.current.submitted).toEqual({ password: 'password1' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('reports a used link as token_invalid and an expired one as token_expired', async () => {
    let now = Date.now();
    const adapter = memoryAdapter({ now: () => now });
    const used = await emailedToken(adapter, 'ada@acme.test');
    await adapter.resetByEmail({ passwordResetToken: used, password: STRONG_PASSWORD });
    const first = render(adapter, { method: 'email', token: used });
    act(() => first.result.current.submit({ password: `${STRONG_PASSWORD}!` }));
    await waitFor(() => expect(first.result.current.status).toBe('error'));
    expect(first.result.current.error?.code).toBe('token_invalid');
    expect(first.result.current.errorMessage).toBe('This reset link is not valid or was already used. Ask for a new one.');

    const expiring = await emailedToken(adapter, 'ada@acme.test');
    now += 31 * 60_000;
    const second = render(adapter, { method: 'email', token: expiring });
    act(() => second.result.current.submit({ password: `${STRONG_PASSWORD}?` }));
    await waitFor(() => expect(second.result.current.status).toBe('error'));
    expect(second.result.current.error?.code).toBe('token_expired');
  });

  it('needs a token', async () => {
    const adapter = memoryAdapter();
    const { result } = render(adapter, { method: 'email' });
    act(() => result.current.submit({ password: STRONG_PASSWORD }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('token_invalid');
  });

  it('hands off to MFA where the organization requires it: mfa_required, onMfaRequired once', async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter, 'max@globex.test', GLOBEX);
    const onSuccess = vi.fn();
    const onMfaRequired = vi.fn();
    const { result } = render(adapter, { method: 'email', token, onSuccess, onMfaRequired });
    act(() => result.current.submit({ password: STRONG_PASSWORD }));
    await waitFor(() => expect(result.current.status).toBe('mfa_required'));
    expect(result.current.result).toMatchObject({ memberAuthenticated: false, intermediateSessionToken: expect.any(String) });
    expect(result.current.result?.sessionToken).toBeUndefined();
    expect(onMfaRequired).toHaveBeenCalledTimes(1);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('sends one request for a double submit, and aborts it on unmount', async () => {
    const adapter = memoryAdapter({ latencyMs: 300 });
    const token = await emailedToken(adapter, 'ada@acme.test');
    const spy = vi.spyOn(adapter, 'resetByEmail');
    const { result, unmount } = render(adapter, { method: 'email', token });
    act(() => {
      result.current.submit({ password: STRONG_PASSWORD });
      result.current.submit({ password: STRONG_PASSWORD });
    });
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    const signal = spy.mock.calls[0]![1]!.signal!;
    unmount();
    expect(signal.aborted).toBe(true);
    await expect(spy.mock.results[0]!.value).rejects.toMatchObject({ code: 'aborted' });
  });

  it('reset() after an error returns to idle and keeps what was submitted', async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter, 'ada@acme.test');
    adapter.failNext('server');
    const { result } = render(adapter, { method: 'email', token });
    act(() => result.current.submit({ password: STRONG_PASSWORD }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    act(() => result.current.reset());
    expect(result.current.status).toBe('idle');
    expect(result.current.submitted).toEqual({ password: STRONG_PASSWORD });
  });
});

describe('useResetComplete, by session', () => {
  it('resets with a fresh session', async () => {
    const adapter = memoryAdapter();
    const { sessionToken } = adapter.createSession('member-demo-ada');
    const { result } = render(adapter, { method: 'session', organizationId: ACME, sessionToken });
    act(() => result.current.submit({ password: STRONG_PASSWORD }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.result?.memberId).toBe('member-demo-ada');
  });

  it('asks to sign in again when the factor is older than 5 minutes', async () => {
    const adapter = memoryAdapter();
    const { sessionToken } = adapter.createSession('member-demo-ada', { factorAgeMinutes: 6 });
    const { result } = render(adapter, { method: 'session', organizationId: ACME, sessionToken });
    act(() => result.current.submit({ password: STRONG_PASSWORD }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('session_too_old');
    expect(result.current.errorMessage).toBe('For your security, sign in again before you change your password.');
  });
});

describe('useResetComplete, with the existing password', () => {
  it('replaces a known password', async () => {
    const adapter = memoryAdapter();
    const { result } = render(adapter, { method: 'existingPassword', organizationId: ACME });
    act(() =>
      result.current.submit({ emailAddress: 'ada@acme.test', existingPassword: DEMO_PASSWORD, password: STRONG_PASSWORD }),
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
  });

  it('refuses a wrong current password and keeps all three fields', async () => {
    const adapter = memoryAdapter();
    const { result } = render(adapter, { method: 'existingPassword', organizationId: ACME });
    const typed = { emailAddress: 'ada@acme.test', existingPassword: 'not-it', password: STRONG_PASSWORD };
    act(() => result.current.submit(typed));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('unauthorized_credentials');
    expect(result.current.submitted).toEqual(typed);
  });

  it('refuses a malformed address before calling the backend', async () => {
    const adapter = memoryAdapter();
    const spy = vi.spyOn(adapter, 'resetByExistingPassword');
    const { result } = render(adapter, { method: 'existingPassword', organizationId: ACME });
    act(() => result.current.submit({ emailAddress: 'ada', existingPassword: DEMO_PASSWORD, password: STRONG_PASSWORD }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'invalid_email', field: 'emailAddress' });
    expect(spy).not.toHaveBeenCalled();
  });
});
