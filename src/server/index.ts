/**
 * resetkit/server: the server half of the HTTP adapter. `createResetProxy` forwards the
 * password-reset endpoints to Stytch with the project secret, as a Fetch-standard handler;
 * `createNodeListener` mounts such a handler on Node's `http.createServer`.
 */
export { createResetProxy } from './proxy.js';
export type { ResetProxyHandler, ResetProxyOptions } from './proxy.js';
export { createNodeListener } from './node.js';
export type { NodeIncomingMessage, NodeListenerOptions, NodeServerResponse } from './node.js';
