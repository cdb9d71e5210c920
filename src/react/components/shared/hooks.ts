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
