/**
 * resetkit/server: the server half of the HTTP adapter. `createResetProxy` forwards the
 * password-reset endpoints to Stytch with the project secret, as a Fetch-standard handler, and is
 * the security boundary of a reset (server-owned session settings, no member enumeration, rate
 * limits); `createNodeListener` mounts such a handler on Node's `http.createServer`.
 */
export { createResetProxy } from './proxy.js';
export type { ResetProxyContext, ResetProxyHandler, ResetProxyOptions } from './proxy.js';
export type { ProxyRefusal } from './answers.js';
export type { RateLimit, RateLimitRule, ResetRateLimitOptions } from './limits.js';
export { forwardedForAddress } from './address.js';
export { createNodeListener } from './node.js';
export type { NodeIncomingMessage, NodeListenerOptions, NodeServerResponse } from './node.js';
