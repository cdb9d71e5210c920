// Imported before anything that loads zxcvbn-ts or the engine: both read the current year once,
// when their module loads, and score dates and recent years against it. The golden answers were
// recorded in GOLDEN.referenceYear, so the clock reads that year while those modules load, and is
// real again for the tests themselves.
import { vi } from 'vitest';
import { GOLDEN } from './golden.js';

vi.useFakeTimers({ toFake: ['Date'], now: new Date(Date.UTC(GOLDEN.referenceYear, 6, 1)) });

/** Called once the year-reading modules have loaded. */
export function releaseGoldenClock(): void {
  vi.useRealTimers();
}
