import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * A core reducer driven from React. Unlike `useReducer`, the latest state is readable at once
 * through `current()`, so a handler can tell that a request is already in flight (double submit)
 * before React re-renders.
 */
export function useFlow<State, Event>(reducer: (state: State, event: Event) => State, initial: State | (() => State)) {
  const [state, setState] = useState(initial);
  const latest = useRef(state);
  const send = useCallback(
    (event: Event) => {
      latest.current = reducer(latest.current, event);
      setState(latest.current);
    },
    [reducer],
  );
  const current = useCallback(() => latest.current, []);
  return [state, send, current] as const;
}

/** A ref that always holds the latest value, for callbacks that must not go stale. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
