import { renderHook } from '@testing-library/react';
import { StrictMode, createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useResetToken } from '../../../src/react/index.js';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('useResetToken', () => {
  it('reads the token and its type once and strips both from the address bar', () => {
    window.history.replaceState({ kept: true }, '', '/reset?lang=fr&token=abc-123&stytch_token_type=discovery#step');
    const { result, rerender } = renderHook(() => useResetToken());
    expect(result.current).toEqual({ token: 'abc-123', tokenType: 'discovery', ready: true });
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/reset?lang=fr#step');
    expect(window.history.state).toEqual({ kept: true });
    rerender();
    expect(result.current.token).toBe('abc-123');
  });

  it('leaves the address alone with strip: false', () => {
    window.history.replaceState(null, '', '/reset?token=abc&stytch_token_type=multi_tenant_passwords');
    const { result } = renderHook(() => useResetToken({ strip: false }));
    expect(result.current).toEqual({ token: 'abc', tokenType: 'multi_tenant_passwords', ready: true });
    expect(window.location.search).toBe('?token=abc&stytch_token_type=multi_tenant_passwords');
  });

  it('reads a given URL without touching the address bar', () => {
    window.history.replaceState(null, '', '/other?token=zzz');
    const { result } = renderHook(() => useResetToken({ url: 'https://app.test/r?token=t1&stytch_token_type=multi_tenant_passwords' }));
    expect(result.current).toEqual({ token: 't1', tokenType: 'multi_tenant_passwords', ready: true });
    expect(window.location.search).toBe('?token=zzz');
  });

  it('returns nulls for a page opened without a link', () => {
    const { result } = renderHook(() => useResetToken());
    expect(result.current).toEqual({ token: null, tokenType: null, ready: true });
  });

  it('keeps the token when Strict Mode runs the effect twice', () => {
    window.history.replaceState(null, '', '/reset?token=abc&stytch_token_type=multi_tenant_passwords');
    const wrapper = ({ children }: { children: ReactNode }) => createElement(StrictMode, null, children);
    const { result } = renderHook(() => useResetToken(), { wrapper });
    expect(result.current).toEqual({ token: 'abc', tokenType: 'multi_tenant_passwords', ready: true });
    expect(window.location.search).toBe('');
  });
});
