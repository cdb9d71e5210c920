import type { EngineCheck } from './scorer.js';

/**
 * Page to worker: estimate `password`, or only load the dictionaries when it is absent; with
 * `forget`, drop the typing session (the last password the worker holds) instead.
 */
export interface WorkerRequest {
  id: number;
  password?: string;
  userInputs?: (string | number)[];
  forget?: true;
}

/** Worker to page: the answer to the request with the same id. */
export type WorkerReply =
  | { id: number; ok: true; check: EngineCheck | null }
  | { id: number; ok: false; message: string };
