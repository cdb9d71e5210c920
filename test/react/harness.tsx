import { act } from '@testing-library/react';
import type { ReactNode } from 'react';
import { type MemoryAdapter, type MemoryAdapterOptions, createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { ResetProvider, type ResetProviderProps } from '../../src/react/index.js';

/** The strong password every completion test sets: zxcvbn scores it 4, and it is in no breach list. */
export const STRONG_PASSWORD = 'violet-Harbor-lantern-93-quietly';

/** A fresh memory adapter per test: the demo data set unless told otherwise, no latency. */
export function memoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return createMemoryAdapter({ rateLimit: false, ...options });
}

/** A `wrapper` for renderHook/render that puts the hooks under a provider. */
export function providerWrapper(props: Omit<ResetProviderProps, 'children'>) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <ResetProvider {...props}>{children}</ResetProvider>;
  };
}

/**
 * Waits (in real time) until `check` stops throwing. For tests that fake `setInterval` and `Date`
 * to drive countdowns: Testing Library's `waitFor` polls with the very timers they fake.
 */
export async function eventually(check: () => void, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    }
  }
}
