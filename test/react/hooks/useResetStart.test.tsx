import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useResetStart } from '../../../src/react/index.js';
import { eventually, memoryAdapter, providerWrapper } from '../harness.js';

const ACME = 'organization-demo-acme';

afterEach(() => {
  vi.useRealTimers();
});

describe('useResetStart', () => {
  it('goes idle -> submitting -> sent, and emails a link in the active locale', async () => {
    const adapter = memoryAdapter({ latencyMs: 20 });
    const onSent = vi.fn();
    const { result } = renderHook(() => useResetStart({ organizationId: ACME, onSent }), {
      wrapper: providerWrapper({ adapter, locale: 'fr' }),
    });
    expect(result.current.status).toBe('idle');

    act(() => result.current.submit('  ada@acme.test '));
    expect(result.current.status).toBe('submitting');
    expect(result.current.isPending).toBe(true);
    expect(result.current.email).toBe('ada@acme.test');

    await waitFor(() => expect(result.current.status).toBe('sent'));
    const email = adapter.outbox.latest('ada@acme.test');
    expect(email).toMatchObject({ template: 'reset_password', tokenType: 'multi_tenant_passwords', locale: 'fr' });
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(onSent).toHaveBeenCalledWith({ email: 'ada@acme.test' });
  });

  it('ends on the same sent state for an unknown address (no account enumeration)', async () => {
    const adapter = memoryAdapter();
    const spy = vi.spyOn(adapter, 'resetByEmailStart');
    const { result } = renderHook(() => useResetStart({ organizationId: ACME }), { wrapper: providerWrapper({ adapter }) });
    act(() => result.current.submit('nobody@acme.test'));
    await waitFor(() => expect(result.current.status).toBe('sent'));
    await expect(spy.mock.results[0]!.value).rejects.toMatchObject({ code: 'member_not_found' });
    expect(result.current.error).toBeNull();
    expect(adapter.outbox.list()).toHaveLength(0);
  });

  it('refuses a malformed address before any request, keeping what was typed', async () => {
    const adapter = memoryAdapter();
    const spy = vi.spyOn(adapter, 'resetByEmailStart');
    const { result } = renderHook(() => useResetStart({ organizationId: ACME }), {
      wrapper: providerWrapper({ adapter, locale: 'es' }),
    });
    act(() => result.current.submit('ada@acme'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'invalid_email', field: 'emailAddress' });
    // In Spanish once its catalogue has loaded (it loads on first use, in parallel with the submit).
    await waitFor(() => expect(result.current.errorMessage).toBe('Ese correo electrónico no parece correcto. Revísalo y vuelve a intentarlo.'));
    expect(result.current.email).toBe('ada@acme');
    expect(spy).not.toHaveBeenCalled();
  });

  it('reports a failure with a localized message and keeps the address', async () => {
    const adapter = memoryAdapter();
    adapter.failNext('network');
    const { result } = renderHook(() => useResetStart({ organizationId: ACME }), { wrapper: providerWrapper({ adapter, locale: 'en' }) });
    act(() => result.current.submit('ada@acme.test'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('network');
    expect(result.current.errorMessage).toBe('We couldn’t reach the server. Check your connection and try again.');
    expect(result.current.email).toBe('ada@acme.test');
  });

  it('turns an adapter that throws a plain Error into an unknown ResetError', async () => {
    const adapter = memoryAdapter();
    vi.spyOn(adapter, 'resetByEmailStart').mockRejectedValue(new TypeError('adapter bug'));
    const { result } = renderHook(() => useResetStart({ organizationId: ACME }), { wrapper: providerWrapper({ adapter }) });
    act(() => result.current.submit('ada@acme.test'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ name: 'ResetError', code: 'unknown' });
    expect(result.current.errorMessage).toBe('Something went wrong. Try again.');
  });

  it('reports a missing organization as an invalid request, without calling the backend', async () => {
    const adapter = memoryAdapter();
    const spy = vi.spyOn(adapter, 'resetByEmailStart');
    const { result } = renderHook(() => useResetStart(), { wrapper: providerWrapper({ adapter }) });
    act(() => result.current.submit('ada@acme.test'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'invalid_argument', field: 'organizationId' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('sends one request for a double submit', async () => {
    const adapter = memoryAdapter({ latencyMs: 10 });
    const spy = vi.spyOn(adapter, 'resetByEmailStart');
    const { result } = renderHook(() => useResetStart({ organizationId: ACME }), { wrapper: providerWrapper({ adapter }) });
    act(() => {
      result.current.submit('ada@acme.test');
      result.current.submit('ada@acme.test');
    });
    await waitFor(() => expect(result.current.status).toBe('sent'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(adapter.outbox.list()).toHaveLength(1);
  });

  it('sends a discovery link with discovery: true', async () => {
    const adapter = memoryAdapter();
    const { result } = renderHook(() => useResetStart({ discovery: true }), { wrapper: providerWrapper({ adapter }) });
    act(() => result.current.submit('sam@example.test'));
    await waitFor(() => expect(result.current.status).toBe('sent'));
    expect(adapter.outbox.latest('sam@example.test')?.tokenType).toBe('discovery');
  });

  it('aborts the request on unmount and sets no state afterwards', async () => {
    const adapter = memoryAdapter({ latencyMs: 200 });
    const spy = vi.spyOn(adapter, 'resetByEmailStart');
    const { result, unmount } = renderHook(() => useResetStart({ organizationId: ACME }), { wrapper: providerWrapper({ adapter }) });
    act(() => result.current.submit('ada@acme.test'));
    await waitFor(() => expect(spy).toHaveBeenCalled());
    const signal = spy.mock.calls[0]![1]!.signal!;
    unmount();
    expect(signal.aborted).toBe(true);
    await expect(spy.mock.results[0]!.value).rejects.toMatchObject({ code: 'aborted' });
    expect(adapter.outbox.list()).toHaveLength(0);
  });

  it('reset() cancels the request in flight and returns to idle with the address kept', async () => {
    const adapter = memoryAdapter({ latencyMs: 200 });
    const { result } = renderHook(() => useResetStart({ organizationId: ACME }), { wrapper: providerWrapper({ adapter }) });
    act(() => result.current.submit('ada@acme.test'));
    act(() => result.current.reset());
    expect(result.current.status).toBe('idle');
    expect(result.current.email).toBe('ada@acme.test');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(result.current.status).toBe('idle');
    expect(adapter.outbox.list()).toHaveLength(0);
  });

  it('holds resend back for the cooldown, then sends another link', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const adapter = memoryAdapter();
    const { result } = renderHook(() => useResetStart({ organizationId: ACME, resendCooldownSeconds: 30 }), {
      wrapper: providerWrapper({ adapter }),
    });
    act(() => result.current.submit('ada@acme.test'));
    await eventually(() => expect(result.current.status).toBe('sent'));
    expect(result.current.resendAvailableInSeconds).toBe(30);

    act(() => result.current.resend());
    expect(adapter.outbox.list()).toHaveLength(1);

    act(() => vi.advanceTimersByTime(12_000));
    expect(result.current.resendAvailableInSeconds).toBe(18);
    act(() => vi.advanceTimersByTime(18_000));
    expect(result.current.resendAvailableInSeconds).toBe(0);

    act(() => result.current.resend());
    await eventually(() => expect(adapter.outbox.list()).toHaveLength(2));
    await eventually(() => expect(result.current.resendAvailableInSeconds).toBe(30));
  });

  it('counts down a rate limit from Retry-After and refuses to send until it ends', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const adapter = memoryAdapter();
    adapter.failNext('rate_limited', { retryAfterSeconds: 10 });
    const spy = vi.spyOn(adapter, 'resetByEmailStart');
    const { result } = renderHook(() => useResetStart({ organizationId: ACME }), { wrapper: providerWrapper({ adapter }) });
    act(() => result.current.submit('ada@acme.test'));
    await eventually(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 10 });
    expect(result.current.resendAvailableInSeconds).toBe(10);

    act(() => result.current.submit('ada@acme.test'));
    expect(spy).toHaveBeenCalledTimes(1);

    act(() => vi.advanceTimersByTime(4_000));
    expect(result.current.resendAvailableInSeconds).toBe(6);
    act(() => vi.advanceTimersByTime(6_000));
    expect(result.current.resendAvailableInSeconds).toBe(0);

    act(() => result.current.submit('ada@acme.test'));
    await eventually(() => expect(result.current.status).toBe('sent'));
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
