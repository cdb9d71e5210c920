// The bench's host page: an app that imports resetkit/strength from the built package, bundled by
// Vite as any host would bundle it, then served with a strict CSP. bench.ts drives it.
import { createStrengthEstimator } from 'resetkit/strength';

const policy = { kind: 'zxcvbn', breachDetection: true };
const longTasks = [];
const violations = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

const create = (mode, locale = 'en') => createStrengthEstimator({ policy, locale, worker: mode === 'worker' });

const input = document.querySelector('#password');
let wired = null;

window.bench = {
  longTasks,
  violations,
  /** Time to first result from a cold start: nothing loaded, then one estimate. */
  async cold(mode, locale, password) {
    const estimator = create(mode, locale);
    const started = performance.now();
    const estimate = await estimator.estimate(password);
    return { ms: performance.now() - started, mode: estimate.mode, score: estimate.score };
  },
  /** Wires the input to an estimator (warmed up or not); records each input event and each result. */
  async wire(mode, warm) {
    wired?.estimator.dispose();
    const estimator = create(mode);
    if (warm) {
      await estimator.preload();
      await estimator.estimate('warm-up');
    }
    const record = { estimator, inputs: [], results: [], stale: 0, modes: new Set() };
    wired = record;
    input.oninput = () => {
      const value = input.value;
      record.inputs.push({ value, at: performance.now() });
      void estimator.estimate(value).then((estimate) => {
        if (estimate.stale) record.stale += 1;
        else {
          record.results.push({ value, at: performance.now() });
          record.modes.add(estimate.mode);
        }
      });
    };
    input.value = '';
    input.focus();
  },
  /** Empties the input without an estimate; the next key starts a new password. */
  clear() {
    input.value = '';
    wired.inputs.length = 0;
    wired.results.length = 0;
    wired.stale = 0;
  },
  /** Every input event and every result since the last clear(), with their times. */
  raw() {
    return { inputs: wired.inputs, results: wired.results };
  },
  /** Resolves when the result for `value` arrived; returns input-event-to-result times. */
  async settled(value) {
    const deadline = performance.now() + 30_000;
    while (!wired.results.some((result) => result.value === value)) {
      if (performance.now() > deadline) throw new Error(`No result for a ${value.length}-character password.`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const latencies = wired.results.map((result) => {
      const typed = wired.inputs.findLast((entry) => entry.value === result.value);
      return { value: result.value, ms: result.at - typed.at };
    });
    return { latencies, stale: wired.stale, modes: [...wired.modes] };
  },
};
