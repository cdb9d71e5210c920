import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PasswordPolicy } from '../../../src/core/index.js';
import { usePasswordStrength, type UsePasswordStrengthOptions } from '../../../src/react/index.js';
import { STRONG_PASSWORD, memoryAdapter, providerWrapper } from '../harness.js';

const LUDS: PasswordPolicy = { kind: 'luds', minLength: 10, minComplexity: 3, breachDetection: true };

function render(password: string, props: Parameters<typeof providerWrapper>[0], options: UsePasswordStrengthOptions = {}) {
  return renderHook(({ value }: { value: string }) => usePasswordStrength(value, options), {
    initialProps: { value: password },
    wrapper: providerWrapper(props),
  });
}

describe('usePasswordStrength', () => {
  it('is ready at once, and invalid, for an empty password', () => {
    const { result } = render('', { adapter: memoryAdapter(), locale: 'en' });
    expect(result.current).toMatchObject({ ready: true, score: 0, valid: false, feedback: { warning: null, suggestions: [] } });
  });

  it('scores a common password low with feedback, and a long passphrase valid', async () => {
    const { result, rerender } = render('password', { adapter: memoryAdapter(), locale: 'en' }, { backendDebounceMs: 10_000 });
    expect(result.current.ready).toBe(false);
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.score).toBeLessThanOrEqual(1);
    expect(result.current.valid).toBe(false);
    expect(result.current.feedback.warning).toMatch(/common|password/i);

    rerender({ value: STRONG_PASSWORD });
    await waitFor(() => expect(result.current.score).toBeGreaterThanOrEqual(3));
    expect(result.current.valid).toBe(true);
  });

  it('gives feedback in the active locale', async () => {
    const english = render('password', { adapter: memoryAdapter(), locale: 'en' }, { backendDebounceMs: 10_000 });
    const french = render('password', { adapter: memoryAdapter(), locale: 'fr' }, { backendDebounceMs: 10_000 });
    await waitFor(() => expect(english.result.current.ready && french.result.current.ready).toBe(true));
    expect(french.result.current.feedback.warning).toEqual(expect.any(String));
    expect(french.result.current.feedback.warning).not.toBe(english.result.current.feedback.warning);
  });

  it('follows a LUDS policy: what is missing, and validity, without waiting for dictionaries', () => {
    const { result, rerender } = render('abc', { adapter: memoryAdapter({ policy: LUDS }), policy: LUDS, locale: 'en' });
    expect(result.current.policy).toEqual(LUDS);
    expect(result.current.luds).toMatchObject({ hasLowerCase: true, hasUpperCase: false, missingCharacters: 7, missingComplexity: 2, valid: false });
    rerender({ value: 'abcDEF123456' });
    expect(result.current.luds).toMatchObject({ missingCharacters: 0, missingComplexity: 0, valid: true });
  });

  it('asks the backend, debounced, and shows its breach verdict', async () => {
    const adapter = memoryAdapter({ breachedPasswords: ['Tr0ub4dor&3-correct-horse'] });
    const spy = vi.spyOn(adapter, 'strengthCheck');
    const { result, rerender } = render('Tr0ub4dor', { adapter, locale: 'en' }, { backendDebounceMs: 50, emailAddress: 'ada@acme.test' });
    rerender({ value: 'Tr0ub4dor&3' });
    rerender({ value: 'Tr0ub4dor&3-correct-horse' });
    await waitFor(() => expect(result.current.breached).toBe(true));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toEqual({ password: 'Tr0ub4dor&3-correct-horse', emailAddress: 'ada@acme.test' });
    expect(result.current.valid).toBe(false);
  });

  it('never shows an estimate of an earlier password', async () => {
    const { result, rerender } = render('a', { adapter: memoryAdapter(), locale: 'en' }, { backendDebounceMs: 10_000 });
    for (const value of ['ab', 'abc', 'abcd', STRONG_PASSWORD]) rerender({ value });
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.score).toBeGreaterThanOrEqual(3);
  });
});
