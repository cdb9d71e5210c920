/**
 * resetkit/adapters/http: a `ResetAdapter` that speaks Stytch's B2B Passwords wire format to the
 * app's own backend (typically `resetkit/server`'s proxy, which adds the project secret).
 */
export { createHttpAdapter } from './adapter.js';
export type { HttpAdapter, HttpAdapterOptions } from './adapter.js';
// The paths, so that a hand-written backend can route exactly what the adapter sends.
export { WIRE_PATHS } from './wire.js';
