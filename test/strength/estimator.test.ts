// The estimator's behaviour around the engine: latest input wins, worker or fallback, policy,
// locale, caching and lifetime. A fake Worker runs the real worker code (serveEstimates) in this
// process, so the page/worker protocol is exercised without a browser.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TranslationKeys } from '@zxcvbn-ts/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CoreApi from '../../src/core/index.js';
import type { PasswordPolicy, ResetLocale } from '../../src/core/index.js';
import type * as StrengthApi from '../../src/strength/index.js';
import type { LanguagePack } from '../../src/strength/packs/pack.js';
import type { WorkerReply, WorkerRequest } from '../../src/strength/protocol.js';
import type { StrengthEstimate, StrengthResult } from '../../src/strength/index.js';
import { shippedTranslations } from './translations.js';

type StrengthModule = typeof StrengthApi;

// The feedback strings each locale's estimates come with.
const strings = {} as Record<ResetLocale, TranslationKeys>;
beforeAll(async () => {
  for (const locale of ['en', 'es', 'fr', 'pt-br'] as const) strings[locale] = await shippedTranslations(locale);
});

const ZXCVBN: PasswordPolicy = { kind: 'zxcvbn', breachDetection: true };
const LUDS: PasswordPolicy = { kind: 'luds', minLength: 10, minComplexity: 3, breachDetection: false };

const PACKS: Record<ResetLocale, () => Promise<LanguagePack>> = {
  en: async () => (await import('../../src/strength/packs/en.js')).pack,
  es: async () => (await import('../../src/strength/packs/es.js')).pack,
  fr: async () => (await import('../../src/strength/packs/fr.js')).pack,
  'pt-br': async () => (await import('../../src/strength/packs/pt-br.js')).pack,
};

/**
 * A Worker that runs the real worker code (a fresh instance of it, so that vi.doMock applies) in
 * this process, asynchronously, like a thread. `hold()` keeps requests waiting until `release()`,
 * to catch the estimator while the worker is busy.
 */
class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = [];
  readonly url: URL;
  readonly options: WorkerOptions | undefined;
  readonly requests: WorkerRequest[] = [];
  terminated = false;
  private listener: ((event: MessageEvent<WorkerRequest>) => void) | undefined;
  private ready: Promise<void>;
  private gate: Promise<void> = Promise.resolve();
  private open: () => void = () => undefined;

  constructor(url: URL | string, options?: WorkerOptions) {
    super();
    this.url = new URL(url);
    this.options = options;
    FakeWorker.instances.push(this);
    const locale = /strength-worker-([a-z-]+)\.js$/.exec(this.url.pathname)![1] as ResetLocale;
    this.ready = Promise.all([import('../../src/strength/worker-host.js'), PACKS[locale]()]).then(([host, pack]) =>
      host.serveEstimates(pack, {
        addEventListener: (_type, listener) => {
          this.listener = listener;
        },
        postMessage: (reply: WorkerReply) => {
          setTimeout(() => {
            if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) }));
          });
        },
      }),
    );
  }

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open();
  }

  postMessage(request: WorkerRequest): void {
    this.requests.push(request);
    void Promise.all([this.ready, this.gate]).then(() =>
      setTimeout(() => this.listener?.(new MessageEvent('message', { data: structuredClone(request) }))),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A Worker whose script cannot load (404, CSP): an error event, asynchronously. */
class FailingWorker extends EventTarget {
  static instances = 0;
  constructor() {
    super();
    FailingWorker.instances += 1;
    setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })));
  }
  postMessage(): void {}
  terminate(): void {}
}

let strength: StrengthModule;
let ResetError: typeof CoreApi.ResetError;

beforeEach(async () => {
  // Fresh module state (shared workers, fallback flags) for every test; the dictionaries
  // themselves stay cached by Node.
  vi.resetModules();
  FakeWorker.instances = [];
  FailingWorker.instances = 0;
  strength = await import('../../src/strength/index.js');
  ({ ResetError } = await import('../../src/core/index.js'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../src/strength/scorer.js');
});

const result = (estimate: StrengthEstimate): StrengthResult => {
  if (estimate.stale) throw new Error('Expected a result, got a stale estimate.');
  return estimate;
};

describe('in Node (no Worker): the main thread', () => {
  it('estimates in full, and says where it ran', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    const long = 'correct horse battery staple '.repeat(2);
    const estimate = result(await estimator.estimate(long));
    expect(estimate).toMatchObject({ mode: 'main-thread', score: 4 });
    expect(estimate).not.toHaveProperty('partial');
  });

  it('drops superseded calls: they resolve as stale and are never computed', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    const first = estimator.estimate('pass');
    const second = estimator.estimate('passw');
    const third = estimator.estimate('password');
    expect(await first).toEqual({ stale: true });
    expect(await second).toEqual({ stale: true });
    expect(result(await third).feedback.warning).toBe(strings.en.warnings.topTen);
  });

  it('resolves a pending call as stale on cancel(), with no rejection', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    const pending = estimator.estimate('something');
    estimator.cancel();
    expect(await pending).toEqual({ stale: true });
    expect(result(await estimator.estimate('something else')).stale).toBe(false);
  });
});

describe('in a page with workers', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', FakeWorker);
  });

  it('starts a module worker from the worker entry next to the source, as the built file is next to dist/strength.js', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'pt-br' });
    expect(result(await estimator.estimate('senha123'))).toMatchObject({ mode: 'worker' });
    const [worker] = FakeWorker.instances;
    expect(worker!.options).toEqual({ type: 'module' });
    expect(worker!.url.pathname).toMatch(/\/src\/strength\/strength-worker-pt-br\.js$/);
    expect(existsSync(fileURLToPath(worker!.url).replace(/\.js$/, '.ts'))).toBe(true);
  });

  it('sends at most one request at a time; the latest input wins, the rest is dropped, never queued', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    await estimator.estimate('warm-up');
    const [worker] = FakeWorker.instances;
    const sent = () => worker!.requests.map((request) => request.password);

    worker!.hold();
    const a = estimator.estimate('Tr0ub');
    await vi.waitFor(() => expect(sent()).toContain('Tr0ub'));
    // 'Tr0ub' is now being computed in the worker; these come while it is busy.
    const b = estimator.estimate('Tr0ub4');
    const c = estimator.estimate('Tr0ub4d');
    const d = estimator.estimate('Tr0ub4dor&3');
    worker!.release();
    expect(await a).toEqual({ stale: true });
    expect(await b).toEqual({ stale: true });
    expect(await c).toEqual({ stale: true });
    expect(result(await d)).toMatchObject({ mode: 'worker' });
    expect(sent()).toEqual(['warm-up', 'Tr0ub', 'Tr0ub4dor&3']);
  });

  it('never sends a call superseded while the worker starts', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    const first = estimator.estimate('a');
    const last = estimator.estimate('ab');
    expect(await first).toEqual({ stale: true });
    expect(result(await last).mode).toBe('worker');
    expect(FakeWorker.instances[0]!.requests.map((request) => request.password)).toEqual(['ab']);
  });

  it('answers a repeated value from its cache, without asking the worker', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    const once = result(await estimator.estimate('monkey123', { userInputs: ['ada'] }));
    const twice = result(await estimator.estimate('monkey123', { userInputs: ['ada'] }));
    expect(twice).toEqual(once);
    expect(FakeWorker.instances[0]!.requests).toHaveLength(1);
    // Different user inputs are a different question.
    await estimator.estimate('monkey123', { userInputs: ['monkey'] });
    expect(FakeWorker.instances[0]!.requests).toHaveLength(2);
  });

  it('shares one worker per locale, and closes it when the last estimator is disposed', async () => {
    const one = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'fr' });
    const two = strength.createStrengthEstimator({ policy: LUDS, locale: 'fr' });
    await Promise.all([one.estimate('soleil'), two.estimate('lune')]);
    expect(FakeWorker.instances).toHaveLength(1);
    one.dispose();
    expect(FakeWorker.instances[0]!.terminated).toBe(false);
    two.dispose();
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    // Still usable: a new worker starts.
    expect(result(await one.estimate('étoile')).mode).toBe('worker');
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('forget() drops the cache and makes the worker drop its typing session', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    const before = result(await estimator.estimate('monkey123'));
    estimator.forget();
    const [worker] = FakeWorker.instances;
    expect(worker!.requests.at(-1)).toEqual({ id: 2, forget: true });
    // Asked again, not answered from memory; the answer is the same.
    expect(result(await estimator.estimate('monkey123'))).toEqual(before);
    expect(worker!.requests.map((request) => request.password ?? 'forget')).toEqual(['monkey123', 'forget', 'monkey123']);
  });

  it('forget() resolves a pending call as stale, and does not keep its answer', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    await estimator.estimate('warm-up');
    const [worker] = FakeWorker.instances;
    worker!.hold();
    const pending = estimator.estimate('secret-in-flight');
    await vi.waitFor(() => expect(worker!.requests.map((request) => request.password)).toContain('secret-in-flight'));
    estimator.forget();
    worker!.release();
    expect(await pending).toEqual({ stale: true });
    await estimator.estimate('secret-in-flight');
    expect(worker!.requests.filter((request) => request.password === 'secret-in-flight')).toHaveLength(2);
  });

  it('preload() starts the worker and loads its dictionaries, without estimating', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'es' });
    await estimator.preload();
    expect(FakeWorker.instances[0]!.requests).toEqual([{ id: 1 }]);
  });

  it('rejects, rather than hangs, when the worker cannot load the dictionaries', async () => {
    vi.doMock('../../src/strength/scorer.js', () => ({
      createScorer: () => Promise.reject(new Error('offline')),
    }));
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    await expect(estimator.estimate('anything')).rejects.toThrow('offline');
  });
});

describe('where no worker can start: the main-thread fallback', () => {
  it('takes over when the worker fails to load, says so, and stops trying for that locale', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    expect(result(await estimator.estimate('qwerty123'))).toMatchObject({ mode: 'main-thread' });
    const another = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    expect(result(await another.estimate('qwerty1234'))).toMatchObject({ mode: 'main-thread' });
    expect(FailingWorker.instances).toBe(1);
  });

  it('takes over when the browser refuses the worker outright', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused by the Content-Security-Policy.', 'SecurityError');
        }
      },
    );
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'fr' });
    expect(result(await estimator.estimate('motdepasse'))).toMatchObject({ mode: 'main-thread' });
  });

  it('runs on the main thread when asked to (worker: false)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en', worker: false });
    expect(result(await estimator.estimate('hello'))).toMatchObject({ mode: 'main-thread' });
    expect(FakeWorker.instances).toHaveLength(0);
  });

  describe('in a page', () => {
    beforeEach(() => {
      vi.stubGlobal('window', globalThis);
      vi.stubGlobal('document', {});
    });

    it('scores the whole password, however long, as the worker does', async () => {
      vi.stubGlobal('Worker', FakeWorker);
      const password = 'correct horse battery staple 1987 '.repeat(3) + 'Tr0ub4dor&3';
      const inPage = result(await strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en', worker: false }).estimate(password));
      const inWorker = result(await strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' }).estimate(password));
      expect(inPage.mode).toBe('main-thread');
      expect(inWorker.mode).toBe('worker');
      expect({ ...inPage, mode: 'worker' }).toEqual(inWorker);
    });

    it('answers each keystroke of a typed password as a fresh estimate would', async () => {
      const typing = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en', worker: false });
      const password = 'P@ssw0rd-2024-correct-horse';
      const typed = [];
      for (let end = 1; end <= password.length; end += 1) typed.push(result(await typing.estimate(password.slice(0, end))));
      // forget() drops the typing session: each of these is estimated from scratch.
      const fresh = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en', worker: false });
      for (let end = 1; end <= password.length; end += 1) {
        fresh.forget();
        expect(typed[end - 1], password.slice(0, end)).toEqual(result(await fresh.estimate(password.slice(0, end))));
      }
    });

    it('checks LUDS on the whole password', async () => {
      const estimator = strength.createStrengthEstimator({ policy: LUDS, locale: 'en', worker: false });
      const estimate = result(await estimator.estimate('aaaaaaaaaaaaaaaaaaA1'));
      expect(estimate.luds).toMatchObject({ hasUpperCase: true, hasDigit: true, valid: true });
    });

    it('skips superseded calls', async () => {
      const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en', worker: false });
      const calls = ['p', 'pa', 'pas', 'pass', 'passw', 'password'].map((value) => estimator.estimate(value));
      const estimates = await Promise.all(calls);
      expect(estimates.slice(0, -1)).toEqual(Array(5).fill({ stale: true }));
      expect(result(estimates.at(-1)!).feedback.warning).toBe(strings.en.warnings.topTen);
    });
  });
});

describe('policy', () => {
  it('zxcvbn: valid from score 3, no LUDS findings', async () => {
    const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    const weak = result(await estimator.estimate('dragon'));
    const strong = result(await estimator.estimate('purple-Elephant-dances-7-times'));
    expect(weak).toMatchObject({ valid: false });
    expect(weak.score).toBeLessThan(3);
    expect(strong).toMatchObject({ valid: true });
    expect(strong.score).toBeGreaterThanOrEqual(3);
    expect(weak).not.toHaveProperty('luds');
  });

  it('LUDS: valid follows the LUDS rules, whatever the score', async () => {
    const estimator = strength.createStrengthEstimator({ policy: LUDS, locale: 'en' });
    const guessableButCompliant = result(await estimator.estimate('Password123'));
    expect(guessableButCompliant.score).toBeLessThan(3);
    expect(guessableButCompliant).toMatchObject({
      valid: true,
      luds: { hasLowerCase: true, hasUpperCase: true, hasDigit: true, missingCharacters: 0, missingComplexity: 0, valid: true },
    });
    const strongButShort = result(await estimator.estimate('Zq9#k'));
    expect(strongButShort).toMatchObject({ valid: false, luds: { missingCharacters: 5, missingComplexity: 0 } });
  });

  it.each([
    [{ policy: ZXCVBN, locale: 'de' }, 'locale'],
    [{ policy: { kind: 'luds', minLength: 7, minComplexity: 2, breachDetection: false }, locale: 'en' }, 'minLength'],
    [{ policy: { kind: 'luds', minLength: 8, minComplexity: 5, breachDetection: false }, locale: 'en' }, 'minComplexity'],
    [{ policy: { kind: 'entropy', breachDetection: false }, locale: 'en' }, 'policy'],
  ])('refuses %j (%s) with a ResetError', (options, field) => {
    let error: unknown;
    try {
      strength.createStrengthEstimator(options as Parameters<StrengthModule['createStrengthEstimator']>[0]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ResetError);
    expect(error).toMatchObject({ code: 'invalid_argument', field });
  });
});

describe('locale', () => {
  it('gives feedback in the language of each locale', async () => {
    const warnings = new Map<string, string | null>();
    for (const locale of ['en', 'es', 'fr', 'pt-br'] as const) {
      const estimator = strength.createStrengthEstimator({ policy: ZXCVBN, locale });
      const estimate = result(await estimator.estimate('password'));
      expect(estimate.feedback.warning).toBe(strings[locale].warnings.topTen);
      warnings.set(locale, estimate.feedback.warning);
    }
    expect(new Set(warnings.values()).size).toBe(4);
  });

  it('switching the locale switches the feedback language', async () => {
    const english = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'en' });
    const french = strength.createStrengthEstimator({ policy: ZXCVBN, locale: 'fr' });
    const [inEnglish, inFrench] = await Promise.all([english.estimate('qwerty'), french.estimate('qwerty')]);
    expect(result(inEnglish).feedback.suggestions).toContain(strings.en.suggestions.anotherWord);
    expect(result(inFrench).feedback.suggestions).toContain(strings.fr.suggestions.anotherWord);
    expect(result(inFrench).feedback.warning).toBe(strings.fr.warnings.topTen);
    expect(result(inEnglish).feedback.warning).not.toBe(result(inFrench).feedback.warning);
  });
});
