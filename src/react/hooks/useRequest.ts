import { useCallback, useEffect, useRef } from 'react';
import { type ResetError, toResetError } from '../../core/index.js';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ResetError };

/**
 * One backend request at a time per hook. `run` aborts the previous request, never rejects, and
 * resolves null when its answer no longer matters (superseded, cancelled or unmounted), so no
 * state is set after unmount and no rejection goes unhandled, whatever the adapter throws.
 */
export function useRequest() {
  const current = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      current.current?.abort();
      current.current = null;
    },
    [],
  );

  const run = useCallback(async <T>(call: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T> | null> => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    let outcome: Outcome<T>;
    try {
      outcome = { ok: true, value: await call(controller.signal) };
    } catch (thrown) {
      outcome = { ok: false, error: toResetError(thrown) };
    }
    if (controller.signal.aborted) return null;
    current.current = null;
    return outcome;
  }, []);

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
  }, []);

  const isRunning = useCallback(() => current.current !== null, []);

  return { run, cancel, isRunning };
}
