import { ResetError } from '../core/errors.js';
import type { PasswordPolicy, ResetLocale } from '../core/types.js';
import { isSupportedLocale } from '../core/validation.js';
import { checkLuds } from './luds.js';
import type { LanguagePack } from './packs/pack.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';
import type { EngineCheck, Scorer } from './scorer.js';
import { inPage, pause, whenIdle } from './schedule.js';
import type {
  EstimateOptions,
  StaleStrengthEstimate,
  StrengthEstimate,
  StrengthEstimator,
  StrengthEstimatorOptions,
  StrengthMode,
  StrengthResult,
} from './types.js';

const STALE: StaleStrengthEstimate = Object.freeze({ stale: true });

// Each pack module is a few lines of `import()` calls: loading it fetches no dictionary.
const PACKS: Record<ResetLocale, () => Promise<LanguagePack>> = {
  en: () => import('./packs/en.js').then((module) => module.pack),
  es: () => import('./packs/es.js').then((module) => module.pack),
  fr: () => import('./packs/fr.js').then((module) => module.pack),
  'pt-br': () => import('./packs/pt-br.js').then((module) => module.pack),
};

/** The worker could not start or died: estimates move to the main thread. */
class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

type WorkerSpawner = (locale: ResetLocale) => Worker;

let spawner: Promise<WorkerSpawner> | undefined;

/** The module that starts workers: a chunk of its own, for its relative URLs (see spawn/workers.ts). */
function loadSpawner(): Promise<WorkerSpawner> {
  spawner ??= import('./spawn/workers.js').then(
    (module) => module.spawnWorker,
    (error: unknown) => {
      spawner = undefined;
      throw new WorkerUnavailableError('The strength worker could not be loaded.', { cause: error });
    },
  );
  return spawner;
}

/**
 * One worker per locale, shared by the page's estimators of that locale and closed when the last
 * of them is disposed.
 */
class WorkerClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(check: EngineCheck | null): void; reject(error: Error): void }>();
  /** Estimators holding this worker. */
  users = 0;
  /** False once the worker failed or was closed: a new one is needed. */
  alive = true;

  constructor(
    private readonly locale: ResetLocale,
    spawn: WorkerSpawner,
  ) {
    this.worker = spawn(locale);
    this.worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.check);
      else waiter.reject(new Error(reply.message));
    });
    // A worker that cannot be fetched (404, CSP) or evaluated reports it here, asynchronously.
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      workerless.add(this.locale);
      this.stop('The strength worker failed to start.');
    });
    this.worker.addEventListener('messageerror', () => {
      workerless.add(this.locale);
      this.stop('The strength worker sent an unreadable message.');
    });
  }

  /** Estimates `password`, or only loads the dictionaries when it is undefined. */
  request(password?: string, userInputs?: (string | number)[]): Promise<EngineCheck | null> {
    const request: WorkerRequest = { id: this.nextId++ };
    if (password !== undefined) request.password = password;
    if (userInputs !== undefined) request.userInputs = userInputs;
    return this.send(request);
  }

  /** Makes the worker drop its typing session, which holds the last password it scored. */
  forget(): void {
    // Nobody waits for the answer: a worker that stopped holds no password any more.
    this.send({ id: this.nextId++, forget: true }).catch(() => undefined);
  }

  private send(request: WorkerRequest): Promise<EngineCheck | null> {
    if (!this.alive) return Promise.reject(new WorkerUnavailableError('The strength worker stopped.'));
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  release(): void {
    this.users -= 1;
    if (this.users <= 0) this.stop('The strength worker was closed.');
  }

  private stop(reason: string): void {
    if (!this.alive) return;
    this.alive = false;
    this.worker.terminate();
    if (workers.get(this.locale) === this) workers.delete(this.locale);
    for (const waiter of this.waiting.values()) waiter.reject(new WorkerUnavailableError(reason));
    this.waiting.clear();
  }
}

const workers = new Map<ResetLocale, WorkerClient>();
/** Locales whose worker failed: the page cannot run it, so estimates stay on the main thread. */
const workerless = new Set<ResetLocale>();

function canUseWorker(locale: ResetLocale): boolean {
  return typeof Worker === 'function' && !workerless.has(locale);
}

function sharedWorker(locale: ResetLocale, spawn: WorkerSpawner): WorkerClient {
  let client = workers.get(locale);
  if (!client) {
    try {
      client = new WorkerClient(locale, spawn);
    } catch (error) {
      // Some browsers refuse a worker the CSP forbids synchronously.
      workerless.add(locale);
      throw new WorkerUnavailableError('The strength worker could not start.', { cause: error });
    }
    workers.set(locale, client);
  }
  return client;
}

const mainThreadScorers = new Map<ResetLocale, Promise<Scorer>>();

function mainThreadScorer(locale: ResetLocale): Promise<Scorer> {
  let scorer = mainThreadScorers.get(locale);
  if (!scorer) {
    // In a page, loading is sliced so that it never blocks input for long; in Node, nothing waits.
    const slicing = inPage();
    scorer = Promise.all([import('./scorer.js'), PACKS[locale]()]).then(([{ createScorer }, pack]) =>
      createScorer(pack, slicing ? pause : undefined),
    );
    // A failed download may succeed later: forget it so the next call tries again.
    scorer.catch(() => mainThreadScorers.delete(locale));
    mainThreadScorers.set(locale, scorer);
  }
  return scorer;
}

interface Outcome {
  check: EngineCheck;
  mode: StrengthMode;
}

interface Answer {
  call: Call;
  outcome: Outcome;
}

interface Call {
  password: string;
  userInputs: (string | number)[] | undefined;
  key: string;
  resolve(estimate: StrengthEstimate): void;
  reject(error: unknown): void;
}

// Answers kept per estimator, so that backspacing, or typing back a dropped value, costs nothing.
const CACHE_SIZE = 16;

function validatePolicy(policy: PasswordPolicy): void {
  if (policy.kind === 'luds') checkLuds('', policy);
  else if (policy.kind !== 'zxcvbn') {
    throw new ResetError('invalid_argument', "policy.kind must be 'zxcvbn' or 'luds'.", { field: 'policy' });
  }
}

/**
 * Creates a password strength estimator for one policy and locale: resetkit's zxcvbn engine on
 * zxcvbn-ts's data (the common dictionary plus the locale's own, its keyboard graphs), whose
 * scores, guesses and feedback are exactly zxcvbn-ts 4.2's with its default options (proven by
 * test/strength/differential.test.ts); the feedback strings are resetkit's own where the locale
 * has them. Under a LUDS policy, `valid` follows {@link checkLuds} instead of the score.
 *
 * Nothing is downloaded until the first `estimate()` or `preload()`; then the engine and each
 * dictionary come with `import()`, each its own chunk. Estimates run in a module Web Worker (one
 * per locale, shared by the page's estimators) when the page can start one; otherwise (no
 * `Worker`, a worker refused by the CSP or missing from the build, or `worker: false`) they run
 * on the main thread, and results say so with `mode: 'main-thread'`. There, in a page, loading is
 * cut into slices of a few milliseconds, and each estimate (milliseconds, whatever the length)
 * waits for an idle moment and is skipped if a newer input came meanwhile. Either way the whole
 * password is scored, and a password that extends the previous one (a keystroke) reuses its work.
 * In Node (tests, SSR, adapters) estimates run at once.
 *
 * @example
 * const estimator = createStrengthEstimator({ policy: { kind: 'zxcvbn', breachDetection: true }, locale: 'fr' });
 * input.addEventListener('focus', () => void estimator.preload(), { once: true });
 * input.addEventListener('input', async () => {
 *   const estimate = await estimator.estimate(input.value, { userInputs: [email] });
 *   if (estimate.stale) return; // a newer keystroke superseded this one
 *   meter.value = estimate.score;
 * });
 *
 * @throws ResetError `invalid_argument` for an unknown locale or policy kind, or a LUDS policy
 *   outside the backend's bounds.
 */
export function createStrengthEstimator(options: StrengthEstimatorOptions): StrengthEstimator {
  const { policy, locale } = options;
  if (!isSupportedLocale(locale)) {
    throw new ResetError('invalid_argument', 'locale must be one of en, es, fr, pt-br.', { field: 'locale' });
  }
  validatePolicy(policy);
  const wantsWorker = options.worker !== false;
  const cache = new Map<string, Outcome>();
  /** The newest call, until it is answered or superseded. */
  let latest: Call | null = null;
  let running = false;
  /** Bumped by forget(): an answer computed before it is not kept. */
  let generation = 0;
  /** The shared worker this estimator holds a share of, once it has used it. */
  let held: WorkerClient | null = null;

  async function worker(): Promise<WorkerClient> {
    if (held?.alive) return held;
    const spawn = await loadSpawner();
    // Another call may have taken a share while the spawner loaded.
    if (held?.alive) return held;
    held = sharedWorker(locale, spawn);
    held.users += 1;
    return held;
  }

  function toResult(password: string, { check, mode }: Outcome): StrengthResult {
    const luds = policy.kind === 'luds' ? checkLuds(password, policy) : undefined;
    return {
      stale: false,
      score: check.score,
      guessesLog10: check.guessesLog10,
      valid: luds ? luds.valid : check.score >= 3,
      feedback: { warning: check.feedback.warning, suggestions: [...check.feedback.suggestions] },
      ...(luds ? { luds } : {}),
      mode,
    };
  }

  function remember(key: string, outcome: Outcome): void {
    cache.delete(key);
    cache.set(key, outcome);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }

  /**
   * Scores the newest call once the page is idle, whichever call started the wait: the idle
   * moment goes to the value on screen. Null when no call is left (cancelled).
   */
  async function onMainThread(): Promise<Answer | null> {
    const scorer = await mainThreadScorer(locale);
    const page = inPage();
    if (page) await whenIdle();
    const call = latest;
    if (!call) return null;
    return { call, outcome: { check: scorer.check(call.password, call.userInputs), mode: 'main-thread' } };
  }

  /** An answer for `call` (or, on the main thread, for a newer call); null when nothing was computed. */
  async function compute(call: Call): Promise<Answer | null> {
    if (wantsWorker && canUseWorker(locale)) {
      try {
        const client = await worker();
        // Superseded while the worker started: never sent.
        if (call !== latest) return null;
        const check = await client.request(call.password, call.userInputs);
        return { call, outcome: { check: check!, mode: 'worker' } };
      } catch (error) {
        if (!(error instanceof WorkerUnavailableError)) throw error;
        // Closed under a call that no longer matters (dispose): nothing to redo.
        if (call !== latest) return null;
      }
    }
    return onMainThread();
  }

  // At most one call of this estimator is computed at a time; when it ends, only the newest call
  // (if any) goes next, so keystrokes never queue up behind each other.
  async function pump(): Promise<void> {
    const call = latest;
    if (running || !call) return;
    running = true;
    const started = generation;
    try {
      const answer = await compute(call);
      if (answer) {
        if (generation === started) remember(answer.call.key, answer.outcome);
        if (answer.call === latest) {
          latest = null;
          answer.call.resolve(toResult(answer.call.password, answer.outcome));
        }
      }
    } catch (error) {
      // The dictionaries could not be loaded: the value waiting for an answer gets the error.
      const waiting = latest;
      latest = null;
      waiting?.reject(error);
    } finally {
      running = false;
    }
    await pump();
  }

  function supersede(): void {
    if (latest) {
      latest.resolve(STALE);
      latest = null;
    }
  }

  return {
    policy,
    locale,
    estimate(password: string, estimateOptions: EstimateOptions = {}): Promise<StrengthEstimate> {
      const userInputs = estimateOptions.userInputs ? [...estimateOptions.userInputs] : undefined;
      const key = JSON.stringify([password, userInputs ?? []]);
      supersede();
      const cached = cache.get(key);
      if (cached) return Promise.resolve(toResult(password, cached));
      return new Promise<StrengthEstimate>((resolve, reject) => {
        latest = { password, userInputs, key, resolve, reject };
        void pump();
      });
    },
    async preload(): Promise<void> {
      try {
        if (wantsWorker && canUseWorker(locale)) {
          try {
            await (await worker()).request();
            return;
          } catch (error) {
            if (!(error instanceof WorkerUnavailableError)) return;
          }
        }
        await mainThreadScorer(locale);
      } catch {
        // Reported by the next estimate(), which tries again.
      }
    },
    cancel: supersede,
    forget(): void {
      supersede();
      generation += 1;
      cache.clear();
      if (held?.alive) held.forget();
      // The page's scorer of this locale, if it was ever loaded (never loaded for this).
      void mainThreadScorers.get(locale)?.then((scorer) => scorer.forget(), () => undefined);
    },
    dispose(): void {
      supersede();
      if (held?.alive) held.release();
      held = null;
    },
  };
}
