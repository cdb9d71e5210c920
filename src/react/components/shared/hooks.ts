import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

/**
 * State a host may control (`value` + `onChange`) or leave to the component (`defaultValue`).
 * Controlled when `value` is not undefined, as with React's own inputs.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [current, set];
}

const ADDRESS_KEY = 'resetkit:link-address';

/**
 * The address this tab last asked a reset link for, kept in sessionStorage so that a dead link
 * opened later in the tab is replaced in one click. Only the address, never a token; read after
 * mount (nothing touches storage during a server render); `forget` once the reset succeeded.
 */
export function useLinkAddress(): { address: string | null; remember: (address: string) => void; forget: () => void } {
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    const stored = readSession(ADDRESS_KEY);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- storage is only readable after mount
    if (stored) setAddress(stored);
  }, []);
  const remember = useCallback((next: string) => {
    writeSession(ADDRESS_KEY, next);
    setAddress(next);
  }, []);
  const forget = useCallback(() => {
    writeSession(ADDRESS_KEY, null);
    setAddress(null);
  }, []);
  return { address, remember, forget };
}

// Storage can be missing or refuse (privacy modes, sandboxed frames): then nothing is remembered.
function readSession(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeSession(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Not remembered: the member types the address again.
  }
}

/**
 * Moves focus to `ref` when `step` changes (not on mount): a screen reader then reads the new
 * screen's heading instead of staying on a button that has gone.
 */
export function useStepFocus(step: string, ref: RefObject<HTMLElement | null>): void {
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    ref.current?.focus();
  }, [step, ref]);
}

/**
 * Focuses an element after the render that shows a new error, so the element is already
 * `aria-invalid` and described by its message when a screen reader lands on it. Call `request`
 * with a getter of the element; each call focuses once.
 */
export function useFocusRequest(): (target: () => HTMLElement | null | undefined) => void {
  const [request, setRequest] = useState<{ target: () => HTMLElement | null | undefined } | null>(null);
  useEffect(() => {
    request?.target()?.focus();
  }, [request]);
  return useCallback((target) => setRequest({ target }), []);
}
