import type { EngineCheck } from './engine.js';

/** Page to worker: estimate `password`, or only load the dictionaries when it is absent. */
export interface WorkerRequest {
  id: number;
  password?: string;
  userInputs?: (string | number)[];
}

/** Worker to page: the answer to the request with the same id. */
export type WorkerReply =
  | { id: number; ok: true; check: EngineCheck | null }
  | { id: number; ok: false; message: string };
