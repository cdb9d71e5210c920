/** Whether this is a page with input to keep responsive (a browser's main thread, or jsdom). */
export function inPage(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the page handle pending input and paint before going on: `scheduler.yield()` where the
 * browser has it (the continuation keeps its place ahead of other queued tasks), a new task
 * otherwise.
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves when the page is idle (after the keystroke has been painted), or after 100 ms at the
 * latest so that a busy page still gets its estimate.
 */
export function whenIdle(): Promise<void> {
  if (typeof requestIdleCallback === 'function') {
    return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 100 }));
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
