import type { LanguagePack } from './packs/pack.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';
import { createScorer, type Scorer } from './scorer.js';

/** The slice of a worker's global scope used here (the project's `lib` is the page's DOM). */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerReply): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs inside a strength worker: answers each request in turn. The page sends one request per
 * estimator at a time, so nothing piles up here; a request that arrives while the dictionaries
 * load waits for them.
 */
export function serveEstimates(language: LanguagePack, scope = globalThis as unknown as WorkerScope): void {
  let scorer: Promise<Scorer> | undefined;

  async function answer({ id, password, userInputs, forget }: WorkerRequest): Promise<WorkerReply> {
    // Nothing to forget before anything was scored.
    if (forget && !scorer) return { id, ok: true, check: null };
    const loading = (scorer ??= createScorer(language));
    try {
      const loaded = await loading;
      if (forget) loaded.forget();
      return { id, ok: true, check: password === undefined ? null : loaded.check(password, userInputs) };
    } catch (error) {
      // A failed download may succeed later: the next request tries again.
      if (scorer === loading) scorer = undefined;
      return { id, ok: false, message: messageOf(error) };
    }
  }

  scope.addEventListener('message', ({ data }) => {
    void answer(data).then((reply) => scope.postMessage(reply));
  });
}
