// The provider's strength estimator over a reset's lifetime: `preloadStrength` starts loading the
// dictionaries before any password field exists, and a successful reset makes it forget every
// password it saw.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as StrengthApi from '../../../src/strength/index.js';
import { useResetContext } from '../../../src/react/context.js';
import { useResetComplete } from '../../../src/react/index.js';
import { STRONG_PASSWORD, memoryAdapter, providerWrapper } from '../harness.js';

interface Tracked {
  locale: string;
  preloads: number;
  forgets: number;
}

const estimators = vi.hoisted(() => [] as Tracked[]);

vi.mock('../../../src/strength/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof StrengthApi>();
  const createStrengthEstimator: typeof original.createStrengthEstimator = (options) => {
    const estimator = original.createStrengthEstimator(options);
    const tracked: Tracked = { locale: options.locale, preloads: 0, forgets: 0 };
    estimators.push(tracked);
    return {
      ...estimator,
      preload() {
        tracked.preloads += 1;
        return estimator.preload();
      },
      forget() {
        tracked.forgets += 1;
        estimator.forget();
      },
    };
  };
  return { ...original, createStrengthEstimator };
});

// The memory adapter keeps an English estimator of its own; the provider's speaks French here.
const providers = () => estimators.filter((estimator) => estimator.locale === 'fr');

describe('the provider’s strength estimator', () => {
  it('preloads the dictionaries with preloadStrength, and not without', async () => {
    estimators.length = 0;
    const adapter = memoryAdapter();
    const plain = renderHook(() => useResetContext('test').strength, { wrapper: providerWrapper({ adapter, locale: 'fr' }) });
    expect(providers()).toEqual([]);
    plain.unmount();

    renderHook(() => useResetContext('test').strength, { wrapper: providerWrapper({ adapter, locale: 'fr', preloadStrength: true }) });
    await waitFor(() => expect(providers().map((estimator) => estimator.preloads)).toEqual([1]));
  });

  it('forgets every password once the reset succeeded', async () => {
    estimators.length = 0;
    const adapter = memoryAdapter();
    await adapter.resetByEmailStart({ organizationId: 'organization-demo-acme', emailAddress: 'ada@acme.test' });
    const token = adapter.outbox.latest('ada@acme.test')!.token;
    const { result } = renderHook(() => useResetComplete({ method: 'email', token }), {
      wrapper: providerWrapper({ adapter, locale: 'fr' }),
    });
    act(() => result.current.submit({ password: STRONG_PASSWORD }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    // The one in use when the reset succeeded (one more may have come and gone as the policy loaded).
    expect(providers().at(-1)!.forgets).toBe(1);
    expect(providers().reduce((sum, estimator) => sum + estimator.forgets, 0)).toBe(1);
  });
});
