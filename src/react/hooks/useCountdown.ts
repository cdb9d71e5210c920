import { useEffect, useState } from 'react';

function secondsUntil(until: number | null): number {
  return until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

/** Whole seconds left until `until` (ms since the epoch), ticking once a second; 0 when past or null. */
export function useCountdown(until: number | null): number {
  const [countdown, setCountdown] = useState(() => ({ until, seconds: secondsUntil(until) }));
  // A new deadline restarts the count at once, in the same render.
  if (countdown.until !== until) setCountdown({ until, seconds: secondsUntil(until) });
  useEffect(() => {
    if (secondsUntil(until) === 0) return;
    const timer = setInterval(() => {
      const seconds = secondsUntil(until);
      setCountdown({ until, seconds });
      if (seconds === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return countdown.until === until ? countdown.seconds : secondsUntil(until);
}
